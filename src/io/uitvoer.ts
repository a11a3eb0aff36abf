/**
 * Resultaten wegschrijven als tabel (voor mensen), CSV, JSON of JSONL (voor machines), of als
 * Excel-werkboek (xlsx, met getypte cellen). Bedragen zijn in CSV en JSON tekst met punt en twee
 * decimalen ("1234.50"), in de tabel "€ 1.234,50", in xlsx een getal met euronotatie.
 */
import { formatBedrag, formatEuro, type Bedrag } from '../rules/kern/geld.js';
import type { ParameterVerwijzing, Trace, TraceStap } from '../rules/kern/trace.js';
import { InvoerFout } from '../rules/kern/fouten.js';
import { csvRegel, csvVeld } from './csv.js';
import type { AtomischeUitvoer } from './bestand.js';
import { Tekstverzamelaar, type Tekstdoel } from './utf8.js';

/** `html` is er alleen voor `szmh rapport`: een pagina, geen tabel. */
export const FORMATEN = ['table', 'csv', 'json', 'jsonl', 'xlsx', 'html'] as const;
export type Formaat = (typeof FORMATEN)[number];

/**
 * `json`: een genest object (in CSV als JSON-tekst); `trace`: idem, met een snellere serialisatie.
 * `datum` en `procent` zijn in CSV, JSON en de tabel gewoon tekst ("2026-11-23", "95.3"); in xlsx
 * worden ze een echte datum en een percentage.
 */
export type Kolomsoort = 'tekst' | 'bedrag' | 'ja_nee' | 'getal' | 'datum' | 'procent' | 'json' | 'trace';

export interface Kolom<T> {
  readonly naam: string;
  readonly soort: Kolomsoort;
  readonly waarde: (r: T) => unknown;
  /** In de tabelweergave tonen (standaard ja; per_maand en trace niet). */
  readonly inTabel?: boolean;
}

/** Een resultaat met de ongewijzigd doorgegeven invoerkolommen (in de volgorde van `doorgeefKolommen`). */
export type MetDoorgegeven<T> = T & { readonly doorgegeven?: readonly string[] };

/**
 * Invoerkolommen die een commando niet kent, gaan ongewijzigd mee naar de uitvoer (spec: "unknown
 * columns are kept and passed through"), achter de eigen kolommen en zonder die te overschrijven.
 * Een BSN gaat nooit mee.
 */
export function doorgeefKolommen<T>(invoer: readonly string[], bekend: readonly string[], uitvoer: readonly Kolom<T>[]): { namen: string[]; kolommen: Kolom<MetDoorgegeven<T>>[] } {
  const bezet = new Set([...bekend, ...uitvoer.map((k) => k.naam), 'bsn']);
  const namen = invoer.filter((k) => !bezet.has(k));
  return { namen, kolommen: namen.map((naam, i) => ({ naam, soort: 'tekst' as const, waarde: (r: MetDoorgegeven<T>) => r.doorgegeven?.[i] ?? null, inTabel: false })) };
}

/** Standaard: xlsx of html als het uitvoerbestand zo heet, anders een tabel op een terminal en CSV elders. */
export function kiesFormaat(opgegeven: Formaat | undefined, naarTerminal: boolean, output?: string): Formaat {
  if (opgegeven) return opgegeven;
  if (/\.xlsx$/i.test(output ?? '')) return 'xlsx';
  if (/\.html?$/i.test(output ?? '')) return 'html';
  return naarTerminal ? 'table' : 'csv';
}

// ---- De trace als JSON ----------------------------------------------------------------------
//
// Gelijk aan JSON.stringify(trace), maar wat zich over miljoenen rijen herhaalt wordt één keer
// gemaakt: een bevroren stap (Object.freeze: een constante van een regel) helemaal, van andere
// stappen het begin (regel en artikel, met de omschrijving als die niet per stap wisselt), elke
// parameterverwijzing (en een lijst die terugkomt) en elke waarschuwing; een UTF-8-doel (utf8.ts)
// codeert die stukken ook maar één keer. Vorm 1 is JSON binnen een CSV-veld: elk aanhalingsteken
// staat er meteen verdubbeld in, zodat een trace van kilobytes niet nog eens doorzocht en gekopieerd
// hoeft te worden.

type Vorm = 0 | 1;

