import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bedrag, formatBedrag } from '../kern/geld.js';
import { datum } from '../kern/datum.js';
import { RegelFout } from '../kern/fouten.js';
import { berekenBoete } from './berekenBoete.js';
import type { BoeteZaak, Verwijtbaarheid } from './types.js';
import { ingebouwd, testParameters, zonderParameter } from '../../../test/parameters.js';

/** Een zaak met neutrale standaardwaarden: eerste overtreding in 2026, besluit in november 2026. */
function zaak(deel: Partial<Omit<BoeteZaak, 'benadelingsbedrag'>> & { benadelingsbedrag?: string }): BoeteZaak {
  const { benadelingsbedrag = '1800.00', ...rest } = deel;
  return {
    zaakId: 'Z-1',
    verwijtbaarheid: 'normaal',
    overtredingsdatum: datum('2026-02-01'),
    besluitdatum: datum('2026-11-16'),
    eerdereGevangenisstraf: false,
    dringendeRedenen: false,
    ...rest,
    benadelingsbedrag: bedrag(benadelingsbedrag),
  };
}

// De research rekent BO-T5..T8 met categorie 3 = € 10.300 en categorie 5 = € 103.000 als illustratie.
const CAT_ILLUSTRATIE = testParameters({
  'sr.geldboetecategorie.3': [['2026-01-01', '10300.00']],
  'sr.geldboetecategorie.5': [['2026-01-01', '103000.00']],
});

