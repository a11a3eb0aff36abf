import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  dagenInMaand,
  dagnummer,
  datum,
  datumVanLeeftijd,
  eersteDagVan,
  isSchrikkeljaar,
  laatsteDagVan,
  laatsteVanMaand,
  leeftijdOp,
  leesDatum,
  leesMaand,
  leesSchooljaar,
  maakDatum,
  plusDagen,
  plusJaren,
  plusMaanden,
  schooljaarVan,
  uitDagnummer,
  verschilInDagen,
  type Datum,
} from './datum.js';

const d = (tekst: string) => datum(tekst);

/** Een willekeurige bestaande datum tussen 1600 en 2400 (jaar, maand, dag). */
const bestaandeDatum = fc
  .record({ jaar: fc.integer({ min: 1600, max: 2400 }), maand: fc.integer({ min: 1, max: 12 }), dag: fc.integer({ min: 1, max: 31 }) })
  .map(({ jaar, maand, dag }) => maakDatum(jaar, maand, Math.min(dag, dagenInMaand(jaar, maand))));

/** Onafhankelijk orakel: dagen sinds 1970-01-01 volgens Date.UTC (proleptisch gregoriaans). */
function orakelDagnummer(jaar: number, maand: number, dag: number): number {
  return Date.UTC(jaar, maand - 1, dag) / 86_400_000;
}

describe('leesDatum', () => {
  it('leest JJJJ-MM-DD', () => {
    expect(leesDatum('2026-03-15')).toEqual({ ok: true, datum: '2026-03-15' });
    expect(leesDatum(' 2026-03-15 ')).toEqual({ ok: true, datum: '2026-03-15' });
  });

  it('leest d-m-jjjj en dd-mm-jjjj en schrijft altijd JJJJ-MM-DD', () => {
    expect(leesDatum('15-3-2026')).toEqual({ ok: true, datum: '2026-03-15' });
    expect(leesDatum('5-03-2026')).toEqual({ ok: true, datum: '2026-03-05' });
    expect(leesDatum('1-1-2026')).toEqual({ ok: true, datum: '2026-01-01' });
    expect(leesDatum('31-12-2025')).toEqual({ ok: true, datum: '2025-12-31' });
  });

  it('accepteert 29 februari alleen in een schrikkeljaar (2024 en 2000 wel, 2025 en 1900 niet)', () => {
    expect(leesDatum('29-02-2024').ok).toBe(true);
    expect(leesDatum('2000-02-29').ok).toBe(true);
    expect(leesDatum('29-02-2025').ok).toBe(false);
    expect(leesDatum('1900-02-29').ok).toBe(false);
  });

  it.each(['31-02-2026', '2026-02-30', '31-04-2026', '2026-13-01', '2026-00-10', '0-1-2026', '2026-01-00'])(
    '%j bestaat niet en is een fout',
    (invoer) => {
      const uitkomst = leesDatum(invoer);
      expect(uitkomst.ok).toBe(false);
      if (!uitkomst.ok) expect(uitkomst.reden).toMatch(/geen bestaande datum/);
    },
  );

  it.each(['1/2/2026', '2026/01/02', '2026-1-5', '15-3-26', '15.03.2026', '', 'gisteren', '2026-03-15T00:00'])(
    '%j is geen datum in een toegestaan formaat',
    (invoer) => {
      const uitkomst = leesDatum(invoer);
      expect(uitkomst.ok).toBe(false);
      if (!uitkomst.ok) expect(uitkomst.reden).toMatch(/geen datum/);
    },
  );

  it('datum() gooit bij ongeldige tekst en maakDatum() bij een dag die niet bestaat', () => {
    expect(() => datum('31-02-2026')).toThrow(RangeError);
    expect(() => maakDatum(2026, 2, 29)).toThrow(RangeError);
    expect(maakDatum(2026, 2, 28)).toBe('2026-02-28');
  });
});

describe('schrikkeljaren en maandlengtes', () => {
  it('volgt de gregoriaanse regel', () => {
    expect([2024, 2000, 1600, 2400].map(isSchrikkeljaar)).toEqual([true, true, true, true]);
    expect([2025, 1900, 2100, 1700].map(isSchrikkeljaar)).toEqual([false, false, false, false]);
  });

  it('februari heeft 28 of 29 dagen, april 30, december 31', () => {
    expect(dagenInMaand(2026, 2)).toBe(28);
    expect(dagenInMaand(2024, 2)).toBe(29);
    expect(dagenInMaand(2026, 4)).toBe(30);
    expect(dagenInMaand(2026, 12)).toBe(31);
  });
});

