import { rondAf, type Bedrag } from '../kern/geld.js';
import type { Datum } from '../kern/datum.js';
import type { GemeenteCode } from '../kern/gemeente.js';
import type { Parameters } from '../kern/parameters.js';
import { TraceBouwer, type Trace } from '../kern/trace.js';

/**
 * Minimaal voorschot op de bijstand (art 52 lid 1 Pw): ten minste 95% (vóór 2026: 90%) van de
 * verwachte bijstand, naar boven afgerond op centen omdat het een ondergrens is. Blijkt er later
 * geen recht, dan kan het worden teruggevorderd op grond van art 58 lid 2 onder d.
 */
export function minimaalVoorschot(
  verwachteBijstand: Bedrag,
  aanvraagdatum: Datum,
  params: Parameters,
  gemeente?: GemeenteCode,
): { voorschot: Bedrag; trace: Trace } {
  const t = new TraceBouwer();
  const percentage = params.factor('bijstand.voorschot.minimum_percentage', aanvraagdatum, gemeente);
  const voorschot = rondAf(verwachteBijstand.mul(percentage.waarde), { stap: '0.01', richting: 'omhoog' });
  t.stap({
    regel: 'PW-52-1',
    artikel: 'art 52 lid 1 Pw',
    omschrijving: 'Het voorschot is ten minste het minimumpercentage van de verwachte bijstand (naar boven op centen)',
    invoer: { verwachte_bijstand: verwachteBijstand, aanvraagdatum },
    parameters: [percentage],
    uitkomst: voorschot,
  });
  return { voorschot, trace: t.klaar() };
}
