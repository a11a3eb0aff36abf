/**
 * Gedateerde parametertabellen: normen, boetecategorieën, drempels, tarieven en streefcijfers
 * als data, elk met een ingangsdatum, een bron en een status (`geverifieerd` of `onbevestigd`).
 *
 * Lagen, van laag naar hoog: de regionale tabellen, de overlay van de gemeente (alleen
 * beleidsparameters), een lokale overlay (`--params`) voor de regio en daarin per gemeente. De
 * hoogste laag met een waarde die op de peildatum geldt, wint.
 *
 * Dit bestand leest geen bestanden: het krijgt de JSON-inhoud van `src/io/parameters.ts`.
 */
import { Decimal, type Bedrag } from './geld.js';
import { leesDatum, type Datum } from './datum.js';
import { leesGemeente, type GemeenteCode } from './gemeente.js';
import { RegelFout, SzmhFout, EXITCODE } from './fouten.js';
import type { ParameterVerwijzing } from './trace.js';

export type ParameterType = 'bedrag' | 'factor' | 'aantal' | 'ja_nee' | 'keuze';
export type ParameterStatus = 'geverifieerd' | 'onbevestigd';
/** `wet`: landelijk recht; `beleid`: keuze van SZMH of een gemeente (couleur locale). */
export type ParameterSoort = 'wet' | 'beleid';

type Getypt = Bedrag | number | boolean | string;

export interface DatumWaarde {
  readonly vanaf: Datum;
  readonly waarde: Getypt;
  /** De waarde zoals in het bestand, voor weergave ("100/75", "0.5564"). */
  readonly tekst: string;
  readonly bron: string;
  readonly status: ParameterStatus;
}

export interface ParameterDefinitie {
  readonly sleutel: string;
  readonly omschrijving: string;
  readonly type: ParameterType;
  readonly soort: ParameterSoort;
  readonly keuzes?: readonly string[];
}

export interface ParameterLaag {
  readonly naam: string;
  /** Alleen voor deze gemeente; zonder gemeente geldt de laag voor de hele regio. */
  readonly gemeente?: GemeenteCode;
  readonly waarden: ReadonlyMap<string, readonly DatumWaarde[]>;
}

/** Een parameter zoals een regel hem gebruikte: waarde, ingangsdatum, bron, status en laag. */
export interface ParameterGebruik<T> {
  readonly sleutel: string;
  readonly waarde: T;
  /** De waarde zoals in de tabel staat ("100/75", "0.5564"), voor trace en weergave. */
  readonly weergave: string;
  readonly vanaf: Datum;
  readonly bron: string;
  readonly status: ParameterStatus;
  readonly laag: string;
  /** Dezelfde gegevens zoals de trace ze opneemt (één keer gemaakt, daarna gedeeld). */
  readonly verwijzing: ParameterVerwijzing;
  /** Bij een onbevestigde waarde: de waarschuwing die de trace meegeeft. */
  readonly waarschuwing?: string;
}

/** Eén gebruik-object per tabelwaarde: regels vragen dezelfde waarde per zaak opnieuw op. */
const gebruikCache = new WeakMap<DatumWaarde, ParameterGebruik<Getypt>>();

function gebruikVan(sleutel: string, w: DatumWaarde, laag: string): ParameterGebruik<Getypt> {
  let g = gebruikCache.get(w);
  if (g === undefined || g.laag !== laag) {
    const verwijzing: ParameterVerwijzing = { sleutel, waarde: w.tekst, vanaf: w.vanaf, bron: w.bron, status: w.status, laag };
    g = {
      sleutel,
      waarde: w.waarde,
      weergave: w.tekst,
      vanaf: w.vanaf,
      bron: w.bron,
      status: w.status,
      laag,
      verwijzing,
      ...(w.status === 'onbevestigd' ? { waarschuwing: `parameter ${sleutel} (vanaf ${w.vanaf}) is onbevestigd; bron: ${w.bron}` } : {}),
    };
    gebruikCache.set(w, g);
  }
  return g;
}

const GELDIGE_TYPES: readonly ParameterType[] = ['bedrag', 'factor', 'aantal', 'ja_nee', 'keuze'];

export class Parameters {
  private readonly definities: ReadonlyMap<string, ParameterDefinitie>;
  private readonly lagen: readonly ParameterLaag[];

  constructor(definities: ReadonlyMap<string, ParameterDefinitie>, lagen: readonly ParameterLaag[]) {
    this.definities = definities;
    this.lagen = lagen;
  }

