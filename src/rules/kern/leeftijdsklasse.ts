/**
 * Leeftijdsklassen in dagen ("0-14", "15-28", …, "92+") uit oplopende bovengrenzen (parameters):
 * voor de ouderdom van vorderingen en de werkvoorraad in de Marap.
 */
import type { ParameterGebruik } from './parameters.js';

type Grenzen = readonly ParameterGebruik<number>[];

/** De klasse van `dagen`; `ondergrens` is het begin van de eerste klasse. */
export function leeftijdsklasse(dagen: number, grenzen: Grenzen, ondergrens = 0): string {
  let onder = ondergrens;
  for (const grens of grenzen) {
    if (dagen <= grens.waarde) return `${onder}-${grens.waarde}`;
    onder = grens.waarde + 1;
  }
  return `${onder}+`;
}

/** Alle klassen op volgorde, ook de lege, voor een volledig overzicht. */
export function leeftijdsklassen(grenzen: Grenzen, ondergrens = 0): string[] {
  const uit: string[] = [];
  let onder = ondergrens;
  for (const grens of grenzen) {
    uit.push(`${onder}-${grens.waarde}`);
    onder = grens.waarde + 1;
  }
  uit.push(`${onder}+`);
  return uit;
}
