import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bedrag, maxBedrag, NUL } from '../kern/geld.js';
import { datum, schooljaarVanafJaar } from '../kern/datum.js';
import { RegelFout } from '../kern/fouten.js';
import type { GemeenteCode } from '../kern/gemeente.js';
import { beoordeelAanvraag } from './beoordeelAanvraag.js';
import { SCHOOLSOORTEN, VERVOERSVORMEN, type Vervoersaanvraag, type Vervoersbeschikking, type Vervoersvorm } from './types.js';
import { ingebouwd, testParameters, zonderParameter, type Overlay } from '../../../test/parameters.js';

/**
 * De parameterset `TEST` uit law-leerlingenvervoer.md §5.4 (illustratief, niet de geleverde
 * standaard): 200 schooldagen, 2 ritten, begeleider 4 ritten, opstaptarief € 1,00, kmtarief € 0,20,
 * kinderkorting 34% (4-11 jaar), drempel = OV over 6 km (€ 580,80 voor een kind), inkomensgrens
 * 2023-24 / 2024-25 € 28.800 / € 29.700, auto € 0,23 en fiets € 0,11 per km, taxi € 3.978 per jaar,
 * draagkrachttabel 2023-24 (VNG).
 */
const TEST_OVERLAY: Overlay = {
  'leerlingenvervoer.afstandsgrens_km.bo': [['2014-08-01', '6']],
  'leerlingenvervoer.afstandsgrens_km.sbo': [['2014-08-01', '6']],
  'leerlingenvervoer.afstandsgrens_km.so': [['2014-08-01', '6']],
  'leerlingenvervoer.schooldagen': [['2014-08-01', 200]],
  'leerlingenvervoer.ritten_per_dag.leerling': [['2014-08-01', 2]],
  'leerlingenvervoer.ritten_per_dag.begeleider': [['2014-08-01', 4]],
  'leerlingenvervoer.ov.opstaptarief': [['2014-08-01', '1.00']],
  'leerlingenvervoer.ov.kmtarief': [['2014-08-01', '0.20']],
  'leerlingenvervoer.ov.kinderkorting': [['2014-08-01', '0.34']],
  'leerlingenvervoer.ov.kinderkorting.leeftijd_van': [['2014-08-01', 4]],
  'leerlingenvervoer.ov.kinderkorting.leeftijd_tot': [['2014-08-01', 11]],
  'leerlingenvervoer.drempel.methode': [['2014-08-01', 'ov_afstand']],
  'leerlingenvervoer.drempel.afstand_km': [['2014-08-01', '6']],
  'leerlingenvervoer.inkomensgrens.methode': [['2014-08-01', 'vastgesteld']],
  'leerlingenvervoer.inkomensgrens': [
    ['2023-08-01', '28800.00'],
    ['2024-08-01', '29700.00'],
  ],
  'leerlingenvervoer.kmvergoeding.auto': [['2014-08-01', '0.23']],
  'leerlingenvervoer.kmvergoeding.fiets': [['2014-08-01', '0.11']],
  'leerlingenvervoer.eigen_vervoer.ritten_per_dag': [['2014-08-01', 4]],
  'leerlingenvervoer.aangepast.prijsmodel': [['2014-08-01', 'per_leerling_jaar']],
  'leerlingenvervoer.aangepast.per_leerling_jaar': [['2014-08-01', '3978.00']],
  'leerlingenvervoer.reistijd.max_ov_min': [['2014-08-01', 90]],
  'leerlingenvervoer.reistijd.min_verkorting': [['2014-08-01', '0.50']],
  'leerlingenvervoer.draagkracht.heffen': [['2014-08-01', true]],
  'leerlingenvervoer.draagkracht.grens.1': [['2023-08-01', '36900.00']],
  'leerlingenvervoer.draagkracht.bedrag.1': [['2023-08-01', '170.00']],
  'leerlingenvervoer.draagkracht.grens.2': [['2023-08-01', '43650.00']],
  'leerlingenvervoer.draagkracht.bedrag.2': [['2023-08-01', '750.00']],
  'leerlingenvervoer.draagkracht.grens.3': [['2023-08-01', '50400.00']],
  'leerlingenvervoer.draagkracht.bedrag.3': [['2023-08-01', '1390.00']],
  'leerlingenvervoer.draagkracht.grens.4': [['2023-08-01', '56700.00']],
  'leerlingenvervoer.draagkracht.bedrag.4': [['2023-08-01', '2035.00']],
  'leerlingenvervoer.draagkracht.grens.5': [['2023-08-01', '64800.00']],
  'leerlingenvervoer.draagkracht.bedrag.5': [['2023-08-01', '2730.00']],
  'leerlingenvervoer.draagkracht.bovengrens': [['2023-08-01', '71100.00']],
  'leerlingenvervoer.draagkracht.stap': [['2023-08-01', '5000.00']],
};
const TEST = testParameters(TEST_OVERLAY);

