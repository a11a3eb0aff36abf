/**
 * Een bestand lezen in een werkthread terwijl de hoofdthread verwerkt (camt.053, IB-signalen): de
 * werker stuurt blokken, de hoofdthread neemt ze in volgorde af. Een fout van de werker komt ná de
 * blokken die ervóór stonden, als dezelfde SzmhFout (code, exitcode, melding, plaats), dus met
 * dezelfde eerste fout als lezen zonder werker. De werker loopt ten hoogste een paar blokken vooruit:
 * anders staat een heel bestand in het geheugen van de hoofdthread.
 */
import { Worker, parentPort, workerData } from 'node:worker_threads';
import { EXITCODE, SzmhFout, type FoutCode, type Plaats } from '../rules/kern/fouten.js';

/** Een fout als gegevens, om tussen threads te versturen. */
export interface Foutgegevens {
  readonly code: FoutCode;
  readonly exitcode: number;
  readonly melding: string;
  readonly plaats: Plaats;
  /** Geen SzmhFout maar een programmafout: aan de andere kant weer een gewone Error (exit 4, "interne fout"). */
  readonly intern?: true;
}

export function alsGegevens(e: unknown): Foutgegevens {
  if (e instanceof SzmhFout) return { code: e.code, exitcode: e.exitcode, melding: e.melding, plaats: e.plaats };
  return { code: 'INTERN', exitcode: EXITCODE.intern, melding: e instanceof Error ? e.message : String(e), plaats: {}, intern: true };
}

export function alsFout(f: Foutgegevens): Error {
  return f.intern ? new Error(f.melding) : new SzmhFout(f.code, f.exitcode, f.melding, f.plaats);
}

type Bericht<T> = { gereed: true } | { blok: T } | { klaar: true } | { fout: Foutgegevens };

/**
 * In gedeeld geheugen: [0] hoeveel blokken de hoofdthread heeft afgenomen, [1] vanaf welk aantal de
 * wachtende werker gewekt wil worden (0: hij wacht niet). Een bericht terug per blok, of elke keer
 * wekken, kostte de hoofdthread op twee drukke kernen (gemeten) een halve milliseconde per blok: de
 * gewekte werker verdrong hem. Nu wordt de werker één keer per half venster gewekt.
 */
interface Werkopdracht {
  readonly afgenomen: Int32Array;
  readonly data: unknown;
}

/** Hoofdthread: de blokken van één werker, in de volgorde waarin hij ze stuurde. */
export class Werkstroom<T> implements AsyncIterable<T> {
  private readonly werker: Worker;
  private readonly rij: Bericht<T>[] = [];
  private wekker: (() => void) | undefined;
  private mislukt: Error | undefined;
  private readonly afgenomen = new Int32Array(new SharedArrayBuffer(8));

  constructor(module: URL, data: unknown) {
    const opdracht: Werkopdracht = { afgenomen: this.afgenomen, data };
    this.werker = new Worker(module, { workerData: opdracht });
    this.werker.on('message', (b: Bericht<T>) => {
      this.rij.push(b);
      this.wekker?.();
    });
    this.werker.on('error', (e) => {
      this.mislukt ??= e;
      this.wekker?.();
    });
    // berichten van vóór het einde komen eerst; zonder `klaar` of fout is de werker onverwacht gestopt
    this.werker.on('exit', (code) => {
      this.mislukt ??= new Error(`de werkthread stopte onverwacht (exitcode ${code})`);
      this.wekker?.();
    });
  }

  private async volgende(): Promise<Bericht<T>> {
    while (this.rij.length === 0 && !this.mislukt) await new Promise<void>((r) => (this.wekker = r));
    const b = this.rij.shift();
    if (b === undefined) throw this.mislukt;
    if ('fout' in b) throw alsFout(b.fout);
    return b;
  }

  /** Wacht tot de werker zijn bron heeft geopend: een fout in de kop komt hier, vóór het eerste blok. */
  async gereed(): Promise<void> {
    const b = await this.volgende();
    if (!('gereed' in b)) this.rij.unshift(b);
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<T> {
    for (;;) {
      const b = await this.volgende();
      if ('klaar' in b) return;
      if ('gereed' in b) continue;
      const afgenomen = Atomics.add(this.afgenomen, 0, 1) + 1;
      const wek = Atomics.load(this.afgenomen, 1);
      if (wek !== 0 && afgenomen >= wek) Atomics.notify(this.afgenomen, 0);
      yield (b as { blok: T }).blok;
    }
  }

  async sluit(): Promise<void> {
    await this.werker.terminate();
  }
}

/** Werkthread: wat de hoofdthread aan `Werkstroom` meegaf. */
export function werkdata<D>(): D {
  return (workerData as Werkopdracht).data as D;
}

/**
 * Werkthread: opent de bron, meldt `gereed` en stuurt elk blok als `bericht(blok)`. Een fout (ook bij
 * het openen) gaat als gegevens naar de hoofdthread, na de blokken ervóór.
 */
export async function stuurBlokken<B>(open: () => Promise<AsyncIterable<B>>, bericht: (blok: B) => unknown, maxOnderweg = 8): Promise<void> {
  const poort = parentPort!;
  const afgenomen = (workerData as Werkopdracht).afgenomen;
  let verstuurd = 0;
  try {
    const bron = await open();
    poort.postMessage({ gereed: true });
    for await (const blok of bron) {
      poort.postMessage({ blok: bericht(blok) });
      verstuurd++;
      if (verstuurd - Atomics.load(afgenomen, 0) >= maxOnderweg) {
        // wachten tot de helft is afgenomen; stilzetten mag, deze thread heeft niets anders te doen (met
        // een tijdslimiet, zodat terminate() hem altijd snel stopt)
        const doel = verstuurd - (maxOnderweg >> 1);
        Atomics.store(afgenomen, 1, doel);
        for (let a = Atomics.load(afgenomen, 0); a < doel; a = Atomics.load(afgenomen, 0)) Atomics.wait(afgenomen, 0, a, 100);
        Atomics.store(afgenomen, 1, 0);
      }
    }
    poort.postMessage({ klaar: true });
  } catch (e) {
    poort.postMessage({ fout: alsGegevens(e) });
  }
}

/** Groepeert tot blokken van `grootte`; bij een fout eerst het blok tot dan toe, dan de fout. */
export async function* inBlokken<T>(bron: AsyncIterable<T>, grootte: number): AsyncGenerator<T[]> {
  let blok: T[] = [];
  try {
    for await (const x of bron) {
      blok.push(x);
      if (blok.length >= grootte) {
        yield blok;
        blok = [];
      }
    }
  } catch (e) {
    if (blok.length) yield blok;
    throw e;
  }
  if (blok.length) yield blok;
}