  /** Een kopie met een extra laag bovenop (een gemeente-overlay of een lokale `--params`). */
  metLaag(laag: ParameterLaag): Parameters {
    return new Parameters(this.definities, [...this.lagen, laag]);
  }

  definitie(sleutel: string): ParameterDefinitie | undefined {
    return this.definities.get(sleutel);
  }

  alleDefinities(): ParameterDefinitie[] {
    return [...this.definities.values()].sort((a, b) => a.sleutel.localeCompare(b.sleutel));
  }

  alleLagen(): readonly ParameterLaag[] {
    return this.lagen;
  }

  /** De waarde die op `peildatum` geldt voor `gemeente` (of regionaal), of `undefined`. */
  zoek(sleutel: string, peildatum: Datum, gemeente?: GemeenteCode): ParameterGebruik<Getypt> | undefined {
    for (let i = this.lagen.length - 1; i >= 0; i--) {
      const laag = this.lagen[i]!;
      if (laag.gemeente !== undefined && laag.gemeente !== gemeente) continue;
      const reeks = laag.waarden.get(sleutel);
      if (!reeks) continue;
      const geldend = geldendOp(reeks, peildatum);
      if (geldend) return gebruikVan(sleutel, geldend, laag.naam);
    }
    return undefined;
  }

  /** Elke waarde die ergens in [van, tot] gold, in volgorde (voor lex mitior over regimes). */
  geldendTussen(sleutel: string, van: Datum, tot: Datum, gemeente?: GemeenteCode): ParameterGebruik<Getypt>[] {
    const momenten = new Set<Datum>([van]);
    for (const laag of this.lagen) {
      if (laag.gemeente !== undefined && laag.gemeente !== gemeente) continue;
      for (const w of laag.waarden.get(sleutel) ?? []) if (w.vanaf > van && w.vanaf <= tot) momenten.add(w.vanaf);
    }
    // Meestal veranderde er niets tussen van en tot: dan alleen de waarde op `van`.
    if (momenten.size === 1) {
      const gebruik = this.zoek(sleutel, van, gemeente);
      return gebruik ? [gebruik] : [];
    }
    const gezien = new Set<string>();
    const uit: ParameterGebruik<Getypt>[] = [];
    for (const moment of [...momenten].sort()) {
      const gebruik = this.zoek(sleutel, moment, gemeente);
      if (!gebruik || gezien.has(`${gebruik.laag}|${gebruik.vanaf}`)) continue;
      gezien.add(`${gebruik.laag}|${gebruik.vanaf}`);
      uit.push(gebruik);
    }
    return uit;
  }

  private vereist<T extends Getypt>(sleutel: string, type: ParameterType, peildatum: Datum, gemeente?: GemeenteCode): ParameterGebruik<T> {
    const definitie = this.definities.get(sleutel);
    if (!definitie) throw new RegelFout(`parameter '${sleutel}' bestaat niet`, 'PARAMETER_ONTBREEKT');
    if (definitie.type !== type) {
      throw new SzmhFout('INTERN', EXITCODE.intern, `parameter '${sleutel}' is van type ${definitie.type}, niet ${type}`);
    }
    const gebruik = this.zoek(sleutel, peildatum, gemeente);
    if (!gebruik) {
      throw new RegelFout(
        `parameter '${sleutel}' (${definitie.omschrijving}) heeft geen waarde op ${peildatum}; voeg hem toe aan de parametertabel of geef hem met --params`,
        'PARAMETER_ONTBREEKT',
      );
    }
    return gebruik as ParameterGebruik<T>;
  }

  bedrag(sleutel: string, peildatum: Datum, gemeente?: GemeenteCode): ParameterGebruik<Bedrag> {
    return this.vereist<Bedrag>(sleutel, 'bedrag', peildatum, gemeente);
  }

  factor(sleutel: string, peildatum: Datum, gemeente?: GemeenteCode): ParameterGebruik<Bedrag> {
    return this.vereist<Bedrag>(sleutel, 'factor', peildatum, gemeente);
  }

  aantal(sleutel: string, peildatum: Datum, gemeente?: GemeenteCode): ParameterGebruik<number> {
    return this.vereist<number>(sleutel, 'aantal', peildatum, gemeente);
  }

  jaNee(sleutel: string, peildatum: Datum, gemeente?: GemeenteCode): ParameterGebruik<boolean> {
    return this.vereist<boolean>(sleutel, 'ja_nee', peildatum, gemeente);
  }

