import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bedrag, NUL, som } from '../kern/geld.js';
import { schooljaarVanafJaar } from '../kern/datum.js';
import { verdeelInTermijnen } from './termijnen.js';

describe('incassotermijnen (seeds R-LLV-04)', () => {
  it('een machtiging voor 2018-2019 geeft termijnen in oktober 2018, januari, april en juni 2019 die samen de bijdrage zijn', () => {
    const t = verdeelInTermijnen(bedrag('580.81'), schooljaarVanafJaar(2018), 1);
    expect(t.map((x) => [x.datum, x.bedrag.toFixed(2)])).toEqual([
      ['2018-10-01', '145.21'],
      ['2019-01-01', '145.20'],
      ['2019-04-01', '145.20'],
      ['2019-06-01', '145.20'],
    ]);
  });

  it('het restant van de centen komt op de eerste termijn', () => {
    expect(verdeelInTermijnen(bedrag('0.03'), schooljaarVanafJaar(2026), 15).map((x) => x.bedrag.toFixed(2))).toEqual(['0.03', '0.00', '0.00', '0.00']);
    expect(verdeelInTermijnen(bedrag('1330.83'), schooljaarVanafJaar(2026), 28).map((x) => x.datum)).toEqual(['2026-10-28', '2027-01-28', '2027-04-28', '2027-06-28']);
  });

  it('eigenschap: vier termijnen, in oktober, januari, april en juni, samen precies de bijdrage, op hooguit 3 cent gelijk', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000 }), fc.integer({ min: 2000, max: 2100 }), fc.integer({ min: 1, max: 28 }), (centen, jaar, dag) => {
        const bijdrage = bedrag(centen).div(100);
        const t = verdeelInTermijnen(bijdrage, schooljaarVanafJaar(jaar), dag);
        expect(t).toHaveLength(4);
        expect(t.map((x) => x.datum)).toEqual([10, 1, 4, 6].map((m, i) => `${jaar + (i ? 1 : 0)}-${String(m).padStart(2, '0')}-${String(dag).padStart(2, '0')}`));
        expect(som(t.map((x) => x.bedrag)).eq(bijdrage)).toBe(true);
        for (const x of t) {
          expect(x.bedrag.gte(NUL)).toBe(true);
          expect(x.bedrag.decimalPlaces()).toBeLessThanOrEqual(2);
        }
        expect(t[1]!.bedrag.eq(t[2]!.bedrag) && t[2]!.bedrag.eq(t[3]!.bedrag)).toBe(true);
        expect(t[0]!.bedrag.minus(t[1]!.bedrag).gte(0) && t[0]!.bedrag.minus(t[1]!.bedrag).lte('0.03')).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('een ongeldige incassodag weigert', () => {
    expect(() => verdeelInTermijnen(bedrag('100'), schooljaarVanafJaar(2026), 31)).toThrow(/1 tot en met 28/);
  });
});
