/**
 * De uitkeringen in het geheugen, compact: per BSN (als getal, negen cijfers passen in 32 bits) een
 * keten van perioden in getypte arrays. Een half miljoen uitkeringen kosten zo enkele tientallen MB
 * in plaats van honderden. Ook de partner van de cliënt wordt op zijn eigen BSN geïndexeerd, met een
 * verwijzing naar dezelfde uitkering: signalen over de partner horen bij het huishouden (onderzoek
 * §1.6 B.3).
 */
import type { Datum } from '../kern/datum.js';
import { GEMEENTECODES, type GemeenteCode } from '../kern/gemeente.js';
import type { Koppeling, Uitkering, UitkeringExtra } from './types.js';

/** `2026-10-31` → 20261031: vergelijken als getal is vergelijken als datum. */
export function datumAlsGetal(d: Datum): number {
  return (
    (d.charCodeAt(0) - 48) * 10000000 +
    (d.charCodeAt(1) - 48) * 1000000 +
    (d.charCodeAt(2) - 48) * 100000 +
    (d.charCodeAt(3) - 48) * 10000 +
    (d.charCodeAt(5) - 48) * 1000 +
    (d.charCodeAt(6) - 48) * 100 +
    (d.charCodeAt(8) - 48) * 10 +
    (d.charCodeAt(9) - 48)
  );
}