type Deel = Partial<Omit<Vervoersaanvraag, 'afstandKm' | 'afstandDichtstbijzijndeKm' | 'inkomen' | 'schooljaar'>> & {
  afstandKm?: string;
  afstandDichtstbijzijndeKm?: string;
  inkomen?: string | null;
  schooljaar?: number;
};

/** Een aanvraag met neutrale standaarden: bo, 10 jaar, 7,2 km, Maastricht, 2024-2025, zelfstandig OV. */
function aanvraag(deel: Deel = {}): Vervoersaanvraag {
  const { afstandKm = '7.2', afstandDichtstbijzijndeKm, inkomen = '25000.00', schooljaar = 2024, ...rest } = deel;
  return {
    aanvraagId: 'L-1',
    gemeente: 'GM0935',
    schooljaar: schooljaarVanafJaar(schooljaar),
    geboortedatum: datum(`${schooljaar - 10}-03-15`),
    schoolsoort: 'bo',
    handicapStructureel: false,
    kanZelfstandigOv: true,
    kanOvMetBegeleiding: true,
    kanFietsen: false,
    kanFietsenMetBegeleiding: false,
    begeleidingBeschikbaar: true,
    eigenAuto: false,
    instemmingEigenVervoer: false,
    ovBeschikbaar: true,
    hardheidsclausule: false,
    machtiging: false,
    draagkrachtAlGeheven: false,
    ...rest,
    afstandKm: bedrag(afstandKm),
    ...(afstandDichtstbijzijndeKm !== undefined ? { afstandDichtstbijzijndeKm: bedrag(afstandDichtstbijzijndeKm) } : {}),
    ...(inkomen !== null ? { inkomen: bedrag(inkomen) } : {}),
  };
}

const alt = (b: Vervoersbeschikking, vorm: Vervoersvorm) => b.alternatieven.find((a) => a.vervoersvorm === vorm)!;
const bedragen = (b: Vervoersbeschikking) => ({
  kosten: b.kostenJaar?.toFixed(2),
  drempel: b.drempelbedrag?.toFixed(2),
  draagkracht: b.draagkrachtbijdrage?.toFixed(2),
  vergoeding: b.vergoeding?.toFixed(2),
});
const regels = (b: Vervoersbeschikking) => b.trace.stappen.map((s) => s.regel);

