/**
 * De trace: hoe een bedrag of besluit tot stand kwam. Per stap de regel-id, het artikel, de
 * invoer, de gebruikte parameters met hun bron en status, en de uitkomst.
 */
import type { ParameterGebruik, ParameterStatus } from './parameters.js';
import type { Datum } from './datum.js';
import { formatBedrag, type Bedrag } from './geld.js';

export type TraceWaarde = string | number | boolean | null;

export interface ParameterVerwijzing {
  readonly sleutel: string;
  readonly waarde: TraceWaarde;
  readonly vanaf: Datum;
  readonly bron: string;
  readonly status: ParameterStatus;
  readonly laag: string;
}

export interface TraceStap {
  readonly regel: string;
  readonly artikel: string;
  readonly omschrijving: string;
  readonly invoer?: Readonly<Record<string, TraceWaarde>>;
  readonly parameters?: readonly ParameterVerwijzing[];
  readonly uitkomst: TraceWaarde | Readonly<Record<string, TraceWaarde>>;
}

export interface Trace {
  readonly stappen: readonly TraceStap[];
  /** Onbevestigde parameters en andere punten waar een mens naar moet kijken. */
  readonly waarschuwingen: readonly string[];
}

/** Waarden zoals regels ze aanleveren: bedragen (Decimal), datums, getallen, ja/nee. */
type Ruw = TraceWaarde | Bedrag | undefined;

/** Bedragen exact, met minstens twee decimalen ("1800.00", "75.005"). */
function alsWaarde(w: Ruw): TraceWaarde {
  if (w === undefined || w === null) return null;
  if (typeof w === 'string' || typeof w === 'number' || typeof w === 'boolean') return w;
  // Minder dan twee decimalen: aangevuld zoals overal (formatBedrag); meer blijven exact staan.
  return w.decimalPlaces() >= 2 ? w.toString() : formatBedrag(w);
}

function alsRecord(r: Readonly<Record<string, Ruw>>): Record<string, TraceWaarde> {
  const uit: Record<string, TraceWaarde> = {};
  for (const k in r) uit[k] = alsWaarde(r[k]);
  return uit;
}

export interface NieuweStap {
  regel: string;
  artikel: string;
  omschrijving: string;
  invoer?: Readonly<Record<string, Ruw>>;
  parameters?: readonly ParameterGebruik<unknown>[];
  uitkomst: Ruw | Readonly<Record<string, Ruw>>;
}

/** Verzamelt stappen tijdens één berekening; lokaal in een regel, dus de regel blijft puur. */
export class TraceBouwer {
  private readonly stappen: TraceStap[] = [];
  private readonly waarschuwingen = new Set<string>();

  stap(nieuw: NieuweStap): void {
    // Velden in vaste volgorde (uitkomst als laatste), zonder lege invoer of parameters.
    const stap = { regel: nieuw.regel, artikel: nieuw.artikel, omschrijving: nieuw.omschrijving } as { -readonly [K in keyof TraceStap]: TraceStap[K] };
    if (nieuw.invoer) stap.invoer = alsRecord(nieuw.invoer);
    if (nieuw.parameters?.length) {
      const verwijzingen: ParameterVerwijzing[] = [];
      for (const p of nieuw.parameters) {
        verwijzingen.push(p.verwijzing);
        if (p.waarschuwing !== undefined) this.waarschuwingen.add(p.waarschuwing);
      }
      stap.parameters = verwijzingen;
    }
    stap.uitkomst = isRecord(nieuw.uitkomst) ? alsRecord(nieuw.uitkomst) : alsWaarde(nieuw.uitkomst as Ruw);
    this.stappen.push(stap);
  }

  waarschuw(tekst: string): void {
    this.waarschuwingen.add(tekst);
  }

  klaar(): Trace {
    return { stappen: [...this.stappen], waarschuwingen: [...this.waarschuwingen] };
  }
}

/**
 * Een trace die alleen de waarschuwingen (onbevestigde parameters) bijhoudt, voor een batch waarvan
 * niemand de stappen leest (`--zonder-trace`): de stappen opbouwen is daar een groot deel van het rekenwerk.
 */
export class StilleTrace extends TraceBouwer {
  override stap(nieuw: NieuweStap): void {
    if (nieuw.parameters) for (const p of nieuw.parameters) if (p.waarschuwing !== undefined) this.waarschuw(p.waarschuwing);
  }
}

function isRecord(u: unknown): u is Readonly<Record<string, Ruw>> {
  return typeof u === 'object' && u !== null && Object.getPrototypeOf(u) === Object.prototype;
}