describe('dagnummer en uitDagnummer', () => {
  it('1970-01-01 is dag 0, de dag ervoor -1 en erna 1', () => {
    expect(dagnummer(d('1970-01-01'))).toBe(0);
    expect(dagnummer(d('1970-01-02'))).toBe(1);
    expect(dagnummer(d('1969-12-31'))).toBe(-1);
    expect(uitDagnummer(0)).toBe('1970-01-01');
    expect(uitDagnummer(-1)).toBe('1969-12-31');
  });

  it('kent handmatig berekende dagnummers', () => {
    // 1970..1999: 30 jaar, 7 schrikkeljaren (1972..1996) → 30·365 + 7 = 10957.
    expect(dagnummer(d('2000-01-01'))).toBe(10957);
    // 1970..2025: 56 jaar, 14 schrikkeljaren (1972..2024) → 56·365 + 14 = 20454.
    expect(dagnummer(d('2026-01-01'))).toBe(20454);
    // 1600..1969: 370 jaar; schrikkeljaren 1600..1968 = 93, min 1700, 1800, 1900 = 90 → -(370·365 + 90).
    expect(dagnummer(d('1600-01-01'))).toBe(-135140);
    expect(uitDagnummer(20454)).toBe('2026-01-01');
  });

  it('property: komt overeen met het Date.UTC-orakel voor elke datum tussen 1600 en 2400', () => {
    fc.assert(
      fc.property(bestaandeDatum, (x) => {
        const [jaar, maand, dag] = x.split('-').map(Number) as [number, number, number];
        expect(dagnummer(x)).toBe(orakelDagnummer(jaar, maand, dag));
      }),
    );
  });

  it('property: uitDagnummer(dagnummer(x)) = x voor elke datum tussen 1600 en 2400', () => {
    fc.assert(
      fc.property(bestaandeDatum, (x) => {
        expect(uitDagnummer(dagnummer(x))).toBe(x);
      }),
    );
  });

  it('property: dagnummer(uitDagnummer(n)) = n over het hele bereik 1600-01-01 .. 2400-12-31', () => {
    const min = dagnummer(d('1600-01-01'));
    const max = dagnummer(d('2400-12-31'));
    fc.assert(
      fc.property(fc.integer({ min, max }), (n) => {
        expect(dagnummer(uitDagnummer(n))).toBe(n);
      }),
    );
  });

  it('property: de volgorde van dagnummers is de tekstvolgorde van de datums', () => {
    fc.assert(
      fc.property(bestaandeDatum, bestaandeDatum, (a, b) => {
        expect(Math.sign(dagnummer(a) - dagnummer(b))).toBe(a < b ? -1 : a > b ? 1 : 0);
      }),
    );
  });

  it('plusDagen gaat over maand- en jaargrenzen en 29 februari heen', () => {
    expect(plusDagen(d('2024-02-28'), 1)).toBe('2024-02-29');
    expect(plusDagen(d('2025-02-28'), 1)).toBe('2025-03-01');
    expect(plusDagen(d('2025-12-31'), 1)).toBe('2026-01-01');
    expect(plusDagen(d('2026-01-01'), -1)).toBe('2025-12-31');
  });

  it('property: een paar dagen erbij of eraf (het snelle pad binnen de maand) = via het dagnummer', () => {
    fc.assert(
      fc.property(bestaandeDatum, fc.integer({ min: -40, max: 40 }), (a, n) => {
        expect(plusDagen(a, n)).toBe(uitDagnummer(dagnummer(a) + n));
        expect(leesDatum(plusDagen(a, n)).ok).toBe(true);
      }),
    );
  });
});

