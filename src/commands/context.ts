/**
 * De gedeelde bedrading van alle commando's: globale opties lezen, de klok één keer raadplegen,
 * parameters en logger opzetten, en een batch draaien met atomische uitvoer.
 */
import type { LevelWithSilent } from 'pino';
import { leesDatum, maakDatum, type Datum } from '../rules/kern/datum.js';
import { leesGemeente, type GemeenteCode } from '../rules/kern/gemeente.js';
import { InvoerFout, SzmhFout, EXITCODE } from '../rules/kern/fouten.js';
import type { Parameters } from '../rules/kern/parameters.js';
import type { Trace } from '../rules/kern/trace.js';
import { laadParameters, metLokaleOverlay } from '../io/parameters.js';
import { maakLogger, poets, type Logger } from '../io/log.js';
import { AtomischeUitvoer } from '../io/bestand.js';
import { FORMATEN, Schrijver, kiesFormaat, weigerHtml, type Formaat, type Kolom, type Samenvattingsobject } from '../io/uitvoer.js';
import { formatUitleg } from '../io/uitleg.js';
import type { Encoding } from '../io/csv.js';
import { randomUUID } from 'node:crypto';
import { userInfo } from 'node:os';
import { Store, type Run } from '../io/store/index.js';

/** De globale opties zoals commander ze aanlevert. */
export interface GlobaleOpties {
  format?: string;
  output?: string;
  peildatum?: string;
  params?: string;
  gemeente?: string;
  explain?: boolean;
  encoding?: string;
  continueOnError?: boolean;
  zonderTrace?: boolean;
  db?: string;
  logLevel?: string;
}

export interface Context {
  readonly peildatum: Datum;
  readonly formaat: Formaat;
  readonly output?: string;
  readonly gemeente?: GemeenteCode;
  readonly explain: boolean;
  readonly encoding: Encoding;
  readonly doorgaanBijFouten: boolean;
  /** `--zonder-trace`: geen trace-kolom in CSV (JSON heeft hem altijd, --explain toont hem). */
  readonly zonderTrace: boolean;
  readonly log: Logger;
  /** Deze run: id, tijdstip, gebruiker en commando, voor het auditlog. */
  readonly run: Run;
  /** De database: `--db`, anders `$SZMH_DB`, anders `./szmh.db`. */
  readonly dbPad: string;
  /** Parameters worden pas geladen als een commando ze vraagt. */
  params(): Parameters;
  /** De store wordt pas geopend (en gemigreerd) als een commando hem vraagt. */
  store(): Store;
  /** De opties zoals gegeven: een werkthread bouwt er dezelfde context mee op. */
  readonly opties: GlobaleOpties;
}

function vandaag(): Datum {
  const nu = new Date();
  return maakDatum(nu.getFullYear(), nu.getMonth() + 1, nu.getDate());
}

export const LOGNIVEAUS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
export const ENCODINGS: Encoding[] = ['auto', 'utf-8', 'windows-1252'];

function gebruiker(): string {
  try {
    return userInfo().username;
  } catch {
    return 'onbekend';
  }
}

export function maakContext(o: GlobaleOpties, commando = 'szmh'): Context {
  const aanroep = (melding: string) => new InvoerFout(melding, {}, 'AANROEP_ONGELDIG');
  let peildatum = vandaag();
  if (o.peildatum !== undefined) {
    const p = leesDatum(o.peildatum);
    if (!p.ok) throw aanroep(`--peildatum: ${p.reden}`);
    peildatum = p.datum;
  }
  if (o.format !== undefined && !(FORMATEN as readonly string[]).includes(o.format)) {
    throw aanroep(`--format: verwacht een van ${FORMATEN.join(', ')}`);
  }
  let gemeente: GemeenteCode | undefined;
  if (o.gemeente !== undefined) {
    const g = leesGemeente(o.gemeente);
    if (!g.ok) throw aanroep(`--gemeente: ${g.reden}`);
    gemeente = g.code;
  }
  const encoding = (o.encoding ?? 'auto').toLowerCase().replace('cp1252', 'windows-1252').replace('utf8', 'utf-8') as Encoding;
  if (!ENCODINGS.includes(encoding)) throw aanroep(`--encoding: verwacht een van ${ENCODINGS.join(', ')}`);
  const niveau = o.logLevel ?? 'info';
  if (!LOGNIVEAUS.includes(niveau)) throw aanroep(`--log-level: verwacht een van ${LOGNIVEAUS.join(', ')}`);

  const formaat = kiesFormaat(o.format as Formaat | undefined, !o.output && process.stdout.isTTY === true, o.output);
  // Vóór er iets gebeurt: een batch die eerst boekt en dan pas het formaat weigert, laat staat achter.
  if (!commando.startsWith('szmh rapport')) weigerHtml(formaat);
  if (formaat === 'xlsx' && !o.output && process.stdout.isTTY === true) {
    throw aanroep('--format xlsx is een binair bestand en hoort niet op het scherm: geef --output BESTAND.xlsx of stuur de uitvoer door (> bestand.xlsx)');
  }

  let params: Parameters | undefined;
  let store: Store | undefined;
  const dbPad = o.db ?? process.env.SZMH_DB ?? 'szmh.db';
  return {
    peildatum,
    formaat,
    ...(o.output ? { output: o.output } : {}),
    ...(gemeente ? { gemeente } : {}),
    explain: o.explain === true,
    encoding,
    doorgaanBijFouten: o.continueOnError === true,
    zonderTrace: o.zonderTrace === true,
    log: maakLogger(niveau as LevelWithSilent),
    run: { id: randomUUID(), tijd: new Date().toISOString(), gebruiker: gebruiker(), commando },
    dbPad,
    opties: o,
    store() {
      const wachttijd = Number(process.env.SZMH_WACHTTIJD_MS);
      store ??= Store.open(dbPad, { log: this.log, ...(Number.isFinite(wachttijd) && process.env.SZMH_WACHTTIJD_MS ? { wachttijdMs: wachttijd } : {}) });
      return store;
    },
    params() {
      params ??= o.params ? metLokaleOverlay(laadParameters(), o.params) : laadParameters();
      return params;
    },
  };
}

