/**
 * Welke sleutels (zaak-, leerling-, aanvraag-id) kwamen al eerder in een invoerbestand voor? Een
 * `Set<string>` doet hetzelfde, maar kost bij miljoenen regels seconden: elke nieuwe sleutel is een
 * jonge string die de set in de oude generatie vasthoudt. Hier staan de tekens zelf in één getypte
 * array en een open-adrestabel wijst ernaar, dus de strings uit de invoer mogen meteen weer sterven.
 * Exact: bij gelijke hash worden de tekens vergeleken.
 */
export class SleutelSet {
  private tekens = new Uint16Array(1 << 16);
  private vrij = 0;
  /** Per sleutel: waar zijn tekens beginnen (de volgende begint waar hij eindigt) en zijn hash. */
  private begin = new Int32Array(1 << 12);
  private hashes = new Int32Array(1 << 12);
  private aantal = 0;
  /** Open adressering met lineair zoeken; een vak bevat sleutelnummer + 1, of 0 als het leeg is. */
  private tabel = new Int32Array(1 << 13);

  get size(): number {
    return this.aantal;
  }

  /** Voegt de sleutel toe; `false` als hij er al in zat. */
  voegToe(sleutel: string): boolean {
    const n = sleutel.length;
    let h = 0x811c9dc5 | 0; // FNV-1a
    for (let i = 0; i < n; i++) h = Math.imul(h ^ sleutel.charCodeAt(i), 16777619);
    const tabel = this.tabel;
    const masker = tabel.length - 1;
    let p = h & masker;
    for (let e = tabel[p]!; e !== 0; e = tabel[p]!) {
      if (this.hashes[e - 1] === h && this.gelijk(e - 1, sleutel)) return false;
      p = (p + 1) & masker;
    }
    if (this.aantal + 2 > this.begin.length) {
      this.begin = groter(this.begin, this.begin.length * 2);
      this.hashes = groter(this.hashes, this.hashes.length * 2);
    }
    if (this.vrij + n > this.tekens.length) {
      const t = new Uint16Array(Math.max(this.tekens.length * 2, this.vrij + n));
      t.set(this.tekens);
      this.tekens = t;
    }
    const tekens = this.tekens;
    const b = this.vrij;
    for (let i = 0; i < n; i++) tekens[b + i] = sleutel.charCodeAt(i);
    this.vrij = b + n;
    this.begin[this.aantal] = b;
    this.begin[this.aantal + 1] = this.vrij;
    this.hashes[this.aantal] = h;
    tabel[p] = ++this.aantal;
    if (this.aantal * 2 > tabel.length) this.verdubbelTabel();
    return true;
  }

  private gelijk(e: number, sleutel: string): boolean {
    const b = this.begin[e]!;
    const n = this.begin[e + 1]! - b;
    if (n !== sleutel.length) return false;
    for (let i = 0; i < n; i++) if (this.tekens[b + i] !== sleutel.charCodeAt(i)) return false;
    return true;
  }

  /** Houdt de tabel hooguit half vol; de bewaarde hashes maken opnieuw hashen overbodig. */
  private verdubbelTabel(): void {
    const tabel = new Int32Array(this.tabel.length * 2);
    const masker = tabel.length - 1;
    for (let e = 0; e < this.aantal; e++) {
      let p = this.hashes[e]! & masker;
      while (tabel[p] !== 0) p = (p + 1) & masker;
      tabel[p] = e + 1;
    }
    this.tabel = tabel;
  }
}

function groter(a: Int32Array, lengte: number): Int32Array<ArrayBuffer> {
  const t = new Int32Array(lengte);
  t.set(a);
  return t;
}
