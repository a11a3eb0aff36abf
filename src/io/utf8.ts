/**
 * Uitvoer die als UTF-8 in een buffer wordt opgebouwd. Een trace van kilobytes bestaat grotendeels
 * uit stukken die in elke rij terugkomen (parameterverwijzingen, het begin van een stap); die worden
 * één keer gecodeerd en daarna als bytes gekopieerd, in plaats van per rij een lange tekst te bouwen
 * en die opnieuw te coderen (gemeten in bench/: dat was het grootste deel van het schrijven).
 */

/** Waar een opgemaakte rij heen gaat. */
export interface Tekstdoel {
  tekst(s: string): void;
  /** Een stuk dat in veel rijen terugkomt, steeds als hetzelfde stringobject (uit een cache). */
  herhaald(s: string): void;
}

/** Bouwt een rij als gewone tekst (voor wie één string nodig heeft). */
export class Tekstverzamelaar implements Tekstdoel {
  uit = '';
  tekst(s: string): void {
    this.uit += s;
  }
  herhaald(s: string): void {
    this.uit += s;
  }
}

/** Herhaalde stukken als UTF-8, per thread; begrensd, want een cache hoort niet met de invoer te groeien. */
const gecodeerd = new Map<string, Buffer>();
const MAX_GECODEERD = 20_000;

/** Losse tekst wordt verzameld en in één keer gecodeerd; boven deze lengte meteen. */
const MAX_LOS = 4096;
/** Tot deze lengte codeert `spoelLos` ASCII zelf. */
const KORT = 64;

export abstract class Utf8Doel implements Tekstdoel {
  protected buffer: Buffer;
  protected lengte = 0;
  private los = '';

  constructor(grootte: number) {
    this.buffer = Buffer.allocUnsafeSlow(grootte);
  }

  /** Zorgt dat er `n` bytes bij passen (door weg te schrijven of te groeien); `false`: past nooit. */
  protected abstract ruimte(n: number): boolean;
  /** Schrijft wat niet in het buffer past er buiten om. */
  protected abstract direct(d: string | Uint8Array): void;

  tekst(s: string): void {
    this.los += s;
    if (this.los.length > MAX_LOS) this.spoelLos();
  }

  herhaald(s: string): void {
    let b = gecodeerd.get(s);
    if (b === undefined) {
      if (gecodeerd.size >= MAX_GECODEERD) return this.tekst(s);
      gecodeerd.set(s, (b = Buffer.from(s, 'utf8')));
    }
    this.bytes(b);
  }

  /** Bytes die al UTF-8 zijn, `b[begin..eind)` (bijvoorbeeld een rij uit de bytes van een blok uit een werkthread). */
  bytes(b: Buffer, begin = 0, eind = b.length): void {
    this.spoelLos();
    const n = eind - begin;
    const deel = begin === 0 && eind === b.length ? b : b.subarray(begin, eind);
    if (!this.ruimte(n)) return this.direct(deel);
    // set() en niet b.copy(): copy gaat per aanroep via een trage weg, gemeten bij de vele kleine herhaalde stukken.
    this.buffer.set(deel, this.lengte);
    this.lengte += n;
  }

  /** Codeert de verzamelde losse tekst in het buffer. */
  protected spoelLos(): void {
    const s = this.los;
    if (s === '') return;
    this.los = '';
    // Een UTF-8-teken is ten hoogste 3 bytes per UTF-16-eenheid.
    if (!this.ruimte(s.length * 3)) return this.direct(s);
    if (s.length <= KORT) {
      // Korte ASCII-tekst (een komma, een sleutel met een getal, tussen twee herhaalde stukken) zelf
      // coderen: een aanroep van Buffer.write kost meer dan de tekens zelf.
      const b = this.buffer;
      let p = this.lengte;
      for (let i = 0; i < s.length && p >= 0; i++) {
        const c = s.charCodeAt(i);
        if (c < 0x80) b[p++] = c;
        else p = -1;
      }
      if (p >= 0) {
        this.lengte = p;
        return;
      }
    }
    this.lengte += this.buffer.write(s, this.lengte, 'utf8');
  }
}

/** Een groeiend buffer voor de rijen van één blok in een werkthread; `neem()` geeft het af om over te dragen. */
export class Utf8Buffer extends Utf8Doel {
  constructor() {
    super(1 << 16);
  }

  /** Waar de volgende byte komt (na alle verzamelde tekst). */
  positie(): number {
    this.spoelLos();
    return this.lengte;
  }

  protected ruimte(n: number): boolean {
    if (this.lengte + n > this.buffer.length) {
      const groter = Buffer.allocUnsafeSlow(Math.max(this.lengte + n, this.buffer.length * 2));
      this.buffer.copy(groter, 0, 0, this.lengte);
      this.buffer = groter;
    }
    return true;
  }

  protected direct(): void {
    throw new Error('Utf8Buffer groeit altijd mee');
  }

  /**
   * De bytes tot nu toe, in een eigen ArrayBuffer (`uit.buffer` is over te dragen naar een andere
   * thread, zonder kopie); daarna begint een nieuw buffer.
   */
  neem(): Uint8Array<ArrayBuffer> {
    // Eerst de losse tekst erin: dat kan het buffer nog vervangen door een groter.
    const lengte = this.positie();
    const uit = this.buffer.subarray(0, lengte) as Uint8Array<ArrayBuffer>;
    this.buffer = Buffer.allocUnsafeSlow(this.buffer.length);
    this.lengte = 0;
    return uit;
  }
}
