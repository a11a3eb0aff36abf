import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bedrag, formatBedrag } from '../kern/geld.js';
import { datum, leesMaand, type Maand } from '../kern/datum.js';
import { berekenTerugvordering } from './berekenTerugvordering.js';
import { StilleTrace } from '../kern/trace.js';
import { minimaalVoorschot } from './voorschot.js';
import { afzienNaEenmaligeBetaling } from './afzien.js';
import type { Oorzaak, TerugvorderingMaand } from './types.js';
import { ingebouwd, testParameters, type Overlay } from '../../../test/parameters.js';

function maand(m: string): Maand {
  const r = leesMaand(m);
  if (!r.ok) throw new Error(r.reden);
  return r.maand;
}

function rij(m: string, betaald: string, recht: string, oorzaak: Oorzaak = 'inlichtingenplicht', extra: Partial<TerugvorderingMaand> = {}): TerugvorderingMaand {
  return { maand: maand(m), betaald: bedrag(betaald), recht: bedrag(recht), oorzaak, ...extra };
}

/** TV-T2: volle norm € 1.401,50 (2026, incl. vakantietoeslag), € 600 netto verdiend en niet gemeld. */
const TV_T2 = ['2026-02', '2026-03', '2026-04'].map((m) => rij(m, '1401.50', '801.50'));