export interface Afgekeurd {
  /** Melding met de plaats: bestand, regel en kolom, of de zaak. */
  readonly melding: string;
}

/** De uitvoerkolommen zoals de gebruiker ze vroeg: met `--zonder-trace` in CSV zonder de trace. */
export function uitvoerKolommen<T>(ctx: Pick<Context, 'formaat' | 'zonderTrace'>, kolommen: readonly Kolom<T>[]): readonly Kolom<T>[] {
  return ctx.formaat === 'csv' && ctx.zonderTrace ? kolommen.filter((k) => k.soort !== 'trace') : kolommen;
}

/** Moet een regel zijn trace opbouwen? Niet als niemand hem ziet (CSV zonder trace, geen --explain). */
export function traceNodig(ctx: Pick<Context, 'formaat' | 'zonderTrace' | 'explain'>): boolean {
  return ctx.explain || !(ctx.formaat === 'csv' && ctx.zonderTrace);
}

export interface Batchopties {
  /** Het invoerbestand: een regelweigering zonder plaats krijgt dit bestand en `waar` erbij. */
  readonly bestand?: string;
  /** Met een samenvatting (zie `voltooi`): de naam van de rijen in het JSON-object. */
  readonly rijnaam?: string;
}

/** Wat naast de rijen komt: in JSON als object, in de tabel eronder, bij CSV/JSONL op stderr. */
export interface Afsluiting {
  readonly samenvatting: Samenvattingsobject;
  readonly tabel: readonly string[];
  /** Extra getallen voor de logregel "klaar". */
  readonly log?: Readonly<Record<string, number>>;
}

/**
 * Eén batch: resultaten gaan naar een atomische uitvoer. Een fout in een record breekt de batch af
 * (niets geschreven), tenzij `--continue-on-error`: dan wordt het record overgeslagen en gemeld.
 */
export class Batch<T extends { trace?: Trace }> {
  private readonly uit: AtomischeUitvoer;
  private readonly schrijver: Schrijver<T>;
  private readonly uitleg: string[] = [];
  private readonly waarschuwingen = new Map<string, number>();
  private readonly bestand?: string;
  readonly afgekeurd: Afgekeurd[] = [];
  verwerkt = 0;

  constructor(
    private readonly ctx: Context,
    kolommen: readonly Kolom<T>[],
    private readonly titel: (r: T) => string,
    opties: Batchopties = {},
  ) {
    if (opties.bestand !== undefined) this.bestand = opties.bestand;
    this.uit = AtomischeUitvoer.open(ctx.output);
    try {
      this.schrijver = new Schrijver(ctx.formaat, uitvoerKolommen(ctx, kolommen), this.uit, opties.rijnaam, bladnaam(ctx));
    } catch (e) {
      this.breekAf(e);
    }
  }

  /**
   * Voert een stap uit. Een fout breekt de batch af (uitvoer weg), of wordt met
   * `--continue-on-error` gemeld als afgekeurd; dan geeft dit `false`. `waar` noemt het record
   * ("regel 4"), desnoods pas als het nodig is.
   */
  probeer(waar: string | (() => string), stap: () => void): boolean {
    try {
      stap();
      return true;
    } catch (e) {
      const plaats = () => (typeof waar === 'string' ? waar : waar());
      const fout = e instanceof SzmhFout && e.plaats.bestand === undefined && this.bestand !== undefined ? new SzmhFout(e.code, e.exitcode, `${plaats()}: ${e.melding}`, { bestand: this.bestand }) : e;
      if (!(fout instanceof SzmhFout) || !this.ctx.doorgaanBijFouten || fout.exitcode === EXITCODE.intern) {
        this.uit.breekAf();
        throw fout;
      }
      this.afgekeurd.push({ melding: fout.plaats.bestand !== undefined ? fout.message : `${plaats()}: ${fout.message}` });
      return false;
    }
  }

