import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bedrag, som } from '../kern/geld.js';
import { datum, leesSchooljaar, schooljaarVanafJaar } from '../kern/datum.js';
import { GEMEENTECODES, type GemeenteCode } from '../kern/gemeente.js';
import { artikel25, Registerteller, type Registerleerling } from './artikel25.js';
import { KOSTENDRAGERS, verdeelKostendragers, type Kostendragertelling } from './kostendragers.js';
import { rapportageTermijnen } from './termijnen.js';
import type { Actie, Verzuimmelding, Verzuimsoort } from './types.js';
import { ingebouwd, testParameters } from '../../../test/parameters.js';

const S2526 = schooljaarVanafJaar(2025);

function melding(id: string, gemeente: GemeenteCode, soort: Verzuimsoort, meldingsdatum: string, leerlingId = id, deel: Partial<Verzuimmelding> = {}): Verzuimmelding {
  return { meldingId: id, leerlingId, gemeente, soort, bron: 'school', meldingsdatum: datum(meldingsdatum), begindatum: datum(meldingsdatum), status: 'geregistreerd', ...deel };
}

describe('artikel 25: tellen per gemeente over het schooljaar 1-8-2025 t/m 31-7-2026', () => {
  const meldingen = [
    melding('A', 'GM0935', 'luxe', '2025-07-31'), // vorig schooljaar: telt niet
    melding('B', 'GM0935', 'luxe', '2025-08-01'), // eerste dag: telt
    melding('C', 'GM0935', 'relatief_16u', '2026-07-31', 'B'), // laatste dag, dezelfde leerling als B
    melding('D', 'GM0935', 'absoluut', '2026-08-01'), // volgend schooljaar
    melding('E', 'GM0981', 'te_laat', '2026-01-10'),
    melding('F', 'GM0981', 'signaal', '2026-01-12', 'F', { status: 'ingetrokken' }), // ingetrokken: telt niet
    melding('G', 'GM1903', 'absoluut', '2025-09-15'),
  ];
  const zorg = [
    { zorgmeldingId: 'Z1', leerlingId: 'X', gemeente: 'GM1729' as const, datum: datum('2026-02-03'), bron: 'school' as const },
    { zorgmeldingId: 'Z2', leerlingId: 'X', gemeente: 'GM1729' as const, datum: datum('2026-03-03'), bron: 'school' as const },
    { zorgmeldingId: 'Z3', leerlingId: 'Y', gemeente: 'GM1729' as const, datum: datum('2026-08-03'), bron: 'school' as const },
  ];
  const acties: (Actie & { gemeente: GemeenteCode })[] = [
    { meldingId: 'B', actie: 'proces_verbaal', datum: datum('2025-12-01'), gemeente: 'GM0935' },
    { meldingId: 'E', actie: 'halt', datum: datum('2026-02-01'), gemeente: 'GM0981' },
    { meldingId: 'E', actie: 'proces_verbaal', datum: datum('2026-08-02'), gemeente: 'GM0981' }, // volgend schooljaar
  ];
  const regels = artikel25(S2526, meldingen, zorg, acties, undefined);
  const van = (g: GemeenteCode | 'SZMH') => regels.find((r) => r.gemeente === g)!;

  it('meldingen op meldingsdatum, beide grenzen meegeteld; ingetrokken telt niet; leerlingen één keer', () => {
    expect(van('GM0935')).toMatchObject({ verzuimmeldingen: 2, absoluut: 0, relatief: 2, verzuimleerlingen: 1, processenVerbaal: 1 });
    expect(van('GM0935').perSoort).toMatchObject({ luxe: 1, relatief_16u: 1, absoluut: 0 });
    expect(van('GM0981')).toMatchObject({ verzuimmeldingen: 1, halt: 1, processenVerbaal: 0 });
    expect(van('GM1903')).toMatchObject({ verzuimmeldingen: 1, absoluut: 1, relatief: 0 });
  });

  it('R-LP-02: zorgmeldingen apart: 2 meldingen van 1 leerling in Gulpen-Wittem; die van augustus 2026 niet', () => {
    expect(van('GM1729')).toMatchObject({ zorgmeldingen: 2, zorgleerlingen: 1, verzuimmeldingen: 0 });
  });

  it('zes gemeenten en SZMH als som; zonder register zijn de registercijfers leeg (null)', () => {
    expect(regels.map((r) => r.gemeente)).toEqual([...GEMEENTECODES, 'SZMH']);
    expect(van('SZMH')).toMatchObject({ verzuimmeldingen: 4, absoluut: 1, relatief: 3, zorgmeldingen: 2, halt: 1, processenVerbaal: 1, registraties: null, rmc: null });
  });
});

