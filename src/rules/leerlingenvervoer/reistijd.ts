import { Decimal, rondAf } from '../kern/geld.js';
import type { Parameters } from '../kern/parameters.js';
import type { TraceBouwer } from '../kern/trace.js';
import type { Vervoersaanvraag } from './types.js';

export interface Reistijdtoets {
  /** Het reistijdcriterium is vervuld: OV is niet adequaat. */
  readonly ovTeLang: boolean;
  /** De OV-reistijd is langer dan de grens, maar de reistijd met aangepast vervoer ontbreekt. */
  readonly onvolledig: boolean;
  readonly toelichting: string;
}

/**
 * R11 lid 2. Het reistijdcriterium: OV is niet adequaat als de enkele reis per OV *méér* dan 90
 * minuten duurt (wacht- en overstaptijd inbegrepen) én aangepast vervoer die reistijd met ten minste
 * 50% verkort. Precies 90 minuten is niet te lang; precies 50% verkorting is genoeg.
 */
export function toetsReistijd(a: Vervoersaanvraag, params: Parameters, t: TraceBouwer): Reistijdtoets {
  const max = params.aantal('leerlingenvervoer.reistijd.max_ov_min', a.schooljaar.begin, a.gemeente);
  const minVerkorting = params.factor('leerlingenvervoer.reistijd.min_verkorting', a.schooljaar.begin, a.gemeente);
  const ov = a.reistijdOvMin;
  const aangepast = a.reistijdAangepastMin;
  let uitkomst: Reistijdtoets;
  if (ov === undefined) {
    uitkomst = { ovTeLang: false, onvolledig: false, toelichting: 'reistijd OV niet opgegeven: het reistijdcriterium is niet getoetst' };
  } else if (ov <= max.waarde) {
    uitkomst = { ovTeLang: false, onvolledig: false, toelichting: `reistijd OV ${ov} min is niet meer dan ${max.waarde} min` };
  } else if (aangepast === undefined) {
    uitkomst = {
      ovTeLang: false,
      onvolledig: true,
      toelichting: `reistijd OV ${ov} min is meer dan ${max.waarde} min, maar de reistijd met aangepast vervoer ontbreekt`,
    };
  } else {
    const verkorting = new Decimal(ov - aangepast).div(ov);
    const genoeg = verkorting.gte(minVerkorting.waarde);
    const procent = rondAf(verkorting.mul(100), { stap: '1', richting: 'omlaag' }).toString();
    uitkomst = {
      ovTeLang: genoeg,
      onvolledig: false,
      toelichting: genoeg
        ? `reistijd OV ${ov} min is meer dan ${max.waarde} min en aangepast vervoer (${aangepast} min) verkort die met ${procent}% (ten minste ${minVerkorting.waarde.mul(100).toString()}%)`
        : `reistijd OV ${ov} min is meer dan ${max.waarde} min, maar aangepast vervoer (${aangepast} min) verkort die maar met ${procent}% (minder dan ${minVerkorting.waarde.mul(100).toString()}%)`,
    };
  }
  t.stap({
    regel: 'LLV-R11-reistijd',
    artikel: 'verordening (VNG-model: reistijd OV meer dan 1,5 uur en ten minste 50% verkorting)',
    omschrijving: `Reistijdcriterium: ${uitkomst.toelichting}`,
    invoer: { reistijd_ov_min: ov ?? null, reistijd_aangepast_min: aangepast ?? null },
    parameters: [max, minVerkorting],
    uitkomst: uitkomst.onvolledig ? 'onvolledig' : uitkomst.ovTeLang ? 'ov_te_lang' : 'voldaan_aan_ov',
  });
  return uitkomst;
}