const verdubbel = (json: string) => json.replaceAll('"', '""');
const heleStappen: [WeakMap<TraceStap, string>, WeakMap<TraceStap, string>] = [new WeakMap(), new WeakMap()];
const parameters: [WeakMap<ParameterVerwijzing, string>, WeakMap<ParameterVerwijzing, string>] = [new WeakMap(), new WeakMap()];
/** Per waarschuwingstekst de JSON-tekst in beide vormen. */
const waarschuwingen = new Map<string, [string, string]>();
/** Per vorm: de lijsten parameterverwijzingen die eerder voorkwamen (op hun eerste verwijzing), met hun JSON. */
type Parameterlijsten = WeakMap<ParameterVerwijzing, [readonly ParameterVerwijzing[], string][]>;
const parameterlijsten: [Parameterlijsten, Parameterlijsten] = [new WeakMap(), new WeakMap()];
/** Meer verschillende lijsten met dezelfde eerste verwijzing: dan per verwijzing. */
const MAX_LIJSTEN = 16;

/** Het begin van de stappen met dezelfde regel en hetzelfde artikel, in één vorm. */
interface Begin {
  readonly artikel: string;
  /** `{"regel":…,"artikel":…,"omschrijving":` */
  readonly kop: string;
  /** Per omschrijving het hele begin; `undefined` zodra die per stap verschilt (er staan bedragen of afstanden in). */
  omschrijvingen: Map<string, string> | undefined;
}
/** Per vorm: regel → de beginnen per artikel. */
const beginnen: [Map<string, Begin[]>, Map<string, Begin[]>] = [new Map(), new Map()];
/** Meer verschillende omschrijvingen bij één regel en artikel: dan wisselt de omschrijving per stap. */
const MAX_OMSCHRIJVINGEN = 32;
/** Per objectsleutel `"sleutel":` in beide vormen. */
const sleutels = new Map<string, [string, string]>();
/** Tekens waarvoor JSON een escape nodig heeft (en ongepaarde surrogaten): dan toch JSON.stringify. */
const ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

function sleutel(k: string, vorm: Vorm): string {
  let s = sleutels.get(k);
  if (s === undefined) {
    const j = `${JSON.stringify(k)}:`;
    s = [j, verdubbel(j)];
    if (sleutels.size < 10_000) sleutels.set(k, s);
  }
  return s[vorm];
}

/**
 * Een waarde als JSON, gelijk aan JSON.stringify: tekst zonder bijzondere tekens, getallen, en
 * (geneste) platte objecten en lijsten worden zelf opgebouwd; de rest (Decimals met toJSON, tekst met
 * escapes) via JSON.stringify.
 */
function waardeJson(w: unknown, vorm: Vorm): string {
  if (w === null || w === undefined) return 'null';
  switch (typeof w) {
    case 'string':
      if (!ESCAPE.test(w)) return vorm ? `""${w}""` : `"${w}"`;
      break;
    case 'number':
      return Number.isFinite(w) ? String(w) : 'null';
    case 'boolean':
      return String(w);
    case 'object':
      if (Array.isArray(w)) {
        let uit = '[';
        for (let i = 0; i < w.length; i++) {
          const v: unknown = w[i];
          uit += (i ? ',' : '') + (typeof v === 'function' || typeof v === 'symbol' ? 'null' : waardeJson(v, vorm));
        }
        return `${uit}]`;
      }
      if (Object.getPrototypeOf(w) === Object.prototype && typeof (w as { toJSON?: unknown }).toJSON !== 'function') {
        let uit = '{';
        let eerste = true;
        for (const k in w as Record<string, unknown>) {
          const v = (w as Record<string, unknown>)[k];
          if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
          uit += (eerste ? '' : ',') + sleutel(k, vorm) + waardeJson(v, vorm);
          eerste = false;
        }
        return `${uit}}`;
      }
  }
  const t = JSON.stringify(w) ?? 'null';
  return vorm === 1 ? verdubbel(t) : t;
}

/**
 * Het begin van een stap (regel, artikel, omschrijving). Regel en artikel zijn constanten van een
 * regel: dat deel is altijd een herhaald stuk; de omschrijving erbij ook, tenzij die per stap wisselt.
 */
