/**
 * Een batch die per CSV-regel één resultaat maakt (`boete bereken`, `leerplicht status`,
 * `leerlingenvervoer beoordeel`): de regel lezen, de sleutel op dubbelen controleren, de regel
 * toepassen en het resultaat opmaken.
 *
 * Bij een groot bestand leest en schrijft deze thread en rekenen werkthreads, blok voor blok. De
 * uitkomsten worden in bestandsvolgorde verwerkt, en wat een werker teruggeeft (een opgemaakte rij of
 * een fout met zijn plaats) volgt hier hetzelfde pad als zonder werkers: dezelfde uitvoer, dezelfde
 * eerste fout, dezelfde afgekeurde regels en waarschuwingen. Het rekenwerk gaat zo over de kernen
 * (gemeten in bench/).
 */
import { Worker } from 'node:worker_threads';
import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { EXITCODE, InvoerFout, SzmhFout, type FoutCode, type Plaats } from '../rules/kern/fouten.js';
import type { Trace } from '../rules/kern/trace.js';
import { openCsv, type CsvRecord } from '../io/csv.js';
import { Rij, vereisKolommen } from '../io/velden.js';
import { SleutelSet } from '../io/sleutelset.js';
import { isTekstformaat, type Kolom, type Rijopmaak } from '../io/uitvoer.js';
import type { Utf8Buffer } from '../io/utf8.js';
import { Batch, type Context } from './context.js';

/** Een sleutel die maar één keer in het bestand mag staan, met de melding als hij terugkomt. */
export interface UniekeSleutel {
  readonly waarde: string;
  readonly kolom: string;
  readonly melding: string;
}

export interface Rijverwerking<T> {
  readonly kolommen: readonly Kolom<T>[];
  /**
   * Leest de regel (een InvoerFout bij slechte invoer); de berekening volgt pas na de controle op
   * dubbelen. `undefined`: de regel hoort niet bij deze run en wordt overgeslagen (niet afgekeurd).
   */
  lees(rij: Rij): { sleutel?: UniekeSleutel; bereken: () => T } | undefined;
  /** Telt de resultaten per soort (bijvoorbeeld per besluit) voor de meldingen na afloop. */
  soort?(r: T): string;
}

/** Wat er na afloop te melden is, naast het aantal verwerkte en afgekeurde regels. */
export interface Telling {
  overgeslagen: number;
  readonly perSoort: Map<string, number>;
}

export interface RijTaak<T extends { trace: Trace }> {
  /** Waar een werkthread deze taak vindt: de module (`import.meta.url`) en de naam van de export. */
  readonly module: string;
  readonly naam: string;
  readonly vereist: readonly string[];
  titel(r: T): string;
  /** Eén keer per bestand (en per werker): de uitvoerkolommen en de verwerking per regel. */
  bereid(ctx: Context, invoerKolommen: readonly string[], opties: Taakopties): Rijverwerking<T>;
  /** Meldt na afloop de telling (in het log). */
  meld?(ctx: Context, telling: Telling, opties: Taakopties): void;
}

/** De eigen opties van het commando (zoals `--schooljaar`): ze reizen mee naar de werkthreads. */
export type Taakopties = Readonly<Record<string, string | undefined>>;

/** Een fout als gegevens, om van een werker terug te sturen. */
interface Foutgegevens {
  readonly code: FoutCode;
  readonly exitcode: number;
  readonly melding: string;
  readonly plaats: Plaats;
}

/** Wat er met één regel gebeurde. In deze thread met het resultaat zelf, uit een werker als opgemaakte bytes. */
export interface Uitkomst<T> {
  readonly regel: number;
  fout?: unknown;
  /** De fout viel bij het lezen, vóór de controle op dubbelen. */
  leesfout?: boolean;
  overgeslagen?: boolean;
  soort?: string;
  sleutel?: UniekeSleutel;
  resultaat?: T;
  /** Uit een werker: waar de opgemaakte rij staat in de bytes van het blok, [begin, eind). */
  bytes?: readonly [number, number];
  rij?: Uint8Array;
  waarschuwingen?: readonly string[];
  uitleg?: string;
}