describe('leerlingenvervoer: T1-T20 uit law-leerlingenvervoer.md §8 (parameterset TEST)', () => {
  it('T1: bo zonder handicap, dichtstbijzijnde toegankelijke school op 5,8 km → afgewezen (binnen de afstandsgrens)', () => {
    const b = beoordeelAanvraag(aanvraag({ afstandKm: '5.8' }), TEST);
    expect([b.besluit, b.reden]).toEqual(['afgewezen', 'binnen_afstandsgrens']);
    expect(b.vervoersvorm).toBeUndefined();
    expect(b.alternatieven).toEqual([]);
  });

  it('T2: bo zonder handicap op precies 6,000 km → afgewezen ("meer dan" is vereist)', () => {
    const b = beoordeelAanvraag(aanvraag({ afstandKm: '6.000' }), TEST);
    expect([b.besluit, b.reden]).toEqual(['afgewezen', 'binnen_afstandsgrens']);
    expect(b.trace.stappen.find((s) => s.regel === 'LLV-R4')!.omschrijving).toContain("'meer dan' is vereist");
  });

  it('T3: sbo, 10 jaar, 7,2 km, zelfstandig OV, kan niet fietsen, inkomen € 40.000 (2024-25) → OV € 644,16 − drempel € 580,80 = € 63,36', () => {
    const b = beoordeelAanvraag(aanvraag({ schoolsoort: 'sbo', inkomen: '40000.00' }), TEST);
    expect([b.besluit, b.reden, b.vervoersvorm]).toEqual(['toegekend', 'afstand', 'ov']);
    expect(bedragen(b)).toEqual({ kosten: '644.16', drempel: '580.80', draagkracht: '0.00', vergoeding: '63.36' });
    expect(b.ouderbijdrage!.toFixed(2)).toBe('0.00');
  });

  it('T4: als T3 met inkomen € 25.000 → geen drempel, vergoeding € 644,16', () => {
    const b = beoordeelAanvraag(aanvraag({ schoolsoort: 'sbo', inkomen: '25000.00' }), TEST);
    expect(b.vervoersvorm).toBe('ov');
    expect(bedragen(b)).toEqual({ kosten: '644.16', drempel: '0.00', draagkracht: '0.00', vergoeding: '644.16' });
  });

  it('T5: als T3 maar de leerling kan fietsen → fiets € 316,80; na de drempel vergoeding € 0, vorm blijft fiets', () => {
    const b = beoordeelAanvraag(aanvraag({ schoolsoort: 'sbo', inkomen: '40000.00', kanFietsen: true }), TEST);
    expect(b.vervoersvorm).toBe('fiets');
    expect(bedragen(b)).toEqual({ kosten: '316.80', drempel: '580.80', draagkracht: '0.00', vergoeding: '0.00' });
    expect(alt(b, 'ov')).toMatchObject({ adequaat: true, gekozen: false });
    expect(alt(b, 'ov').toelichting).toContain('duurder dan fiets');
  });

  it('T6: vo (havo), geen handicap, 15 km → afgewezen (vo_zonder_handicap)', () => {
    const b = beoordeelAanvraag(aanvraag({ schoolsoort: 'vo', afstandKm: '15', geboortedatum: datum('2010-05-01') }), TEST);
    expect([b.besluit, b.reden]).toEqual(['afgewezen', 'vo_zonder_handicap']);
  });

  it('T7: vso, reist zelfstandig met het OV, 20 km → afgewezen (vso_zonder_handicap), ook met een structurele handicap', () => {
    for (const handicapStructureel of [false, true]) {
      const b = beoordeelAanvraag(aanvraag({ schoolsoort: 'vso', afstandKm: '20', handicapStructureel, kanZelfstandigOv: true }), TEST);
      expect([b.besluit, b.reden]).toEqual(['afgewezen', 'vso_zonder_handicap']);
    }
  });

  it('T8: so, structurele verstandelijke handicap, ook met begeleiding geen OV, 4 km → aangepast, geen grens, geen drempel', () => {
    const b = beoordeelAanvraag(
      aanvraag({ schoolsoort: 'so', afstandKm: '4', handicapStructureel: true, handicapSoort: 'verstandelijk', kanZelfstandigOv: false, kanOvMetBegeleiding: false, inkomen: '90000.00' }),
      TEST,
    );
    expect([b.besluit, b.reden, b.vervoersvorm]).toEqual(['toegekend', 'handicap', 'aangepast']);
    expect(bedragen(b)).toEqual({ kosten: '3978.00', drempel: '0.00', draagkracht: '0.00', vergoeding: '0.00' });
    expect(b.trace.stappen.find((s) => s.regel === 'LLV-R4')!.uitkomst).toBe('geen_grens');
    expect(alt(b, 'aangepast').toelichting).toContain('structurele handicap');
  });

  it('T9: bo, 11 jaar, 25 km, zelfstandig OV, inkomen € 45.000, 2023-24 → € 1.584,00 − € 580,80 − € 750 = € 253,20', () => {
    const b = beoordeelAanvraag(aanvraag({ schooljaar: 2023, geboortedatum: datum('2012-02-01'), afstandKm: '25', inkomen: '45000.00' }), TEST);
    expect(b.vervoersvorm).toBe('ov');
    expect(bedragen(b)).toEqual({ kosten: '1584.00', drempel: '580.80', draagkracht: '750.00', vergoeding: '253.20' });
  });

  it('T10: als T9 maar sbo → geen draagkrachtbijdrage, € 1.003,20', () => {
    const b = beoordeelAanvraag(aanvraag({ schooljaar: 2023, geboortedatum: datum('2012-02-01'), afstandKm: '25', inkomen: '45000.00', schoolsoort: 'sbo' }), TEST);
    expect(bedragen(b)).toEqual({ kosten: '1584.00', drempel: '580.80', draagkracht: '0.00', vergoeding: '1003.20' });
    expect(b.trace.stappen.find((s) => s.regel === 'LLV-R8')!.omschrijving).toContain('speciaal basisonderwijs');
  });

  it('T11: so, OV 110 min, taxi 45 min → aangepast (reistijdcriterium: 59% verkorting)', () => {
    const b = beoordeelAanvraag(aanvraag({ schoolsoort: 'so', afstandKm: '15', reistijdOvMin: 110, reistijdAangepastMin: 45 }), TEST);
    expect([b.besluit, b.vervoersvorm]).toEqual(['toegekend', 'aangepast']);
    expect(alt(b, 'ov')).toMatchObject({ adequaat: false });
    expect(alt(b, 'ov').toelichting).toContain('verkort die met 59%');
  });

  it('T12: so, OV 110 min, taxi 60 min, OV met begeleiding kan → ov_begeleid (45% verkorting is te weinig)', () => {
    const b = beoordeelAanvraag(
      aanvraag({ schoolsoort: 'so', afstandKm: '9', geboortedatum: datum('2017-03-15'), kanZelfstandigOv: false, reistijdOvMin: 110, reistijdAangepastMin: 60 }),
      TEST,
    );
    expect(b.vervoersvorm).toBe('ov_begeleid');
    expect(b.trace.stappen.find((s) => s.regel === 'LLV-R11-reistijd')!.omschrijving).toContain('maar met 45%');
  });

  it('T13: so, 7 jaar, 9 km, alleen met begeleiding in het OV, ouder beschikbaar, geen auto → ov_begeleid € 2.979,20 (< taxi € 3.978)', () => {
    const b = beoordeelAanvraag(aanvraag({ schoolsoort: 'so', afstandKm: '9', geboortedatum: datum('2017-03-15'), kanZelfstandigOv: false }), TEST);
    expect(b.vervoersvorm).toBe('ov_begeleid');
    expect(b.kostenJaar!.toFixed(2)).toBe('2979.20');
    expect(alt(b, 'ov').kostenJaar.toFixed(2)).toBe('739.20');
    expect(alt(b, 'aangepast')).toMatchObject({ adequaat: true, gekozen: false });
    expect(b.vergoeding!.toFixed(2)).toBe('2979.20');
  });

  it('T14: als T13 met een auto en instemming → eigen vervoer € 1.656,00; zonder instemming een voorstel, niet opgelegd', () => {
    const met = beoordeelAanvraag(
      aanvraag({ schoolsoort: 'so', afstandKm: '9', geboortedatum: datum('2017-03-15'), kanZelfstandigOv: false, eigenAuto: true, instemmingEigenVervoer: true }),
      TEST,
    );
    expect(met.vervoersvorm).toBe('eigen_vervoer');
    expect(met.kostenJaar!.toFixed(2)).toBe('1656.00');
    const zonder = beoordeelAanvraag(aanvraag({ schoolsoort: 'so', afstandKm: '9', geboortedatum: datum('2017-03-15'), kanZelfstandigOv: false, eigenAuto: true }), TEST);
    expect(zonder.vervoersvorm).toBe('ov_begeleid');
    expect(alt(zonder, 'eigen_vervoer').toelichting).toContain('voorleggen aan de ouders');
    expect(zonder.trace.waarschuwingen).toContain('eigen vervoer is goedkoper dan de gekozen vorm, maar de ouders hebben niet ingestemd: leg het hun voor');
  });

  it('T15: sbo, 7 jaar, 8 km, begeleiding nodig maar onmogelijk (alleenstaande werkende ouder) → aangepast', () => {
    const b = beoordeelAanvraag(
      aanvraag({ schoolsoort: 'sbo', afstandKm: '8', geboortedatum: datum('2017-03-15'), kanZelfstandigOv: false, begeleidingBeschikbaar: false }),
      TEST,
    );
    expect([b.besluit, b.vervoersvorm]).toEqual(['toegekend', 'aangepast']);
    expect(alt(b, 'ov_begeleid')).toMatchObject({ adequaat: false, toelichting: 'begeleiding is nodig maar niet mogelijk' });
    expect(alt(b, 'aangepast').toelichting).toContain('begeleiding is nodig maar niet mogelijk');
  });

  it('T16: bo, gebroken been voor 6 weken (niet structureel), 3 km → afgewezen (binnen de grens)', () => {
    const b = beoordeelAanvraag(aanvraag({ afstandKm: '3', handicapStructureel: false, kanZelfstandigOv: false, kanOvMetBegeleiding: false }), TEST);
    expect([b.besluit, b.reden]).toEqual(['afgewezen', 'binnen_afstandsgrens']);
    expect(b.trace.stappen.find((s) => s.regel === 'LLV-R5')!.uitkomst).toBe(false);
  });

  it('T17: gekozen school op 9 km, dichtstbijzijnde van dezelfde richting op 4 km → afgewezen; op 7 km → beoordeeld op 7 km', () => {
    const b = beoordeelAanvraag(aanvraag({ afstandKm: '9', afstandDichtstbijzijndeKm: '4', richting: 'rooms-katholiek' }), TEST);
    expect([b.besluit, b.reden]).toEqual(['afgewezen', 'dichtstbijzijnde_binnen_afstandsgrens']);
    const zeven = beoordeelAanvraag(aanvraag({ afstandKm: '9', afstandDichtstbijzijndeKm: '7', richting: 'rooms-katholiek' }), TEST);
    expect(zeven.besluit).toBe('toegekend');
    expect(zeven.kostenJaar!.toFixed(2)).toBe(bedrag('1').plus(bedrag('0.20').mul(7)).mul('0.66').mul(400).toFixed(2)); // 633.60, niet 739.20
    expect(zeven.trace.stappen.find((s) => s.regel === 'LLV-R2')!.omschrijving).toContain('rooms-katholiek');
  });

  it('T18: eigen vervoer 12 km: 4 ritten € 2.208,00, 2 ritten € 1.104,00', () => {
    const vier = beoordeelAanvraag(aanvraag({ afstandKm: '12', eigenAuto: true, instemmingEigenVervoer: true, kanZelfstandigOv: false }), TEST);
    expect(alt(vier, 'eigen_vervoer').kostenJaar.toFixed(2)).toBe('2208.00');
    const twee = beoordeelAanvraag(aanvraag({ afstandKm: '12', eigenAuto: true, instemmingEigenVervoer: true, kanZelfstandigOv: false, eigenVervoerRittenPerDag: 2 }), TEST);
    expect(alt(twee, 'eigen_vervoer').kostenJaar.toFixed(2)).toBe('1104.00');
    expect(twee.vervoersvorm).toBe('eigen_vervoer');
  });

  // T19 (inkomensgrens 2023-24: 28.800 / 28.350) staat in inkomensgrens.test.ts.

  it('T20: de ouders doen een beroep op bijzondere omstandigheden → handmatig (hardheidsclausule), nooit door het programma beslist', () => {
    for (const deel of [{ afstandKm: '3' }, { afstandKm: '7.2' }] satisfies Deel[]) {
      const b = beoordeelAanvraag(aanvraag({ ...deel, hardheidsclausule: true, hardheidMotivering: 'medische situatie ouder' }), TEST);
      expect([b.besluit, b.reden]).toEqual(['handmatig', 'hardheidsclausule']);
      expect(b.vergoeding).toBeUndefined();
      expect(b.drempelbedrag).toBeUndefined();
      const stap = b.trace.stappen.at(-1)!;
      expect(stap.regel).toBe('LLV-R16');
      expect(stap.invoer).toMatchObject({ motivering: 'medische situatie ouder', gewoon_besluit: deel.afstandKm === '3' ? 'afgewezen' : 'toegekend' });
    }
  });
});

