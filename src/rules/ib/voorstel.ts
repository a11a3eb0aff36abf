/** Het voorstel van een productregel: een vaste code, eventueel een afsluitcode, prioriteit en ingangsdatum. */
import { leesBedrag, type Bedrag } from '../kern/geld.js';
import { RegelFout } from '../kern/fouten.js';
import type { Datum } from '../kern/datum.js';
import type { Parameters } from '../kern/parameters.js';
import type { TraceBouwer } from '../kern/trace.js';
import type { Afsluitcode, IbSignaal, Koppeling, Prioriteit } from './types.js';

export interface Voorstel {
  readonly voorstel: string;
  readonly afsluitcode?: Afsluitcode;
  readonly prioriteit: Prioriteit;
  readonly ingangsdatum?: Datum;
}

/** Alles wat een productregel nodig heeft; de regel voegt zijn stap toe aan `trace`. */
export interface ProductInvoer {
  readonly signaal: IbSignaal;
  readonly koppeling: Koppeling;
  readonly params: Parameters;
  readonly trace: TraceBouwer;
  /** VERMOGEN_SALDO_RENTE: de som van de saldi van het huishouden in het peiljaar, over alle rekeningen. */
  readonly huishoudsaldo?: Bedrag;
  /** VERMOGEN_SALDO_RENTE: aantal rekeningen in die som. */
  readonly huishoudrekeningen?: number;
}

/** Een bedrag uit de productvelden; de invoerlaag heeft het al gecontroleerd. */
export function veldBedrag(s: IbSignaal, veld: string): Bedrag | undefined {
  const tekst = s.velden[veld];
  if (tekst === undefined || tekst === '') return undefined;
  const b = leesBedrag(tekst);
  if (!b.ok) throw new RegelFout(`signaal ${s.bronSleutel}: veld '${veld}': ${b.reden}`);
  return b.bedrag;
}

/** De datum waarop het feit uit de bron ingaat: `van`, anders de peildatum. */
export function feitdatum(s: IbSignaal): Datum | undefined {
  return s.van ?? s.peildatum;
}

/** Een lijst in één veld: gescheiden door `|`, `;` of `,`. */
export function lijst(tekst: string | undefined): string[] {
  if (tekst === undefined) return [];
  return tekst
    .split(/[|;,]/)
    .map((t) => t.trim())
    .filter((t) => t !== '');
}

/** Vergelijkbare vorm van een loonheffingennummer, IBAN of kenteken: hoofdletters, zonder spaties en punten. */
export function norm(tekst: string): string {
  return tekst.replace(/[\s.-]/g, '').toUpperCase();
}
