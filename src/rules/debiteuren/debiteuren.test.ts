import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bedrag, formatBedrag, som, verdeelNaarRato, NUL } from '../kern/geld.js';
import { datum } from '../kern/datum.js';
import { TraceBouwer } from '../kern/trace.js';
import { wijsToe } from './toewijzen.js';
import { kenmerkenInTekst, koppelOntvangst } from './koppelen.js';
import { bepaalAchterstanden } from './achterstanden.js';
import { alleKlassen, ouderdomsklasse, ouderdomsklassen } from './ouderdom.js';
import { leesPeriode, verwachtingNaarRato } from './rapportage.js';
import type { OpenVordering } from './types.js';
import { ingebouwd, testParameters } from '../../../test/parameters.js';

const t = () => new TraceBouwer();
const open = (id: string, opgelegd: string, hoofdsom: string, kosten = '0', rente = '0'): OpenVordering => ({
  vorderingId: id,
  opgelegdOp: datum(opgelegd),
  open: { kosten: bedrag(kosten), rente: bedrag(rente), hoofdsom: bedrag(hoofdsom) },
});
const PEIL = datum('2026-11-20');

describe('toewijzen (art 4:92 Awb)', () => {
  it('RG-T1: € 100 op hoofdsom 1.000, kosten 9, rente 5 → kosten 9, rente 5, hoofdsom 86', () => {
    const w = wijsToe(bedrag('100.00'), [open('V1', '2026-01-01', '1000.00', '9.00', '5.00')], undefined, PEIL, undefined, ingebouwd, t());
    expect(w.map((x) => [x.component, formatBedrag(x.bedrag)])).toEqual([
      ['kosten', '9.00'],
      ['rente', '5.00'],
      ['hoofdsom', '86.00'],
    ]);
  });

  it('zonder aanwijzing eerst de oudste vordering (op opgelegd_op), dan de volgende', () => {
    const w = wijsToe(bedrag('150.00'), [open('NIEUW', '2026-06-01', '500.00'), open('OUD', '2026-01-01', '100.00')], undefined, PEIL, undefined, ingebouwd, t());
    expect(w.map((x) => [x.vorderingId, formatBedrag(x.bedrag)])).toEqual([
      ['OUD', '100.00'],
      ['NIEUW', '50.00'],
    ]);
  });

  it('een kenmerk wijst de vordering aan: die gaat voor, ook als een andere ouder is (art 4:92 lid 2)', () => {
    const w = wijsToe(bedrag('150.00'), [open('NIEUW', '2026-06-01', '500.00'), open('OUD', '2026-01-01', '100.00')], 'NIEUW', PEIL, undefined, ingebouwd, t());
    expect(w.map((x) => [x.vorderingId, formatBedrag(x.bedrag)])).toEqual([['NIEUW', '150.00']]);
  });

  it('meer dan er openstaat: de rest wordt tegoed', () => {
    const w = wijsToe(bedrag('130.00'), [open('V1', '2026-01-01', '100.00')], undefined, PEIL, undefined, ingebouwd, t());
    expect(w.map((x) => [x.vorderingId, x.component, formatBedrag(x.bedrag)])).toEqual([
      ['V1', 'hoofdsom', '100.00'],
      [null, 'tegoed', '30.00'],
    ]);
  });

  it('beleid naar rato: € 100 over 300 en 100 open → 75 en 25', () => {
    const params = testParameters({ 'debiteuren.verdeling': [['2013-01-01', 'naar_rato']] });
    const w = wijsToe(bedrag('100.00'), [open('A', '2026-01-01', '300.00'), open('B', '2026-02-01', '100.00')], undefined, PEIL, undefined, params, t());
    expect(w.map((x) => [x.vorderingId, formatBedrag(x.bedrag)])).toEqual([
      ['A', '75.00'],
      ['B', '25.00'],
    ]);
  });

  const vorderingen = fc.array(
    fc.record({ k: fc.integer({ min: 0, max: 5_000 }), r: fc.integer({ min: 0, max: 5_000 }), h: fc.integer({ min: 0, max: 500_000 }), dag: fc.integer({ min: 1, max: 28 }) }),
    { maxLength: 6 },
  );
  for (const beleid of ['oudste_eerst', 'naar_rato'] as const) {
    it(`eigenschap (${beleid}): de toewijzingen tellen precies op tot de ontvangst, geen deel is negatief en geen vordering krijgt meer dan open staat`, () => {
      const params = testParameters({ 'debiteuren.verdeling': [['2013-01-01', beleid]] });
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 1_000_000 }), vorderingen, (centen, vs) => {
          const lijst = vs.map((v, i) => open(`V${i}`, `2026-03-${String(v.dag).padStart(2, '0')}`, formatBedrag(bedrag(v.h).div(100)), formatBedrag(bedrag(v.k).div(100)), formatBedrag(bedrag(v.r).div(100))));
          const ontvangen = bedrag(centen).div(100);
          const w = wijsToe(ontvangen, lijst, undefined, PEIL, undefined, params, t());
          expect(som(w.map((x) => x.bedrag)).eq(ontvangen)).toBe(true);
          for (const x of w) expect(x.bedrag.gt(0)).toBe(true);
          for (const v of lijst) {
            for (const c of ['kosten', 'rente', 'hoofdsom'] as const) {
              const gekregen = som(w.filter((x) => x.vorderingId === v.vorderingId && x.component === c).map((x) => x.bedrag));
              expect(gekregen.lte(v.open[c])).toBe(true);
            }
          }
        }),
        { numRuns: 300 },
      );
    });
  }

  it('verdeelNaarRato: 10,03 over 50/50 → 5,02 en 5,01 (grootste rest, bij gelijke rest de eerste)', () => {
    expect(verdeelNaarRato(bedrag('10.03'), [bedrag(50), bedrag(50)]).map(formatBedrag)).toEqual(['5.02', '5.01']);
  });
});