function schrijfBegin(s: TraceStap, vorm: Vorm, doel: Tekstdoel): void {
  const b = beginVan(s.regel, s.artikel, vorm);
  if (b.omschrijvingen) {
    let t = b.omschrijvingen.get(s.omschrijving);
    if (t === undefined && b.omschrijvingen.size < MAX_OMSCHRIJVINGEN) b.omschrijvingen.set(s.omschrijving, (t = b.kop + waardeJson(s.omschrijving, vorm)));
    if (t !== undefined) return doel.herhaald(t);
    b.omschrijvingen = undefined;
  }
  doel.herhaald(b.kop);
  doel.tekst(waardeJson(s.omschrijving, vorm));
}

function beginVan(regel: string, artikel: string, vorm: Vorm): Begin {
  let lijst = beginnen[vorm].get(regel);
  if (lijst) for (const b of lijst) if (b.artikel === artikel) return b;
  const kop = `{"regel":${JSON.stringify(regel)},"artikel":${JSON.stringify(artikel)},"omschrijving":`;
  const b: Begin = { artikel, kop: vorm ? verdubbel(kop) : kop, omschrijvingen: new Map() };
  if (lijst === undefined && beginnen[vorm].size < 10_000) beginnen[vorm].set(regel, (lijst = []));
  if (lijst && lijst.length < 8) lijst.push(b);
  return b;
}

/** Eén stap; de herhaalde stukken (begin, parameters, een bevroren stap helemaal) als zodanig aan het doel. */
function schrijfStap(s: TraceStap, vorm: Vorm, doel: Tekstdoel): void {
  const bevroren = Object.isFrozen(s);
  if (bevroren) {
    let t = heleStappen[vorm].get(s);
    if (t === undefined) {
      const v = new Tekstverzamelaar();
      schrijfStapdelen(s, vorm, v);
      heleStappen[vorm].set(s, (t = v.uit));
    }
    return doel.herhaald(t);
  }
  schrijfStapdelen(s, vorm, doel);
}

function schrijfStapdelen(s: TraceStap, vorm: Vorm, doel: Tekstdoel): void {
  schrijfBegin(s, vorm, doel);
  if (s.invoer) doel.tekst(`${vorm ? ',""invoer"":' : ',"invoer":'}${waardeJson(s.invoer, vorm)}`);
  if (s.parameters) schrijfParameters(s.parameters, vorm, doel);
  doel.tekst(`${vorm ? ',""uitkomst"":' : ',"uitkomst":'}${waardeJson(s.uitkomst, vorm)}}`);
}

/**
 * `,"parameters":[…]`: dezelfde lijst verwijzingen (de tarieven van een vervoersvorm, de categorieën
 * van een boete) staat in veel rijen en gaat dan als één herhaald stuk; anders per verwijzing.
 */
function schrijfParameters(ps: readonly ParameterVerwijzing[], vorm: Vorm, doel: Tekstdoel): void {
  const lijst = parameterlijst(ps, vorm);
  if (lijst !== undefined) return doel.herhaald(lijst);
  doel.tekst(vorm ? ',""parameters"":[' : ',"parameters":[');
  for (let j = 0; j < ps.length; j++) {
    if (j) doel.tekst(',');
    doel.herhaald(parameterJson(ps[j]!, vorm));
  }
  doel.tekst(']');
}

/** De JSON van deze lijst uit de cache, of nieuw als er nog plaats is; `undefined` als die er niet is. */
function parameterlijst(ps: readonly ParameterVerwijzing[], vorm: Vorm): string | undefined {
  if (ps.length === 0) return vorm ? ',""parameters"":[]' : ',"parameters":[]';
  let eerder = parameterlijsten[vorm].get(ps[0]!);
  if (eerder === undefined) parameterlijsten[vorm].set(ps[0]!, (eerder = []));
  for (const [lijst, json] of eerder) if (lijst.length === ps.length && lijst.every((p, i) => p === ps[i])) return json;
  if (eerder.length >= MAX_LIJSTEN) return undefined;
  const json = `${vorm ? ',""parameters"":[' : ',"parameters":['}${ps.map((p) => parameterJson(p, vorm)).join(',')}]`;
  eerder.push([[...ps], json]);
  return json;
}

function parameterJson(p: ParameterVerwijzing, vorm: Vorm): string {
  let t = parameters[vorm].get(p);
  if (t === undefined) parameters[vorm].set(p, (t = waardeJson(p, vorm)));
  return t;
}