describe('boete: voorbeelden BO-T1..T16 uit law-terugvordering-boete-invordering.md', () => {
  it('BO-T1: € 1.800 grove schuld, geen recidive → 75% = € 1.350,00', () => {
    const r = berekenBoete(zaak({ verwijtbaarheid: 'grove_schuld' }), ingebouwd);
    expect(r.uitkomst).toBe('boete');
    expect(formatBedrag(r.boete)).toBe('1350.00');
    expect(r.recidive).toBe(false);
    expect(r.grondslag).toBe('art 18a lid 1 Pw jo. art 2 lid 3 Boetebesluit socialezekerheidswetten');
  });

  it('BO-T2: € 1.800 normaal → 50% = € 900,00', () => {
    expect(formatBedrag(berekenBoete(zaak({ verwijtbaarheid: 'normaal' }), ingebouwd).boete)).toBe('900.00');
  });

  it('BO-T3: € 1.800 verminderd → 25% = € 450,00', () => {
    expect(formatBedrag(berekenBoete(zaak({ verwijtbaarheid: 'verminderd' }), ingebouwd).boete)).toBe('450.00');
  });

  it('BO-T4: € 1.800 opzet met recidive → 100% van 2.700 = € 2.700,00', () => {
    const r = berekenBoete(zaak({ verwijtbaarheid: 'opzet', eerdereBoeteOnherroepelijkOp: datum('2023-05-01') }), ingebouwd);
    expect(formatBedrag(r.boete)).toBe('2700.00');
    expect(r.recidive).toBe(true);
    expect(r.grondslag).toContain('art 18a lid 1 en 5 Pw');
  });

  it('BO-T5: € 20.000 normaal, cat 3 = € 10.300 → 50/75 × 10.300 = € 6.866,67 (art 2 lid 7a)', () => {
    const r = berekenBoete(zaak({ benadelingsbedrag: '20000.00' }), CAT_ILLUSTRATIE);
    expect(formatBedrag(r.boete)).toBe('6866.67');
    expect(r.trace.stappen.map((s) => s.regel)).toContain('BO-2-7a');
  });

  it('BO-T6: € 20.000 verminderd, cat 3 = € 10.300 → 25/75 × 10.300 = € 3.433,33', () => {
    const r = berekenBoete(zaak({ benadelingsbedrag: '20000.00', verwijtbaarheid: 'verminderd' }), CAT_ILLUSTRATIE);
    expect(formatBedrag(r.boete)).toBe('3433.33');
  });

  it('BO-T7: € 20.000 grove schuld, cat 3 = € 10.300 → min(15.000; 10.300) = € 10.300,00', () => {
    const r = berekenBoete(zaak({ benadelingsbedrag: '20000.00', verwijtbaarheid: 'grove_schuld' }), CAT_ILLUSTRATIE);
    expect(formatBedrag(r.boete)).toBe('10300.00');
  });

  it('BO-T8: € 20.000 opzet met recidive, cat 5 = € 103.000 → € 30.000,00', () => {
    const r = berekenBoete(
      zaak({ benadelingsbedrag: '20000.00', verwijtbaarheid: 'opzet', eerdereBoeteOnherroepelijkOp: datum('2024-01-10') }),
      CAT_ILLUSTRATIE,
    );
    expect(formatBedrag(r.boete)).toBe('30000.00');
  });

  it('BO-T9: € 20.000 normaal met cat 3 van 2020-2021 (€ 8.700) → drempel 11.600, boete € 5.800,00', () => {
    const r = berekenBoete(
      zaak({ benadelingsbedrag: '20000.00', overtredingsdatum: datum('2021-03-01'), besluitdatum: datum('2021-09-01') }),
      ingebouwd,
    );
    expect(formatBedrag(r.boete)).toBe('5800.00');
  });

  it('BO-T10: geen benadeling, eerdere waarschuwing 14 maanden geleden → geen waarschuwing, boete € 150', () => {
    const r = berekenBoete(
      zaak({ benadelingsbedrag: '0.00', overtredingsdatum: datum('2026-05-05'), eerdereWaarschuwingOp: datum('2025-03-05') }),
      ingebouwd,
    );
    expect(r.uitkomst).toBe('boete');
    expect(formatBedrag(r.boete)).toBe('150.00');
    expect(r.grondslag).toBe('art 18a lid 3 Pw jo. art 2 lid 11 Boetebesluit socialezekerheidswetten');
  });

  it('BO-T11: benadeling precies € 150,00, eerste overtreding → waarschuwing', () => {
    const r = berekenBoete(zaak({ benadelingsbedrag: '150.00' }), ingebouwd);
    expect(r.uitkomst).toBe('waarschuwing');
    expect(formatBedrag(r.boete)).toBe('0.00');
    expect(formatBedrag(r.boeteZonderWaarschuwing)).toBe('75.00');
    expect(r.grondslag).toBe('art 18a lid 4 Pw jo. art 2aa lid 1 onder a Boetebesluit socialezekerheidswetten');
  });

  it('BO-T12: € 150,01, door de gemeente ontdekt → geen waarschuwing, 50% = € 75,01', () => {
    const r = berekenBoete(zaak({ benadelingsbedrag: '150.01' }), ingebouwd);
    expect(r.uitkomst).toBe('boete');
    expect(formatBedrag(r.boete)).toBe('75.01');
  });

  it('BO-T13: € 2.000 zelf hersteld na 45 en na 60 dagen → waarschuwing; na 61 dagen → boete', () => {
    for (const dagen of [45, 60]) {
      const r = berekenBoete(zaak({ benadelingsbedrag: '2000.00', zelfGecorrigeerdNaDagen: dagen }), ingebouwd);
      expect(r.uitkomst, `${dagen} dagen`).toBe('waarschuwing');
      expect(r.grondslag).toContain('art 2aa lid 1 onder b');
    }
    const r = berekenBoete(zaak({ benadelingsbedrag: '2000.00', zelfGecorrigeerdNaDagen: 61 }), ingebouwd);
    expect(r.uitkomst).toBe('boete');
    expect(formatBedrag(r.boete)).toBe('1000.00');
  });

  it('BO-T14: eerdere waarschuwing 2025-03-01 blokkeert tot en met 2027-03-01; op 2027-03-02 weer mogelijk', () => {
    const met = (overtreding: string) =>
      berekenBoete(
        zaak({
          benadelingsbedrag: '100.00',
          eerdereWaarschuwingOp: datum('2025-03-01'),
          overtredingsdatum: datum(overtreding),
          besluitdatum: datum('2027-06-01'),
        }),
        ingebouwd,
      ).uitkomst;
    expect(met('2027-02-28')).toBe('boete');
    expect(met('2027-03-01')).toBe('boete');
    expect(met('2027-03-02')).toBe('waarschuwing');
  });

  it('BO-T15: draagkracht bij volledige bijstand (norm € 1.419,46): normaal 12 × 5% → € 851,68; grove schuld blijft € 1.350,00', () => {
    const norm = bedrag('1419.46');
    const normaal = berekenBoete(zaak({ bijstandsnormMaand: norm }), ingebouwd);
    expect(formatBedrag(normaal.boete)).toBe('851.68');
    const grof = berekenBoete(zaak({ verwijtbaarheid: 'grove_schuld', bijstandsnormMaand: norm }), ingebouwd);
    expect(formatBedrag(grof.boete)).toBe('1350.00');
    const stap = grof.trace.stappen.find((s) => s.regel === 'BO-draagkracht');
    expect(stap?.invoer?.maximum).toBe('1703.35');
  });

  it('BO-T16: overtreding in 2016, € 1.234 normaal, besluit 2026 → Fraudewet € 1.240, nu € 617,00: lex mitior geeft € 617,00', () => {
    const r = berekenBoete(
      zaak({ benadelingsbedrag: '1234.00', overtredingsdatum: datum('2016-06-01'), besluitdatum: datum('2026-11-16') }),
      ingebouwd,
    );
    expect(formatBedrag(r.boete)).toBe('617.00');
    expect(r.regime).toBe('boetebesluit_2017');
    const lexMitior = r.trace.stappen.find((s) => s.regel === 'BO-lex-mitior');
    expect(lexMitior?.invoer).toEqual({ fraudewet_2013: '1240.00', boetebesluit_2017: '617.00' });
    expect(r.trace.waarschuwingen.some((w) => w.includes('art 5:45 Awb'))).toBe(true);
  });
});

