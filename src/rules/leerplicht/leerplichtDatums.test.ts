import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  datum,
  datumVanLeeftijd,
  eersteVanMaand,
  leeftijdOp,
  plusDagen,
  plusJaren,
  plusMaanden,
  schooljaarVan,
  uitDagnummer,
  dagnummer,
  type Datum,
} from '../kern/datum.js';
import { TraceBouwer } from '../kern/trace.js';
import { berekenLeerplichtDatums, schooljaarMetBegin } from './leerplichtDatums.js';
import { leerplichtParameters } from './parameters.js';
import type { LeerplichtDatums } from './types.js';
import { ingebouwd } from '../../../test/parameters.js';

const P = leerplichtParameters(ingebouwd, datum('2026-11-23'));

function datums(geboortedatum: string, startkwalificatieOp?: string): LeerplichtDatums {
  return berekenLeerplichtDatums(
    { leerlingId: 'L-1', geboortedatum: datum(geboortedatum), ...(startkwalificatieOp ? { startkwalificatieOp: datum(startkwalificatieOp) } : {}) },
    P,
    new TraceBouwer(),
  );
}

describe('leerplichtig_vanaf: de eerste dag van de maand volgend op die waarin de leerling 5 wordt (art 3 lid 1 Lpw, zoals de spec)', () => {
  it.each([
    ['2021-02-28', '2026-03-01', '5 op 28-2-2026 (februari) → 1 maart'],
    ['2021-03-01', '2026-04-01', 'geboren op de 1e: 5 op 1-3-2026 valt in maart → pas 1 april, niet 1 maart'],
    ['2021-03-02', '2026-04-01', '5 op 2-3-2026 (maart) → 1 april'],
    ['2021-03-31', '2026-04-01', '5 op 31-3-2026, laatste dag van maart → 1 april'],
    ['2021-04-01', '2026-05-01', 'geboren op de 1e: 5 op 1-4-2026 (april) → 1 mei'],
    ['2021-12-31', '2027-01-01', '5 op 31-12-2026 (december) → 1 januari van het volgende jaar'],
    ['2022-01-01', '2027-02-01', 'geboren op 1 januari: 5 op 1-1-2027 (januari) → 1 februari'],
    ['2010-07-31', '2015-08-01', 'geboren op 31 juli: 5 op 31-7-2015 → 1 augustus'],
    ['2010-08-01', '2015-09-01', 'geboren op 1 augustus: 5 op 1-8-2015 (augustus) → 1 september'],
    ['2020-02-28', '2025-03-01', '5 op 28-2-2025 (februari) → 1 maart'],
    ['2020-02-29', '2025-04-01', 'geboren op 29 februari: 2025 heeft geen 29 februari, dus 5 op 1-3-2025 (maart) → 1 april'],
    ['2020-03-01', '2025-04-01', '5 op 1-3-2025 (maart) → 1 april, dezelfde dag als wie op 29 februari is geboren'],
  ])('geboren %s → %s (%s)', (geboren, vanaf) => {
    expect(datums(geboren).leerplichtigVanaf).toBe(vanaf);
  });
});

describe('leerplicht_tot: 31 juli van het schooljaar waarin de leerling 16 wordt (art 3 lid 1 onder b Lpw)', () => {
  it.each([
    ['2010-07-30', '2026-07-31', '16 op 30-7-2026, schooljaar 2025-2026'],
    ['2010-07-31', '2026-07-31', '16 op 31-7-2026: de laatste dag van schooljaar 2025-2026, dus dat schooljaar; de verjaardag is ook de laatste leerplichtdag'],
    ['2010-08-01', '2027-07-31', '16 op 1-8-2026: de eerste dag van schooljaar 2026-2027, dus een jaar langer leerplichtig'],
    ['2010-08-02', '2027-07-31', '16 op 2-8-2026, schooljaar 2026-2027'],
    ['2009-12-31', '2026-07-31', '16 op 31-12-2025, schooljaar 2025-2026'],
    ['2010-01-01', '2026-07-31', '16 op 1-1-2026, schooljaar 2025-2026'],
    ['2012-02-29', '2028-07-31', '29 februari: 2028 is een schrikkeljaar, 16 op 29-2-2028, schooljaar 2027-2028'],
    ['2084-02-29', '2100-07-31', '29 februari: 2100 is geen schrikkeljaar, 16 op 1-3-2100, nog steeds schooljaar 2099-2100'],
  ])('geboren %s → %s (%s)', (geboren, tot) => {
    expect(datums(geboren).leerplichtTot).toBe(tot);
  });
});

