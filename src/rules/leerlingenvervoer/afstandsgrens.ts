import type { Parameters } from '../kern/parameters.js';
import type { TraceBouwer } from '../kern/trace.js';
import type { Toetsafstand } from './toegankelijkeSchool.js';
import type { Vervoersaanvraag, Vervoersreden } from './types.js';

/**
 * R3/R4. De afstandsgrens per schoolsoort en gemeente: recht alleen als de afstand tot de
 * dichtstbijzijnde toegankelijke school *méér* is dan de grens (precies 6,000 km geeft geen recht).
 * Voor de handicaproute geldt geen grens. Geeft de afwijzingsreden, of `undefined` als de leerling
 * de grens passeert. Ligt de afstand dicht bij de grens, dan vraagt de trace om controle van de meting.
 */
export function toetsAfstandsgrens(a: Vervoersaanvraag, toets: Toetsafstand, handicaproute: boolean, params: Parameters, t: TraceBouwer): Vervoersreden | undefined {
  if (handicaproute) {
    t.stap({
      regel: 'LLV-R4',
      artikel: 'art 4 lid 8 en 13 WPO; art 4 lid 7 WEC',
      omschrijving: 'Handicaproute: geen afstandsgrens',
      invoer: { afstand_km: toets.km },
      uitkomst: 'geen_grens',
    });
    return undefined;
  }
  const soort = a.schoolsoort === 'bo' || a.schoolsoort === 'sbo' ? a.schoolsoort : 'so';
  const grens = params.factor(`leerlingenvervoer.afstandsgrens_km.${soort}`, a.schooljaar.begin, a.gemeente);
  const marge = params.factor('leerlingenvervoer.controlemarge_km', a.schooljaar.begin, a.gemeente);
  const boven = toets.afstand.gt(grens.waarde);
  const artikel = soort === 'so' ? 'art 4 lid 7 WEC; verordening (afstandsgrens per schoolsoort)' : 'art 4 lid 8 WPO; verordening (afstandsgrens)';
  if (toets.afstand.minus(grens.waarde).abs().lt(marge.waarde)) {
    t.waarschuw(`de afstand ligt binnen ${marge.weergave} km van de afstandsgrens (${grens.weergave} km): controleer de meting met de routeplanner`);
  }
  let reden: Vervoersreden | undefined;
  let omschrijving: string;
  if (boven) {
    omschrijving = `De afstand is meer dan de afstandsgrens van ${grens.weergave} km: recht op grond van de afstand`;
  } else if (toets.verderDanNodig && a.afstandKm.gt(grens.waarde)) {
    reden = 'dichtstbijzijnde_binnen_afstandsgrens';
    omschrijving = `De gekozen school ligt verder dan ${grens.weergave} km, maar de dichtstbijzijnde toegankelijke school niet: geen recht`;
  } else {
    reden = 'binnen_afstandsgrens';
    omschrijving = `De afstand is niet meer dan de afstandsgrens van ${grens.weergave} km ('meer dan' is vereist): geen recht`;
  }
  t.stap({
    regel: 'LLV-R4',
    artikel,
    omschrijving,
    invoer: { schoolsoort: a.schoolsoort, afstand_km: toets.km, afstand_gekozen_school_km: toets.kmGekozen },
    parameters: [grens, marge],
    uitkomst: reden ?? 'boven_grens',
  });
  return reden;
}