describe('het leerplichtregister tellen met de datums van leerplicht status (schooljaar 2025-2026)', () => {
  const tel = (...leerlingen: Partial<Registerleerling>[]) => {
    const t = new Registerteller(S2526, ingebouwd);
    leerlingen.forEach((l, i) => t.tel({ leerlingId: `R${i}`, gemeente: 'GM0935', geboortedatum: datum('2012-01-01'), buitenland: false, ...l }));
    return t.tellingen().get('GM0935');
  };
  const geboren = (d: string) => ({ geboortedatum: datum(d) });

  it.each([
    ['2021-06-30', 1, '5 op 30-6-2026 → leerplichtig vanaf 1-7-2026: telt mee'],
    ['2021-07-01', 0, '5 op 1-7-2026 → pas vanaf 1-8-2026, de eerste dag van het volgende schooljaar'],
    ['2008-08-01', 1, '18 op 1-8-2026 → kwalificatieplichtig t/m 31-7-2026, de laatste dag'],
    ['2007-08-01', 0, '18 op 1-8-2025 → kwalificatieplichtig t/m 31-7-2025, de dag vóór het schooljaar'],
    ['2026-08-01', 0, 'nog niet geboren in het schooljaar'],
  ])('geboren %s → registraties %i (%s)', (d, n) => {
    expect(tel(geboren(d))!.registraties).toBe(n);
  });

  it.each([
    ['2007-08-01', 1, '18 op 1-8-2025: RMC vanaf de eerste dag'],
    ['2008-07-31', 1, '18 op 31-7-2026: RMC alleen op de laatste dag van het schooljaar'],
    ['2008-08-01', 0, '18 op 1-8-2026: nog geen dag RMC in dit schooljaar'],
    ['2002-08-01', 0, '23 op 1-8-2025: RMC t/m 31-7-2025'],
    ['2002-08-02', 1, '23 op 2-8-2025: RMC t/m 1-8-2025, één dag in het schooljaar'],
  ])('geboren %s → rmc %i (%s)', (d, n) => {
    expect(tel(geboren(d))!.rmc).toBe(n);
  });

  it('buitenland telt alleen bij wie in het register staat; VSV op registratiedatum in het schooljaar', () => {
    const t = tel({ buitenland: true }, { buitenland: true, ...geboren('2000-01-01') }, { vsvOp: datum('2026-07-31'), ...geboren('2006-01-01') }, { vsvOp: datum('2025-07-31'), ...geboren('2006-01-01') });
    expect(t).toEqual({ registraties: 1, buitenland: 1, rmc: 2, vsv: 1 });
  });
});

