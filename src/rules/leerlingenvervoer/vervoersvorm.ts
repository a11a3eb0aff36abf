import type { Bedrag } from '../kern/geld.js';
import type { TraceBouwer } from '../kern/trace.js';
import type { Adequaatheden } from './adequaatheid.js';
import type { Kosten } from './kosten.js';
import { VERVOERSVORMEN, type Vervoersaanvraag, type Vervoersalternatief, type Vervoersvorm } from './types.js';

export interface Vervoerskeuze {
  readonly vervoersvorm: Vervoersvorm;
  readonly kosten: Bedrag;
  readonly alternatieven: readonly Vervoersalternatief[];
  /** Alleen aangepast vervoer past, maar geen van de gronden van R11 geldt: een mens moet kijken. */
  readonly zonderGrond: boolean;
}

/**
 * R9. De goedkoopste adequate vervoersvorm (WPO art 4 lid 4: 'het goedkoopste passende vervoer').
 * Elke vorm wordt beprijsd; uit de adequate vormen wint de goedkoopste, bij gelijke kosten de
 * eerste in de hiërarchie fiets, OV, eigen vervoer, aangepast vervoer. Eigen vervoer zonder
 * instemming van de ouders wordt nooit opgelegd; is het goedkoper, dan zegt de trace dat het aan
 * de ouders kan worden voorgelegd.
 */
export function kiesVervoersvorm(
  a: Vervoersaanvraag,
  kosten: Readonly<Record<Vervoersvorm, Kosten>>,
  adequaat: Adequaatheden,
  t: TraceBouwer,
): Vervoerskeuze {
  let gekozen: Vervoersvorm = 'aangepast';
  for (const vorm of VERVOERSVORMEN) {
    const k = kosten[vorm];
    t.stap({
      regel: `LLV-kosten-${vorm}`,
      artikel: KOSTENARTIKEL[vorm],
      omschrijving: `${NAAM[vorm]}: ${k.berekening}; ${adequaat.perVorm[vorm].adequaat ? 'adequaat' : 'niet adequaat'}: ${adequaat.perVorm[vorm].toelichting}`,
      parameters: k.parameters,
      uitkomst: { kosten_jaar: k.bedrag, adequaat: adequaat.perVorm[vorm].adequaat },
    });
  }
  for (const vorm of VERVOERSVORMEN) {
    if (adequaat.perVorm[vorm].adequaat && kosten[vorm].bedrag.lt(kosten[gekozen].bedrag)) gekozen = vorm;
  }
  // bij gelijke kosten de eerste in de hiërarchie
  for (const vorm of VERVOERSVORMEN) {
    if (adequaat.perVorm[vorm].adequaat && kosten[vorm].bedrag.eq(kosten[gekozen].bedrag)) {
      gekozen = vorm;
      break;
    }
  }
  const kostenGekozen = kosten[gekozen].bedrag;
  const alleenAangepast = VERVOERSVORMEN.every((v) => v === 'aangepast' || !adequaat.perVorm[v].adequaat);
  const zonderGrond = gekozen === 'aangepast' && alleenAangepast && adequaat.grondenAangepast.length === 0;

  const voorstelEigenVervoer = a.eigenAuto && !a.instemmingEigenVervoer && kosten.eigen_vervoer.bedrag.lt(kostenGekozen);
  if (voorstelEigenVervoer) {
    t.waarschuw('eigen vervoer is goedkoper dan de gekozen vorm, maar de ouders hebben niet ingestemd: leg het hun voor');
  }

  const alternatieven: Vervoersalternatief[] = VERVOERSVORMEN.map((vorm) => {
    const { adequaat: ok, toelichting } = adequaat.perVorm[vorm];
    let tekst = toelichting;
    if (vorm === gekozen) tekst = `gekozen: de goedkoopste adequate vorm; ${toelichting}`;
    else if (ok) tekst = `adequaat, maar ${kosten[vorm].bedrag.eq(kostenGekozen) ? 'even duur als' : 'duurder dan'} ${NAAM[gekozen].toLowerCase()}; ${toelichting}`;
    else if (vorm === 'eigen_vervoer' && voorstelEigenVervoer) tekst = `${toelichting}; goedkoper dan de gekozen vorm: voorleggen aan de ouders`;
    return { vervoersvorm: vorm, kostenJaar: kosten[vorm].bedrag, adequaat: ok, gekozen: vorm === gekozen, toelichting: tekst };
  });

  t.stap({
    regel: 'LLV-R9',
    artikel: 'art 4 lid 4 WPO; art 4 lid 4 WEC; art 8.28 WVO 2020 (goedkoopste passende vervoer)',
    omschrijving: zonderGrond
      ? 'Alleen aangepast vervoer past, maar geen grond maakt het noodzakelijk (geen structurele handicap, reistijd, ontbrekend OV of onmogelijke begeleiding): beoordeling door een medewerker'
      : `De goedkoopste adequate vorm is ${NAAM[gekozen].toLowerCase()}${gekozen === 'aangepast' && adequaat.grondenAangepast.length ? ` (${adequaat.grondenAangepast.join('; ')})` : ''}`,
    invoer: Object.fromEntries(VERVOERSVORMEN.filter((v) => adequaat.perVorm[v].adequaat).map((v) => [v, kosten[v].bedrag])),
    uitkomst: gekozen,
  });
  return { vervoersvorm: gekozen, kosten: kostenGekozen, alternatieven, zonderGrond };
}

export const NAAM: Readonly<Record<Vervoersvorm, string>> = {
  fiets: 'Fiets',
  fiets_begeleid: 'Fiets met begeleiding',
  ov: 'Openbaar vervoer',
  ov_begeleid: 'Openbaar vervoer met begeleiding',
  eigen_vervoer: 'Eigen vervoer',
  aangepast: 'Aangepast vervoer',
};

const KOSTENARTIKEL: Readonly<Record<Vervoersvorm, string>> = {
  fiets: 'verordening (kilometervergoeding fiets; nooit meer dan OV)',
  fiets_begeleid: 'verordening (kilometervergoeding fiets leerling en begeleider)',
  ov: 'art 4 lid 4 WPO (kosten van het openbaar vervoer); tarieven OV Limburg',
  ov_begeleid: 'art 4 lid 4 WPO; verordening (kosten begeleider)',
  eigen_vervoer: 'verordening (kilometervergoeding eigen vervoer)',
  aangepast: 'art 4 lid 10 WPO (vervoer door de gemeente); contract aangepast vervoer',
};