/** Verwerkt een blok records. Met `opmaak` (in een werker) komen de resultaten als opgemaakte UTF-8 in `bytes`. */
export function verwerkBlok<T extends { trace: Trace }>(
  blok: readonly CsvRecord[],
  bestand: string,
  index: ReadonlyMap<string, number>,
  verwerking: Rijverwerking<T>,
  werker?: { opmaak: Rijopmaak<T>; bytes: Utf8Buffer; uitleg?: (r: T) => string },
): Uitkomst<T>[] {
  const uit: Uitkomst<T>[] = [];
  for (const record of blok) {
    const u: Uitkomst<T> = { regel: record.regel };
    uit.push(u);
    let berekening: ReturnType<Rijverwerking<T>['lees']>;
    try {
      berekening = verwerking.lees(new Rij(bestand, record, index));
    } catch (e) {
      u.fout = werker ? alsGegevens(e) : e;
      u.leesfout = true;
      continue;
    }
    if (berekening === undefined) {
      u.overgeslagen = true;
      continue;
    }
    if (berekening.sleutel) u.sleutel = berekening.sleutel;
    try {
      const r = berekening.bereken();
      if (verwerking.soort) u.soort = verwerking.soort(r);
      if (!werker) u.resultaat = r;
      else {
        const begin = werker.bytes.positie();
        werker.opmaak.schrijf(r, werker.bytes);
        u.bytes = [begin, werker.bytes.positie()];
        if (r.trace.waarschuwingen.length) u.waarschuwingen = r.trace.waarschuwingen;
        if (werker.uitleg) u.uitleg = werker.uitleg(r);
      }
    } catch (e) {
      u.fout = werker ? alsGegevens(e) : e;
    }
  }
  return uit;
}

function alsGegevens(e: unknown): Foutgegevens {
  if (e instanceof SzmhFout) return { code: e.code, exitcode: e.exitcode, melding: e.melding, plaats: e.plaats };
  return { code: 'INTERN', exitcode: EXITCODE.intern, melding: e instanceof Error ? (e.stack ?? e.message) : String(e), plaats: {} };
}

function alsFout(f: Foutgegevens): SzmhFout {
  return new SzmhFout(f.code, f.exitcode, f.melding, f.plaats);
}

export function kolomIndex(kolommen: readonly string[]): ReadonlyMap<string, number> {
  return new Map(kolommen.map((k, i) => [k, i] as const));
}

/** Onder deze grootte kost het opstarten van werkers meer dan het oplevert. */
const WERKERS_VANAF_BYTES = 4 << 20;

/** `SZMH_WERKERS` legt het aantal vast (0: nooit); anders werkers voor grote bestanden als er meer kernen zijn. */
function aantalWerkers(bestand: string, ctx: Context): number {
  const vast = process.env.SZMH_WERKERS;
  // De tabel en het werkboek hebben de ruwe waarden nodig, geen opgemaakte tekst uit een werker.
  if (!isTekstformaat(ctx.formaat)) return 0;
  if (vast !== undefined && /^\d+$/.test(vast)) return Math.min(Number(vast), 8);
  const kernen = availableParallelism();
  return kernen > 1 && statSync(bestand).size >= WERKERS_VANAF_BYTES ? Math.min(kernen, 4) : 0;
}

const WERKER = new URL('./rijtaak-werker.js', import.meta.url);

