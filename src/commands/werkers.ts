/**
 * Rekenen in werkthreads, voor elke batch die blok voor blok kan rekenen (rijtaak.ts: één regel, één
 * resultaat; terugvordering.ts: een zaak van meer regels). Deze thread leest en schrijft; een werker
 * bouwt zijn eigen context, rekent een blok en geeft opgemaakte rijen (UTF-8) en fouten als gegevens terug.
 * De uitkomsten komen hier in de volgorde van de blokken binnen en volgen hetzelfde pad als zonder
 * werkers: dezelfde uitvoer, dezelfde eerste fout, dezelfde afgekeurde regels en waarschuwingen.
 */
import { Worker } from 'node:worker_threads';
import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Trace } from '../rules/kern/trace.js';
import { formatUitleg } from '../io/uitleg.js';
import { alsFout, type Foutgegevens } from '../io/werkstroom.js';
import { Rijopmaak, isTekstformaat, type Kolom } from '../io/uitvoer.js';
import type { Utf8Buffer } from '../io/utf8.js';
import { uitvoerKolommen, type Batch, type Context } from './context.js';

/** Een berekend resultaat: in deze thread het resultaat zelf, uit een werker als opgemaakte UTF-8. */
export interface Berekend<T> {
  resultaat?: T;
  /** Uit een werker: waar de opgemaakte rij staat in de bytes van het blok, [begin, eind). */
  bytes?: readonly [number, number];
  /** Hier: de bytes van dat blok. */
  blok?: Buffer;
  waarschuwingen?: readonly string[];
  /** Uit een werker: de waarschuwingen als nummers in zijn `Waarschuwingslijst` (hier weer tekst). */
  waarschuwingnrs?: readonly number[];
  uitleg?: string;
}

/**
 * De waarschuwingen die een werker tegenkwam, genummerd: een rij draagt alleen nummers over, elke
 * tekst gaat één keer mee. Dezelfde paar waarschuwingen (onbevestigde parameters) staan in bijna
 * elke rij; als tekst per rij was dat in leerlingenvervoer ~2 KB per aanvraag over en weer.
 */
export class Waarschuwingslijst {
  private readonly nummers = new Map<string, number>();
  private nieuw: string[] = [];

  nummer(tekst: string): number {
    let nr = this.nummers.get(tekst);
    if (nr === undefined) {
      this.nummers.set(tekst, (nr = this.nummers.size));
      this.nieuw.push(tekst);
    }
    return nr;
  }

  /** De teksten die sinds de vorige keer een nummer kregen, in volgorde van hun nummer. */
  neemNieuw(): string[] {
    const n = this.nieuw;
    this.nieuw = [];
    return n;
  }
}

/** Hoe een werker een resultaat opmaakt: als rij in het gevraagde formaat in de bytes van het blok, en bij --explain de uitleg. */
export interface Werkeropmaak<T> extends Werkeruitvoer {
  readonly opmaak: Rijopmaak<T>;
  readonly uitleg?: (r: T) => string;
}

export function werkeropmaak<T extends { trace: Trace }>(ctx: Context, kolommen: readonly Kolom<T>[], titel: (r: T) => string, uit: Werkeruitvoer): Werkeropmaak<T> {
  // Werkers draaien alleen voor csv, json en jsonl (zie aantalWerkers).
  const opmaak = new Rijopmaak(isTekstformaat(ctx.formaat) ? ctx.formaat : 'csv', uitvoerKolommen(ctx, kolommen));
  return { opmaak, ...uit, ...(ctx.explain ? { uitleg: (r: T) => formatUitleg(titel(r), r.trace) } : {}) };
}

/** Legt een resultaat vast in `u`: zonder werker het resultaat zelf, in een werker de opgemaakte rij. */
export function legVast<T extends { trace: Trace }>(u: Berekend<T>, r: T, werker: Werkeropmaak<T> | undefined): void {
  if (!werker) {
    u.resultaat = r;
    return;
  }
  const begin = werker.bytes.positie();
  werker.opmaak.schrijfRegel(r, werker.bytes);
  u.bytes = [begin, werker.bytes.positie()];
  if (r.trace.waarschuwingen.length) u.waarschuwingnrs = r.trace.waarschuwingen.map((w) => werker.waarschuwingen.nummer(w));
  if (werker.uitleg) u.uitleg = werker.uitleg(r);
}

/** Schrijft wat `legVast` vastlegde. */
export function schrijfBerekend<T extends { trace: Trace }>(batch: Batch<T>, u: Berekend<T>): void {
  if (u.resultaat !== undefined) batch.schrijf(u.resultaat);
  else batch.neemOver(u.blok!, u.bytes!, u.waarschuwingen ?? [], u.uitleg);
}

/** Onder deze grootte kost het opstarten van werkers meer dan het oplevert. */
const WERKERS_VANAF_BYTES = 4 << 20;

const WERKER = new URL('./werker.js', import.meta.url);

/** `SZMH_WERKERS` legt het aantal vast (0: nooit); anders werkers voor grote bestanden als er meer kernen zijn. */
export function aantalWerkers(bestand: string, ctx: Context): number {
  // Vanuit de bronnen (zonder build) is er geen werker om te starten.
  if (!existsSync(fileURLToPath(WERKER))) return 0;
  const vast = process.env.SZMH_WERKERS;
  // De tabel en het werkboek hebben de ruwe waarden nodig, geen opgemaakte tekst uit een werker.
  if (!isTekstformaat(ctx.formaat)) return 0;
  if (vast !== undefined && /^\d+$/.test(vast)) return Math.min(Number(vast), 8);
  const kernen = availableParallelism();
  return kernen > 1 && statSync(bestand).size >= WERKERS_VANAF_BYTES ? Math.min(kernen, 4) : 0;
}