/** Schrijft de trace als JSON; vorm 1: in CSV-vorm (elk `"` verdubbeld, zonder de omsluitende aanhalingstekens). */
function schrijfTrace(trace: Trace, vorm: Vorm, doel: Tekstdoel): void {
  doel.tekst(vorm ? '{""stappen"":[' : '{"stappen":[');
  for (let i = 0; i < trace.stappen.length; i++) {
    if (i) doel.tekst(',');
    schrijfStap(trace.stappen[i]!, vorm, doel);
  }
  doel.tekst(vorm ? '],""waarschuwingen"":[' : '],"waarschuwingen":[');
  for (let i = 0; i < trace.waarschuwingen.length; i++) {
    if (i) doel.tekst(',');
    doel.herhaald(waarschuwingJson(trace.waarschuwingen[i]!, vorm));
  }
  doel.tekst(']}');
}

/** Een waarschuwing als JSON-tekst; dezelfde waarschuwing (een onbevestigde parameter) staat in veel rijen. */
function waarschuwingJson(w: string, vorm: Vorm): string {
  let j = waarschuwingen.get(w);
  if (j === undefined) {
    j = [waardeJson(w, 0), waardeJson(w, 1)];
    if (waarschuwingen.size < 10_000) waarschuwingen.set(w, j);
  }
  return j[vorm];
}

/** De trace als JSON; met `csv` in CSV-vorm (elk `"` verdubbeld, zonder de omsluitende aanhalingstekens). */
export function traceJson(trace: Trace, csv = false): string {
  const v = new Tekstverzamelaar();
  schrijfTrace(trace, csv ? 1 : 0, v);
  return v.uit;
}

/** De cel als JSON-tekst, zoals in `--format json` ("1234.56", 3, null). */
export function celJson<T>(k: Kolom<T>, r: T): string {
  return alsJson(k.soort, k.waarde(r));
}

/** De cel zoals een mens hem leest, zoals in de tabel ("€ 1.234,56", "ja"). */
export function celTekst<T>(k: Kolom<T>, r: T): string {
  return alsTekst(k.soort, k.waarde(r), true);
}

/** De sleutels van een JSON-object met deze kolommen, één keer gemaakt: `{"a":`, `,"b":`, … */
function jsonSleutels<T>(kolommen: readonly Kolom<T>[]): string[] {
  return kolommen.map((k, i) => `${i ? ',' : '{'}${JSON.stringify(k.naam)}:`);
}

/** Eén rij als JSON-object, precies zoals `--format json` hem schrijft. */
export function jsonObject<T>(kolommen: readonly Kolom<T>[], r: T): string {
  return new Rijopmaak('json', kolommen).tekst(r);
}

/** De waarde als JSON-tekst. */
function alsJson(soort: Kolomsoort, w: unknown): string {
  if (w === undefined || w === null) return 'null';
  if (soort === 'bedrag') return `"${formatBedrag(w as Bedrag)}"`;
  if (soort === 'trace') return traceJson(w as Trace);
  return waardeJson(w, 0);
}

function alsTekst(soort: Kolomsoort, w: unknown, voorMensen: boolean): string {
  if (w === undefined || w === null) return '';
  switch (soort) {
    case 'bedrag':
      return voorMensen ? formatEuro(w as Bedrag) : formatBedrag(w as Bedrag);
    case 'ja_nee':
      return voorMensen ? (w ? 'ja' : 'nee') : String(w);
    case 'json':
    case 'trace':
      return alsJson(soort, w);
    default:
      return String(w);
  }
}

/** Eén tabel als werkbladinhoud: per rij de ruwe waarde van elke kolom (Bedrag, Datum, getal, …). */
export interface Blad {
  readonly naam: string;
  readonly kolommen: readonly Pick<Kolom<never>, 'naam' | 'soort'>[];
  readonly rijen: readonly (readonly unknown[])[];
}

/** Een trace hoort niet in een spreadsheetcel (te lang, alleen voor machines): die staat in --format json. */
export function xlsxKolommen<T>(kolommen: readonly Kolom<T>[]): Kolom<T>[] {
  return kolommen.filter((k) => k.soort !== 'trace');
}

/**
 * Schrijft werkbladen als xlsx in de atomische uitvoer. exceljs is groot en wordt pas hier geladen,
 * zodat `szmh --version` en de andere formaten er niet op wachten.
 */
export function schrijfWerkboek(uit: AtomischeUitvoer, bladen: readonly Blad[]): void {
  uit.produceer(async (doel) => {
    const { schrijfXlsx } = await import('./xlsx.js');
    await schrijfXlsx(doel, bladen);
  });
}

