import type { Bedrag } from '../kern/geld.js';
import type { Datum, Maand } from '../kern/datum.js';
import type { GemeenteCode } from '../kern/gemeente.js';
import type { Trace } from '../kern/trace.js';

export const OORZAKEN = [
  'inlichtingenplicht',
  'gemeentefout',
  'lening',
  'borgtocht',
  'voorschot',
  'onverschuldigd_kenbaar',
  'anders',
] as const;
export type Oorzaak = (typeof OORZAKEN)[number];

/** Eén maand van een zaak: wat is betaald en waarop recht bestond. */
export interface TerugvorderingMaand {
  readonly maand: Maand;
  /** Netto betaalde bijstand over de maand, inclusief het opgebouwde deel vakantietoeslag. */
  readonly betaald: Bedrag;
  /** Het recht over de maand; ontbreekt het, dan max(0, norm − inkomsten). */
  readonly recht?: Bedrag;
  readonly norm?: Bedrag;
  readonly inkomsten?: Bedrag;
  readonly oorzaak: Oorzaak;
  /** Werkelijk afgedragen loonheffing en premies volksverzekeringen over de bijstand van deze maand. */
  readonly loonheffing?: Bedrag;
  /** Datum van verzending van het terugvorderingsbesluit (voor art 58 lid 6). */
  readonly besluitdatum?: Datum;
}

export interface TerugvorderingZaak {
  readonly zaakId: string;
  readonly gemeente?: GemeenteCode;
  readonly maanden: readonly TerugvorderingMaand[];
}

export interface MaandResultaat {
  readonly maand: Maand;
  readonly betaald: Bedrag;
  readonly recht: Bedrag;
  readonly teVeel: Bedrag;
  readonly oorzaak: Oorzaak;
  readonly grondslag: string;
  /** Het deel van te veel dat mag worden teruggevorderd (na art 58 lid 6). */
  readonly terugvorderbaar: Bedrag;
  /** Loonheffing die bij bruteren bij de vordering komt. */
  readonly brutering: Bedrag;
  readonly bruto: Bedrag;
}

export interface TerugvorderingResultaat {
  readonly zaakId: string;
  readonly terugvorderingNetto: Bedrag;
  /** Alleen het deel veroorzaakt door schending van de inlichtingenplicht (art 18a lid 2 Pw). */
  readonly benadelingsbedrag: Bedrag;
  /** Of (een deel van) de terugvordering verplicht is (art 58 lid 1 Pw). */
  readonly verplicht: boolean;
  readonly grondslag: string;
  readonly brutoBedrag: Bedrag;
  readonly perMaand: readonly MaandResultaat[];
  readonly trace: Trace;
}
