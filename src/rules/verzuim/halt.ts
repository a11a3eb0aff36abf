import type { Datum } from '../kern/datum.js';
import type { Parameters } from '../kern/parameters.js';
import type { TraceBouwer } from '../kern/trace.js';
import { actiesInDossier, verzuimInDossier } from './dossier.js';
import { leerplichtOp, onderLeerplichtwet } from './leerplichtOp.js';
import type { Dossier, Voorwaarde } from './types.js';
import { HALT, LPW, toets } from './voorwaarde.js';

/**
 * De voorwaarden voor een Halt-verwijzing wegens schoolverzuim op `datum` (onderzoek §3.6 [V],
 * halt.nl): de jongere is leerplichtig (leer- of kwalificatieplichtig) en 12 tot 18 jaar oud op die
 * dag; het verzuim in het open dossier is minimaal 9 uur of 12 keer te laat en ten hoogste 60 uur en
 * 60 keer te laat (daarboven beslist de leerplichtambtenaar met de officier van justitie); en de
 * jongere kreeg nog niet eerder een Halt-interventie schoolverzuim. Alle voorwaarden worden getoetst;
 * de niet voldane komen terug.
 *
 * Niet getoetst (niet in de invoer): de instemming van de jongere (en onder 16 de ouders) en het
 * ontbreken van ernstige onbehandelde psychiatrische problematiek.
 */
export function toetsHalt(dossier: Dossier, datum: Datum, params: Parameters, t: TraceBouwer): Voorwaarde[] {
  const { melding, leerling } = dossier;
  const g = melding.gemeente;
  const p = {
    leeftijdMin: params.aantal('verzuim.halt.leeftijd_min', datum, g),
    leeftijdTot: params.aantal('verzuim.halt.leeftijd_tot', datum, g),
    minUren: params.aantal('verzuim.halt.min_uren', datum, g),
    minTeLaat: params.aantal('verzuim.halt.min_te_laat', datum, g),
    maxUren: params.aantal('verzuim.halt.max_uren', datum, g),
    maxTeLaat: params.aantal('verzuim.halt.max_te_laat', datum, g),
    maxKeer: params.aantal('verzuim.halt.max_keer', datum, g),
  };
  const lp = leerplichtOp(leerling, datum, params, t, 'bij de Halt-verwijzing');
  const voorwaarden: Voorwaarde[] = [];

  voorwaarden.push(
    toets(t, {
      regel: 'VZ-HALT-plicht',
      artikel: `${HALT}; art 3 en 4a ${LPW}`,
      voldaan: onderLeerplichtwet(lp.status),
      uitleg: onderLeerplichtwet(lp.status)
        ? `De jongere is op ${datum} ${lp.status}`
        : `Halt is alleen voor leerplichtige jongeren; op ${datum} is de status ${lp.status.replaceAll('_', ' ')}`,
      invoer: { datum, status: lp.status },
    }),
  );

  const leeftijdGoed = lp.leeftijd >= p.leeftijdMin.waarde && lp.leeftijd < p.leeftijdTot.waarde;
  voorwaarden.push(
    toets(t, {
      regel: 'VZ-HALT-leeftijd',
      artikel: HALT,
      voldaan: leeftijdGoed,
      uitleg: leeftijdGoed
        ? `De jongere is ${lp.leeftijd} jaar op ${datum}: binnen ${p.leeftijdMin.waarde} tot ${p.leeftijdTot.waarde} jaar`
        : `De jongere is ${lp.leeftijd} jaar op ${datum}; Halt is alleen voor jongeren van ${p.leeftijdMin.waarde} tot ${p.leeftijdTot.waarde} jaar`,
      invoer: { geboortedatum: leerling.geboortedatum, datum, leeftijd: lp.leeftijd },
      parameters: [p.leeftijdMin, p.leeftijdTot],
    }),
  );

  const v = verzuimInDossier(dossier, datum);
  const uren = v.uren.toString();
  const genoeg = v.uren.gte(p.minUren.waarde) || v.teLaat >= p.minTeLaat.waarde;
  voorwaarden.push(
    toets(t, {
      regel: 'VZ-HALT-minimum',
      artikel: HALT,
      voldaan: genoeg,
      uitleg: genoeg
        ? `Verzuim in het open dossier: ${uren} uur en ${v.teLaat} keer te laat; minimaal ${p.minUren.waarde} uur of ${p.minTeLaat.waarde} keer te laat is bereikt`
        : `Verzuim in het open dossier: ${uren} uur en ${v.teLaat} keer te laat; Halt vraagt minimaal ${p.minUren.waarde} uur afwezig of ${p.minTeLaat.waarde} keer te laat`,
      invoer: { verzuimuren: uren, te_laat_keren: v.teLaat, meldingen: v.meldingen.join(', ') },
      parameters: [p.minUren, p.minTeLaat],
    }),
  );
  const nietTeVeel = v.uren.lte(p.maxUren.waarde) && v.teLaat <= p.maxTeLaat.waarde;
  voorwaarden.push(
    toets(t, {
      regel: 'VZ-HALT-maximum',
      artikel: HALT,
      voldaan: nietTeVeel,
      uitleg: nietTeVeel
        ? `Niet meer dan ${p.maxUren.waarde} uur afwezig en ${p.maxTeLaat.waarde} keer te laat`
        : `Meer dan ${p.maxUren.waarde} uur afwezig of ${p.maxTeLaat.waarde} keer te laat (${uren} uur, ${v.teLaat} keer): geen Halt; de leerplichtambtenaar beslist met de officier van justitie`,
      invoer: { verzuimuren: uren, te_laat_keren: v.teLaat },
      parameters: [p.maxUren, p.maxTeLaat],
    }),
  );

  const eerder = actiesInDossier(dossier, ['halt'], undefined, { ookGesloten: true });
  const nogMogelijk = eerder.length < p.maxKeer.waarde;
  voorwaarden.push(
    toets(t, {
      regel: 'VZ-HALT-eenmaal',
      artikel: HALT,
      voldaan: nogMogelijk,
      uitleg: nogMogelijk
        ? 'De jongere kreeg nog geen Halt-interventie schoolverzuim'
        : `De jongere kreeg al een Halt-interventie schoolverzuim (${eerder.map((a) => `${a.datum}, melding ${a.meldingId}`).join('; ')}); die kan maar ${p.maxKeer.waarde} keer`,
      invoer: { eerdere_halt: eerder.length },
      parameters: [p.maxKeer],
    }),
  );
  return voorwaarden.filter((w) => !w.voldaan);
}