export async function draaiRijTaak<T extends { trace: Trace }>(taak: RijTaak<T>, bestand: string, ctx: Context, opties: Taakopties = {}): Promise<void> {
  const bron = await openCsv(bestand, { encoding: ctx.encoding });
  vereisKolommen(bron, taak.vereist);
  const verwerking = taak.bereid(ctx, bron.kolommen, opties);
  const batch = new Batch(ctx, verwerking.kolommen, (r: T) => taak.titel(r), { bestand });
  const gezien = new SleutelSet();
  const telling: Telling = { overgeslagen: 0, perSoort: new Map() };

  /** Eén uitkomst, in bestandsvolgorde: eerst een leesfout, dan een dubbele sleutel, dan een weigering van de regel. */
  const neemOp = (u: Uitkomst<T>) => {
    const waar = `regel ${u.regel}`;
    const gooi = (e: unknown) => () => {
      throw e;
    };
    if (u.leesfout) batch.probeer(waar, gooi(u.fout));
    else if (u.overgeslagen) telling.overgeslagen++;
    else if (u.sleutel && !gezien.voegToe(u.sleutel.waarde)) batch.probeer(waar, gooi(new InvoerFout(u.sleutel.melding, { bestand, regel: u.regel, kolom: u.sleutel.kolom })));
    else if (u.fout !== undefined) batch.probeer(waar, gooi(u.fout));
    else {
      if (u.resultaat !== undefined) batch.schrijf(u.resultaat);
      else batch.neemOver(u.rij!, u.waarschuwingen ?? [], u.uitleg);
      if (u.soort !== undefined) telling.perSoort.set(u.soort, (telling.perSoort.get(u.soort) ?? 0) + 1);
    }
  };

  const werkers = existsSync(fileURLToPath(WERKER)) ? aantalWerkers(bestand, ctx) : 0;
  ctx.log.trace({ werkers }, 'werkthreads');
  try {
    if (werkers === 0) {
      const index = kolomIndex(bron.kolommen);
      for await (const blok of bron.blokken) for (const u of verwerkBlok(blok, bestand, index, verwerking)) neemOp(u);
    } else {
      await metWerkers(werkers, { module: taak.module, naam: taak.naam, opties: { ...ctx.opties, peildatum: ctx.peildatum, format: ctx.formaat }, taakopties: opties, bestand, kolommen: bron.kolommen }, bron.blokken, (us: Uitkomst<T>[]) => {
        for (const u of us) neemOp(u.fout === undefined ? u : { ...u, fout: alsFout(u.fout as Foutgegevens) });
      });
    }
  } catch (e) {
    batch.breekAf(e);
  }
  taak.meld?.(ctx, telling, opties);
  await batch.voltooi();
}

/** Zoveel blokken per werker onderweg: genoeg om niet te wachten, niet zoveel dat het geheugen volloopt. */
const ONDERWEG_PER_WERKER = 4;

export interface Werkeropdracht {
  readonly module: string;
  readonly naam: string;
  readonly opties: Context['opties'];
  readonly taakopties: Taakopties;
  readonly bestand: string;
  readonly kolommen: readonly string[];
}

type Werkerbericht<T> = { nr: number; uitkomsten: Uitkomst<T>[]; bytes: Uint8Array } | { nr: number; intern: string };

/** Verdeelt de blokken over werkers en geeft de uitkomsten in de volgorde van het bestand door. */
async function metWerkers<T>(aantal: number, opdracht: Werkeropdracht, blokken: AsyncIterable<CsvRecord[]>, verwerk: (us: Uitkomst<T>[]) => void): Promise<void> {
  const klaar = new Map<number, Uitkomst<T>[]>();
  const bezig = new Array<number>(aantal).fill(0);
  let mislukt: Error | undefined;
  let wek: (() => void) | undefined;
  const werkers = Array.from({ length: aantal }, (_, w) => {
    const werker = new Worker(WERKER, { workerData: opdracht });
    werker.on('message', (b: Werkerbericht<T>) => {
      bezig[w]!--;
      if ('intern' in b) mislukt ??= new SzmhFout('INTERN', EXITCODE.intern, b.intern);
      else {
        for (const u of b.uitkomsten) if (u.bytes) u.rij = b.bytes.subarray(u.bytes[0], u.bytes[1]);
        klaar.set(b.nr, b.uitkomsten);
      }
      wek?.();
    });
    werker.on('error', (e) => {
      mislukt ??= e;
      wek?.();
    });
    return werker;
  });

  let verstuurd = 0;
  let verwerkt = 0;
  /** Verwerkt wat op volgorde klaarstaat; wacht tot er minder dan `max` blokken onderweg zijn. */
  const verwerkTot = async (max: number) => {
    for (;;) {
      for (let u = klaar.get(verwerkt); u !== undefined; u = klaar.get(verwerkt)) {
        klaar.delete(verwerkt++);
        verwerk(u);
      }
      if (mislukt) throw mislukt;
      if (verstuurd - verwerkt < max) return;
      await new Promise<void>((r) => (wek = r));
    }
  };

  try {
    let leesfout: unknown;
    try {
      for await (const blok of blokken) {
        await verwerkTot(aantal * ONDERWEG_PER_WERKER);
        const w = bezig.indexOf(Math.min(...bezig));
        bezig[w]!++;
        werkers[w]!.postMessage({ nr: verstuurd++, blok });
      }
    } catch (e) {
      // Een fout in de CSV zelf komt na de regels ervóór, net als zonder werkers.
      leesfout = e;
    }
    await verwerkTot(1);
    if (leesfout !== undefined) throw leesfout;
  } finally {
    await Promise.all(werkers.map((w) => w.terminate()));
  }
}