describe('leerlingenvervoer: randen', () => {
  it('afstand precies 6,000 km geen recht, 6,001 km wel (sbo en so ook)', () => {
    for (const schoolsoort of ['bo', 'sbo', 'so'] as const) {
      expect(beoordeelAanvraag(aanvraag({ schoolsoort, afstandKm: '6.000' }), TEST).besluit).toBe('afgewezen');
      const b = beoordeelAanvraag(aanvraag({ schoolsoort, afstandKm: '6.001' }), TEST);
      expect([b.besluit, b.reden]).toEqual(['toegekend', 'afstand']);
      expect(b.trace.waarschuwingen.some((w) => w.includes('controleer de meting'))).toBe(true);
    }
  });

  it('reistijd OV precies 90 minuten: het reistijdcriterium geldt niet, ook niet bij een snelle taxi', () => {
    const b = beoordeelAanvraag(aanvraag({ schoolsoort: 'so', afstandKm: '15', reistijdOvMin: 90, reistijdAangepastMin: 20 }), TEST);
    expect(b.vervoersvorm).toBe('ov');
    expect(alt(b, 'ov').toelichting).toContain('90 min is niet meer dan 90 min');
  });

  it('reistijd 91 minuten met 45 minuten taxi (50,5%) en precies 50% (100 → 50) vervullen het criterium; 100 → 51 niet', () => {
    const metTaxi = (ov: number, taxi: number) =>
      beoordeelAanvraag(aanvraag({ schoolsoort: 'so', afstandKm: '15', reistijdOvMin: ov, reistijdAangepastMin: taxi }), TEST).vervoersvorm;
    expect(metTaxi(91, 45)).toBe('aangepast');
    expect(metTaxi(100, 50)).toBe('aangepast');
    expect(metTaxi(100, 51)).toBe('ov');
  });

  it('inkomen precies op de inkomensgrens (€ 29.700,00): geen drempel; één cent erboven wel', () => {
    const op = beoordeelAanvraag(aanvraag({ schoolsoort: 'sbo', inkomen: '29700.00' }), TEST);
    expect(op.drempelbedrag!.toFixed(2)).toBe('0.00');
    expect(op.vergoeding!.toFixed(2)).toBe('644.16');
    const boven = beoordeelAanvraag(aanvraag({ schoolsoort: 'sbo', inkomen: '29700.01' }), TEST);
    expect(boven.drempelbedrag!.toFixed(2)).toBe('580.80');
  });

  it('draagkracht: precies 20,000 km geen bijdrage, 20,001 km wel; inkomen precies op een bandgrens valt in de lagere band', () => {
    const bij = (afstandKm: string, inkomen: string) =>
      beoordeelAanvraag(aanvraag({ schooljaar: 2023, geboortedatum: datum('2013-02-01'), afstandKm, inkomen }), TEST).draagkrachtbijdrage!.toFixed(2);
    expect(bij('20.000', '45000.00')).toBe('0.00');
    expect(bij('20.001', '45000.00')).toBe('750.00');
    expect(bij('25', '43650.00')).toBe('170.00');
    expect(bij('25', '43650.01')).toBe('750.00');
    expect(bij('25', '36900.00')).toBe('0.00');
  });

  it('draagkracht boven de bovengrens: per begonnen stap het stapbedrag; zonder stapbedrag bij de tabel weigert de regel', () => {
    const params = testParameters({ ...TEST_OVERLAY, 'leerlingenvervoer.draagkracht.stap_bedrag': [['2023-08-01', '700.00']] });
    const hoog = (inkomen: string, p = params) =>
      beoordeelAanvraag(aanvraag({ schooljaar: 2023, geboortedatum: datum('2013-02-01'), afstandKm: '25', inkomen }), p);
    expect(hoog('71100.00').draagkrachtbijdrage!.toFixed(2)).toBe('2730.00');
    expect(hoog('71100.01').draagkrachtbijdrage!.toFixed(2)).toBe('3430.00');
    expect(hoog('76100.00').draagkrachtbijdrage!.toFixed(2)).toBe('3430.00');
    expect(hoog('76100.01').draagkrachtbijdrage!.toFixed(2)).toBe('4130.00');
    // TEST zelf heeft voor 2023-24 geen stapbedrag (de bron is afgebroken): dat van 2019-20 wordt niet gebruikt
    expect(() => hoog('80000.00', TEST)).toThrow(/geen bedrag per stap boven 71100.00/);
  });

  it('de draagkrachtbijdrage wordt per gezin één keer geheven', () => {
    const b = beoordeelAanvraag(aanvraag({ schooljaar: 2023, afstandKm: '25', inkomen: '45000.00', draagkrachtAlGeheven: true }), TEST);
    expect(b.draagkrachtbijdrage!.toFixed(2)).toBe('0.00');
  });

  it('draagkracht van toepassing maar inkomen onbekend → handmatig (inkomen_onbekend); drempel zonder inkomen wel (verondersteld boven de grens)', () => {
    const bo = beoordeelAanvraag(aanvraag({ afstandKm: '25', inkomen: null }), TEST);
    expect([bo.besluit, bo.reden, bo.vervoersvorm]).toEqual(['handmatig', 'inkomen_onbekend', 'ov']);
    const sbo = beoordeelAanvraag(aanvraag({ schoolsoort: 'sbo', inkomen: null }), TEST);
    expect(sbo.drempelbedrag!.toFixed(2)).toBe('580.80');
    expect(sbo.trace.waarschuwingen.some((w) => w.includes('inkomen niet opgegeven'))).toBe(true);
  });

  it('R5: bo, structurele psychische handicap (autisme), kan niet zelfstandig met OV, 3 km → recht zonder grens en zonder drempel', () => {
    const b = beoordeelAanvraag(
      aanvraag({ afstandKm: '3', handicapStructureel: true, handicapSoort: 'psychisch', kanZelfstandigOv: false, inkomen: '80000.00' }),
      TEST,
    );
    expect([b.besluit, b.reden, b.vervoersvorm]).toEqual(['toegekend', 'handicap', 'ov_begeleid']);
    expect(b.drempelbedrag!.toFixed(2)).toBe('0.00');
  });

  it('vo met een psychische handicap: volgens het beleid (parameter) wel of geen recht', () => {
    const vo = aanvraag({ schoolsoort: 'vo', afstandKm: '15', handicapStructureel: true, handicapSoort: 'psychisch', kanZelfstandigOv: false, geboortedatum: datum('2010-05-01') });
    expect(beoordeelAanvraag(vo, TEST).besluit).toBe('toegekend');
    const streng = testParameters({ ...TEST_OVERLAY, 'leerlingenvervoer.vo.psychische_handicap': [['2014-08-01', false]] });
    expect(beoordeelAanvraag(vo, streng).reden).toBe('vo_zonder_handicap');
  });

  it('fiets met begeleiding: gekozen als de leerling onder begeleiding kan fietsen en dat goedkoper is dan OV met begeleiding', () => {
    const b = beoordeelAanvraag(aanvraag({ afstandKm: '8', kanZelfstandigOv: false, kanFietsenMetBegeleiding: true }), TEST);
    expect(b.vervoersvorm).toBe('fiets_begeleid');
    expect(b.kostenJaar!.toFixed(2)).toBe('1056.00'); // 8 × 6 × 200 × 0,11
  });

  it('alleen aangepast vervoer past, zonder structurele handicap of andere grond → handmatig (aangepast_zonder_grond)', () => {
    const b = beoordeelAanvraag(aanvraag({ afstandKm: '9', kanZelfstandigOv: false, kanOvMetBegeleiding: false }), TEST);
    expect([b.besluit, b.reden, b.vervoersvorm]).toEqual(['handmatig', 'aangepast_zonder_grond', 'aangepast']);
  });

  it('OV langer dan 90 minuten maar reistijd aangepast vervoer onbekend → handmatig (reistijd_onvolledig)', () => {
    const b = beoordeelAanvraag(aanvraag({ schoolsoort: 'so', afstandKm: '15', reistijdOvMin: 120 }), TEST);
    expect([b.besluit, b.reden, b.vervoersvorm]).toEqual(['handmatig', 'reistijd_onvolledig', 'ov']);
  });

  it('geen OV op de route → aangepast vervoer is nodig (grond), tenzij fietsen kan', () => {
    expect(beoordeelAanvraag(aanvraag({ ovBeschikbaar: false }), TEST).vervoersvorm).toBe('aangepast');
    expect(beoordeelAanvraag(aanvraag({ ovBeschikbaar: false, kanFietsen: true }), TEST).vervoersvorm).toBe('fiets');
  });

  it('afwijking van de dichtstbijzijnde school met een reden (TLV): beoordeeld op de gekozen school', () => {
    const b = beoordeelAanvraag(aanvraag({ schoolsoort: 'sbo', afstandKm: '9', afstandDichtstbijzijndeKm: '4', afwijkingReden: 'tlv' }), TEST);
    expect(b.besluit).toBe('toegekend');
    expect(regels(b)).toContain('LLV-R2-afwijking');
  });

  it('aangepast vervoer met ouderbijdrage en machtiging: vier termijnen die samen de bijdrage zijn', () => {
    const b = beoordeelAanvraag(
      aanvraag({ schoolsoort: 'sbo', afstandKm: '8', geboortedatum: datum('2017-03-15'), kanZelfstandigOv: false, begeleidingBeschikbaar: false, inkomen: '40000.00', machtiging: true }),
      TEST,
    );
    expect(b.vervoersvorm).toBe('aangepast');
    expect(b.vergoeding!.toFixed(2)).toBe('0.00');
    expect(b.ouderbijdrage!.toFixed(2)).toBe('580.80');
    expect(b.termijnen!.map((t) => [t.datum, t.bedrag.toFixed(2)])).toEqual([
      ['2024-10-01', '145.20'],
      ['2025-01-01', '145.20'],
      ['2025-04-01', '145.20'],
      ['2025-06-01', '145.20'],
    ]);
    expect(beoordeelAanvraag(aanvraag({ schoolsoort: 'sbo', inkomen: '40000.00', machtiging: true }), TEST).termijnen).toBeUndefined();
  });

  it('het prijsmodel per rit voor aangepast vervoer', () => {
    const p = testParameters({ ...TEST_OVERLAY, 'leerlingenvervoer.aangepast.prijsmodel': [['2014-08-01', 'per_rit']], 'leerlingenvervoer.aangepast.per_rit': [['2014-08-01', '12.50']] });
    const b = beoordeelAanvraag(aanvraag({ schoolsoort: 'so', afstandKm: '4', handicapStructureel: true, kanZelfstandigOv: false, kanOvMetBegeleiding: false }), p);
    expect(b.kostenJaar!.toFixed(2)).toBe('5000.00');
  });

  it('de drempel met methode "vast" en een drempelafstand boven de wettelijke 6 km die de regel weigert', () => {
    const vast = testParameters({ ...TEST_OVERLAY, 'leerlingenvervoer.drempel.methode': [['2014-08-01', 'vast']], 'leerlingenvervoer.drempelbedrag': [['2024-08-01', '622.50']] });
    expect(beoordeelAanvraag(aanvraag({ schoolsoort: 'sbo', inkomen: '40000.00' }), vast).drempelbedrag!.toFixed(2)).toBe('622.50');
    const onwettig = testParameters({ ...TEST_OVERLAY, 'leerlingenvervoer.drempel.afstand_km': [['2014-08-01', '7']] });
    expect(() => beoordeelAanvraag(aanvraag({ schoolsoort: 'sbo', inkomen: '40000.00' }), onwettig)).toThrow(/ten hoogste 6 km/);
  });

  it('een ontbrekende parameter: de regel weigert (exit 3) en noemt de parameter', () => {
    expect(() => beoordeelAanvraag(aanvraag(), zonderParameter('leerlingenvervoer.afstandsgrens_km.bo'))).toThrow(RegelFout);
    expect(() => beoordeelAanvraag(aanvraag(), zonderParameter('leerlingenvervoer.afstandsgrens_km.bo'))).toThrow(/leerlingenvervoer\.afstandsgrens_km\.bo/);
    // vóór 2018 zijn er geen OV-tarieven: niet raden
    expect(() => beoordeelAanvraag(aanvraag({ schooljaar: 2016 }), ingebouwd)).toThrow(/leerlingenvervoer\.ov\.opstaptarief/);
  });

  it('de trace noemt per parameter de bron en markeert onbevestigde standaardwaarden', () => {
    const b = beoordeelAanvraag(aanvraag({ schoolsoort: 'sbo', inkomen: '40000.00', schooljaar: 2026 }), ingebouwd);
    const grens = b.trace.stappen.find((s) => s.regel === 'LLV-R4')!.parameters![0]!;
    expect(grens).toMatchObject({ sleutel: 'leerlingenvervoer.afstandsgrens_km.sbo', waarde: '6', status: 'onbevestigd', laag: 'regio' });
    expect(b.trace.waarschuwingen).toContain('de inkomensgrens voor schooljaar 2026-2027 is niet vastgesteld; gebruikt is die van 2024-08-01 (29700.00)');
    expect(b.trace.waarschuwingen.some((w) => w.startsWith('parameter leerlingenvervoer.ov.kmtarief (vanaf 2021-01-01) is onbevestigd'))).toBe(true);
  });
});

