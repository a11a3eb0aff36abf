import { NUL, maxBedrag } from '../kern/geld.js';
import { leeftijdOp } from '../kern/datum.js';
import { gemeentenaam } from '../kern/gemeente.js';
import { RegelFout } from '../kern/fouten.js';
import type { Parameters } from '../kern/parameters.js';
import { TraceBouwer } from '../kern/trace.js';
import { bepaalHandicaproute } from './handicaproute.js';
import { toetsSchoolsoort } from './schoolsoort.js';
import { bepaalToetsafstand } from './toegankelijkeSchool.js';
import { toetsAfstandsgrens } from './afstandsgrens.js';
import { toetsReistijd } from './reistijd.js';
import { leesTarieven } from './tarieven.js';
import { berekenKosten } from './kosten.js';
import { beoordeelAdequaatheid } from './adequaatheid.js';
import { kiesVervoersvorm } from './vervoersvorm.js';
import { bepaalDrempelbedrag } from './drempelbedrag.js';
import { bepaalDraagkracht } from './draagkracht.js';
import { verdeelInTermijnen } from './termijnen.js';
import { pasHardheidsclausuleToe } from './hardheidsclausule.js';
import type { Vervoersaanvraag, Vervoersbeschikking, Vervoersreden } from './types.js';

type Uitkomst = Omit<Vervoersbeschikking, 'trace'>;

/**
 * Beoordeelt één aanvraag leerlingenvervoer (research §4): de handicaproute (R5), de poort per
 * schoolsoort (R1), de dichtstbijzijnde toegankelijke school (R2), de afstandsgrens (R3/R4), de
 * adequate vervoersvormen en de goedkoopste daarvan (R9-R12), het drempelbedrag (R6/R7), de
 * draagkrachtbijdrage (R8), de vergoeding of ouderbijdrage met de incassotermijnen, en tot slot de
 * hardheidsclausule (R16, altijd handmatig). Parameters gelden op 1 augustus van het schooljaar,
 * voor de gemeente van de aanvraag.
 */
export function beoordeelAanvraag(a: Vervoersaanvraag, params: Parameters): Vervoersbeschikking {
  const t = new TraceBouwer();
  if (a.afstandKm.isNegative() || a.afstandDichtstbijzijndeKm?.isNegative()) {
    throw new RegelFout(`aanvraag ${a.aanvraagId}: een afstand kan niet negatief zijn`);
  }
  if (a.geboortedatum >= a.schooljaar.begin) {
    throw new RegelFout(`aanvraag ${a.aanvraagId}: de geboortedatum ligt niet vóór het begin van schooljaar ${a.schooljaar.naam}`);
  }
  const leeftijd = leeftijdOp(a.geboortedatum, a.schooljaar.begin);
  t.stap({
    regel: 'LLV-aanvraag',
    artikel: 'art 1 WPO (schooljaar: 1 augustus tot en met 31 juli)',
    omschrijving: `Aanvraag voor schooljaar ${a.schooljaar.naam}, gemeente ${gemeentenaam(a.gemeente)}; parameters en leeftijd op ${a.schooljaar.begin}`,
    invoer: { schooljaar: a.schooljaar.naam, gemeente: a.gemeente, schoolsoort: a.schoolsoort, geboortedatum: a.geboortedatum },
    uitkomst: { leeftijd },
  });
  const gewoon = beoordeelGewoon(a, params, t, leeftijd);
  const uitkomst = pasHardheidsclausuleToe(a, gewoon, t);
  // Erbij zetten, niet `{ ...uitkomst, trace }`: een objectliteraal met spreiding is per rij traag (zie beoordeelGewoon).
  return Object.assign(uitkomst, { trace: t.klaar() });
}