describe('boete: recidivevenster (art 18a lid 5-6 Pw)', () => {
  const recidive = (onherroepelijk: string, gevangenisstraf = false) =>
    berekenBoete(
      zaak({
        overtredingsdatum: datum('2026-06-15'),
        eerdereBoeteOnherroepelijkOp: datum(onherroepelijk),
        eerdereGevangenisstraf: gevangenisstraf,
      }),
      ingebouwd,
    ).recidive;

  it('eerste dag van het 5-jaarsvenster telt mee, de dag ervoor niet', () => {
    expect(recidive('2021-06-15')).toBe(true);
    expect(recidive('2021-06-14')).toBe(false);
  });

  it('laatste dag van het venster is de dag vóór de overtreding', () => {
    expect(recidive('2026-06-14')).toBe(true);
    expect(recidive('2026-06-15')).toBe(false);
  });

  it('na een onvoorwaardelijke gevangenisstraf is het venster 10 jaar', () => {
    expect(recidive('2016-06-15', true)).toBe(true);
    expect(recidive('2016-06-14', true)).toBe(false);
    expect(recidive('2016-06-15', false)).toBe(false);
  });

  it('recidive verhoogt de grondslag met 150% (normaal € 1.800 → € 1.350,00)', () => {
    const r = berekenBoete(zaak({ overtredingsdatum: datum('2026-06-15'), eerdereBoeteOnherroepelijkOp: datum('2024-01-01') }), ingebouwd);
    expect(formatBedrag(r.boete)).toBe('1350.00');
  });

  it('zonder benadelingsbedrag geldt de recidiveverhoging niet', () => {
    const r = berekenBoete(zaak({ benadelingsbedrag: '0.00', eerdereBoeteOnherroepelijkOp: datum('2024-01-01') }), ingebouwd);
    expect(r.recidive).toBe(false);
    expect(r.uitkomst).toBe('waarschuwing');
    expect(formatBedrag(r.boeteZonderWaarschuwing)).toBe('150.00');
  });
});