describe('leerlingenvervoer: gemeente-overlay', () => {
  it('een andere afstandsgrens voor Vaals verandert alleen de besluiten van Vaals', () => {
    const vaals = testParameters(TEST_OVERLAY, { Vaals: { 'leerlingenvervoer.afstandsgrens_km.bo': [['2014-08-01', '4']] } });
    const gemeenten: GemeenteCode[] = ['GM1903', 'GM1729', 'GM0935', 'GM0938', 'GM0981', 'GM0994'];
    for (const gemeente of gemeenten) {
      const a = aanvraag({ gemeente, afstandKm: '5' });
      const voor = beoordeelAanvraag(a, TEST);
      const na = beoordeelAanvraag(a, vaals);
      expect(voor.besluit).toBe('afgewezen');
      expect(na.besluit, gemeente).toBe(gemeente === 'GM0981' ? 'toegekend' : 'afgewezen');
      if (gemeente !== 'GM0981') expect(JSON.stringify(na)).toBe(JSON.stringify(voor));
    }
    const r4 = beoordeelAanvraag(aanvraag({ gemeente: 'GM0981', afstandKm: '5' }), vaals).trace.stappen.find((s) => s.regel === 'LLV-R4')!;
    expect(r4.parameters![0]).toMatchObject({ waarde: '4', laag: 'test (GM0981)' });
  });
});