describe('terugvordering: voorbeelden TV-T1..T5 uit law-terugvordering-boete-invordering.md', () => {
  it('TV-T1: voorschot bij aanvraag op 2026-02-02 is ten minste 95% × € 1.401,50 = € 1.331,43', () => {
    expect(formatBedrag(minimaalVoorschot(bedrag('1401.50'), datum('2026-02-02'), ingebouwd).voorschot)).toBe('1331.43');
    // vóór 2026 gold 90%: 0,90 × 1.401,50 = 1.261,35
    expect(formatBedrag(minimaalVoorschot(bedrag('1401.50'), datum('2025-12-31'), ingebouwd).voorschot)).toBe('1261.35');
  });

  it('TV-T1 vervolg: afgewezen aanvraag → het voorschot is terug te vorderen op grond van art 58 lid 2 onder d', () => {
    const r = berekenTerugvordering({ zaakId: 'T1', maanden: [rij('2026-02', '1331.43', '0.00', 'voorschot')] }, ingebouwd, datum('2026-04-01'));
    expect(formatBedrag(r.terugvorderingNetto)).toBe('1331.43');
    expect(r.verplicht).toBe(false);
    expect(formatBedrag(r.benadelingsbedrag)).toBe('0.00');
    expect(r.grondslag).toBe('art 58 lid 2 onder d Pw');
  });

  it('TV-T2: 3 × € 600 te veel wegens de inlichtingenplicht → € 1.800,00 netto, benadeling € 1.800,00, verplicht', () => {
    const r = berekenTerugvordering({ zaakId: 'T2', maanden: TV_T2 }, ingebouwd, datum('2026-11-30'));
    expect(formatBedrag(r.terugvorderingNetto)).toBe('1800.00');
    expect(formatBedrag(r.benadelingsbedrag)).toBe('1800.00');
    expect(r.verplicht).toBe(true);
    expect(r.grondslag).toBe('art 58 lid 1 Pw');
    expect(r.perMaand.map((m) => formatBedrag(m.teVeel))).toEqual(['600.00', '600.00', '600.00']);
  });

  it('TV-T2 met norm en inkomsten in plaats van recht: recht = 1.401,50 − 600 = 801,50', () => {
    const maanden = TV_T2.map(({ recht: _recht, ...m }) => ({ ...m, norm: bedrag('1401.50'), inkomsten: bedrag('600.00') }));
    const r = berekenTerugvordering({ zaakId: 'T2b', maanden }, ingebouwd, datum('2026-11-30'));
    expect(formatBedrag(r.perMaand[0]!.recht)).toBe('801.50');
    expect(formatBedrag(r.terugvorderingNetto)).toBe('1800.00');
  });

  it('TV-T3: nog open op 2026-12-31 → vanaf 2027-01-01 bruto = 1.800 + 55,64% × 1.800 = € 2.801,52; in 2026 zelf blijft het € 1.800', () => {
    const in2027 = berekenTerugvordering({ zaakId: 'T3', maanden: TV_T2 }, ingebouwd, datum('2027-01-01'));
    expect(formatBedrag(in2027.brutoBedrag)).toBe('2801.52');
    expect(formatBedrag(in2027.terugvorderingNetto)).toBe('1800.00');
    const in2026 = berekenTerugvordering({ zaakId: 'T3', maanden: TV_T2 }, ingebouwd, datum('2026-12-31'));
    expect(formatBedrag(in2026.brutoBedrag)).toBe('1800.00');
  });

  it('TV-T3 met werkelijke loonheffing € 780 op € 1.401,50: 780 × 600 / 1.401,50 = € 333,93 per maand → bruto € 2.801,79', () => {
    const maanden = TV_T2.map((m) => ({ ...m, loonheffing: bedrag('780.00') }));
    const r = berekenTerugvordering({ zaakId: 'T3b', maanden }, ingebouwd, datum('2027-03-01'));
    expect(r.perMaand.map((m) => formatBedrag(m.brutering))).toEqual(['333.93', '333.93', '333.93']);
    expect(formatBedrag(r.brutoBedrag)).toBe('2801.79');
  });

  it('TV-T4: restsom € 10.000, eenmalig € 5.000 → afzien van de rest mogelijk; € 4.999,99 → niet via lid 7d', () => {
    const ja = afzienNaEenmaligeBetaling(bedrag('10000.00'), bedrag('5000.00'), datum('2026-11-01'), ingebouwd);
    expect(ja.mogelijk).toBe(true);
    expect(formatBedrag(ja.kwijtTeSchelden)).toBe('5000.00');
    expect(afzienNaEenmaligeBetaling(bedrag('10000.00'), bedrag('4999.99'), datum('2026-11-01'), ingebouwd).mogelijk).toBe(false);
  });

  describe('TV-T5: lid 2e over jan 2024 – dec 2025, besluit verzonden op 2026-05-15 → alleen kosten vanaf 2024-05-15', () => {
    // € 310 te veel per maand: 310 × 17/31 = 170,00 precies voor 15 t/m 31 mei. Bruteren staat uit:
    // TV-T5 gaat over het netto bedrag, en de bruteringspercentages van 2024-2025 zijn niet bekend.
    const netto: Overlay = { 'terugvordering.bruteren': [['2015-01-01', false]] };
    const params = testParameters({ ...netto });
    const maanden: TerugvorderingMaand[] = [];
    for (let j = 2024; j <= 2025; j++) {
      for (let m = 1; m <= 12; m++) {
        maanden.push(rij(`${j}-${String(m).padStart(2, '0')}`, '1310.00', '1000.00', 'onverschuldigd_kenbaar', { besluitdatum: datum('2026-05-15') }));
      }
    }

    it('jan-apr 2024 vallen weg, mei 2024 naar rato (17/31 = € 170,00), de rest volledig: 170 + 19 × 310 = € 6.060,00', () => {
      const r = berekenTerugvordering({ zaakId: 'T5', maanden }, params, datum('2026-05-15'));
      const per = Object.fromEntries(r.perMaand.map((m) => [m.maand, formatBedrag(m.terugvorderbaar)]));
      expect([per['2024-01'], per['2024-04'], per['2024-05'], per['2024-06'], per['2025-12']]).toEqual(['0.00', '0.00', '170.00', '310.00', '310.00']);
      expect(formatBedrag(r.terugvorderingNetto)).toBe('6060.00');
      expect(r.grondslag).toBe('art 58 lid 2 onder e Pw; art 58 lid 6 Pw');
    });

    it('met het beleid "hele maand uitsluiten" valt mei 2024 helemaal weg: € 5.890,00', () => {
      const heleMaand = testParameters({ ...netto, 'terugvordering.lid6.grensmaand': [['2015-01-01', 'hele_maand_uitsluiten']] });
      expect(formatBedrag(berekenTerugvordering({ zaakId: 'T5', maanden }, heleMaand, datum('2026-05-15')).terugvorderingNetto)).toBe('5890.00');
    });

    it('grens op de eerste van de maand (besluit 2026-06-01): juni 2024 volledig, mei 2024 niet', () => {
      const juni = maanden.map((m) => ({ ...m, besluitdatum: datum('2026-06-01') }));
      const r = berekenTerugvordering({ zaakId: 'T5', maanden: juni }, params, datum('2026-06-01'));
      const per = Object.fromEntries(r.perMaand.map((m) => [m.maand, formatBedrag(m.terugvorderbaar)]));
      expect([per['2024-05'], per['2024-06']]).toEqual(['0.00', '310.00']);
    });
  });
});

