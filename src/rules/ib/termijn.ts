/**
 * De afhandeltermijn van een signaal en de ouderdom van wat open staat. Er is geen wettelijke
 * termijn (onderzoek §1.6 D): de termijn is gemeentelijk beleid (`ib.afhandeltermijn_dagen`).
 * Rechtsgevolgen gaan in op de datum van het feit, niet op de dag van afhandeling.
 */
import { plusDagen, verschilInDagen, type Datum } from '../kern/datum.js';
import type { GemeenteCode } from '../kern/gemeente.js';
import type { ParameterGebruik, Parameters } from '../kern/parameters.js';

export type Ouderdomsklasse = 'binnen_termijn' | 'bijna_te_laat' | 'te_laat';

/** De uiterste afhandeldatum: ontvangstdatum plus de termijn die op de ontvangstdatum gold. */
export function afhandeltermijn(ontvangen: Datum, params: Parameters, gemeente?: GemeenteCode): { uiterlijk: Datum; parameter: ParameterGebruik<number> } {
  const parameter = params.aantal('ib.afhandeltermijn_dagen', ontvangen, gemeente);
  return { uiterlijk: plusDagen(ontvangen, parameter.waarde), parameter };
}

export interface Ouderdom {
  readonly leeftijdDagen: number;
  /** Dagen tot de uiterste datum (negatief: zoveel dagen te laat). */
  readonly dagenOver: number;
  readonly klasse: Ouderdomsklasse;
}

/** Hoe oud is een open signaal op de peildatum, en hoe staat het met de termijn. */
export function ouderdom(ontvangen: Datum, uiterlijk: Datum, peildatum: Datum, signaalDagen: number): Ouderdom {
  const dagenOver = verschilInDagen(peildatum, uiterlijk);
  return {
    leeftijdDagen: verschilInDagen(ontvangen, peildatum),
    dagenOver,
    klasse: dagenOver < 0 ? 'te_laat' : dagenOver <= signaalDagen ? 'bijna_te_laat' : 'binnen_termijn',
  };
}
