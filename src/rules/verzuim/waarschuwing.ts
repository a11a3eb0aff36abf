import type { Parameters } from '../kern/parameters.js';
import type { TraceBouwer } from '../kern/trace.js';
import { actiesInDossier } from './dossier.js';
import { leerplichtOp, onderLeerplichtwet } from './leerplichtOp.js';
import type { Actievoorstel, Dossier, Voorwaarde } from './types.js';
import { LPW, toets } from './voorwaarde.js';

/**
 * De voorwaarden voor een schriftelijke waarschuwing (waarschuwingsbrief; onderzoek §3.6, ladder [I]):
 * - VZ-WA-plicht: op de eerste verzuimdag viel de leerling onder de Leerplichtwet (niet bij een
 *   18-plus-melding: daar is niets om voor te waarschuwen).
 * - VZ-WA-gesprek: de leerplichtambtenaar hoort eerst de ouders (en de jongere van 12+) (art 22 lid 1
 *   en 3): een eerder gesprek in het dossier, als het beleid `verzuim.waarschuwing.eerst_gesprek` dat vraagt.
 */
export function toetsWaarschuwing(dossier: Dossier, voorstel: Actievoorstel, params: Parameters, t: TraceBouwer): Voorwaarde[] {
  const { melding, leerling } = dossier;
  const voorwaarden: Voorwaarde[] = [];
  const lp = leerplichtOp(leerling, melding.begindatum, params, t, 'op de eerste verzuimdag');
  const onderLpw = melding.soort !== 'achttien_plus' && onderLeerplichtwet(lp.status);
  voorwaarden.push(
    toets(t, {
      regel: 'VZ-WA-plicht',
      artikel: `art 22 lid 1 ${LPW}`,
      voldaan: onderLpw,
      uitleg: onderLpw
        ? `Op de eerste verzuimdag (${melding.begindatum}) was de leerling ${lp.status}`
        : `Op de eerste verzuimdag (${melding.begindatum}) viel de leerling niet onder de Leerplichtwet (${lp.status.replaceAll('_', ' ')}): een waarschuwing heeft geen grond`,
      invoer: { begindatum: melding.begindatum, soort: melding.soort, status: lp.status },
    }),
  );
  const eerst = params.jaNee('verzuim.waarschuwing.eerst_gesprek', voorstel.datum, melding.gemeente);
  const gesprekken = actiesInDossier(dossier, ['gesprek'], voorstel.datum);
  const goed = !eerst.waarde || gesprekken.length > 0;
  voorwaarden.push(
    toets(t, {
      regel: 'VZ-WA-gesprek',
      artikel: `art 22 lid 1 en 3 ${LPW}`,
      voldaan: goed,
      uitleg: !eerst.waarde
        ? 'Het beleid staat een waarschuwing toe zonder eerder gesprek'
        : gesprekken.length > 0
          ? `De ouders en de jongere zijn gehoord: gesprek op ${gesprekken.map((a) => a.datum).join(', ')}`
          : `Eerst een gesprek met de ouders (en de jongere van 12+): er staat geen gesprek op of vóór ${voorstel.datum} in het open dossier`,
      invoer: { datum: voorstel.datum, eerdere_gesprekken: gesprekken.length },
      parameters: [eerst],
    }),
  );
  return voorwaarden.filter((w) => !w.voldaan);
}