  /** Berekent en schrijft één resultaat; `undefined` (nog niet te beoordelen) schrijft niets. */
  verwerk(waar: string | (() => string), bereken: () => T | undefined): void {
    let r: T | undefined;
    if (!this.probeer(waar, () => (r = bereken())) || r === undefined) return;
    this.schrijf(r);
  }

  /** Schrijft een berekend resultaat, met zijn waarschuwingen en (bij --explain) zijn uitleg. */
  schrijf(r: T): void {
    this.schrijver.schrijf(r);
    this.telMee(r.trace?.waarschuwingen ?? [], this.ctx.explain && r.trace ? formatUitleg(this.titel(r), r.trace) : undefined);
  }

  /** Een resultaat dat een werkthread al opmaakte, als UTF-8 (zie werkers.ts). */
  neemOver(blok: Buffer, [begin, eind]: readonly [number, number], waarschuwingen: readonly string[], uitleg: string | undefined): void {
    this.schrijver.schrijfBytes(blok, begin, eind);
    this.telMee(waarschuwingen, uitleg);
  }

  private telMee(waarschuwingen: readonly string[], uitleg: string | undefined): void {
    this.verwerkt++;
    for (const w of waarschuwingen) this.waarschuwingen.set(w, (this.waarschuwingen.get(w) ?? 0) + 1);
    if (uitleg !== undefined) this.uitleg.push(uitleg);
  }

  /** Een fout buiten `verwerk` (bijv. in de invoer zelf): uitvoer weggooien en doorgeven. */
  breekAf(e: unknown): never {
    this.uit.breekAf();
    throw e;
  }

  /** Schrijft de uitvoer weg, meldt waarschuwingen en afgekeurde records; exitcode 1 bij afkeur. */
  async voltooi(afsluiting?: Afsluiting): Promise<void> {
    const f = this.ctx.formaat;
    this.schrijver.sluit(afsluiting?.samenvatting);
    if (afsluiting && f === 'table') this.uit.schrijf(`\n${afsluiting.tabel.join('\n')}\n`);
    const uitlegNaarStdout = this.ctx.output !== undefined || f === 'table';
    if (this.ctx.explain && uitlegNaarStdout && this.ctx.output === undefined) this.uit.schrijf(`\n${this.uitleg.join('\n')}`);
    await this.uit.voltooi();
    if (this.ctx.explain && this.ctx.output !== undefined) process.stdout.write(this.uitleg.join('\n'));
    if (this.ctx.explain && !uitlegNaarStdout) process.stderr.write(this.uitleg.join('\n'));
    if (afsluiting && (f === 'csv' || f === 'jsonl' || f === 'xlsx')) process.stderr.write(`${afsluiting.tabel.join('\n')}\n`);
    const log = this.ctx.log;
    for (const [tekst, aantal] of this.waarschuwingen) log.warn({ aantal }, tekst);
    log.info({ verwerkt: this.verwerkt, afgekeurd: this.afgekeurd.length, ...afsluiting?.log, uitvoer: this.ctx.output ?? 'stdout' }, 'klaar');
    if (this.afgekeurd.length) {
      process.stderr.write(`Afgekeurd (${this.afgekeurd.length}):\n${this.afgekeurd.map((a) => `  ${poets(a.melding)}`).join('\n')}\n`);
      process.exitCode = EXITCODE.deelsAfgekeurd;
    }
  }
}

/** Het werkblad in xlsx heet naar het commando ("boete bereken"). */
export function bladnaam(ctx: Context): string {
  return ctx.run.commando.replace(/^szmh\s*/, '') || 'szmh';
}

/** Schrijft rijen in het gekozen formaat (atomisch naar --output of naar stdout). */
export async function schrijfRijen<T>(ctx: Context, kolommen: readonly Kolom<T>[], rijen: Iterable<T>): Promise<number> {
  const uit = AtomischeUitvoer.open(ctx.output);
  let aantal = 0;
  try {
    const schrijver = new Schrijver(ctx.formaat, kolommen, uit, undefined, bladnaam(ctx));
    for (const r of rijen) {
      schrijver.schrijf(r);
      aantal++;
    }
    schrijver.sluit();
  } catch (e) {
    uit.breekAf();
    throw e;
  }
  await uit.voltooi();
  return aantal;
}
