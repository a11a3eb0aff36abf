import { describe, expect, it } from 'vitest';
import { schooljaarVanafJaar } from '../kern/datum.js';
import { RegelFout } from '../kern/fouten.js';
import { bepaalInkomensgrens, peiljaarVan } from './inkomensgrens.js';
import { ingebouwd, testParameters } from '../../../test/parameters.js';

const index = (afronding: 'dichtstbijzijnde' | 'omlaag') =>
  testParameters({
    'leerlingenvervoer.inkomensgrens.methode': [['2014-08-01', 'index']],
    'leerlingenvervoer.inkomensgrens.afronding': [['2014-08-01', afronding]],
  });

describe('inkomensgrens (R7)', () => {
  it('peiljaar: het tweede kalenderjaar vóór het jaar waarin het schooljaar begint', () => {
    expect(peiljaarVan(schooljaarVanafJaar(2026))).toBe(2024);
    expect(peiljaarVan(schooljaarVanafJaar(2023))).toBe(2021);
  });

  it('T19: 2023-24 met de indexmethode: dichtstbijzijnde veelvoud van € 450 = 28.800, naar beneden = 28.350', () => {
    const dichtst = bepaalInkomensgrens(index('dichtstbijzijnde'), schooljaarVanafJaar(2023), 'GM0935');
    expect(dichtst.grens.toFixed(2)).toBe('28800.00');
    expect(dichtst.berekening).toContain('28733.46');
    expect(bepaalInkomensgrens(index('omlaag'), schooljaarVanafJaar(2023), 'GM0935').grens.toFixed(2)).toBe('28350.00');
  });

  it('2024-25 met de indexmethode (index 128,3): 29.700 in beide richtingen; gelijk aan de vastgestelde VNG-waarde', () => {
    expect(bepaalInkomensgrens(index('dichtstbijzijnde'), schooljaarVanafJaar(2024), 'GM0935').grens.toFixed(2)).toBe('29700.00');
    expect(bepaalInkomensgrens(index('omlaag'), schooljaarVanafJaar(2024), 'GM0935').grens.toFixed(2)).toBe('29700.00');
    expect(bepaalInkomensgrens(ingebouwd, schooljaarVanafJaar(2024), 'GM0935').grens.toFixed(2)).toBe('29700.00');
  });

  it('de indexmethode gebruikt nooit de index van een ander jaar dan het peiljaar', () => {
    expect(() => bepaalInkomensgrens(index('omlaag'), schooljaarVanafJaar(2026), 'GM0935')).toThrow(RegelFout);
    expect(() => bepaalInkomensgrens(index('omlaag'), schooljaarVanafJaar(2026), 'GM0935')).toThrow(/peiljaar 2024/);
  });

  it('vastgesteld: een grens uit een eerder schooljaar geeft een waarschuwing; een gemeente mag een hogere grens kiezen', () => {
    const g = bepaalInkomensgrens(ingebouwd, schooljaarVanafJaar(2026), 'GM0935');
    expect(g.grens.toFixed(2)).toBe('29700.00');
    expect(g.waarschuwing).toContain('niet vastgesteld');
    const meerssen = testParameters({}, { Meerssen: { 'leerlingenvervoer.inkomensgrens': [['2026-08-01', '31500.00']] } });
    expect(bepaalInkomensgrens(meerssen, schooljaarVanafJaar(2026), 'GM0938').grens.toFixed(2)).toBe('31500.00');
    expect(bepaalInkomensgrens(meerssen, schooljaarVanafJaar(2026), 'GM0938').waarschuwing).toBeUndefined();
    expect(bepaalInkomensgrens(meerssen, schooljaarVanafJaar(2026), 'GM0935').grens.toFixed(2)).toBe('29700.00');
  });
});
