import { isPositief, rondAf, NUL, som, type Bedrag } from '../kern/geld.js';
import { eersteDagVan, jaarVan, type Datum, type Maand } from '../kern/datum.js';
import type { Parameters } from '../kern/parameters.js';
import type { TraceBouwer } from '../kern/trace.js';
import type { GemeenteCode } from '../kern/gemeente.js';
import type { Oorzaak } from './types.js';

export interface BruteerbareMaand {
  readonly maand: Maand;
  readonly betaald: Bedrag;
  readonly terugvorderbaar: Bedrag;
  readonly oorzaak: Oorzaak;
  readonly loonheffing?: Bedrag;
}

const REGEL = 'TV-58-5';
const ARTIKEL = 'art 58 lid 5 Pw';

/**
 * Bruteren (art 58 lid 5 Pw, kan-bepaling; gemeentelijk beleid): wat is betaald in een kalenderjaar
 * vóór het jaar van de peildatum kan niet meer met de loonaangifte worden verrekend, dus komt de
 * loonheffing erbij. Die is de werkelijk afgedragen loonheffing naar rato van het terug te vorderen
 * deel, of anders het bruteringspercentage van het jaar van betaling (Normenbrief).
 * Geeft per maand het bedrag dat erbij komt.
 */
export function bruteer(
  maanden: readonly BruteerbareMaand[],
  peildatum: Datum,
  gemeente: GemeenteCode | undefined,
  params: Parameters,
  t: TraceBouwer,
): Bedrag[] {
  const geen = maanden.map(() => NUL);
  const jaar = jaarVan(peildatum);
  if (!maanden.some((m) => jaarVan(m.maand) < jaar && isPositief(m.terugvorderbaar))) return geen;

  const aan = params.jaNee('terugvordering.bruteren', peildatum, gemeente);
  const alleenInlichtingenplicht = params.jaNee('terugvordering.bruteren.alleen_inlichtingenplicht', peildatum, gemeente);
  const minimum = params.bedrag('terugvordering.bruteren.minimum', peildatum, gemeente);
  const netto = som(maanden.map((m) => m.terugvorderbaar));
  const beleid = [aan, alleenInlichtingenplicht, minimum];
  if (!aan.waarde || netto.lt(minimum.waarde)) {
    t.stap({
      regel: 'TV-58-5-beleid',
      artikel: 'art 58 lid 5 Pw; beleid',
      omschrijving: !aan.waarde ? 'Het beleid is om niet te bruteren' : 'De vordering is lager dan het minimum om te bruteren',
      invoer: { terugvordering_netto: netto },
      parameters: beleid,
      uitkomst: 'netto',
    });
    return geen;
  }

  return maanden.map((m) => {
    if (!(jaarVan(m.maand) < jaar && isPositief(m.terugvorderbaar))) return NUL;
    // Elke stap uitgeschreven, zonder spreiding van een gedeeld deel: dat is per maand merkbaar trager (zie lid6.ts).
    if (alleenInlichtingenplicht.waarde && m.oorzaak !== 'inlichtingenplicht') {
      t.stap({
        regel: REGEL,
        artikel: ARTIKEL,
        omschrijving: `${m.maand}: niet gebruteerd, het beleid brutert alleen bij schending van de inlichtingenplicht`,
        invoer: { maand: m.maand, terugvorderbaar: m.terugvorderbaar, peildatum },
        parameters: beleid,
        uitkomst: NUL,
      });
      return NUL;
    }
    if (m.loonheffing !== undefined) {
      const bedrag = m.betaald.isZero() ? NUL : rondAf(m.loonheffing.mul(m.terugvorderbaar).div(m.betaald));
      t.stap({
        regel: REGEL,
        artikel: ARTIKEL,
        omschrijving: `${m.maand} is betaald vóór het lopende kalenderjaar: de werkelijke loonheffing naar rato van het terug te vorderen deel komt erbij`,
        invoer: { maand: m.maand, terugvorderbaar: m.terugvorderbaar, peildatum, loonheffing: m.loonheffing, betaald: m.betaald },
        parameters: beleid,
        uitkomst: bedrag,
      });
      return bedrag;
    }
    const percentage = params.factor('terugvordering.brutering.percentage', eersteDagVan(m.maand), gemeente);
    const bedrag = rondAf(m.terugvorderbaar.mul(percentage.waarde));
    t.stap({
      regel: REGEL,
      artikel: ARTIKEL,
      omschrijving: `${m.maand} is betaald vóór het lopende kalenderjaar: het bruteringspercentage van ${jaarVan(m.maand)} komt erbij`,
      invoer: { maand: m.maand, terugvorderbaar: m.terugvorderbaar, peildatum },
      parameters: [...beleid, percentage],
      uitkomst: bedrag,
    });
    return bedrag;
  });
}