describe('terugvordering: oorzaken, recht en bruteren', () => {
  it('alleen het deel door de inlichtingenplicht telt als benadelingsbedrag; de grondslag noemt beide', () => {
    const r = berekenTerugvordering(
      { zaakId: 'G', maanden: [rij('2026-03', '1401.50', '801.50'), rij('2026-04', '1401.50', '1201.50', 'gemeentefout')] },
      ingebouwd,
      datum('2026-11-01'),
    );
    expect(formatBedrag(r.terugvorderingNetto)).toBe('800.00');
    expect(formatBedrag(r.benadelingsbedrag)).toBe('600.00');
    expect(r.verplicht).toBe(true);
    expect(r.grondslag).toBe('art 58 lid 1 Pw; art 58 lid 2 onder a Pw');
  });

  it('minder betaald dan het recht geeft geen negatieve terugvordering; inkomsten boven de norm geven recht 0', () => {
    const r = berekenTerugvordering(
      {
        zaakId: 'N',
        maanden: [
          rij('2026-03', '500.00', '801.50'),
          { maand: maand('2026-04'), betaald: bedrag('1401.50'), norm: bedrag('1401.50'), inkomsten: bedrag('2000.00'), oorzaak: 'inlichtingenplicht' },
        ],
      },
      ingebouwd,
      datum('2026-11-01'),
    );
    expect(r.perMaand.map((m) => [formatBedrag(m.recht), formatBedrag(m.teVeel)])).toEqual([
      ['801.50', '0.00'],
      ['0.00', '1401.50'],
    ]);
    expect(formatBedrag(r.terugvorderingNetto)).toBe('1401.50');
  });

  it('niets te veel: netto 0, niet verplicht, grondslag zegt dat', () => {
    const r = berekenTerugvordering({ zaakId: 'L', maanden: [rij('2026-03', '801.50', '801.50')] }, ingebouwd, datum('2026-11-01'));
    expect(formatBedrag(r.terugvorderingNetto)).toBe('0.00');
    expect(r.verplicht).toBe(false);
    expect(r.grondslag).toBe('geen: niets te veel betaald');
  });

  it('bruteren uitgeschakeld voor Vaals: alleen Vaals blijft netto', () => {
    const params = testParameters({}, { GM0981: { 'terugvordering.bruteren': [['2015-01-01', false]] } });
    const peil = datum('2027-02-01');
    expect(formatBedrag(berekenTerugvordering({ zaakId: 'V', gemeente: 'GM0981', maanden: TV_T2 }, params, peil).brutoBedrag)).toBe('1800.00');
    expect(formatBedrag(berekenTerugvordering({ zaakId: 'M', gemeente: 'GM0935', maanden: TV_T2 }, params, peil).brutoBedrag)).toBe('2801.52');
  });

  it('beleid "alleen bij inlichtingenplicht" en een minimum van € 750 (zoals Rotterdam)', () => {
    const params = testParameters({
      'terugvordering.bruteren.alleen_inlichtingenplicht': [['2015-01-01', true]],
      'terugvordering.bruteren.minimum': [['2015-01-01', '750.00']],
    });
    const peil = datum('2027-02-01');
    const gemengd = berekenTerugvordering(
      { zaakId: 'R', maanden: [rij('2026-03', '1401.50', '801.50'), rij('2026-04', '1401.50', '1201.50', 'gemeentefout')] },
      params,
      peil,
    );
    // alleen maart (600 × 55,64% = 333,84) wordt gebruteerd
    expect(formatBedrag(gemengd.brutoBedrag)).toBe('1133.84');
    const klein = berekenTerugvordering({ zaakId: 'K', maanden: [rij('2026-03', '1401.50', '801.50')] }, params, peil);
    expect(formatBedrag(klein.brutoBedrag)).toBe('600.00');
  });

  it('zonder bruteringspercentage voor 2025 en zonder loonheffing weigert de regel en noemt de parameter', () => {
    expect(() =>
      berekenTerugvordering({ zaakId: 'P', maanden: [rij('2025-06', '1401.50', '801.50')] }, ingebouwd, datum('2026-03-01')),
    ).toThrowError(expect.objectContaining({ code: 'PARAMETER_ONTBREEKT', message: expect.stringContaining('terugvordering.brutering.percentage') }));
  });

  it('dezelfde maand twee keer in één zaak wordt geweigerd', () => {
    expect(() =>
      berekenTerugvordering({ zaakId: 'D', maanden: [rij('2026-03', '1.00', '0.00'), rij('2026-03', '2.00', '0.00')] }, ingebouwd, datum('2026-11-01')),
    ).toThrow(/twee keer/);
  });

  it('de omschrijving van elke maand noemt die maand en zijn eigen grond, ook als dezelfde maand eerder een andere oorzaak had', () => {
    const omschrijvingen = (o: Oorzaak) =>
      berekenTerugvordering({ zaakId: o, maanden: [rij('2026-03', '900.00', '100.00', o), rij('2026-04', '900.00', '100.00', o)] }, ingebouwd, datum('2026-11-01')).trace.stappen.map(
        (s) => `${s.regel} ${s.omschrijving}`,
      );
    const teVeel = 'te veel betaald = max(0, betaald − recht)';
    const inlichtingenplicht = 'te veel ontvangen door schending van de inlichtingenplicht: terugvorderen is verplicht';
    const gemeentefout = 'anderszins ten onrechte of te hoog toegekend (bijvoorbeeld een fout van de gemeente)';
    expect(omschrijvingen('inlichtingenplicht').slice(0, 2)).toEqual([`TV-58-1 2026-03: ${teVeel}; ${inlichtingenplicht}`, `TV-58-1 2026-04: ${teVeel}; ${inlichtingenplicht}`]);
    expect(omschrijvingen('gemeentefout').slice(0, 2)).toEqual([`TV-58-2a 2026-03: ${teVeel}; ${gemeentefout}`, `TV-58-2a 2026-04: ${teVeel}; ${gemeentefout}`]);
    expect(omschrijvingen('onverschuldigd_kenbaar').filter((s) => s.startsWith('TV-58-6'))).toEqual([
      'TV-58-6 2026-03 valt na de grens van 2 jaar: volledig terug te vorderen',
      'TV-58-6 2026-04 valt na de grens van 2 jaar: volledig terug te vorderen',
    ]);
  });
});