function beoordeelGewoon(a: Vervoersaanvraag, params: Parameters, t: TraceBouwer, leeftijd: number): Uitkomst {
  // Velden uitgeschreven, niet met `...basis`: V8 zet de velden na een spreiding één voor één, langzaam
  // (bench: een kwart van de rekentijd van een aanvraag).
  const afgewezen = (reden: Vervoersreden): Uitkomst => ({
    aanvraagId: a.aanvraagId,
    gemeente: a.gemeente,
    schooljaar: a.schooljaar.naam,
    besluit: 'afgewezen',
    reden,
    kostenJaar: NUL,
    drempelbedrag: NUL,
    draagkrachtbijdrage: NUL,
    vergoeding: NUL,
    ouderbijdrage: NUL,
    alternatieven: [],
  });

  const handicaproute = bepaalHandicaproute(a, params, t);
  const poort = toetsSchoolsoort(a, handicaproute, t);
  if (poort) return afgewezen(poort);
  const toets = bepaalToetsafstand(a, t);
  const grens = toetsAfstandsgrens(a, toets, handicaproute, params, t);
  if (grens) return afgewezen(grens);

  const reistijd = toetsReistijd(a, params, t);
  const tarieven = leesTarieven(params, a.schooljaar, a.gemeente);
  const kosten = berekenKosten(toets, leeftijd, tarieven, a.eigenVervoerRittenPerDag);
  const adequaat = beoordeelAdequaatheid(a, reistijd, handicaproute);
  const keuze = kiesVervoersvorm(a, kosten, adequaat, t);
  const handmatig = (reden: Vervoersreden): Uitkomst => ({
    aanvraagId: a.aanvraagId,
    gemeente: a.gemeente,
    schooljaar: a.schooljaar.naam,
    besluit: 'handmatig',
    reden,
    vervoersvorm: keuze.vervoersvorm,
    kostenJaar: keuze.kosten,
    alternatieven: keuze.alternatieven,
  });
  if (keuze.zonderGrond) return handmatig('aangepast_zonder_grond');
  if (reistijd.onvolledig && (keuze.vervoersvorm === 'ov' || keuze.vervoersvorm === 'ov_begeleid')) {
    t.stap({
      regel: 'LLV-R11-reistijd',
      artikel: 'verordening (reistijdcriterium)',
      omschrijving: 'De gekozen vorm is OV, maar het reistijdcriterium is niet te toetsen: vul de reistijd met aangepast vervoer aan',
      uitkomst: 'handmatig',
    });
    return handmatig('reistijd_onvolledig');
  }

  const drempel = bepaalDrempelbedrag(a, handicaproute, leeftijd, tarieven, params, t);
  const draagkracht = bepaalDraagkracht(a, handicaproute, toets, params, t);
  if (draagkracht.inkomenOnbekend) return handmatig('inkomen_onbekend');

  const aangepast = keuze.vervoersvorm === 'aangepast';
  const bijdragen = drempel.plus(draagkracht.bedrag);
  const vergoeding = aangepast ? NUL : maxBedrag(NUL, keuze.kosten.minus(bijdragen));
  const ouderbijdrage = aangepast ? bijdragen : NUL;
  t.stap({
    regel: 'LLV-vergoeding',
    artikel: 'art 4 lid 7 en 11 WPO',
    omschrijving: aangepast
      ? 'De gemeente verzorgt het vervoer; de ouders betalen een bijdrage gelijk aan het drempelbedrag plus de draagkrachtbijdrage'
      : 'Vergoeding aan de ouders: de kosten min het drempelbedrag en de draagkrachtbijdrage, niet minder dan nul',
    invoer: { kosten_jaar: keuze.kosten, drempelbedrag: drempel, draagkrachtbijdrage: draagkracht.bedrag },
    uitkomst: { vergoeding, ouderbijdrage },
  });

  let termijnen;
  if (a.machtiging && ouderbijdrage.gt(0)) {
    const dag = params.aantal('leerlingenvervoer.incasso.dag', a.schooljaar.begin, a.gemeente);
    termijnen = verdeelInTermijnen(ouderbijdrage, a.schooljaar, dag.waarde);
    t.stap({
      regel: 'LLV-termijnen',
      artikel: 'SZMH-werkwijze (incasso in oktober, januari, april en juni)',
      omschrijving: 'Machtiging: de ouderbijdrage in vier termijnen; gelijke delen naar beneden op centen, het restant op de eerste termijn',
      invoer: { ouderbijdrage },
      parameters: [dag],
      uitkomst: Object.fromEntries(termijnen.map((tm) => [tm.datum, tm.bedrag])),
    });
  }

  return {
    aanvraagId: a.aanvraagId,
    gemeente: a.gemeente,
    schooljaar: a.schooljaar.naam,
    besluit: 'toegekend',
    reden: handicaproute ? 'handicap' : 'afstand',
    vervoersvorm: keuze.vervoersvorm,
    kostenJaar: keuze.kosten,
    drempelbedrag: drempel,
    draagkrachtbijdrage: draagkracht.bedrag,
    vergoeding,
    ouderbijdrage,
    termijnen,
    alternatieven: keuze.alternatieven,
  };
}