// ---- Eigenschappen over willekeurige aanvragen ---------------------------------------------------

const aanvraagArb = fc
  .record({
    schoolsoort: fc.constantFrom(...SCHOOLSOORTEN),
    gemeente: fc.constantFrom<GemeenteCode>('GM1903', 'GM1729', 'GM0935', 'GM0938', 'GM0981', 'GM0994'),
    jaar: fc.constantFrom(2023, 2024),
    leeftijd: fc.integer({ min: 4, max: 17 }),
    meter: fc.integer({ min: 0, max: 45000 }),
    verder: fc.integer({ min: 0, max: 5000 }),
    booleans: fc.array(fc.boolean(), { minLength: 11, maxLength: 11 }),
    ov: fc.option(fc.integer({ min: 5, max: 180 }), { nil: undefined }),
    taxi: fc.option(fc.integer({ min: 5, max: 120 }), { nil: undefined }),
    inkomen: fc.option(fc.integer({ min: 0, max: 7_000_000 }), { nil: undefined }),
  })
  .map(({ schoolsoort, gemeente, jaar, leeftijd, meter, verder, booleans: b, ov, taxi, inkomen }): Vervoersaanvraag => ({
    aanvraagId: 'P',
    gemeente,
    schooljaar: schooljaarVanafJaar(jaar),
    geboortedatum: datum(`${jaar - leeftijd}-01-15`),
    schoolsoort,
    afstandKm: bedrag(meter + verder).div(1000),
    afstandDichtstbijzijndeKm: bedrag(meter).div(1000),
    handicapStructureel: b[0]!,
    kanZelfstandigOv: b[1]!,
    kanOvMetBegeleiding: b[2]!,
    kanFietsen: b[3]!,
    kanFietsenMetBegeleiding: b[4]!,
    begeleidingBeschikbaar: b[5]!,
    eigenAuto: b[6]!,
    instemmingEigenVervoer: b[7]!,
    ovBeschikbaar: b[8]!,
    hardheidsclausule: b[9]! && b[10]!,
    machtiging: b[10]!,
    draagkrachtAlGeheven: false,
    ...(ov !== undefined ? { reistijdOvMin: ov } : {}),
    ...(taxi !== undefined ? { reistijdAangepastMin: taxi } : {}),
    ...(inkomen !== undefined ? { inkomen: bedrag(inkomen).div(100) } : {}),
  }));