describe('verschilInDagen', () => {
  it('telt van de eerste naar de tweede datum, negatief als de tweede eerder ligt', () => {
    expect(verschilInDagen(d('2026-01-01'), d('2026-12-31'))).toBe(364);
    expect(verschilInDagen(d('2024-01-01'), d('2025-01-01'))).toBe(366);
    expect(verschilInDagen(d('2024-02-28'), d('2024-03-01'))).toBe(2);
    expect(verschilInDagen(d('2026-03-01'), d('2026-02-01'))).toBe(-28);
    expect(verschilInDagen(d('2026-05-05'), d('2026-05-05'))).toBe(0);
  });

  it('property: verschilInDagen(a, plusDagen(a, n)) = n', () => {
    fc.assert(
      fc.property(bestaandeDatum, fc.integer({ min: -20000, max: 20000 }), (a, n) => {
        expect(verschilInDagen(a, plusDagen(a, n))).toBe(n);
      }),
    );
  });
});

describe('plusMaanden en plusJaren', () => {
  it('31 januari + 1 maand is de laatste dag van februari (28 of 29)', () => {
    expect(plusMaanden(d('2026-01-31'), 1)).toBe('2026-02-28');
    expect(plusMaanden(d('2024-01-31'), 1)).toBe('2024-02-29');
  });

  it('gaat over jaargrenzen heen, vooruit en achteruit', () => {
    expect(plusMaanden(d('2025-12-31'), 2)).toBe('2026-02-28');
    expect(plusMaanden(d('2026-01-15'), -1)).toBe('2025-12-15');
    expect(plusMaanden(d('2026-03-31'), -1)).toBe('2026-02-28');
    expect(plusMaanden(d('2026-11-30'), 3)).toBe('2027-02-28');
  });

  it('-12 maanden is hetzelfde als een jaar terug', () => {
    expect(plusMaanden(d('2026-03-15'), -12)).toBe('2025-03-15');
    expect(plusMaanden(d('2024-02-29'), -12)).toBe('2023-02-28');
    expect(plusMaanden(d('2026-01-01'), -12)).toBe('2025-01-01');
  });

  it('0 maanden verandert niets', () => {
    expect(plusMaanden(d('2024-02-29'), 0)).toBe('2024-02-29');
  });

  it('plusJaren: 29 februari 2024 + 1 jaar is 28 februari 2025, + 4 jaar is 29 februari 2028', () => {
    expect(plusJaren(d('2024-02-29'), 1)).toBe('2025-02-28');
    expect(plusJaren(d('2024-02-29'), 4)).toBe('2028-02-29');
    expect(plusJaren(d('2026-05-10'), -3)).toBe('2023-05-10');
  });

  it('property: de dag blijft gelijk of wordt de laatste dag van de doelmaand', () => {
    fc.assert(
      fc.property(bestaandeDatum, fc.integer({ min: -120, max: 120 }), (x, n) => {
        const uit = plusMaanden(x, n);
        const [j, m, dg] = x.split('-').map(Number) as [number, number, number];
        const [uj, um, udg] = uit.split('-').map(Number) as [number, number, number];
        expect(uj * 12 + um - (j * 12 + m)).toBe(n);
        expect(udg).toBe(Math.min(dg, dagenInMaand(uj, um)));
      }),
    );
  });
});

describe('leeftijdOp', () => {
  it('de dag voor de verjaardag is men nog de oude leeftijd, op de verjaardag de nieuwe', () => {
    expect(leeftijdOp(d('2000-06-15'), d('2026-06-14'))).toBe(25);
    expect(leeftijdOp(d('2000-06-15'), d('2026-06-15'))).toBe(26);
    expect(leeftijdOp(d('2000-06-15'), d('2026-12-31'))).toBe(26);
    expect(leeftijdOp(d('2000-06-15'), d('2027-01-01'))).toBe(26);
  });

  it('op de geboortedag is de leeftijd 0', () => {
    expect(leeftijdOp(d('2026-03-01'), d('2026-03-01'))).toBe(0);
    expect(leeftijdOp(d('2025-03-01'), d('2026-02-28'))).toBe(0);
  });

  it('geboren op 29 februari: in een niet-schrikkeljaar is de nieuwe leeftijd er op 1 maart', () => {
    const geboren = d('2008-02-29');
    expect(leeftijdOp(geboren, d('2026-02-28'))).toBe(17);
    expect(leeftijdOp(geboren, d('2026-03-01'))).toBe(18);
  });

  it('geboren op 29 februari: in een schrikkeljaar is de nieuwe leeftijd er op 29 februari (2028: 20)', () => {
    const geboren = d('2008-02-29');
    expect(leeftijdOp(geboren, d('2028-02-28'))).toBe(19);
    expect(leeftijdOp(geboren, d('2028-02-29'))).toBe(20);
    expect(leeftijdOp(geboren, d('2024-02-29'))).toBe(16);
  });

  it('datumVanLeeftijd: de dag waarop iemand een leeftijd bereikt', () => {
    expect(datumVanLeeftijd(d('2008-02-29'), 18)).toBe('2026-03-01');
    expect(datumVanLeeftijd(d('2008-02-29'), 20)).toBe('2028-02-29');
    expect(datumVanLeeftijd(d('2019-03-14'), 18)).toBe('2037-03-14');
  });

  it('property: op datumVanLeeftijd(g, n) is de leeftijd n en de dag ervoor n - 1', () => {
    fc.assert(
      fc.property(bestaandeDatum, fc.integer({ min: 1, max: 100 }), (geboren, n) => {
        fc.pre(Number(geboren.slice(0, 4)) + n <= 2400);
        const dag = datumVanLeeftijd(geboren, n);
        expect(leeftijdOp(geboren, dag)).toBe(n);
        expect(leeftijdOp(geboren, plusDagen(dag, -1))).toBe(n - 1);
      }),
    );
  });
});

