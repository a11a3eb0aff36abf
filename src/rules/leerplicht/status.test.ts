import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dagnummer, datum, laatste, leeftijdOp, plusDagen, uitDagnummer, type Datum } from '../kern/datum.js';
import { TraceBouwer } from '../kern/trace.js';
import { bepaalLeerplichtStatus } from './bepaalLeerplichtStatus.js';
import { leerplichtStatusOp } from './status.js';
import { LEERPLICHTSTATUSSEN, type Leerplichtstatus } from './types.js';
import { ingebouwd } from '../../../test/parameters.js';

function status(geboortedatum: string, peildatum: string, startkwalificatieOp?: string): Leerplichtstatus {
  return bepaalLeerplichtStatus(
    { leerlingId: 'L-1', geboortedatum: datum(geboortedatum), ...(startkwalificatieOp ? { startkwalificatieOp: datum(startkwalificatieOp) } : {}) },
    datum(peildatum),
    ingebouwd,
  ).status;
}

describe('status op de peildatum: de dag vóór, op en na elke grens', () => {
  // Geboren 1-8-2010: vanaf 1-9-2015, leerplicht t/m 31-7-2027, kwalificatieplicht t/m 31-7-2028, RMC t/m 31-7-2033.
  it.each([
    ['2010-08-01', 'nog_niet_leerplichtig', 'de geboortedag zelf'],
    ['2015-08-31', 'nog_niet_leerplichtig', 'al 5 (sinds 1-8-2015), maar de leerplicht begint pas de maand erna'],
    ['2015-09-01', 'leerplichtig', 'eerste dag van de leerplicht'],
    ['2027-07-31', 'leerplichtig', 'laatste dag van het schooljaar waarin de leerling 16 werd'],
    ['2027-08-01', 'kwalificatieplichtig', 'eerste dag na de leerplicht'],
    ['2028-07-31', 'kwalificatieplichtig', 'de dag vóór de 18e verjaardag'],
    ['2028-08-01', 'rmc', 'de 18e verjaardag: zonder startkwalificatie RMC'],
    ['2033-07-31', 'rmc', 'de dag vóór de 23e verjaardag'],
    ['2033-08-01', 'geen', 'de 23e verjaardag'],
  ])('geboren 2010-08-01, peildatum %s → %s (%s)', (peildatum, verwacht) => {
    expect(status('2010-08-01', peildatum)).toBe(verwacht);
  });

  it('geboren 31-7-2010: op de 16e verjaardag (31-7-2026) nog leerplichtig, de dag erna kwalificatieplichtig', () => {
    expect(status('2010-07-31', '2026-07-31')).toBe('leerplichtig');
    expect(status('2010-07-31', '2026-08-01')).toBe('kwalificatieplichtig');
  });

  it('geboren op de 1e (1-10-2021): op de 5e verjaardag en de rest van oktober nog niet leerplichtig, op 1-11-2026 wel', () => {
    expect(status('2021-10-01', '2026-10-01')).toBe('nog_niet_leerplichtig');
    expect(status('2021-10-01', '2026-10-31')).toBe('nog_niet_leerplichtig');
    expect(status('2021-10-01', '2026-11-01')).toBe('leerplichtig');
  });

  it('geboren 29-2-2020: op 29-2 bestaat niet in 2025; 5 op 1-3-2025, dus 31-3-2025 nog niet, 1-4-2025 leerplichtig', () => {
    expect(status('2020-02-29', '2025-03-31')).toBe('nog_niet_leerplichtig');
    expect(status('2020-02-29', '2025-04-01')).toBe('leerplichtig');
  });

  it('geboren 29-2-2008: 18 op 1-3-2026, dus 28-2-2026 kwalificatieplichtig en 1-3-2026 rmc', () => {
    expect(status('2008-02-29', '2026-02-28')).toBe('kwalificatieplichtig');
    expect(status('2008-02-29', '2026-03-01')).toBe('rmc');
  });

  it('geboren 29-2-2004: 23 op 1-3-2027, dus 28-2-2027 rmc en 1-3-2027 geen', () => {
    expect(status('2004-02-29', '2027-02-28')).toBe('rmc');
    expect(status('2004-02-29', '2027-03-01')).toBe('geen');
  });

  it('havodiploma vóór het einde van de leerplicht (geboren 15-9-2009, diploma 1-7-2026): leerplichtig t/m 31-7-2026, daarna geen', () => {
    expect(status('2009-09-15', '2026-06-30', '2026-07-01')).toBe('leerplichtig');
    expect(status('2009-09-15', '2026-07-01', '2026-07-01')).toBe('leerplichtig');
    expect(status('2009-09-15', '2026-07-31', '2026-07-01')).toBe('leerplichtig');
    expect(status('2009-09-15', '2026-08-01', '2026-07-01')).toBe('geen');
  });

  it('diploma op 17 (geboren 2-12-2008, diploma 30-6-2026): kwalificatieplichtig t/m de diplomadag, de dag erna geen', () => {
    expect(status('2008-12-02', '2026-06-30', '2026-06-30')).toBe('kwalificatieplichtig');
    expect(status('2008-12-02', '2026-07-01', '2026-06-30')).toBe('geen');
  });

  it('diploma op 19 (geboren 11-2-2006, diploma 4-7-2025): tussen de 18e verjaardag en het diploma rmc, daarna geen', () => {
    expect(status('2006-02-11', '2024-02-10', '2025-07-04')).toBe('kwalificatieplichtig');
    expect(status('2006-02-11', '2024-02-11', '2025-07-04')).toBe('rmc');
    expect(status('2006-02-11', '2025-07-04', '2025-07-04')).toBe('rmc');
    expect(status('2006-02-11', '2025-07-05', '2025-07-04')).toBe('geen');
  });
});