/** Een pagina is er alleen voor `szmh rapport`; een tabel wordt geen HTML. */
export function weigerHtml(formaat: Formaat): void {
  if (formaat === 'html') throw new InvoerFout('--format html is er alleen voor szmh rapport (marap, artikel25); kies table, csv, json, jsonl of xlsx', {}, 'AANROEP_ONGELDIG');
}

/** De formaten waarin een rij tekst is (de tabel en het werkboek hebben alle rijen nodig). */
export type Tekstformaat = 'csv' | 'json' | 'jsonl';

export function isTekstformaat(f: Formaat): f is Tekstformaat {
  return f === 'csv' || f === 'json' || f === 'jsonl';
}

/** Eén rij als tekst in `csv`, `json` of `jsonl`; ook bruikbaar in een werkthread, zonder uitvoer. */
export class Rijopmaak<T> {
  private readonly sleutels: string[];

  constructor(
    private readonly formaat: Tekstformaat,
    private readonly kolommen: readonly Kolom<T>[],
  ) {
    this.sleutels = jsonSleutels(kolommen);
  }

  tekst(r: T): string {
    const v = new Tekstverzamelaar();
    this.schrijf(r, v);
    return v.uit;
  }

  /** Schrijft de rij naar het doel; een trace gaat er in stukken heen, zonder eerst één lange tekst te worden. */
  schrijf(r: T, doel: Tekstdoel): void {
    const csv = this.formaat === 'csv';
    // Gewone cellen worden hier aaneengeregen; alleen een trace gaat in stukken naar het doel.
    let uit = '';
    for (let i = 0; i < this.kolommen.length; i++) {
      const k = this.kolommen[i]!;
      const w = k.waarde(r);
      if (!csv) uit += this.sleutels[i]!;
      else if (i) uit += ',';
      if (k.soort === 'trace' && w != null) {
        // JSON bevat altijd aanhalingstekens: in CSV meteen quoten scheelt zoekslagen door een lange tekst.
        doel.tekst(csv ? `${uit}"` : uit);
        schrijfTrace(w as Trace, csv ? 1 : 0, doel);
        uit = csv ? '"' : '';
      } else if (!csv) uit += alsJson(k.soort, w);
      else if (w == null) uit += k.soort === 'json' || k.soort === 'trace' ? '""' : '';
      else uit += k.soort === 'json' ? `"${waardeJson(w, 1)}"` : csvVeld(alsTekst(k.soort, w, false));
    }
    doel.tekst(csv ? uit : `${uit}}`);
  }

  /** De rij met wat erna komt: in CSV en JSONL het regeleinde (JSON-rijen scheidt de `Schrijver`). */
  schrijfRegel(r: T, doel: Tekstdoel): void {
    this.schrijf(r, doel);
    if (this.formaat !== 'json') doel.tekst('\n');
  }
}

/** Een samenvatting naast de rijen (ib koppel, themacontrole): gewone JSON-waarden. */
export type Samenvattingswaarde = string | number | boolean | null | Samenvattingsobject | readonly Samenvattingswaarde[];
export interface Samenvattingsobject {
  readonly [sleutel: string]: Samenvattingswaarde;
}

export class Schrijver<T> {
  private aantal = 0;
  private readonly tabel: string[][] = [];
  private readonly opmaak?: Rijopmaak<T>;
  /** Met een samenvatting wordt JSON één object: `{ "<rijnaam>": [...], "samenvatting": {...} }`. */
  private readonly inspringen: string;
  /** Rijen uit een werkthread die nog samen weg moeten: `wachtend[wachtendVan..wachtendTot)`. */
  private wachtend: Buffer | undefined;
  private wachtendVan = 0;
  private wachtendTot = 0;
  /** Bij xlsx: de ruwe waarden, weggeschreven bij `sluit()`. */
  private readonly cellen: unknown[][] = [];
  private readonly xlsx: Kolom<T>[];

  constructor(
    private readonly formaat: Formaat,
    private readonly kolommen: readonly Kolom<T>[],
    private readonly uit: AtomischeUitvoer,
    private readonly rijnaam?: string,
    /** De naam van het werkblad in xlsx. */
    private readonly blad = 'szmh',
  ) {
    weigerHtml(formaat);
    this.inspringen = rijnaam ? '\n    ' : '\n  ';
    this.xlsx = formaat === 'xlsx' ? xlsxKolommen(kolommen) : [];
    if (isTekstformaat(formaat)) this.opmaak = new Rijopmaak(formaat, kolommen);
    if (formaat === 'csv') uit.schrijf(`${csvRegel(kolommen.map((k) => k.naam))}\n`);
    if (formaat === 'json') uit.schrijf(rijnaam ? `{\n  ${JSON.stringify(rijnaam)}: [` : '[');
  }