describe('schooljaren', () => {
  it('een schooljaar loopt van 1 augustus tot en met 31 juli', () => {
    expect(schooljaarVan(d('2026-07-31'))).toEqual({ naam: '2025-2026', begin: '2025-08-01', eind: '2026-07-31' });
    expect(schooljaarVan(d('2026-08-01'))).toEqual({ naam: '2026-2027', begin: '2026-08-01', eind: '2027-07-31' });
    expect(schooljaarVan(d('2026-01-01')).naam).toBe('2025-2026');
    expect(schooljaarVan(d('2025-12-31')).naam).toBe('2025-2026');
  });

  it('leesSchooljaar leest 2025-2026 en 2025/2026', () => {
    const verwacht = { naam: '2025-2026', begin: '2025-08-01', eind: '2026-07-31' };
    expect(leesSchooljaar('2025-2026')).toEqual({ ok: true, schooljaar: verwacht });
    expect(leesSchooljaar('2025/2026')).toEqual({ ok: true, schooljaar: verwacht });
    expect(leesSchooljaar(' 2025 - 2026 ')).toEqual({ ok: true, schooljaar: verwacht });
  });

  it.each(['2025-2027', '2026-2025', '2025', '25-26', '', 'schooljaar 2025-2026'])('%j is geen schooljaar', (invoer) => {
    const uitkomst = leesSchooljaar(invoer);
    expect(uitkomst.ok).toBe(false);
    if (!uitkomst.ok) expect(uitkomst.reden).toMatch(/geen schooljaar/);
  });
});

describe('maanden', () => {
  it.each([
    ['2026-03', '2026-03'],
    ['2026-3', '2026-03'],
    ['3-2026', '2026-03'],
    ['03-2026', '2026-03'],
    ['2026-12', '2026-12'],
    [' 2026-01 ', '2026-01'],
  ])('leesMaand(%j) = %s', (invoer, verwacht) => {
    expect(leesMaand(invoer)).toEqual({ ok: true, maand: verwacht });
  });

  it.each(['2026-13', '2026-00', '2026-1a', '202a-03', '2026_03', '13-2026', '2026/03', '2026-03-01', '', 'maart 2026'])('%j is geen maand', (invoer) => {
    const uitkomst = leesMaand(invoer);
    expect(uitkomst.ok).toBe(false);
    if (!uitkomst.ok) expect(uitkomst.reden).toMatch(/geen maand/);
  });

  it('eerste en laatste dag van een maand', () => {
    const lees = (t: string) => {
      const u = leesMaand(t);
      if (!u.ok) throw new Error(u.reden);
      return u.maand;
    };
    expect(eersteDagVan(lees('2024-02'))).toBe('2024-02-01');
    expect(laatsteDagVan(lees('2024-02'))).toBe('2024-02-29');
    expect(laatsteDagVan(lees('2025-02'))).toBe('2025-02-28');
    expect(laatsteVanMaand(d('2026-04-10') as Datum)).toBe('2026-04-30');
  });
});