describe('koppelen (onderzoek §2.6)', () => {
  const bekend = new Map([['0202604821300001', { vorderingId: 'V-048213-1', debiteurId: 'D-048213' }]]);

  it('een geldig kenmerk van een bekende vordering koppelt direct', () => {
    const k = koppelOntvangst({ referentie: { ref: '0202604821300001', uitgever: 'CUR' }, vrijeTekst: [] }, bekend, [], t());
    expect(k).toMatchObject({ regel: 'DEB-kenmerk', vorderingId: 'V-048213-1', debiteurId: 'D-048213', kenmerkstatus: 'geldig' });
  });

  it('een ongeldig kenmerk wordt gemarkeerd, nooit verbeterd; daarna koppelt de bekende rekening', () => {
    // 0202604821300002 heeft het controlecijfer van 9202604821300002, dus 0 is fout
    const k = koppelOntvangst({ referentie: { ref: '0202604821300002', uitgever: 'CUR' }, vrijeTekst: [], tegenIban: 'NL87RABO0373091141' }, bekend, ['D-048213'], t());
    expect(k).toMatchObject({ regel: 'DEB-iban', debiteurId: 'D-048213', kenmerkstatus: 'ongeldig' });
    expect(k.vorderingId).toBeUndefined();
  });

  it('een kenmerk in de vrije tekst telt alleen als het bij een vordering hoort', () => {
    const gegevens = { vrijeTekst: ['aflossing vordering 51907 termijn nov kenmerk 9202605190700003'] };
    expect(kenmerkenInTekst(gegevens)).toEqual(['9202605190700003']);
    const metVordering = new Map([['9202605190700003', { vorderingId: 'V-051907-1', debiteurId: 'D-051907' }]]);
    expect(koppelOntvangst(gegevens, metVordering, [], t())).toMatchObject({ regel: 'DEB-kenmerk-tekst', vorderingId: 'V-051907-1' });
    expect(koppelOntvangst(gegevens, new Map(), [], t())).toMatchObject({ regel: 'DEB-geen' });
  });

  it('een rekening van meer dan één debiteur koppelt niet', () => {
    const k = koppelOntvangst({ vrijeTekst: [], tegenIban: 'NL87RABO0373091141' }, new Map(), ['D1', 'D2'], t());
    expect(k).toMatchObject({ regel: 'DEB-geen', reden: 'de tegenrekening hoort bij meer dan één debiteur' });
  });
});

describe('achterstanden (R-DEB-02)', () => {
  const afspraak = { debiteurId: 'D1', termijnbedrag: bedrag('50.00'), frequentie: 'maand' as const, eersteTermijn: datum('2026-01-01') };

  it('drie vervallen termijnen, € 60 betaald: termijn 1 vol, termijn 2 nog € 40 open, termijn 3 € 50 open', () => {
    // respijt 14 dagen: op 2026-03-20 is termijn 3 (1 maart) 19 dagen vervallen, dus een achterstand
    const { achterstanden } = bepaalAchterstanden(afspraak, bedrag('1000.00'), bedrag('60.00'), datum('2026-03-20'), ingebouwd);
    expect(achterstanden.map((a) => [a.termijn, a.vervaldatum, formatBedrag(a.open), a.leeftijdDagen])).toEqual([
      [2, '2026-02-01', '40.00', 47],
      [3, '2026-03-01', '50.00', 19],
    ]);
  });

  it('het respijt: op de 14e dag na de vervaldatum nog geen achterstand, op de 15e wel', () => {
    expect(bepaalAchterstanden(afspraak, bedrag('1000.00'), NUL, datum('2026-01-15'), ingebouwd).achterstanden).toHaveLength(0);
    expect(bepaalAchterstanden(afspraak, bedrag('1000.00'), NUL, datum('2026-01-16'), ingebouwd).achterstanden).toHaveLength(1);
  });

  it('de laatste termijn is niet groter dan wat van de schuld overblijft; daarna geen termijnen meer', () => {
    const { achterstanden } = bepaalAchterstanden(afspraak, bedrag('120.00'), NUL, datum('2026-12-31'), ingebouwd);
    expect(achterstanden.map((a) => [a.termijn, formatBedrag(a.termijnbedrag)])).toEqual([
      [1, '50.00'],
      [2, '50.00'],
      [3, '20.00'],
    ]);
  });

  it('eigenschap: elke termijn staat hooguit één keer op de lijst, en het open bedrag is nooit meer dan de termijn', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200_000 }), fc.integer({ min: 100, max: 500_000 }), fc.integer({ min: 0, max: 700 }), (betaald, schuld, dagen) => {
        const peil = datum(new Date(Date.UTC(2026, 0, 1) + dagen * 86400000).toISOString().slice(0, 10));
        const { achterstanden } = bepaalAchterstanden(afspraak, bedrag(schuld).div(100), bedrag(betaald).div(100), peil, ingebouwd);
        expect(new Set(achterstanden.map((a) => a.termijn)).size).toBe(achterstanden.length);
        for (const a of achterstanden) expect(a.open.lte(a.termijnbedrag) && a.open.gt(0)).toBe(true);
      }),
    );
  });
});