  keuze<K extends string>(sleutel: string, peildatum: Datum, gemeente?: GemeenteCode): ParameterGebruik<K> {
    return this.vereist<K>(sleutel, 'keuze', peildatum, gemeente);
  }
}

/** De waarde met de laatste ingangsdatum op of vóór de peildatum (reeks is oplopend gesorteerd). */
function geldendOp(reeks: readonly DatumWaarde[], peildatum: Datum): DatumWaarde | undefined {
  for (let i = reeks.length - 1; i >= 0; i--) {
    if (reeks[i]!.vanaf <= peildatum) return reeks[i];
  }
  return undefined;
}

// ---- Bestanden valideren (de inhoud; het lezen doet src/io) --------------------------------

/** Een regionale tabel: definities met hun waarden. */
export interface TabelBestand {
  readonly definities: ParameterDefinitie[];
  readonly waarden: Map<string, DatumWaarde[]>;
}

class Controle {
  constructor(private readonly bestand: string) {}
  fout(waar: string, melding: string): never {
    throw new SzmhFout('PARAMETERS_ONGELDIG', EXITCODE.invoer, `${waar}: ${melding}`, { bestand: this.bestand });
  }
  object(waarde: unknown, waar: string): Record<string, unknown> {
    if (typeof waarde !== 'object' || waarde === null || Array.isArray(waarde)) this.fout(waar, 'verwacht een object');
    return waarde as Record<string, unknown>;
  }
  tekst(waarde: unknown, waar: string): string {
    if (typeof waarde !== 'string' || waarde.trim() === '') this.fout(waar, 'verwacht een niet-lege tekst');
    return waarde;
  }
}

/** Leest een regionale tabel: `{ "parameters": { sleutel: { omschrijving, type, soort, waarden } } }`. */
export function leesTabel(json: unknown, bestand: string): TabelBestand {
  const c: Controle = new Controle(bestand);
  const parameters = c.object(c.object(json, 'bestand').parameters, 'parameters');
  const definities: ParameterDefinitie[] = [];
  const waarden = new Map<string, DatumWaarde[]>();
  for (const [sleutel, ruw] of Object.entries(parameters)) {
    const p = c.object(ruw, sleutel);
    const type = p.type as ParameterType;
    if (!GELDIGE_TYPES.includes(type)) c.fout(sleutel, `type moet een van ${GELDIGE_TYPES.join(', ')} zijn`);
    if (p.soort !== 'wet' && p.soort !== 'beleid') c.fout(sleutel, "soort moet 'wet' of 'beleid' zijn");
    let keuzes: string[] | undefined;
    if (type === 'keuze') {
      if (!Array.isArray(p.keuzes) || p.keuzes.length === 0) c.fout(sleutel, 'een keuzeparameter heeft een lijst keuzes');
      keuzes = (p.keuzes as unknown[]).map((k, i) => c.tekst(k, `${sleutel}.keuzes[${i}]`));
    }
    const definitie: ParameterDefinitie = {
      sleutel,
      omschrijving: c.tekst(p.omschrijving, `${sleutel}.omschrijving`),
      type,
      soort: p.soort,
      ...(keuzes ? { keuzes } : {}),
    };
    definities.push(definitie);
    waarden.set(sleutel, leesReeks(c, definitie, p.waarden, sleutel));
  }
  return { definities, waarden };
}

/**
 * Leest een overlay: `{ "parameters": { sleutel: { "waarden": [...] } } }`, met optioneel
 * `"gemeenten": { "<naam of code>": { "parameters": {...} } }` (alleen in een lokale overlay).
 */
export function leesOverlay(
  json: unknown,
  bestand: string,
  definities: ReadonlyMap<string, ParameterDefinitie>,
  opties: { laagnaam: string; gemeente?: GemeenteCode; alleenBeleid: boolean; gemeentenToegestaan: boolean },
): ParameterLaag[] {
  const c: Controle = new Controle(bestand);
  const root = c.object(json, 'bestand');
  const lagen: ParameterLaag[] = [
    {
      naam: opties.laagnaam,
      ...(opties.gemeente ? { gemeente: opties.gemeente } : {}),
      waarden: leesOverlayParameters(c, root.parameters ?? {}, definities, opties.alleenBeleid, ''),
    },
  ];
  if (root.gemeenten !== undefined) {
    if (!opties.gemeentenToegestaan) c.fout('gemeenten', 'hoort niet in dit bestand');
    for (const [naam, ruw] of Object.entries(c.object(root.gemeenten, 'gemeenten'))) {
      const gemeente = leesGemeente(naam);
      if (!gemeente.ok) c.fout(`gemeenten.${naam}`, gemeente.reden);
      const sectie = c.object(ruw, `gemeenten.${naam}`);
      lagen.push({
        naam: `${opties.laagnaam} (${gemeente.code})`,
        gemeente: gemeente.code,
        waarden: leesOverlayParameters(c, sectie.parameters ?? {}, definities, false, `gemeenten.${naam}.`),
      });
    }
  }
  return lagen;
}

