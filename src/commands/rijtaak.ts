/**
 * Een batch die per CSV-regel één resultaat maakt (`boete bereken`, `leerplicht status`,
 * `leerlingenvervoer beoordeel`): de regel lezen, de sleutel op dubbelen controleren, de regel
 * toepassen en het resultaat opmaken. Bij een groot bestand rekenen werkthreads (werkers.ts), blok
 * voor blok; de uitkomsten worden hier in bestandsvolgorde verwerkt (gemeten in bench/).
 */
import { InvoerFout } from '../rules/kern/fouten.js';
import type { Trace } from '../rules/kern/trace.js';
import { alsRecord, openCsv, type CsvRecord, type CsvRegel } from '../io/csv.js';
import { Rij, kolomIndex, vereisKolommen } from '../io/velden.js';
import { SleutelSet } from '../io/sleutelset.js';
import type { Kolom } from '../io/uitvoer.js';
import { Batch, type Context } from './context.js';
import { alsFout, alsGegevens, type Foutgegevens } from '../io/werkstroom.js';
import { Werkers, aantalWerkers, legVast, schrijfBerekend, werkeropmaak, type Berekend, type Werkerbouw, type Werkeropmaak } from './werkers.js';

/**
 * Een kolom waarvan elke waarde maar één keer in het bestand mag staan (`zaak_id`), en hoe de melding
 * zo'n waarde noemt als hij terugkomt ("zaak BO-1 staat al eerder in het bestand").
 */
export interface UniekeKolom {
  readonly kolom: string;
  readonly naam: string;
}

export interface Rijverwerking<T> {
  readonly kolommen: readonly Kolom<T>[];
  /**
   * Leest de regel (een InvoerFout bij slechte invoer); de berekening volgt pas na de controle op
   * dubbelen van `sleutel`, de waarde in de unieke kolom van de taak. `undefined`: de regel hoort
   * niet bij deze run en wordt overgeslagen (niet afgekeurd).
   */
  lees(rij: Rij): { sleutel?: string; bereken: () => T } | undefined;
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
  /** Per regel gelezen als `sleutel`; alleen de waarde gaat heen en weer naar een werker, de melding komt hier. */
  readonly uniek?: UniekeKolom;
  titel(r: T): string;
  /** Eén keer per bestand (en per werker): de uitvoerkolommen en de verwerking per regel. */
  bereid(ctx: Context, invoerKolommen: readonly string[], opties: Taakopties): Rijverwerking<T>;
  /** Meldt na afloop de telling (in het log). */
  meld?(ctx: Context, telling: Telling, opties: Taakopties): void;
}

/** De eigen opties van het commando (zoals `--schooljaar`): ze reizen mee naar de werkthreads. */
export type Taakopties = Readonly<Record<string, string | undefined>>;

/** Wat er met één regel gebeurde. */
export interface Uitkomst<T> extends Berekend<T> {
  readonly regel: number;
  /** Een fout (uit een werker als `Foutgegevens`). */
  fout?: unknown;
  /** De fout viel bij het lezen, vóór de controle op dubbelen. */
  leesfout?: boolean;
  overgeslagen?: boolean;
  soort?: string;
  sleutel?: string;
}

/** Verwerkt een blok records. Met `werker` (in een werker) komen de resultaten als opgemaakte tekst terug. */
export function verwerkBlok<T extends { trace: Trace }>(
  blok: readonly CsvRecord[],
  bestand: string,
  index: ReadonlyMap<string, number>,
  verwerking: Rijverwerking<T>,
  werker?: Werkeropmaak<T>,
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
    if (berekening.sleutel !== undefined) u.sleutel = berekening.sleutel;
    try {
      const r = berekening.bereken();
      if (verwerking.soort) u.soort = verwerking.soort(r);
      legVast(u, r, werker);
    } catch (e) {
      u.fout = werker ? alsGegevens(e) : e;
    }
  }
  return uit;
}

/** Wat een werker van een rijtaak nodig heeft: waar de taak staat, zijn opties en de kop van het bestand. */
interface Rijgegevens {
  readonly module: string;
  readonly naam: string;
  readonly taakopties: Taakopties;
  readonly bestand: string;
  readonly kolommen: readonly string[];
  readonly scheidingsteken: string;
}

/**
 * In een werker: dezelfde verwerking als in deze thread, met de resultaten als opgemaakte tekst. De
 * regels komen ruw en worden hier gesplitst: dat scheelt de hoofdthread het splitsen en het kopiëren
 * van elk veld als aparte string.
 */
export const rijWerker: Werkerbouw<Rijgegevens, CsvRegel[], Uitkomst<{ trace: Trace }>> = async (ctx, g, uit) => {
  const taak = (await import(g.module))[g.naam] as RijTaak<{ trace: Trace }>;
  const verwerking = taak.bereid(ctx, g.kolommen, g.taakopties);
  const index = kolomIndex(g.kolommen);
  const werker = werkeropmaak(ctx, verwerking.kolommen, taak.titel, uit);
  return (blok) => verwerkBlok(blok.map((r) => alsRecord(r, g.scheidingsteken)), g.bestand, index, verwerking, werker);
};

export async function draaiRijTaak<T extends { trace: Trace }>(taak: RijTaak<T>, bestand: string, ctx: Context, opties: Taakopties = {}): Promise<void> {
  const bron = await openCsv(bestand, { encoding: ctx.encoding });
  vereisKolommen(bron, taak.vereist);
  const verwerking = taak.bereid(ctx, bron.kolommen, opties);
  const batch = new Batch(ctx, verwerking.kolommen, (r: T) => taak.titel(r), { bestand });
  const { uniek } = taak;
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
    else if (uniek && u.sleutel !== undefined && !gezien.voegToe(u.sleutel)) {
      batch.probeer(waar, gooi(new InvoerFout(`${uniek.naam} ${u.sleutel} staat al eerder in het bestand`, { bestand, regel: u.regel, kolom: uniek.kolom })));
    }
    else if (u.fout !== undefined) batch.probeer(waar, gooi(u.fout));
    else {
      schrijfBerekend(batch, u);
      if (u.soort !== undefined) telling.perSoort.set(u.soort, (telling.perSoort.get(u.soort) ?? 0) + 1);
    }
  };

  const werkers = aantalWerkers(bestand, ctx);
  ctx.log.trace({ werkers }, 'werkthreads');
  try {
    if (werkers === 0) {
      const index = kolomIndex(bron.kolommen);
      for await (const blok of bron.blokken) for (const u of verwerkBlok(blok, bestand, index, verwerking)) neemOp(u);
    } else {
      const opdracht = { module: import.meta.url, naam: 'rijWerker', gegevens: { module: taak.module, naam: taak.naam, taakopties: opties, bestand, kolommen: bron.kolommen, scheidingsteken: bron.scheidingsteken } };
      const pool = new Werkers<Rijgegevens, Uitkomst<T>>(ctx, werkers, opdracht);
      try {
        await pool.verwerk(bron.regels, (us) => {
          for (const u of us) neemOp(u.fout === undefined ? u : { ...u, fout: alsFout(u.fout as Foutgegevens) });
        });
      } finally {
        await pool.stop();
      }
    }
  } catch (e) {
    batch.breekAf(e);
  }
  taak.meld?.(ctx, telling, opties);
  await batch.voltooi();
}