export function getalAlsDatum(n: number): Datum {
  const s = String(n).padStart(8, '0');
  return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}` as Datum;
}

/** Dezelfde datums komen steeds terug: één tekst per datum (begrensd, dus geen geheugenlek). */
const datumCache = new Map<number, Datum>();
function alsDatum(n: number): Datum {
  let d = datumCache.get(n);
  if (d === undefined) {
    d = getalAlsDatum(n);
    if (datumCache.size < 100_000) datumCache.set(n, d);
  }
  return d;
}

const OPEN = 99991231;
const GEEN = -1;

/**
 * Een gevonden uitkering. Begin en eind worden pas tekst als iemand ze leest: zonder trace doen
 * alleen enkele productregels dat, en het opzoeken van de tekst kostte bij elke treffer tijd.
 */
class Treffer implements Koppeling {
  constructor(
    readonly uitkering: number,
    readonly gemeente: GemeenteCode,
    readonly regeling: string,
    readonly alsPartner: boolean,
    readonly extra: UitkeringExtra | undefined,
    private readonly beginGetal: number,
    private readonly eindGetal: number,
  ) {}

  get begin(): Datum {
    return alsDatum(this.beginGetal);
  }

  get eind(): Datum | undefined {
    return this.eindGetal === OPEN ? undefined : alsDatum(this.eindGetal);
  }

  /** Als JSON ook met begin en eind (getters, die JSON.stringify anders overslaat). */
  toJSON(): Koppeling {
    const { uitkering, gemeente, regeling, begin, eind, alsPartner, extra } = this;
    return { uitkering, gemeente, regeling, begin, eind, alsPartner, extra };
  }
}

/**
 * De index: een open-adresseringstabel op BSN (als getal + 1; 0 is een lege plek) in één Int32Array.
 * Elke plek bevat de eerste uitkering van die persoon zelf, zodat de meeste opzoekingen één
 * geheugenplaats raken; verdere uitkeringen van dezelfde persoon staan in een overloopreeks.
 *
 * plek:     [sleutel, begin, eind, uitkering, vlag, volgende]   (6 × 4 bytes)
 * overloop: [begin, eind, uitkering, vlag, volgende]            (5 × 4 bytes)
 *
 * vlag: bit 0 partner; bit 1 heeft extra velden; bits 2-5 gemeente-index; bits 6 en hoger
 * regeling-index. `volgende` is een index in de overloop, of -1. Vullingsgraad ten hoogste 0,7.
 */
const PLEK = 6;
const OVER = 5;
const NIEUW = 5;
const EXTRA = 2;

export class Uitkeringsindex {
  private plekken: Int32Array;
  private masker: number;
  private sleutels = 0;
  private overloop = new Int32Array(OVER * 1024);
  private overloopAantal = 0;
  private readonly regelingen: string[] = [];
  private readonly regelingNummer = new Map<string, number>();
  /**
   * Per uitkering (volgnummer) de extra velden of `undefined`: een dichte array (4 bytes per
   * uitkering) is bij het koppelen veel goedkoper op te zoeken dan een Map.
   */
  private readonly extra: (UitkeringExtra | undefined)[] = [];
  private uitkeringen = 0;
  /**
   * Ingangen die nog in de tabel moeten, [bsn, uitkering, begin, eind, vlag] achter elkaar. Ze gaan
   * er per 16384 in, in één korte lus: een plek in de tabel is bijna altijd een cachemisser, en in
   * zo'n lus wachten die missers tegelijk in plaats van één voor één tussen het lezen van de regels
   * door (half miljoen uitkeringen: ~320 -> ~90 ms).
   */
  private readonly nieuw = new Int32Array(NIEUW * 16384);
  private nieuwAantal = 0;
  /** De overloop ligt niet meer per persoon aaneen (zie `aaneensluiten`). */
  private verspreid = false;

  /** `verwacht`: zoveel BSN's (cliënten en partners) komen er ongeveer; de tabel groeit dan niet steeds. */
  constructor(verwacht = 0) {
    let plekken = 1 << 12;
    while (plekken * 7 < verwacht * 10) plekken *= 2; // vullingsgraad ten hoogste 0,7
    this.plekken = new Int32Array(PLEK * plekken);
    this.masker = plekken - 1;
  }

  /** Aantal uitkeringen (regels in het bestand). */
  get aantal(): number {
    return this.uitkeringen;
  }

  /** Aantal verschillende BSN's (cliënten en partners). */
  get personen(): number {
    this.bijwerken();
    return this.sleutels;
  }

  /** De plek van een sleutel (bsn + 1): waar hij staat, of de lege plek waar hij zou komen. */
  private plek(sleutel: number): number {
    let h = sleutel ^ (sleutel >>> 16);
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    let i = (h ^ (h >>> 16)) & this.masker;
    const p = this.plekken;
    for (;;) {
      const k = p[i * PLEK]!;
      if (k === 0 || k === sleutel) return i * PLEK;
      i = (i + 1) & this.masker;
    }
  }

  voegToe(u: Uitkering): number {
    const nummer = this.uitkeringen++;
    let regeling = this.regelingNummer.get(u.regeling);
    if (regeling === undefined) {
      regeling = this.regelingen.length;
      this.regelingen.push(u.regeling);
      this.regelingNummer.set(u.regeling, regeling);
    }
    const vlag = (regeling << 6) | (GEMEENTECODES.indexOf(u.gemeente) << 2) | (u.extra !== undefined ? EXTRA : 0);
    const begin = datumAlsGetal(u.begin);
    const eind = u.eind === undefined ? OPEN : datumAlsGetal(u.eind);
    this.later(Number(u.bsn), nummer, begin, eind, vlag);
    if (u.partnerBsn !== undefined && u.partnerBsn !== u.bsn) this.later(Number(u.partnerBsn), nummer, begin, eind, vlag | 1);
    this.extra.push(u.extra);
    return nummer;
  }

  private later(bsn: number, nummer: number, begin: number, eind: number, vlag: number): void {
    const q = this.nieuwAantal++ * NIEUW;
    const n = this.nieuw;
    n[q] = bsn;
    n[q + 1] = nummer;
    n[q + 2] = begin;
    n[q + 3] = eind;
    n[q + 4] = vlag;
    if (q + NIEUW === n.length) this.vulAan();
  }

  /** Zet de wachtende ingangen in de tabel (zie `nieuw`). */
  private vulAan(): void {
    const n = this.nieuw;
    for (let q = 0; q < this.nieuwAantal * NIEUW; q += NIEUW) this.ingang(n[q]!, n[q + 1]!, n[q + 2]!, n[q + 3]!, n[q + 4]!);
    this.nieuwAantal = 0;
  }

  /** Vóór een opzoeking: alles in de tabel, de overloop aaneen. */
  private bijwerken(): void {
    if (this.nieuwAantal > 0) this.vulAan();
    if (this.verspreid) this.aaneensluiten();
  }

  /**
   * Legt de overloop van elke persoon aaneen (in de volgorde van de tabel): bij het opzoeken kost
   * dan de hele keten één cachemisser in plaats van één per uitkering.
   */
  private aaneensluiten(): void {
    const oud = this.overloop;
    const nieuw = new Int32Array(oud.length);
    const p = this.plekken;
    let n = 0;
    for (let o = 0; o < p.length; o += PLEK) {
      let i = p[o + 5]!;
      if (p[o] === 0 || i === GEEN) continue;
      p[o + 5] = n;
      while (i !== GEEN) {
        const q = i * OVER;
        const r = n++ * OVER;
        i = oud[q + 4]!;
        nieuw[r] = oud[q]!;
        nieuw[r + 1] = oud[q + 1]!;
        nieuw[r + 2] = oud[q + 2]!;
        nieuw[r + 3] = oud[q + 3]!;
        nieuw[r + 4] = i === GEEN ? GEEN : n;
      }
    }
    this.overloop = nieuw;
    this.verspreid = false;
  }

  private ingang(bsn: number, nummer: number, begin: number, eind: number, vlag: number): void {
    const o = this.plek(bsn + 1);
    const p = this.plekken;
    if (p[o] === 0) {
      p[o] = bsn + 1;
      p[o + 1] = begin;
      p[o + 2] = eind;
      p[o + 3] = nummer;
      p[o + 4] = vlag;
      p[o + 5] = GEEN;
      if (++this.sleutels * 10 > (this.masker + 1) * 7) this.groei();
      return;
    }
    if ((this.overloopAantal + 1) * OVER > this.overloop.length) {
      const groter = new Int32Array(this.overloop.length * 2);
      groter.set(this.overloop);
      this.overloop = groter;
    }
    const i = this.overloopAantal++;
    const q = i * OVER;
    const v = this.overloop;
    v[q] = begin;
    v[q + 1] = eind;
    v[q + 2] = nummer;
    v[q + 3] = vlag;
    v[q + 4] = p[o + 5]!;
    p[o + 5] = i;
    this.verspreid = true;
  }

  private groei(): void {
    const oud = this.plekken;
    this.plekken = new Int32Array(oud.length * 2);
    this.masker = (oud.length / PLEK) * 2 - 1;
    for (let j = 0; j < oud.length; j += PLEK) {
      if (oud[j] === 0) continue;
      const o = this.plek(oud[j]!);
      this.plekken.set(oud.subarray(j, j + PLEK), o);
    }
  }

  /** Is er een uitkering (als cliënt of partner) op dit BSN? */
  bekend(bsn: string): boolean {
    this.bijwerken();
    return this.plekken[this.plek(Number(bsn) + 1)] !== 0;
  }

  /** Aantal uitkeringen op dit BSN. */
  aantalVoor(bsn: string): number {
    this.bijwerken();
    const o = this.plek(Number(bsn) + 1);
    if (this.plekken[o] === 0) return 0;
    let n = 1;
    for (let i = this.plekken[o + 5]!; i !== GEEN; i = this.overloop[i * OVER + 4]!) n++;
    return n;
  }

  /**
   * De uitkering waarvan de periode [begin, eind] de periode [van, tot] van het signaal overlapt of
   * de peildatum bevat; zonder overlap het aantal uitkeringen op dit BSN (0: onbekend). Bij meer
   * treffers: die van de gemeente van het signaal, dan de cliënt vóór de partner, dan de laatst
   * begonnen uitkering, dan de eerste in het bestand.
   */
  zoek(bsn: string, signaal: { van?: Datum | undefined; tot?: Datum | undefined; peildatum?: Datum | undefined; gemeente?: GemeenteCode | undefined }): Koppeling | number {
    this.bijwerken();
    const o = this.plek(Number(bsn) + 1);
    const p = this.plekken;
    if (p[o] === 0) return 0;
    const van = signaal.van === undefined ? -1 : datumAlsGetal(signaal.van);
    const tot = signaal.tot === undefined ? OPEN : datumAlsGetal(signaal.tot);
    const peil = signaal.peildatum === undefined ? -1 : datumAlsGetal(signaal.peildatum);
    const gewenst = signaal.gemeente === undefined ? -1 : GEMEENTECODES.indexOf(signaal.gemeente);
    // eerst de uitkering in de plek zelf, dan de overloop
    let bBegin = 0;
    let bEind = 0;
    let bNummer = -1;
    let bVlag = 0;
    let bScore = -1;
    let aantal = 0;
    let a: Int32Array = p;
    let q = o + 1;
    for (;;) {
      aantal++;
      const b = a[q]!;
      const e = a[q + 1]!;
      if ((van >= 0 && van <= e && tot >= b) || (peil >= 0 && peil >= b && peil <= e)) {
        const nummer = a[q + 2]!;
        const v = a[q + 3]!;
        const score = (((v >> 2) & 15) === gewenst ? 4 : 0) + ((v & 1) === 0 ? 2 : 0);
        if (score > bScore || (score === bScore && (b > bBegin || (b === bBegin && nummer < bNummer)))) {
          bBegin = b;
          bEind = e;
          bNummer = nummer;
          bVlag = v;
          bScore = score;
        }
      }
      const volgende = a[q + 4]!;
      if (volgende === GEEN) break;
      a = this.overloop;
      q = volgende * OVER;
    }
    if (bScore < 0) return aantal;
    return new Treffer(
      bNummer,
      GEMEENTECODES[(bVlag >> 2) & 15]!,
      this.regelingen[bVlag >> 6]!,
      (bVlag & 1) === 1,
      // alleen opzoeken als er iets staat: ook die array is een cachemisser
      bVlag & EXTRA ? this.extra[bNummer] : undefined,
      bBegin,
      bEind,
    );
  }

  /** Benaderde geheugenomvang van de getypte arrays (voor de benchmark). */
  get bytes(): number {
    return this.plekken.length * 4 + this.overloop.length * 4;
  }
}