function leesOverlayParameters(
  c: Controle,
  ruw: unknown,
  definities: ReadonlyMap<string, ParameterDefinitie>,
  alleenBeleid: boolean,
  voorvoegsel: string,
): Map<string, DatumWaarde[]> {
  const waarden = new Map<string, DatumWaarde[]>();
  for (const [sleutel, p] of Object.entries(c.object(ruw, `${voorvoegsel}parameters`))) {
    const waar = `${voorvoegsel}${sleutel}`;
    const definitie = definities.get(sleutel);
    if (!definitie) c.fout(waar, 'onbekende parameter');
    if (alleenBeleid && definitie.soort !== 'beleid') {
      c.fout(waar, 'een gemeente kan alleen beleidsparameters afwijkend vaststellen, geen wettelijke');
    }
    waarden.set(sleutel, leesReeks(c, definitie, c.object(p, waar).waarden, waar));
  }
  return waarden;
}

function leesReeks(c: Controle, definitie: ParameterDefinitie, ruw: unknown, waar: string): DatumWaarde[] {
  if (!Array.isArray(ruw) || ruw.length === 0) c.fout(`${waar}.waarden`, 'verwacht een lijst met minstens één waarde');
  const reeks = ruw.map((item, i) => {
    const w = c.object(item, `${waar}.waarden[${i}]`);
    const plek = `${waar}.waarden[${i}]`;
    const vanaf = leesDatum(c.tekst(w.vanaf, `${plek}.vanaf`));
    if (!vanaf.ok) c.fout(`${plek}.vanaf`, vanaf.reden);
    if (w.status !== 'geverifieerd' && w.status !== 'onbevestigd') {
      c.fout(`${plek}.status`, "status moet 'geverifieerd' of 'onbevestigd' zijn");
    }
    const tekst = typeof w.waarde === 'boolean' || typeof w.waarde === 'number' ? String(w.waarde) : c.tekst(w.waarde, `${plek}.waarde`);
    return {
      vanaf: vanaf.datum,
      waarde: typeer(c, definitie, w.waarde, `${plek}.waarde`),
      tekst,
      bron: c.tekst(w.bron, `${plek}.bron`),
      status: w.status,
    } satisfies DatumWaarde;
  });
  reeks.sort((a, b) => (a.vanaf < b.vanaf ? -1 : a.vanaf > b.vanaf ? 1 : 0));
  for (let i = 1; i < reeks.length; i++) {
    if (reeks[i]!.vanaf === reeks[i - 1]!.vanaf) c.fout(waar, `twee waarden met ingangsdatum ${reeks[i]!.vanaf}`);
  }
  return reeks;
}

function typeer(c: Controle, definitie: ParameterDefinitie, waarde: unknown, waar: string): Getypt {
  switch (definitie.type) {
    case 'bedrag':
    case 'factor': {
      if (typeof waarde !== 'string') c.fout(waar, 'geef bedragen en factoren als tekst ("0.75", "100/75"), nooit als getal');
      const breuk = /^(\d+(?:\.\d+)?)\/(\d+(?:\.\d+)?)$/.exec(waarde);
      if (breuk && definitie.type === 'factor') return new Decimal(breuk[1]!).div(breuk[2]!);
      if (!/^-?\d+(\.\d+)?$/.test(waarde)) c.fout(waar, `'${waarde}' is geen decimaal getal`);
      return new Decimal(waarde);
    }
    case 'aantal':
      if (typeof waarde !== 'number' || !Number.isInteger(waarde)) c.fout(waar, 'verwacht een geheel getal');
      return waarde;
    case 'ja_nee':
      if (typeof waarde !== 'boolean') c.fout(waar, 'verwacht true of false');
      return waarde;
    case 'keuze':
      if (typeof waarde !== 'string' || !definitie.keuzes?.includes(waarde)) {
        c.fout(waar, `verwacht een van: ${definitie.keuzes?.join(', ')}`);
      }
      return waarde;
  }
}
