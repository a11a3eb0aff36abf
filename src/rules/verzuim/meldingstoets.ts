import { plusDagen, verschilInDagen } from '../kern/datum.js';
import type { Parameters } from '../kern/parameters.js';
import { TraceBouwer, type Trace } from '../kern/trace.js';
import type { Leerling } from '../leerplicht/types.js';
import { leerplichtOp, onderLeerplichtwet } from './leerplichtOp.js';
import type { Verzuimmelding, Verzuimsoort, Verzuimtype, Voorwaarde } from './types.js';
import { LPW, toets } from './voorwaarde.js';

/** R-LP-01: absoluut verzuim (niet ingeschreven) of relatief verzuim (ingeschreven, afwezig). */
export function verzuimtypeVan(soort: Verzuimsoort): Verzuimtype {
  return soort === 'absoluut' ? 'absoluut' : 'relatief';
}

export interface Meldingstoets {
  readonly type: Verzuimtype;
  /** Voorwaarden waaraan de melding niet voldoet, met het veld waar het om gaat. */
  readonly fouten: readonly (Voorwaarde & { readonly veld: string })[];
  readonly trace: Trace;
}

/**
 * Toetst een verzuimmelding bij het inlezen:
 * - VZ-MT-type: het type volgt uit de soort (R-LP-01).
 * - VZ-MT-plicht: op de eerste verzuimdag valt de leerling onder de Leerplichtwet (leer- of
 *   kwalificatieplichtig); bij `achttien_plus` juist niet meer, maar hoort hij tot de RMC-doelgroep.
 *   De status komt uit de regels van `szmh leerplicht status`.
 * - VZ-MT-16u: een melding `relatief_16u` heeft ten minste 16 verzuimuren (art 21/21a Lpw); een
 *   meldperiode van meer dan 4 weken is een waarschuwing (vakantieweken zijn geen lesweken en staan
 *   niet in de invoer), geen weigering.
 * De parameters gelden op de eerste verzuimdag, voor de gemeente van de melding.
 */
export function toetsMelding(melding: Verzuimmelding, leerling: Leerling, params: Parameters): Meldingstoets {
  const t = new TraceBouwer();
  const type = verzuimtypeVan(melding.soort);
  t.stap({
    regel: 'VZ-MT-type',
    artikel: `art 18, 19, 21 en 21a ${LPW}`,
    omschrijving:
      type === 'absoluut'
        ? 'Absoluut verzuim: leer- of kwalificatieplichtig maar niet ingeschreven'
        : `Relatief verzuim (${melding.soort.replaceAll('_', ' ')}): ingeschreven, maar zonder toestemming afwezig`,
    invoer: { soort: melding.soort, bron: melding.bron },
    uitkomst: type,
  });
  const fouten: (Voorwaarde & { veld: string })[] = [];
  const { begindatum, gemeente } = melding;

  const lp = leerplichtOp(leerling, begindatum, params, t, 'op de eerste verzuimdag');
  const rmc = melding.soort === 'achttien_plus';
  const plicht = toets(t, {
    regel: 'VZ-MT-plicht',
    artikel: rmc ? `art 8.1.8 WEB; doorstroompunt 18-plus verzuim (DUO)` : `art 3, 4a en 21a ${LPW}`,
    voldaan: rmc ? lp.status === 'rmc' : onderLeerplichtwet(lp.status),
    uitleg: rmc
      ? lp.status === 'rmc'
        ? `Op ${begindatum} hoort de jongere tot de RMC-doelgroep: een 18-plus-melding past`
        : `Een 18-plus-melding is voor jongeren die niet meer leer- of kwalificatieplichtig zijn en jonger dan 23 zonder startkwalificatie; op ${begindatum} is de status ${lp.status.replaceAll('_', ' ')}`
      : onderLeerplichtwet(lp.status)
        ? `Op ${begindatum} is de leerling ${lp.status}: de Leerplichtwet is van toepassing`
        : `Op ${begindatum} is de leerling niet leer- of kwalificatieplichtig (${lp.status.replaceAll('_', ' ')}, ${lp.leeftijd} jaar)${lp.status === 'rmc' ? ': meld dit als achttien_plus (RMC)' : ''}`,
    invoer: { begindatum, status: lp.status, leeftijd: lp.leeftijd },
  });
  if (!plicht.voldaan) fouten.push({ ...plicht, veld: rmc ? 'soort' : 'geboortedatum' });

  if (melding.soort === 'relatief_16u') {
    const drempel = params.aantal('verzuim.relatief.drempel_uren', begindatum, gemeente);
    const weken = params.aantal('verzuim.relatief.periode_weken', begindatum, gemeente);
    const uren = melding.verzuimuren;
    const genoeg = uren !== undefined && uren.gte(drempel.waarde);
    const v = toets(t, {
      regel: 'VZ-MT-16u',
      artikel: `art 21 en 21a ${LPW}`,
      voldaan: genoeg,
      uitleg:
        uren === undefined
          ? `Een melding van ${drempel.waarde} uur in ${weken.waarde} lesweken noemt de verzuimde uren (verzuimspecificatie, Besluit Verzuimmelding)`
          : genoeg
            ? `${uren.toString()} verzuimde uren: de meldgrens van ${drempel.waarde} uur in ${weken.waarde} opeenvolgende lesweken is bereikt`
            : `${uren.toString()} verzuimde uren is minder dan de meldgrens van ${drempel.waarde} uur in ${weken.waarde} lesweken: meld dit als signaal of overig`,
      invoer: { verzuimuren: uren ?? null },
      parameters: [drempel, weken],
    });
    if (!v.voldaan) fouten.push({ ...v, veld: 'verzuimuren' });
    if (melding.einddatum !== undefined && verschilInDagen(begindatum, melding.einddatum) >= weken.waarde * 7) {
      t.waarschuw(
        `melding ${melding.meldingId}: de periode ${begindatum} t/m ${melding.einddatum} is langer dan ${weken.waarde} weken (grens ${plusDagen(begindatum, weken.waarde * 7 - 1)}); ` +
          'alleen geldig als er vakantieweken in vallen (vakantieweken zijn geen lesweken en zijn niet getoetst)',
      );
    }
  }
  return { type, fouten, trace: t.klaar() };
}
