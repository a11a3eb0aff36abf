/**
 * Een bestand lezen in een werkthread terwijl de hoofdthread verwerkt (camt.053, IB-signalen): de
 * werker stuurt blokken, de hoofdthread neemt ze in volgorde af. Een fout van de werker komt ná de
 * blokken die ervóór stonden, als dezelfde SzmhFout (code, exitcode, melding, plaats), dus met
 * dezelfde eerste fout als lezen zonder werker. De werker loopt ten hoogste een paar blokken vooruit:
 * anders staat een heel bestand in het geheugen van de hoofdthread.
 */
import { Worker, parentPort } from 'node:worker_threads';
import { EXITCODE, SzmhFout, type FoutCode, type Plaats } from '../rules/kern/fouten.js';

/** Een fout als gegevens, om tussen threads te versturen. */
export interface Foutgegevens {
  readonly code: FoutCode;
  readonly exitcode: number;
  readonly melding: string;
  readonly plaats: Plaats;
}

export function alsGegevens(e: unknown): Foutgegevens {
  if (e instanceof SzmhFout) return { code: e.code, exitcode: e.exitcode, melding: e.melding, plaats: e.plaats };
  return { code: 'INTERN', exitcode: EXITCODE.intern, melding: e instanceof Error ? e.message : String(e), plaats: {} };
}

export function alsFout(f: Foutgegevens): SzmhFout {
  return new SzmhFout(f.code, f.exitcode, f.melding, f.plaats);
}

type Bericht<T> = { gereed: true } | { blok: T } | { klaar: true } | { fout: Foutgegevens };

/** Hoofdthread: de blokken van één werker, in de volgorde waarin hij ze stuurde. */
export class Werkstroom<T> implements AsyncIterable<T> {
  private readonly werker: Worker;
  private readonly rij: Bericht<T>[] = [];
  private wekker: (() => void) | undefined;
  private mislukt: Error | undefined;

  constructor(module: URL, workerData: unknown) {
    this.werker = new Worker(module, { workerData });
    this.werker.on('message', (b: Bericht<T>) => {
      this.rij.push(b);
      this.wekker?.();
    });
    this.werker.on('error', (e) => {
      this.mislukt = e;
      this.wekker?.();
    });
  }

  private async volgende(): Promise<Bericht<T>> {
    while (this.rij.length === 0 && !this.mislukt) await new Promise<void>((r) => (this.wekker = r));
    if (this.mislukt) throw this.mislukt;
    const b = this.rij.shift()!;
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
      this.werker.postMessage('verder');
      yield (b as { blok: T }).blok;
    }
  }

  async sluit(): Promise<void> {
    await this.werker.terminate();
  }
}

/**
 * Werkthread: opent de bron, meldt `gereed` en stuurt elk blok als `bericht(blok)`. Een fout (ook bij
 * het openen) gaat als gegevens naar de hoofdthread, na de blokken ervóór.
 */
export async function stuurBlokken<B>(open: () => Promise<AsyncIterable<B>>, bericht: (blok: B) => unknown, maxOnderweg = 8): Promise<void> {
  const poort = parentPort!;
  let onderweg = 0;
  let wachter: (() => void) | undefined;
  poort.on('message', () => {
    onderweg--;
    wachter?.();
    wachter = undefined;
  });
  try {
    const bron = await open();
    poort.postMessage({ gereed: true });
    for await (const blok of bron) {
      onderweg++;
      poort.postMessage({ blok: bericht(blok) });
      while (onderweg >= maxOnderweg) await new Promise<void>((r) => (wachter = r));
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