describe('terugvordering: zonder trace', () => {
  it('met een StilleTrace dezelfde uitkomst en dezelfde waarschuwingen (onbevestigde parameters voor bruteren en lid 6), maar geen stappen', () => {
    const maanden = [...TV_T2, rij('2026-06', '1310.00', '1000.00', 'onverschuldigd_kenbaar', { besluitdatum: datum('2028-06-15') })];
    const met = berekenTerugvordering({ zaakId: 'S', maanden }, ingebouwd, datum('2027-01-01'));
    const zonder = berekenTerugvordering({ zaakId: 'S', maanden }, ingebouwd, datum('2027-01-01'), new StilleTrace());
    expect(met.trace.waarschuwingen.length).toBeGreaterThan(0);
    expect(zonder.trace).toEqual({ stappen: [], waarschuwingen: met.trace.waarschuwingen });
    expect({ ...zonder, trace: undefined }).toEqual({ ...met, trace: undefined });
  });
});

describe('terugvordering: eigenschappen', () => {
  const oorzaak = fc.constantFrom<Oorzaak>('inlichtingenplicht', 'gemeentefout', 'lening', 'borgtocht', 'voorschot', 'onverschuldigd_kenbaar', 'anders');
  const maandRij = fc.record({
    maandIndex: fc.integer({ min: 0, max: 23 }),
    betaald: fc.integer({ min: 0, max: 300_000 }),
    recht: fc.integer({ min: 0, max: 300_000 }),
    oorzaak,
  });

  it('netto is de som per maand, benadeling ≤ netto ≤ som(te veel), bruto ≥ netto', () => {
    fc.assert(
      fc.property(fc.uniqueArray(maandRij, { selector: (r) => r.maandIndex, minLength: 1, maxLength: 12 }), (rijen) => {
        const maanden = rijen.map((r) =>
          rij(
            `${2026 + Math.floor(r.maandIndex / 12)}-${String((r.maandIndex % 12) + 1).padStart(2, '0')}`,
            formatBedrag(bedrag(r.betaald).div(100)),
            formatBedrag(bedrag(r.recht).div(100)),
            r.oorzaak,
            { besluitdatum: datum('2027-06-01') },
          ),
        );
        const uit = berekenTerugvordering({ zaakId: 'E', maanden }, ingebouwd, datum('2027-12-31'));
        let som = bedrag(0);
        let teVeel = bedrag(0);
        for (const m of uit.perMaand) {
          expect(m.terugvorderbaar.lte(m.teVeel)).toBe(true);
          expect(m.teVeel.lte(m.betaald)).toBe(true);
          som = som.plus(m.terugvorderbaar);
          teVeel = teVeel.plus(m.teVeel);
        }
        expect(uit.terugvorderingNetto.eq(som)).toBe(true);
        expect(uit.benadelingsbedrag.lte(uit.terugvorderingNetto)).toBe(true);
        expect(uit.terugvorderingNetto.lte(teVeel)).toBe(true);
        expect(uit.brutoBedrag.gte(uit.terugvorderingNetto)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