/**
 * Wat een werker doet: `module` (een `import.meta.url`) exporteert onder `naam` een `Werkerbouw`, die
 * met de eigen context van de werker en `gegevens` de verwerking van één blok maakt.
 */
export interface Werkeropdracht<G> {
  readonly module: string;
  readonly naam: string;
  readonly gegevens: G;
}

/** Waar een werker de opgemaakte rijen van een blok schrijft en zijn waarschuwingen nummert (zie `werkeropmaak`). */
export interface Werkeruitvoer {
  readonly bytes: Utf8Buffer;
  readonly waarschuwingen: Waarschuwingslijst;
}

export type Werkerbouw<G, B, U extends Berekend<unknown>> = (ctx: Context, gegevens: G, uit: Werkeruitvoer) => ((blok: B) => U[]) | Promise<(blok: B) => U[]>;

/** Wat een werker bij de start krijgt. */
export interface Werkerstart<G> extends Werkeropdracht<G> {
  readonly opties: Context['opties'];
}

/** Zoveel blokken per werker onderweg: genoeg om niet te wachten, niet zoveel dat het geheugen volloopt. */
const ONDERWEG_PER_WERKER = 4;

/**
 * De opgemaakte rijen van een blok komen als één overgedragen buffer mee, zonder kopie; de
 * waarschuwingen die in dit blok voor het eerst voorkwamen als tekst.
 */
export type Werkerbericht<U> = { nr: number; uitkomsten: U[]; bytes: Uint8Array; waarschuwingen: string[] } | { nr: number; fout: Foutgegevens };

/**
 * Werkthreads voor één bestand. Ze starten meteen (en laden hun modules en parameters terwijl deze
 * thread nog iets anders doet); `verwerk` verdeelt de blokken en geeft de uitkomsten in de volgorde
 * van de blokken door; `stop` beëindigt ze, ook als het eerder misging.
 */
export class Werkers<G, U extends Berekend<unknown>> {
  private readonly werkers: Worker[];
  private readonly klaar = new Map<number, U[]>();
  private readonly bezig: number[];
  private mislukt: Error | undefined;
  private wek: (() => void) | undefined;

  constructor(ctx: Context, aantal: number, opdracht: Werkeropdracht<G>) {
    const start: Werkerstart<G> = { ...opdracht, opties: { ...ctx.opties, peildatum: ctx.peildatum, format: ctx.formaat } };
    this.bezig = new Array<number>(aantal).fill(0);
    this.werkers = Array.from({ length: aantal }, (_, w) => {
      const werker = new Worker(WERKER, { workerData: start });
      /** De waarschuwingen van deze werker, op hun nummer. */
      const waarschuwingen: string[] = [];
      werker.on('message', (b: Werkerbericht<U>) => {
        this.bezig[w]!--;
        if ('fout' in b) this.mislukt ??= alsFout(b.fout);
        else {
          waarschuwingen.push(...b.waarschuwingen);
          const blok = Buffer.from(b.bytes.buffer, b.bytes.byteOffset, b.bytes.byteLength);
          for (const u of b.uitkomsten) {
            if (u.bytes) u.blok = blok;
            if (u.waarschuwingnrs) u.waarschuwingen = u.waarschuwingnrs.map((nr) => waarschuwingen[nr]!);
          }
          this.klaar.set(b.nr, b.uitkomsten);
        }
        this.wek?.();
      });
      werker.on('error', (e) => {
        this.mislukt ??= e;
        this.wek?.();
      });
      return werker;
    });
  }

  async verwerk<B>(blokken: AsyncIterable<B>, verwerk: (us: U[]) => void): Promise<void> {
    const { klaar, bezig, werkers } = this;
    let verstuurd = 0;
    let verwerkt = 0;
    /** Verwerkt wat op volgorde klaarstaat; wacht tot er minder dan `max` blokken onderweg zijn. */
    const verwerkTot = async (max: number) => {
      for (;;) {
        for (let u = klaar.get(verwerkt); u !== undefined; u = klaar.get(verwerkt)) {
          klaar.delete(verwerkt++);
          verwerk(u);
        }
        if (this.mislukt) throw this.mislukt;
        if (verstuurd - verwerkt < max) return;
        await new Promise<void>((r) => (this.wek = r));
      }
    };

    const lezer = blokken[Symbol.asyncIterator]();
    try {
      let leesfout: unknown;
      for (;;) {
        let volgende: IteratorResult<B>;
        try {
          volgende = await lezer.next();
        } catch (e) {
          // Een fout in de CSV zelf komt na de regels ervóór, net als zonder werkers. Een fout uit
          // `verwerk` (de batch breekt af) gaat wel meteen door: daarna mag er niets meer geschreven worden.
          leesfout = e;
          break;
        }
        if (volgende.done) break;
        await verwerkTot(werkers.length * ONDERWEG_PER_WERKER);
        const w = bezig.indexOf(Math.min(...bezig));
        bezig[w]!++;
        werkers[w]!.postMessage({ nr: verstuurd++, blok: volgende.value });
      }
      await verwerkTot(1);
      if (leesfout !== undefined) throw leesfout;
    } finally {
      await lezer.return?.();
    }
  }

  async stop(): Promise<void> {
    await Promise.all(this.werkers.map((w) => w.terminate()));
  }
}