const MET_STAP = testParameters({ ...TEST_OVERLAY, 'leerlingenvervoer.draagkracht.stap_bedrag': [['2023-08-01', '700.00']] });

describe('leerlingenvervoer: eigenschappen', () => {
  it('toegekend: de gekozen vorm is adequaat en de goedkoopste adequate; vergoeding = max(0, kosten − drempel − draagkracht)', () => {
    fc.assert(
      fc.property(aanvraagArb, (a) => {
        const b = beoordeelAanvraag(a, MET_STAP);
        expect(b.alternatieven.length === 0 || b.alternatieven.length === VERVOERSVORMEN.length).toBe(true);
        if (b.besluit !== 'toegekend') return;
        const gekozen = b.alternatieven.filter((x) => x.gekozen);
        expect(gekozen).toHaveLength(1);
        expect(gekozen[0]!.vervoersvorm).toBe(b.vervoersvorm);
        expect(gekozen[0]!.adequaat).toBe(true);
        for (const x of b.alternatieven) if (x.adequaat) expect(x.kostenJaar.gte(b.kostenJaar!)).toBe(true);
        const bijdragen = b.drempelbedrag!.plus(b.draagkrachtbijdrage!);
        if (b.vervoersvorm === 'aangepast') {
          expect(b.vergoeding!.isZero()).toBe(true);
          expect(b.ouderbijdrage!.eq(bijdragen)).toBe(true);
        } else {
          expect(b.vergoeding!.eq(maxBedrag(NUL, b.kostenJaar!.minus(bijdragen)))).toBe(true);
          expect(b.ouderbijdrage!.isZero()).toBe(true);
        }
        if (b.termijnen) expect(b.termijnen.reduce((s, t) => s.plus(t.bedrag), NUL).eq(b.ouderbijdrage!)).toBe(true);
        if (b.reden === 'handicap') expect(bijdragen.isZero()).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('vo en vso krijgen nooit iets zonder de handicaproute; de hardheidsclausule geeft altijd handmatig', () => {
    fc.assert(
      fc.property(aanvraagArb, (a) => {
        const b = beoordeelAanvraag(a, MET_STAP);
        if (a.hardheidsclausule) expect(b.besluit).toBe('handmatig');
        if ((a.schoolsoort === 'vo' || a.schoolsoort === 'vso') && (!a.handicapStructureel || a.kanZelfstandigOv)) {
          expect(b.besluit === 'afgewezen' || b.reden === 'hardheidsclausule').toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