describe('boete: maxima (art 18a lid 1 Pw, art 2 lid 7 Boetebesluit) rond de drempels, cat 3 = € 9.000 (2022)', () => {
  const in2022 = (b: string, v: Verwijtbaarheid) =>
    berekenBoete(zaak({ benadelingsbedrag: b, verwijtbaarheid: v, overtredingsdatum: datum('2022-05-01'), besluitdatum: datum('2022-10-01') }), ingebouwd);

  it('normaal: precies 100/75 × 9.000 = € 12.000,00 → percentage, € 6.000,00', () => {
    const r = in2022('12000.00', 'normaal');
    expect(formatBedrag(r.boete)).toBe('6000.00');
    expect(r.trace.stappen.map((s) => s.regel)).toContain('BO-2-7');
    expect(r.trace.stappen.map((s) => s.regel)).not.toContain('BO-2-7a');
  });

  it('normaal: € 12.000,01 → lid 7a, vast € 6.000,00 (zonder lid 7 zou het € 6.000,01 zijn)', () => {
    const r = in2022('12000.01', 'normaal');
    expect(formatBedrag(r.boete)).toBe('6000.00');
    expect(r.trace.stappen.map((s) => s.regel)).toContain('BO-2-7a');
    expect(r.grondslag).toContain('lid 7 onder a');
  });

  it('verminderd: € 12.000,01 → lid 7b, 25/75 × 9.000 = € 3.000,00', () => {
    expect(formatBedrag(in2022('12000.01', 'verminderd').boete)).toBe('3000.00');
  });

  it('grove schuld: € 12.000 → 75% = € 9.000,00 = cat 3; € 12.000,01 → begrensd op € 9.000,00', () => {
    expect(formatBedrag(in2022('12000.00', 'grove_schuld').boete)).toBe('9000.00');
    expect(formatBedrag(in2022('12000.01', 'grove_schuld').boete)).toBe('9000.00');
    expect(formatBedrag(in2022('11999.99', 'grove_schuld').boete)).toBe('8999.99');
  });

  it('opzet: begrensd op categorie 5 (€ 90.000 in 2022)', () => {
    expect(formatBedrag(in2022('90000.00', 'opzet').boete)).toBe('90000.00');
    expect(formatBedrag(in2022('90000.01', 'opzet').boete)).toBe('90000.00');
  });
});

describe('boete: geen boete, dringende redenen en beleid', () => {
  it('geen verwijtbaarheid → geen boete (art 5:41 Awb)', () => {
    const r = berekenBoete(zaak({ verwijtbaarheid: 'geen' }), ingebouwd);
    expect(r.uitkomst).toBe('geen_boete');
    expect(formatBedrag(r.boete)).toBe('0.00');
    expect(formatBedrag(r.boeteZonderWaarschuwing)).toBe('0.00');
    expect(r.grondslag).toBe('art 5:41 Awb');
  });

  it('dringende redenen → geen boete; boete_zonder_waarschuwing toont wat het anders was', () => {
    const r = berekenBoete(zaak({ dringendeRedenen: true }), ingebouwd);
    expect(r.uitkomst).toBe('geen_boete');
    expect(formatBedrag(r.boete)).toBe('0.00');
    expect(formatBedrag(r.boeteZonderWaarschuwing)).toBe('900.00');
    expect(r.grondslag).toBe('art 18a lid 7 Pw');
  });

  it('een gemeente die niet waarschuwt krijgt een boete; de andere gemeenten blijven waarschuwen', () => {
    const params = testParameters({}, { Vaals: { 'boete.waarschuwing_waar_mogelijk': [['2013-01-01', false]] } });
    expect(berekenBoete(zaak({ benadelingsbedrag: '150.00', gemeente: 'GM0981' }), params).uitkomst).toBe('boete');
    expect(berekenBoete(zaak({ benadelingsbedrag: '150.00', gemeente: 'GM0935' }), params).uitkomst).toBe('waarschuwing');
    expect(berekenBoete(zaak({ benadelingsbedrag: '150.00' }), params).uitkomst).toBe('waarschuwing');
  });

  it('een opgegeven draagkracht per maand begrenst de boete (12 × € 50 = € 600)', () => {
    const r = berekenBoete(zaak({ draagkrachtMaand: bedrag('50.00') }), ingebouwd);
    expect(formatBedrag(r.boete)).toBe('600.00');
  });

  it('Fraudewet (besluit in 2016): 100%, naar boven op € 10, minimaal € 150', () => {
    const in2016 = (b: string) =>
      berekenBoete(zaak({ benadelingsbedrag: b, overtredingsdatum: datum('2016-03-01'), besluitdatum: datum('2016-09-01') }), ingebouwd);
    expect(formatBedrag(in2016('1234.00').boete)).toBe('1240.00');
    expect(formatBedrag(in2016('1240.00').boete)).toBe('1240.00');
    expect(formatBedrag(in2016('100.00').boete)).toBe('150.00');
    expect(in2016('100.00').regime).toBe('fraudewet_2013');
  });
});