describe('het schooljaar: 1 augustus tot en met 31 juli (parameter leerplicht.schooljaar.eerste_maand = 8)', () => {
  it.each([
    ['2026-07-31', '2025-2026', '2025-08-01', '2026-07-31'],
    ['2026-08-01', '2026-2027', '2026-08-01', '2027-07-31'],
    ['2026-01-01', '2025-2026', '2025-08-01', '2026-07-31'],
    ['2026-12-31', '2026-2027', '2026-08-01', '2027-07-31'],
    ['2028-02-29', '2027-2028', '2027-08-01', '2028-07-31'],
  ])('%s valt in schooljaar %s (%s t/m %s)', (d, naam, begin, eind) => {
    expect(schooljaarMetBegin(datum(d), 8)).toEqual({ naam, begin, eind });
  });

  it('met een andere beginmaand (wat-als: 1 september) verschuift de grens mee: 31-8 nog oud, 1-9 nieuw', () => {
    expect(schooljaarMetBegin(datum('2026-08-31'), 9)).toEqual({ naam: '2025-2026', begin: '2025-09-01', eind: '2026-08-31' });
    expect(schooljaarMetBegin(datum('2026-09-01'), 9)).toEqual({ naam: '2026-2027', begin: '2026-09-01', eind: '2027-08-31' });
  });

  it('met beginmaand 8 is het precies schooljaarVan uit de kern, voor elke dag', () => {
    fc.assert(
      fc.property(fc.integer({ min: dagnummer(datum('1990-01-01')), max: dagnummer(datum('2080-12-31')) }), (n) => {
        const d = uitDagnummer(n);
        expect(schooljaarMetBegin(d, 8)).toEqual(schooljaarVan(d));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('kwalificatieplicht_tot: de dag vóór de 18e verjaardag of de startkwalificatie als die eerder is (art 4a, 4b Lpw)', () => {
  it.each([
    ['2008-11-23', '2026-11-22', '18 op 23-11-2026 → laatste dag 22-11-2026'],
    ['2008-03-01', '2026-02-28', 'geboren op 1 maart: 18 op 1-3-2026 → 28-2-2026'],
    ['2008-02-29', '2026-02-28', '29 februari: 18 op 1-3-2026 (2026 geen schrikkeljaar) → 28-2-2026; met 28 februari als verjaardag was het 27-2'],
    ['2010-07-31', '2028-07-30', '18 op 31-7-2028 → 30-7-2028'],
    ['2010-08-01', '2028-07-31', '18 op 1-8-2028 → 31-7-2028, precies één schooljaar na de leerplicht'],
  ])('zonder startkwalificatie: geboren %s → %s (%s)', (geboren, tot) => {
    expect(datums(geboren).kwalificatieplichtTot).toBe(tot);
  });

  // Geboren 2-12-2008: leerplicht tot 31-7-2025 (16 op 2-12-2024, schooljaar 2024-2025), 18 op 2-12-2026, 23 op 2-12-2031.
  it.each([
    ['2025-07-30', '2025-07-31', undefined, 'diploma vóór het einde van de leerplicht: geen kwalificatieplicht, tot = leerplicht_tot; geen RMC'],
    ['2025-07-31', '2025-07-31', undefined, 'diploma op de laatste leerplichtdag: idem'],
    ['2025-08-01', '2025-08-01', undefined, 'diploma de dag na de leerplicht: één dag kwalificatieplicht (de diplomadag telt mee)'],
    ['2026-06-30', '2026-06-30', undefined, 'diploma op 17: de kwalificatieplicht eindigt op de diplomadag'],
    ['2026-12-01', '2026-12-01', undefined, 'diploma de dag vóór de 18e verjaardag: valt samen met het einde door leeftijd'],
    ['2026-12-02', '2026-12-01', '2026-12-02', 'diploma op de 18e verjaardag: kwalificatieplicht tot de dag ervoor, RMC alleen op de diplomadag'],
    ['2026-12-03', '2026-12-01', '2026-12-03', 'diploma de dag na de 18e verjaardag: RMC tot en met de diplomadag'],
    ['2031-12-01', '2026-12-01', '2031-12-01', 'diploma de dag vóór de 23e verjaardag: RMC tot de diplomadag'],
    ['2031-12-02', '2026-12-01', '2031-12-01', 'diploma op de 23e verjaardag: RMC tot de dag ervoor'],
    ['2035-01-01', '2026-12-01', '2031-12-01', 'diploma na de 23e verjaardag: RMC tot de dag vóór de 23e verjaardag'],
  ] as [string, string, string | undefined, string][])('geboren 2008-12-02, startkwalificatie %s → kwalificatieplicht_tot %s, rmc_tot %s (%s)', (skq, kwal, rmc) => {
    const d = datums('2008-12-02', skq);
    expect(d.leerplichtTot).toBe('2025-07-31');
    expect(d.kwalificatieplichtTot).toBe(kwal);
    expect(d.rmcTot).toBe(rmc);
  });

  it('een startkwalificatie beëindigt de leerplicht niet: leerplichtig_vanaf en leerplicht_tot blijven gelijk', () => {
    const zonder = datums('2009-09-15');
    const met = datums('2009-09-15', '2026-07-01');
    expect(met.leerplichtigVanaf).toBe(zonder.leerplichtigVanaf);
    expect(met.leerplichtTot).toBe('2026-07-31');
    expect(zonder.leerplichtTot).toBe('2026-07-31');
  });
});

describe('rmc_tot: de dag vóór de 23e verjaardag, zonder startkwalificatie (art 8.1.8 lid 1 onder a en b WEB)', () => {
  it.each([
    ['2003-11-24', '2026-11-23', '23 op 24-11-2026 → laatste dag 23-11-2026'],
    ['2003-11-23', '2026-11-22', '23 op 23-11-2026 → 22-11-2026'],
    ['2004-02-29', '2027-02-28', '29 februari: 23 op 1-3-2027 (2027 geen schrikkeljaar) → 28-2-2027'],
    ['2010-08-01', '2033-07-31', '23 op 1-8-2033 → 31-7-2033'],
  ])('geboren %s → %s (%s)', (geboren, tot) => {
    expect(datums(geboren).rmcTot).toBe(tot);
  });
});

describe('leerplichtdatums: eigenschappen', () => {
  const dag = (van: string, tot: string) =>
    fc.integer({ min: dagnummer(datum(van)), max: dagnummer(datum(tot)) }).map((n) => uitDagnummer(n));
  const leerling = fc
    .tuple(dag('1985-01-01', '2030-12-31'), fc.option(fc.integer({ min: 0, max: 365 * 30 }), { nil: undefined }))
    .map(([geboren, na]) => ({ geboren, skq: na === undefined ? undefined : plusDagen(geboren, na) }));

  it('vanaf is altijd een 1e, tot is altijd 31 juli; vanaf < leerplicht_tot ≤ kwalificatieplicht_tot < rmc_tot', () => {
    fc.assert(
      fc.property(leerling, ({ geboren, skq }) => {
        const d = datums(geboren, skq);
        expect(d.leerplichtigVanaf.endsWith('-01')).toBe(true);
        expect(d.leerplichtTot.endsWith('-07-31')).toBe(true);
        expect(d.leerplichtigVanaf < d.leerplichtTot).toBe(true);
        expect(d.leerplichtTot <= d.kwalificatieplichtTot).toBe(true);
        if (skq === undefined || skq > d.leerplichtTot) expect(d.leerplichtTot < d.kwalificatieplichtTot).toBe(true);
        if (d.rmcTot !== undefined) expect(d.kwalificatieplichtTot < d.rmcTot).toBe(true);
        expect(d.rmcTot === undefined).toBe(skq !== undefined && skq <= d.kwalificatieplichtTot);
      }),
      { numRuns: 2000 },
    );
  });

  it('de datums kloppen met leeftijdOp uit de kern: 4 → 5 in de maand vóór vanaf, 16 in het laatste schooljaar, 17 → 18, 22 → 23', () => {
    fc.assert(
      fc.property(dag('1985-01-01', '2030-12-31'), (geboren: Datum) => {
        const d = datums(geboren);
        // De dag vóór vanaf is de laatste dag van de verjaardagsmaand: al 5. Een maand eerder: nog 4.
        expect(leeftijdOp(geboren, plusDagen(d.leerplichtigVanaf, -1))).toBe(5);
        expect(leeftijdOp(geboren, plusDagen(plusMaanden(d.leerplichtigVanaf, -1), -1))).toBe(4);
        expect(d.leerplichtigVanaf).toBe(plusMaanden(eersteVanMaand(datumVanLeeftijd(geboren, 5)), 1));
        // Op leerplicht_tot is de leerling 16, een jaar eerder (einde van het vorige schooljaar) nog 15.
        expect(leeftijdOp(geboren, d.leerplichtTot)).toBe(16);
        expect(leeftijdOp(geboren, plusJaren(d.leerplichtTot, -1))).toBe(15);
        expect(d.leerplichtTot).toBe(schooljaarVan(datumVanLeeftijd(geboren, 16)).eind);
        expect(leeftijdOp(geboren, d.kwalificatieplichtTot)).toBe(17);
        expect(leeftijdOp(geboren, plusDagen(d.kwalificatieplichtTot, 1))).toBe(18);
        expect(leeftijdOp(geboren, d.rmcTot!)).toBe(22);
        expect(leeftijdOp(geboren, plusDagen(d.rmcTot!, 1))).toBe(23);
      }),
      { numRuns: 2000 },
    );
  });

  it('een startkwalificatie verandert leerplichtig_vanaf en leerplicht_tot nooit en vervroegt alleen', () => {
    fc.assert(
      fc.property(leerling, ({ geboren, skq }) => {
        const zonder = datums(geboren);
        const met = datums(geboren, skq);
        expect(met.leerplichtigVanaf).toBe(zonder.leerplichtigVanaf);
        expect(met.leerplichtTot).toBe(zonder.leerplichtTot);
        expect(met.kwalificatieplichtTot <= zonder.kwalificatieplichtTot).toBe(true);
        if (met.rmcTot !== undefined) expect(met.rmcTot <= zonder.rmcTot!).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
