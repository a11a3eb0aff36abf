/**
 * Resultaten van een themacontrole: per geval een code (dezelfde afsluitcodes als IB-signalen,
 * onderzoek §1.7 punt 3), de trefkans per thema en het aantal afgeronde themacontroles per jaar
 * tegen de norm (DVO 2017/2018: 1 per jaar; R-HH-01).
 */
import { Decimal } from '../kern/geld.js';
import type { Afsluitcode } from '../ib/types.js';

/** Een treffer: het geval leidde tot een herziening, beëindiging, terugvordering, boete of fraudeonderzoek. */
export const TREFFERS: readonly Afsluitcode[] = ['HERZIEN', 'BEEINDIGD', 'TERUGVORDERING', 'BOETE', 'FRAUDEONDERZOEK'];

export function isTreffer(code: Afsluitcode): boolean {
  return TREFFERS.includes(code);
}

/** Treffers gedeeld door de gevallen met een resultaat, op vier decimalen; null zonder resultaten. */
export function trefkans(treffers: number, metResultaat: number): string | null {
  if (metResultaat === 0) return null;
  return new Decimal(treffers).div(metResultaat).toDecimalPlaces(4, Decimal.ROUND_HALF_UP).toFixed(4);
}