describe('boete: weigert zonder grondslag', () => {
  it('zonder de parameter voor het percentage weigert de regel en noemt de parameter', () => {
    expect(() => berekenBoete(zaak({}), zonderParameter('boete.percentage.normaal'))).toThrowError(
      expect.objectContaining({ code: 'PARAMETER_ONTBREEKT', message: expect.stringContaining('boete.percentage.normaal') }),
    );
  });

  it('een overtreding vóór 2013 valt buiten elk boeteregime', () => {
    expect(() => berekenBoete(zaak({ overtredingsdatum: datum('2012-12-31') }), ingebouwd)).toThrow(RegelFout);
  });

  it('een besluitdatum vóór de overtredingsdatum wordt geweigerd', () => {
    expect(() => berekenBoete(zaak({ besluitdatum: datum('2026-01-31') }), ingebouwd)).toThrow(RegelFout);
  });
});

describe('boete: eigenschappen', () => {
  const verwijtbaarheid = fc.constantFrom<Exclude<Verwijtbaarheid, 'geen'>>('opzet', 'grove_schuld', 'normaal', 'verminderd');
  const cent = fc.integer({ min: 0, max: 30_000_000 });
  const dag = fc.integer({ min: 0, max: 365 * 9 }).map((n) => new Date(Date.UTC(2017, 0, 1) + n * 86400000).toISOString().slice(0, 10));

  it('de boete komt nooit boven het wettelijk maximum en nooit boven het percentage van de (verhoogde) benadeling', () => {
    fc.assert(
      fc.property(cent, verwijtbaarheid, fc.boolean(), dag, (centen, v, recidief, overtreding) => {
        const b = bedrag(centen).div(100);
        const o = datum(overtreding);
        const r = berekenBoete(
          zaak({
            benadelingsbedrag: formatBedrag(b),
            verwijtbaarheid: v,
            overtredingsdatum: o,
            besluitdatum: o,
            ...(recidief ? { eerdereBoeteOnherroepelijkOp: datum('2016-12-31') } : {}),
          }),
          ingebouwd,
        );
        const cat = ingebouwd.bedrag(v === 'opzet' ? 'sr.geldboetecategorie.5' : 'sr.geldboetecategorie.3', o).waarde;
        const pct = { opzet: 1, grove_schuld: 0.75, normaal: 0.5, verminderd: 0.25 }[v];
        const grens = b.isZero() ? bedrag(150) : b.mul(recidief && o <= '2021-12-31' ? 1.5 : 1).mul(pct).plus('0.005');
        expect(r.boeteZonderWaarschuwing.lte(cat)).toBe(true);
        expect(r.boeteZonderWaarschuwing.lte(grens)).toBe(true);
        expect(r.boete.lte(r.boeteZonderWaarschuwing)).toBe(true);
        expect(r.boete.isNegative()).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('elke stap noemt een regel en een artikel; elke parameter een bron en een status', () => {
    fc.assert(
      fc.property(cent, verwijtbaarheid, (centen, v) => {
        const r = berekenBoete(zaak({ benadelingsbedrag: formatBedrag(bedrag(centen).div(100)), verwijtbaarheid: v }), ingebouwd);
        for (const s of r.trace.stappen) {
          expect(s.regel).not.toBe('');
          expect(s.artikel).not.toBe('');
          for (const p of s.parameters ?? []) {
            expect(p.bron).not.toBe('');
            expect(['geverifieerd', 'onbevestigd']).toContain(p.status);
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});