describe('kostendragers: het aandeel per gemeente (R-LP-05)', () => {
  // De tellingen van samples/verzuim (zie test/verzuim.test.ts): regulier 16, zorg 2, verzuim 8, buitenland 3, rmc 5.
  const tellingen = new Map<GemeenteCode, Kostendragertelling>([
    ['GM1903', { regulier: 1, zorg: 0, verzuim: 1, buitenland: 0, rmc: 0 }],
    ['GM1729', { regulier: 2, zorg: 1, verzuim: 0, buitenland: 0, rmc: 1 }],
    ['GM0935', { regulier: 7, zorg: 1, verzuim: 4, buitenland: 1, rmc: 2 }],
    ['GM0938', { regulier: 1, zorg: 0, verzuim: 1, buitenland: 0, rmc: 1 }],
    ['GM0981', { regulier: 3, zorg: 0, verzuim: 1, buitenland: 2, rmc: 0 }],
    ['GM0994', { regulier: 2, zorg: 0, verzuim: 1, buitenland: 0, rmc: 1 }],
  ]);
  const peil = datum('2026-07-31');
  const aandelen = (params = ingebouwd, t = tellingen) => verdeelKostendragers(t, peil, params).map((a) => [a.gemeente, a.aandeel.toFixed(2)]);

  it('aandeel per kostendrager, gelijke gewichten 0,20: met de hand nagerekend', () => {
    // Maastricht  0,2 × (7/16 + 1/2 + 4/8 + 1/3 + 2/5) = 0,434166… → 43,41 + de ene resterende cent (grootste rest) = 43,42
    // Meerssen    0,2 × (1/16 + 0 + 1/8 + 0 + 1/5)     = 0,0775     → 7,75
    // Vaals       0,2 × (3/16 + 0 + 1/8 + 2/3 + 0)     = 0,195833…  → 19,58
    // Eijsden-M.  0,2 × (1/16 + 0 + 1/8 + 0 + 0)       = 0,0375     → 3,75
    // Gulpen-W.   0,2 × (2/16 + 1/2 + 0 + 0 + 1/5)     = 0,165      → 16,50
    // Valkenburg  0,2 × (2/16 + 0 + 1/8 + 0 + 1/5)     = 0,09       → 9,00;  som 100,00
    expect(aandelen()).toEqual([
      ['GM1903', '3.75'],
      ['GM1729', '16.50'],
      ['GM0935', '43.42'],
      ['GM0938', '7.75'],
      ['GM0981', '19.58'],
      ['GM0994', '9.00'],
    ]);
  });

  it('gewicht per leerling (wat-als): aandeel = aantal leerlingen over alle kostendragers / 34', () => {
    // Gelijke gewichten: Eijsden 2, Gulpen 4, Maastricht 15, Meerssen 3, Vaals 6, Valkenburg 4 van 34 leerlingtellingen.
    // In centen (10.000 × n/34): 588,24  1176,47  4411,76  882,35  1764,71  1176,47 → omlaag samen 9.997;
    // de 3 resterende centen naar de grootste resten: Maastricht (,76), Vaals (,71), Gulpen (,47; gelijk aan
    // Valkenburg, en bij gelijke rest krijgt de eerste in de rij de cent).
    const params = testParameters({ 'verzuim.kostendrager.methode': [['2016-01-01', 'gewicht_per_leerling']] });
    expect(aandelen(params)).toEqual([
      ['GM1903', '5.88'],
      ['GM1729', '11.77'],
      ['GM0935', '44.12'],
      ['GM0938', '8.82'],
      ['GM0981', '17.65'],
      ['GM0994', '11.76'],
    ]);
  });

  it('een kostendrager zonder leerlingen valt weg; de trace zegt welke', () => {
    const zonderZorg = new Map([...tellingen].map(([g, t]) => [g, { ...t, zorg: 0 }]));
    const r = verdeelKostendragers(zonderZorg, peil, ingebouwd);
    expect(som(r.map((a) => a.aandeel)).toFixed(2)).toBe('100.00');
    expect(r[0]!.trace.stappen[0]!.omschrijving).toContain('zonder leerlingen en dus niet meegeteld: zorg');
  });

  it('alles nul, of een negatief gewicht: de regel weigert (exit 3)', () => {
    const leeg = new Map<GemeenteCode, Kostendragertelling>();
    expect(() => verdeelKostendragers(leeg, peil, ingebouwd)).toThrowError(expect.objectContaining({ exitcode: 3, message: expect.stringContaining('niet worden verdeeld') }));
    const negatief = testParameters({ 'verzuim.kostendrager.gewicht.rmc': [['2016-01-01', '-0.10']] });
    expect(() => verdeelKostendragers(tellingen, peil, negatief)).toThrowError(expect.objectContaining({ exitcode: 3, message: expect.stringContaining('negatief') }));
  });

  it('vóór 2016 (de verdeelsleutel geldt vanaf 2016-2019) is er geen sleutel: PARAMETER_ONTBREEKT', () => {
    expect(() => verdeelKostendragers(tellingen, datum('2015-07-31'), ingebouwd)).toThrowError(expect.objectContaining({ code: 'PARAMETER_ONTBREEKT' }));
  });

  const telling = fc.record(Object.fromEntries(KOSTENDRAGERS.map((k) => [k, fc.nat({ max: 30000 })])) as Record<(typeof KOSTENDRAGERS)[number], fc.Arbitrary<number>>);
  const gewicht = fc.integer({ min: 0, max: 100 }).map((n) => (n / 100).toFixed(2));

  it('eigenschap: de aandelen tellen altijd op tot precies 100,00%, zijn nooit negatief, en een gemeente zonder leerlingen krijgt 0,00', () => {
    fc.assert(
      fc.property(
        fc.array(telling, { minLength: 6, maxLength: 6 }),
        fc.array(gewicht, { minLength: 5, maxLength: 5 }),
        fc.constantFrom('aandeel_per_kostendrager', 'gewicht_per_leerling'),
        fc.nat({ max: 6 }),
        (tellingLijst, gewichten, methode, leegIndex) => {
          const t = new Map(GEMEENTECODES.map((g, i) => [g, i === leegIndex ? { regulier: 0, zorg: 0, verzuim: 0, buitenland: 0, rmc: 0 } : tellingLijst[i]!]));
          const params = testParameters({
            'verzuim.kostendrager.methode': [['2016-01-01', methode]],
            ...Object.fromEntries(KOSTENDRAGERS.map((k, i) => [`verzuim.kostendrager.gewicht.${k}`, [['2016-01-01', gewichten[i]!]]])),
          });
          const totaalGewogen = [...t.values()].reduce((s, x) => s + KOSTENDRAGERS.reduce((a, k, i) => a + Number(gewichten[i]) * x[k], 0), 0);
          if (totaalGewogen === 0) {
            expect(() => verdeelKostendragers(t, peil, params)).toThrow();
            return;
          }
          const r = verdeelKostendragers(t, peil, params);
          expect(som(r.map((a) => a.aandeel)).eq(bedrag(100))).toBe(true);
          for (const a of r) expect(a.aandeel.isNegative()).toBe(false);
          if (leegIndex < 6) expect(r[leegIndex]!.aandeel.isZero()).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('rapportagekalender (R-LP-06): art 25 vóór 1 oktober, jaarverslag RMC vóór 1 maart daaropvolgend', () => {
  const kalender = (naam: string) => {
    const s = leesSchooljaar(naam);
    if (!s.ok) throw new Error(s.reden);
    return rapportageTermijnen(s.schooljaar, ingebouwd).map((t) => [t.termijn, t.voor, t.uiterlijk]);
  };
  it('2017-2018 → 2018-10-01 en 2019-03-01 (de test uit R-LP-06)', () => {
    expect(kalender('2017-2018')).toEqual([
      ['artikel25', '2018-10-01', '2018-09-30'],
      ['rmc_jaarverslag', '2019-03-01', '2019-02-28'],
    ]);
  });
  it('2025-2026 → 2026-10-01 en 2027-03-01; voor 2026-2027 valt de laatste dag in een schrikkeljaar: 29-2-2028', () => {
    expect(kalender('2025-2026')).toEqual([
      ['artikel25', '2026-10-01', '2026-09-30'],
      ['rmc_jaarverslag', '2027-03-01', '2027-02-28'],
    ]);
    expect(kalender('2026-2027')[1]).toEqual(['rmc_jaarverslag', '2028-03-01', '2028-02-29']);
  });
  it('vóór het huidige meldregime (2012-08-01) is er geen termijn: de regel weigert', () => {
    expect(() => kalender('2010-2011')).toThrowError(expect.objectContaining({ code: 'PARAMETER_ONTBREEKT' }));
  });
});