  schrijf(r: T): void {
    this.spoelWachtend();
    if (this.opmaak) {
      this.voorRij();
      this.opmaak.schrijfRegel(r, this.uit);
      this.aantal++;
    } else {
      if (this.formaat === 'xlsx') this.cellen.push(this.xlsx.map((k) => k.waarde(r)));
      else this.tabel.push(this.zichtbaar().map((k) => alsTekst(k.soort, k.waarde(r), true)));
      this.aantal++;
    }
  }

  /**
   * Schrijft een rij die `Rijopmaak.schrijfRegel` in een werkthread al maakte: `blok[begin..eind)`,
   * UTF-8. In CSV en JSONL sluiten de rijen van een blok op elkaar aan: die gaan in één keer.
   */
  schrijfBytes(blok: Buffer, begin: number, eind: number): void {
    if (this.formaat === 'json') {
      this.voorRij();
      this.uit.bytes(blok, begin, eind);
    } else if (blok === this.wachtend && begin === this.wachtendTot) {
      this.wachtendTot = eind;
    } else {
      this.spoelWachtend();
      this.wachtend = blok;
      this.wachtendVan = begin;
      this.wachtendTot = eind;
    }
    this.aantal++;
  }

  private spoelWachtend(): void {
    if (this.wachtend === undefined) return;
    this.uit.bytes(this.wachtend, this.wachtendVan, this.wachtendTot);
    this.wachtend = undefined;
  }

  private voorRij(): void {
    if (this.formaat === 'json') this.uit.schrijf(`${this.aantal ? ',' : ''}${this.inspringen}`);
  }

  private zichtbaar(): Kolom<T>[] {
    return this.kolommen.filter((k) => k.inTabel !== false);
  }

  /** Sluit het formaat af (de tabel wordt nu pas uitgelijnd, het werkboek bij het voltooien geschreven); in JSON met de samenvatting als die er is. */
  sluit(samenvatting?: Samenvattingsobject): void {
    this.spoelWachtend();
    if (this.formaat === 'xlsx') schrijfWerkboek(this.uit, [{ naam: this.blad, kolommen: this.xlsx, rijen: this.cellen }]);
    if (this.formaat === 'json' && !this.rijnaam) this.uit.schrijf(this.aantal ? '\n]\n' : ']\n');
    if (this.formaat === 'json' && this.rijnaam) {
      const sam = JSON.stringify(samenvatting ?? {}, null, 2).replaceAll('\n', '\n  ');
      this.uit.schrijf(`${this.aantal ? '\n  ' : ''}],\n  "samenvatting": ${sam}\n}\n`);
    }
    if (this.formaat === 'table') {
      const kolommen = this.zichtbaar();
      const breedte = kolommen.map((k, i) => Math.max(k.naam.length, ...this.tabel.map((r) => r[i]!.length)));
      const regel = (cellen: string[]) =>
        cellen
          .map((c, i) => (['bedrag', 'getal', 'procent'].includes(kolommen[i]!.soort) ? c.padStart(breedte[i]!) : c.padEnd(breedte[i]!)))
          .join('  ')
          .trimEnd();
      this.uit.schrijf(`${regel(kolommen.map((k) => k.naam))}\n`);
      this.uit.schrijf(`${breedte.map((b) => '-'.repeat(b)).join('  ')}\n`);
      for (const r of this.tabel) this.uit.schrijf(`${regel(r)}\n`);
    }
  }
}

/** Een samenvatting als uitgelijnde tabel van twee kolommen (voor mensen: onder de tabel of op stderr). */
export function tweeKolommen(kop: [string, string], rijen: readonly [string, string | number][]): string[] {
  const breed = Math.max(kop[0].length, ...rijen.map(([a]) => a.length));
  const breed2 = Math.max(kop[1].length, ...rijen.map(([, b]) => String(b).length));
  return [
    `${kop[0].padEnd(breed)}  ${kop[1].padStart(breed2)}`,
    `${'-'.repeat(breed)}  ${'-'.repeat(breed2)}`,
    ...rijen.map(([a, b]) => `${a.padEnd(breed)}  ${String(b).padStart(breed2)}`),
  ];
}