describe('ouderdom', () => {
  const klassen = ouderdomsklassen(ingebouwd, PEIL);
  it('vervaldatum = opgelegd + 42 dagen (art 4:87 Awb); klassen 1-30, 31-90, 91-180, 181-365, 366+', () => {
    expect(alleKlassen(klassen)).toEqual(['niet_vervallen', '1-30', '31-90', '91-180', '181-365', '366+']);
    // opgelegd 2026-10-09 + 42 = 2026-11-20: op de vervaldatum zelf nog niet vervallen
    expect(ouderdomsklasse(datum('2026-10-09'), PEIL, klassen)).toBe('niet_vervallen');
    expect(ouderdomsklasse(datum('2026-10-08'), PEIL, klassen)).toBe('1-30');
    // 30 dagen na de vervaldatum: vervaldatum 2026-10-21 → opgelegd 2026-09-09
    expect(ouderdomsklasse(datum('2026-09-09'), PEIL, klassen)).toBe('1-30');
    expect(ouderdomsklasse(datum('2026-09-08'), PEIL, klassen)).toBe('31-90');
    expect(ouderdomsklasse(datum('2024-01-01'), PEIL, klassen)).toBe('366+');
  });
});

describe('rapportage (R-DEB-04, R-GEN-05)', () => {
  it('de periode die op 30 april eindigt, moet uiterlijk 30 mei worden aangeleverd', () => {
    const p = leesPeriode('2026-T1');
    expect(p.ok && [p.periode.van, p.periode.tot, p.periode.uiterlijk]).toEqual(['2026-01-01', '2026-04-30', '2026-05-30']);
  });

  it('T2 loopt van mei tot en met augustus; T3 van september tot en met december; een jaar en een maand kan ook', () => {
    const r = ['2026-T2', '2026-T3', '2026', '2026-02'].map((x) => leesPeriode(x)).map((p) => (p.ok ? [p.periode.van, p.periode.tot] : p.reden));
    expect(r).toEqual([
      ['2026-05-01', '2026-08-31'],
      ['2026-09-01', '2026-12-31'],
      ['2026-01-01', '2026-12-31'],
      ['2026-02-01', '2026-02-28'],
    ]);
    expect(leesPeriode('2026-T4').ok).toBe(false);
  });

  it('op 1 september (na T2) bij een doel van € 400.000: 400.000 × 8/12 = € 266.666,67', () => {
    const p = leesPeriode('2018-T2');
    if (!p.ok) throw new Error(p.reden);
    const { doel, verwacht } = verwachtingNaarRato('bijzondere_bijstand', p.periode, ingebouwd, t());
    expect(formatBedrag(doel.waarde)).toBe('400000.00');
    expect(formatBedrag(verwacht)).toBe('266666.67');
  });

  it('jaardoelen per DVO-jaar: BUIG 2017 € 1.750.000, 2018 € 1.500.000', () => {
    for (const [jaar, doel] of [['2017', '1750000.00'], ['2018', '1500000.00']] as const) {
      const p = leesPeriode(jaar);
      if (!p.ok) throw new Error(p.reden);
      expect(formatBedrag(verwachtingNaarRato('buig', p.periode, ingebouwd, t()).doel.waarde)).toBe(doel);
    }
  });

  it('geen doel voor het jaar zelf: het laatst bekende wordt gebruikt en dat staat als waarschuwing in de trace', () => {
    const p = leesPeriode('2026-T3');
    if (!p.ok) throw new Error(p.reden);
    const tr = t();
    verwachtingNaarRato('fraude', p.periode, ingebouwd, tr);
    expect(tr.klaar().waarschuwingen[0]).toContain('het doel van 2018 is gebruikt');
  });
});
