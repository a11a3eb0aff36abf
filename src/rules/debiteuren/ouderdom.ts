import { plusDagen, verschilInDagen, type Datum } from '../kern/datum.js';
import type { GemeenteCode } from '../kern/gemeente.js';
import type { ParameterGebruik, Parameters } from '../kern/parameters.js';
import { leeftijdsklasse, leeftijdsklassen } from '../kern/leeftijdsklasse.js';

export interface Ouderdomsklassen {
  readonly betaaltermijnDagen: ParameterGebruik<number>;
  /** Bovengrenzen in dagen na de vervaldatum, oplopend; daarboven de laatste klasse. */
  readonly grenzen: readonly ParameterGebruik<number>[];
}

export function ouderdomsklassen(params: Parameters, peildatum: Datum, gemeente?: GemeenteCode): Ouderdomsklassen {
  return {
    betaaltermijnDagen: params.aantal('debiteuren.betaaltermijn_dagen', peildatum, gemeente),
    grenzen: [1, 2, 3, 4].map((n) => params.aantal(`debiteuren.ouderdom.grens${n}`, peildatum, gemeente)),
  };
}

/**
 * De ouderdomsklasse van een openstaande vordering: vervaldatum = opgelegd_op + de betaaltermijn
 * (art 4:87 Awb: zes weken); dan `niet_vervallen`, `0-30`, `31-90`, … dagen na de vervaldatum.
 */
export function ouderdomsklasse(opgelegdOp: Datum, peildatum: Datum, klassen: Ouderdomsklassen): string {
  const vervaldatum = plusDagen(opgelegdOp, klassen.betaaltermijnDagen.waarde);
  if (peildatum <= vervaldatum) return 'niet_vervallen';
  return leeftijdsklasse(verschilInDagen(vervaldatum, peildatum), klassen.grenzen, 1);
}

/** Alle klassen in volgorde, voor een volledig overzicht (ook lege klassen). */
export function alleKlassen(klassen: Ouderdomsklassen): string[] {
  return ['niet_vervallen', ...leeftijdsklassen(klassen.grenzen, 1)];
}
