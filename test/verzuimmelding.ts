/** Een verzuimmelding voor de regeltests van verzuim. */
import { bedrag } from '../src/rules/kern/geld.js';
import { datum } from '../src/rules/kern/datum.js';
import type { Verzuimmelding } from '../src/rules/verzuim/types.js';

/** Het voorbeeld uit het onderzoek (§3.5): 17 uur tussen 5 en 29 oktober 2026, gemeld op 30 oktober. */
export function melding(deel: Partial<Verzuimmelding> = {}): Verzuimmelding {
  return {
    meldingId: 'M-1',
    leerlingId: 'L-1',
    gemeente: 'GM0935',
    soort: 'relatief_16u',
    bron: 'school',
    meldingsdatum: datum('2026-10-30'),
    begindatum: datum('2026-10-05'),
    einddatum: datum('2026-10-29'),
    verzuimuren: bedrag(17),
    status: 'geregistreerd',
    ...deel,
  };
}