describe('leerplichtStatusOp: alleen de datums bepalen de status', () => {
  const d = { leerplichtigVanaf: datum('2015-09-01'), leerplichtTot: datum('2027-07-31'), kwalificatieplichtTot: datum('2027-07-31') };

  it('zonder rmc_tot en kwalificatieplicht_tot = leerplicht_tot: van leerplichtig meteen naar geen', () => {
    expect(leerplichtStatusOp(d, datum('2027-07-31'), new TraceBouwer())).toBe('leerplichtig');
    expect(leerplichtStatusOp(d, datum('2027-08-01'), new TraceBouwer())).toBe('geen');
  });

  it('de trace noemt de peildatum en de uitkomst', () => {
    const t = new TraceBouwer();
    leerplichtStatusOp(d, datum('2027-08-01'), t);
    expect(t.klaar().stappen).toEqual([
      {
        regel: 'LP-status',
        artikel: 'art 3, 4a en 4b Leerplichtwet 1969; art 8.1.8 WEB',
        omschrijving: 'Op de peildatum 2027-08-01: na de leer- en kwalificatieplicht (2027-07-31) met een startkwalificatie: geen plicht en niet in de RMC-doelgroep',
        invoer: { peildatum: '2027-08-01' },
        uitkomst: 'geen',
      },
    ]);
  });
});

describe('status: eigenschappen', () => {
  const PARAMETERS_VANAF = datum('2007-08-01');
  const dag = (van: string, tot: string) => fc.integer({ min: dagnummer(datum(van)), max: dagnummer(datum(tot)) }).map(uitDagnummer);
  const geval = fc
    .tuple(dag('1990-01-01', '2026-12-31'), fc.option(fc.integer({ min: 0, max: 365 * 30 }), { nil: undefined }), fc.integer({ min: 0, max: 365 * 30 }), fc.integer({ min: 0, max: 3650 }))
    .map(([geboren, na, peil, later]) => {
      // De parameters gelden vanaf 2007-08-01: een eerdere peildatum geeft (terecht) geen uitkomst.
      const p = laatste(plusDagen(geboren, peil), PARAMETERS_VANAF);
      return { geboren, skq: na === undefined ? undefined : plusDagen(geboren, na), peil: p, later: plusDagen(p, later) };
    });
  const rang = (s: Leerplichtstatus) => LEERPLICHTSTATUSSEN.indexOf(s);
  const bepaal = (geboren: Datum, peil: Datum, skq?: Datum) =>
    bepaalLeerplichtStatus({ leerlingId: 'L', geboortedatum: geboren, ...(skq ? { startkwalificatieOp: skq } : {}) }, peil, ingebouwd);

  it('de status past bij de leeftijd en bij de datums in hetzelfde resultaat', () => {
    fc.assert(
      fc.property(geval, ({ geboren, skq, peil }) => {
        const r = bepaal(geboren, peil, skq);
        const leeftijd = leeftijdOp(geboren, peil);
        const heeftDiploma = skq !== undefined && skq < peil;
        switch (r.status) {
          case 'nog_niet_leerplichtig':
            expect(leeftijd).toBeLessThanOrEqual(5);
            expect(peil < r.leerplichtigVanaf).toBe(true);
            break;
          case 'leerplichtig':
            expect(leeftijd).toBeGreaterThanOrEqual(5);
            expect(leeftijd).toBeLessThanOrEqual(16);
            expect(r.leerplichtigVanaf <= peil && peil <= r.leerplichtTot).toBe(true);
            break;
          case 'kwalificatieplichtig':
            expect([16, 17]).toContain(leeftijd);
            expect(heeftDiploma).toBe(false);
            expect(r.leerplichtTot < peil && peil <= r.kwalificatieplichtTot).toBe(true);
            break;
          case 'rmc':
            expect(leeftijd).toBeGreaterThanOrEqual(18);
            expect(leeftijd).toBeLessThanOrEqual(22);
            expect(heeftDiploma).toBe(false);
            expect(r.kwalificatieplichtTot < peil && peil <= r.rmcTot!).toBe(true);
            break;
          case 'geen':
            expect(leeftijd).toBeGreaterThanOrEqual(16);
            expect(leeftijd >= 23 || heeftDiploma).toBe(true);
            expect(peil > r.kwalificatieplichtTot && (r.rmcTot === undefined || peil > r.rmcTot)).toBe(true);
            break;
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('de status gaat met de tijd alleen vooruit: nog niet → leerplichtig → kwalificatieplichtig → rmc → geen', () => {
    fc.assert(
      fc.property(geval, ({ geboren, skq, peil, later }) => {
        expect(rang(bepaal(geboren, later, skq).status)).toBeGreaterThanOrEqual(rang(bepaal(geboren, peil, skq).status));
      }),
      { numRuns: 2000 },
    );
  });

  it('de datums hangen niet af van de peildatum (zolang dezelfde parameters gelden)', () => {
    fc.assert(
      fc.property(geval, ({ geboren, skq, peil, later }) => {
        const { status: _a, peildatum: _b, trace: _c, ...eerst } = bepaal(geboren, peil, skq);
        const { status: _d, peildatum: _e, trace: _f, ...dan } = bepaal(geboren, later, skq);
        expect(dan).toEqual(eerst);
      }),
      { numRuns: 500 },
    );
  });
});
