import { Decimal, rondAf, NUL, type Bedrag } from '../kern/geld.js';
import { eersteDagVan, laatsteDagVan, plusJaren, verschilInDagen, type Datum, type Maand } from '../kern/datum.js';
import type { Parameters } from '../kern/parameters.js';
import type { TraceBouwer } from '../kern/trace.js';
import type { GemeenteCode } from '../kern/gemeente.js';
import { MaandTeksten } from './teksten.js';

const REGEL = 'TV-58-6';
const ARTIKEL = 'art 58 lid 6 Pw';

/**
 * Art 58 lid 6 Pw: bij lid 2 onder e geen terugvordering van kosten die zijn gemaakt meer dan
 * 2 jaar vóór de verzending van het besluit. Kosten op de grensdatum zelf tellen nog mee. Valt de
 * grens midden in een maand, dan beslist het beleid: naar rato van de dagen vanaf de grens, of de
 * hele maand niet (onderzoek TV-T5).
 */
export function pasLid6Toe(
  maand: Maand,
  teVeel: Bedrag,
  besluitdatum: Datum,
  gemeente: GemeenteCode | undefined,
  params: Parameters,
  t: TraceBouwer,
): Bedrag {
  const termijn = params.aantal('terugvordering.lid6.termijn_jaren', besluitdatum, gemeente);
  const grens = plusJaren(besluitdatum, -termijn.waarde);
  const eerste = eersteDagVan(maand);
  // Elke stap uitgeschreven, niet `{ ...gedeeld, … }`: die spreiding kostte 10% van een werker
  // (terugvordering --zonder-trace, 1 op 7 maanden komt hier; gemeten met een enkele thread).
  const invoer = { maand, te_veel: teVeel, besluitdatum, terugvorderbaar_vanaf: grens };
  if (eerste >= grens) {
    t.stap({ regel: REGEL, artikel: ARTIKEL, omschrijving: naDeGrens(termijn.waarde).tekst(maand), invoer, parameters: [termijn], uitkomst: teVeel });
    return teVeel;
  }
  const laatste = laatsteDagVan(maand);
  if (laatste < grens) {
    t.stap({ regel: REGEL, artikel: ARTIKEL, omschrijving: `${maand} ligt meer dan ${termijn.waarde} jaar vóór het besluit: niet terug te vorderen`, invoer, parameters: [termijn], uitkomst: NUL });
    return NUL;
  }
  const beleid = params.keuze<'pro_rata' | 'hele_maand_uitsluiten'>('terugvordering.lid6.grensmaand', besluitdatum, gemeente);
  const dagenInMaand = verschilInDagen(eerste, laatste) + 1;
  const dagenNaGrens = verschilInDagen(grens, laatste) + 1;
  const uitkomst = beleid.waarde === 'pro_rata' ? rondAf(teVeel.mul(dagenNaGrens).div(new Decimal(dagenInMaand))) : NUL;
  t.stap({
    regel: REGEL,
    artikel: ARTIKEL,
    omschrijving:
      beleid.waarde === 'pro_rata'
        ? `De grens valt in ${maand}: terug te vorderen naar rato van ${dagenNaGrens} van de ${dagenInMaand} dagen`
        : `De grens valt in ${maand}: volgens beleid wordt de hele maand niet teruggevorderd`,
    invoer,
    parameters: [termijn, beleid],
    uitkomst,
  });
  return uitkomst;
}

/** Per termijn (in jaren) de omschrijving van een maand na de grens, het gewone geval. */
const naGrens = new Map<number, MaandTeksten>();

function naDeGrens(termijn: number): MaandTeksten {
  let teksten = naGrens.get(termijn);
  if (teksten === undefined) naGrens.set(termijn, (teksten = new MaandTeksten((maand) => `${maand} valt na de grens van ${termijn} jaar: volledig terug te vorderen`)));
  return teksten;
}
