import type { Parameters } from '../kern/parameters.js';
import type { TraceBouwer } from '../kern/trace.js';
import { actiesInDossier } from './dossier.js';
import { leerplichtOp, onderLeerplichtwet } from './leerplichtOp.js';
import { INTERVENTIES, type Actievoorstel, type Dossier, type Voorwaarde } from './types.js';
import { LPW, toets } from './voorwaarde.js';

/**
 * De voorwaarden voor een proces-verbaal (art 22 lid 2 en 3, art 26 Lpw; R-LP-03):
 * - VZ-PV-plicht: op de eerste verzuimdag viel de leerling onder de Leerplichtwet; een 18-plus-melding
 *   (RMC) kent geen strafbaar feit.
 * - VZ-PV-interventie: eerst een interventie (gesprek, waarschuwing, Halt of zorgmelding) in het
 *   dossier van de leerling, op of vóór de dag van het proces-verbaal, tenzij het beleid
 *   (`verzuim.pv.eerdere_interventie_vereist`) anders zegt.
 * - VZ-PV-jongere: een proces-verbaal tegen de jongere zelf alleen als die op de eerste verzuimdag 12
 *   jaar of ouder was; tegen de ouders altijd.
 * - VZ-PV-eenmaal: één proces-verbaal per melding.
 */
export function toetsProcesVerbaal(dossier: Dossier, voorstel: Actievoorstel, params: Parameters, t: TraceBouwer): Voorwaarde[] {
  const { melding, leerling } = dossier;
  const { datum } = voorstel;
  const g = melding.gemeente;
  const voorwaarden: Voorwaarde[] = [];

  const lp = leerplichtOp(leerling, melding.begindatum, params, t, 'op de eerste verzuimdag');
  const strafbaar = melding.soort !== 'achttien_plus' && onderLeerplichtwet(lp.status);
  voorwaarden.push(
    toets(t, {
      regel: 'VZ-PV-plicht',
      artikel: `art 22 lid 2 en art 26 ${LPW}`,
      voldaan: strafbaar,
      uitleg: strafbaar
        ? `Op de eerste verzuimdag (${melding.begindatum}) was de leerling ${lp.status}: verzuim is een overtreding van de Leerplichtwet`
        : `Op de eerste verzuimdag (${melding.begindatum}) viel de leerling niet onder de Leerplichtwet (${lp.status.replaceAll('_', ' ')}${melding.soort === 'achttien_plus' ? ', 18-plus-melding' : ''}): geen proces-verbaal mogelijk`,
      invoer: { begindatum: melding.begindatum, soort: melding.soort, status: lp.status },
    }),
  );

  const vereist = params.jaNee('verzuim.pv.eerdere_interventie_vereist', datum, g);
  const eerder = actiesInDossier(dossier, INTERVENTIES, datum);
  const interventieGoed = !vereist.waarde || eerder.length > 0;
  voorwaarden.push(
    toets(t, {
      regel: 'VZ-PV-interventie',
      artikel: `art 22 lid 1 en 2 ${LPW}; R-LP-03`,
      voldaan: interventieGoed,
      uitleg: !vereist.waarde
        ? 'Het beleid staat een proces-verbaal toe zonder eerdere interventie'
        : eerder.length > 0
          ? `Eerdere interventie in het dossier: ${eerder.map((a) => `${a.actie} op ${a.datum}`).join(', ')}`
          : `Een proces-verbaal is de laatste stap: er staat nog geen eerdere interventie (${INTERVENTIES.join(', ')}) op of vóór ${datum} in het open dossier`,
      invoer: { datum, eerdere_interventies: eerder.length },
      parameters: [vereist],
    }),
  );

  const tegen = voorstel.tegen ?? 'ouders';
  if (tegen !== 'ouders') {
    const min = params.aantal('verzuim.pv.jongere_leeftijd_min', melding.begindatum, g);
    const oudGenoeg = lp.leeftijd >= min.waarde;
    voorwaarden.push(
      toets(t, {
        regel: 'VZ-PV-jongere',
        artikel: `art 22 lid 3 en art 26 lid 2 ${LPW}`,
        voldaan: oudGenoeg,
        uitleg: oudGenoeg
          ? `De jongere was ${lp.leeftijd} jaar op de eerste verzuimdag: een proces-verbaal tegen de jongere is mogelijk`
          : `De jongere was ${lp.leeftijd} jaar op de eerste verzuimdag; een proces-verbaal tegen de jongere kan pas vanaf ${min.waarde} jaar (wel tegen de ouders)`,
        invoer: { tegen, begindatum: melding.begindatum, leeftijd: lp.leeftijd },
        parameters: [min],
      }),
    );
  }

  const alPv = dossier.acties.filter((a) => a.actie === 'proces_verbaal' && a.meldingId === melding.meldingId);
  voorwaarden.push(
    toets(t, {
      regel: 'VZ-PV-eenmaal',
      artikel: `art 22 lid 2 ${LPW}`,
      voldaan: alPv.length === 0,
      uitleg: alPv.length === 0 ? 'Op deze melding is nog geen proces-verbaal opgemaakt' : `Op deze melding is al een proces-verbaal opgemaakt (${alPv[0]!.datum})`,
      invoer: { eerdere_pv: alPv.length },
    }),
  );
  return voorwaarden.filter((w) => !w.voldaan);
}
