import type { Bedrag } from '../kern/geld.js';
import type { Datum } from '../kern/datum.js';
import type { GemeenteCode } from '../kern/gemeente.js';
import type { Trace } from '../kern/trace.js';

export const VERWIJTBAARHEDEN = ['opzet', 'grove_schuld', 'normaal', 'verminderd', 'geen'] as const;
export type Verwijtbaarheid = (typeof VERWIJTBAARHEDEN)[number];

/** Eén overtreding van de inlichtingenplicht waarover een boetebesluit wordt genomen. */
export interface BoeteZaak {
  readonly zaakId: string;
  /** Gemeente voor het beleid (waarschuwing, draagkracht); zonder gemeente de regionale standaard. */
  readonly gemeente?: GemeenteCode;
  readonly benadelingsbedrag: Bedrag;
  readonly verwijtbaarheid: Verwijtbaarheid;
  readonly overtredingsdatum: Datum;
  readonly besluitdatum: Datum;
  /** Datum waarop een eerdere boete voor eenzelfde gedraging onherroepelijk werd. */
  readonly eerdereBoeteOnherroepelijkOp?: Datum;
  /** De eerdere overtreding is bestraft met een onvoorwaardelijke gevangenisstraf (art 18a lid 6). */
  readonly eerdereGevangenisstraf: boolean;
  readonly eerdereWaarschuwingOp?: Datum;
  /** Dagen na de uiterste datum waarop de belanghebbende het uit eigen beweging herstelde, vóór ontdekking. */
  readonly zelfGecorrigeerdNaDagen?: number;
  readonly bijstandsnormMaand?: Bedrag;
  readonly draagkrachtMaand?: Bedrag;
  readonly dringendeRedenen: boolean;
}

export type Boeteuitkomst = 'boete' | 'waarschuwing' | 'geen_boete';

export interface BoeteResultaat {
  readonly zaakId: string;
  readonly uitkomst: Boeteuitkomst;
  /** Op te leggen boete; 0 bij een waarschuwing of geen boete. */
  readonly boete: Bedrag;
  /** De boete die zonder waarschuwing of dringende redenen zou gelden. */
  readonly boeteZonderWaarschuwing: Bedrag;
  readonly recidive: boolean;
  readonly grondslag: string;
  /** Het toegepaste boeteregime (na de lex-mitiorvergelijking). */
  readonly regime: string;
  readonly trace: Trace;
}
