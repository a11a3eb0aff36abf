import { describe, expect, it } from 'vitest';
import { datum } from '../kern/datum.js';
import { RegelFout } from '../kern/fouten.js';
import type { Parameters } from '../kern/parameters.js';
import { bepaalLeerplichtStatus } from './bepaalLeerplichtStatus.js';
import type { Leerling } from './types.js';
import { ingebouwd, testParameters, zonderParameter } from '../../../test/parameters.js';

const PEIL = datum('2026-11-23');

function leerling(deel: Partial<Leerling> = {}): Leerling {
  return { leerlingId: 'LL-1', geboortedatum: datum('2010-08-01'), ...deel };
}

const bepaal = (l: Leerling, params: Parameters = ingebouwd, peil = PEIL) => bepaalLeerplichtStatus(l, peil, params);

describe('bepaalLeerplichtStatus: resultaat en trace', () => {
  it('geboren 1-8-2010, peildatum 23-11-2026: alle datums en status leerplichtig (16 op 1-8-2026, schooljaar 2026-2027)', () => {
    const r = bepaal(leerling());
    expect(r).toMatchObject({
      leerlingId: 'LL-1',
      peildatum: '2026-11-23',
      leerplichtigVanaf: '2015-09-01',
      leerplichtTot: '2027-07-31',
      kwalificatieplichtTot: '2028-07-31',
      rmcTot: '2033-07-31',
      status: 'leerplichtig',
    });
  });

  it('de trace heeft vijf stappen in vaste volgorde, elk met artikel en met de gebruikte parameters', () => {
    const { trace } = bepaal(leerling());
    expect(trace.stappen.map((s) => [s.regel, s.artikel])).toEqual([
      ['LP-3-1-begin', 'art 3 lid 1 Leerplichtwet 1969'],
      ['LP-3-1b', 'art 3 lid 1 onder b Leerplichtwet 1969'],
      ['LP-4b', 'art 4a lid 1 en art 4b Leerplichtwet 1969'],
      ['LP-RMC', 'art 8.1.8 lid 1 onder a en b en art 8.3.1 WEB'],
      ['LP-status', 'art 3, 4a en 4b Leerplichtwet 1969; art 8.1.8 WEB'],
    ]);
    expect(trace.stappen.map((s) => s.parameters?.map((p) => [p.sleutel, p.waarde]))).toEqual([
      [['leerplicht.leeftijd.begin', '5']],
      [['leerplicht.leeftijd.einde', '16'], ['leerplicht.schooljaar.eerste_maand', '8']],
      [['leerplicht.leeftijd.kwalificatieplicht', '18']],
      [['leerplicht.leeftijd.rmc', '23']],
      undefined,
    ]);
    for (const s of trace.stappen) for (const p of s.parameters ?? []) expect(p).toMatchObject({ status: 'geverifieerd', laag: 'regio' });
    expect(trace.waarschuwingen).toEqual([]);
  });

  it('de eerste stap zegt dat de spec de eerste kalenderdag neemt waar de wet de eerste schooldag noemt', () => {
    const [begin] = bepaal(leerling()).trace.stappen;
    expect(begin).toMatchObject({ invoer: { geboortedatum: '2010-08-01', verjaardag: '2015-08-01' }, uitkomst: '2015-09-01' });
    expect(begin!.omschrijving).toContain('op de eerste dag van die maand');
    expect(begin!.omschrijving).toContain('De wet noemt de eerste schooldag van die maand');
  });

  it('de tweede stap noemt het schooljaar van de 16e verjaardag en dat art 3 lid 1 onder a niet is getoetst', () => {
    const stap = bepaal(leerling({ geboortedatum: datum('2010-07-31') })).trace.stappen[1]!;
    expect(stap.invoer).toEqual({ verjaardag: '2026-07-31', schooljaar: '2025-2026', schooljaar_begin: '2025-08-01' });
    expect(stap.uitkomst).toBe('2026-07-31');
    expect(stap.omschrijving).toContain('art 3 lid 1 onder a');
  });

  it('wie op 29 februari is geboren: de trace legt uit dat de verjaardag op 1 maart valt', () => {
    const { trace } = bepaal(leerling({ geboortedatum: datum('2008-02-29') }));
    expect(trace.stappen[0]!.omschrijving).toContain('geboren op 29 februari: in een jaar zonder 29 februari een jaar ouder op 1 maart');
    expect(trace.stappen[1]!.omschrijving).not.toContain('29 februari'); // 16 op 29-2-2024: een schrikkeljaar
    expect(trace.stappen[2]).toMatchObject({ invoer: { verjaardag: '2026-03-01' }, uitkomst: '2026-02-28' });
  });

  it('een startkwalificatie vóór het einde van de leerplicht: regel LP-4a-1b, geen kwalificatieplicht, geen RMC', () => {
    const r = bepaal(leerling({ geboortedatum: datum('2009-09-15'), startkwalificatieOp: datum('2026-07-01') }));
    expect(r).toMatchObject({ leerplichtTot: '2026-07-31', kwalificatieplichtTot: '2026-07-31', status: 'geen' });
    expect(r.rmcTot).toBeUndefined();
    expect(r.trace.stappen[2]).toMatchObject({ regel: 'LP-4a-1b', artikel: 'art 3 lid 1 en art 4a lid 1 onder b Leerplichtwet 1969' });
    expect(r.trace.stappen[2]!.omschrijving).toContain('art 3 kent geen einde door een diploma');
    expect(r.trace.stappen[3]!.uitkomst).toBeNull();
  });
});

describe('bepaalLeerplichtStatus: parameters zijn data', () => {
  it('wat-als: leerplicht tot het schooljaar waarin de leerling 17 wordt verlengt leerplicht_tot met een jaar', () => {
    const params = testParameters({ 'leerplicht.leeftijd.einde': [['2026-01-01', 17]] });
    const r = bepaal(leerling(), params);
    // 17 op 1-8-2027, schooljaar 2027-2028 → 31-7-2028; de kwalificatieplicht (tot 18) eindigt ook op 31-7-2028.
    expect(r).toMatchObject({ leerplichtTot: '2028-07-31', kwalificatieplichtTot: '2028-07-31', status: 'leerplichtig' });
    expect(r.trace.stappen[1]!.parameters![0]).toMatchObject({ sleutel: 'leerplicht.leeftijd.einde', waarde: '17', laag: 'test' });
  });

  it('een overlay voor één gemeente geldt alleen voor leerlingen van die gemeente', () => {
    // Wat-als voor Vaals: het schooljaar begint op 1 september. 16 op 15-8-2026 valt dan nog in 2025-2026 (t/m 31-8-2026).
    const params = testParameters({}, { Vaals: { 'leerplicht.schooljaar.eerste_maand': [['2007-08-01', 9]] } });
    const geboren = datum('2010-08-15');
    expect(bepaal(leerling({ geboortedatum: geboren, gemeente: 'GM0981' }), params).leerplichtTot).toBe('2026-08-31');
    expect(bepaal(leerling({ geboortedatum: geboren, gemeente: 'GM0935' }), params).leerplichtTot).toBe('2027-07-31');
    expect(bepaal(leerling({ geboortedatum: geboren }), params).leerplichtTot).toBe('2027-07-31');
  });

  it('zonder een parameter weigert de regel (exit 3) en noemt de parameter', () => {
    expect(() => bepaal(leerling(), zonderParameter('leerplicht.leeftijd.rmc'))).toThrowError(
      expect.objectContaining({ code: 'PARAMETER_ONTBREEKT', exitcode: 3, message: expect.stringContaining('leerplicht.leeftijd.rmc') }),
    );
  });

  it('vóór 2007-08-01 (de ingangsdatum van de tabellen) is er geen uitkomst', () => {
    expect(() => bepaal(leerling({ geboortedatum: datum('2000-01-01') }), ingebouwd, datum('2007-07-31'))).toThrowError(
      expect.objectContaining({ code: 'PARAMETER_ONTBREEKT' }),
    );
    expect(bepaal(leerling({ geboortedatum: datum('2000-01-01') }), ingebouwd, datum('2007-08-01')).status).toBe('leerplichtig');
  });

  it('leeftijden die niet oplopen of een maand buiten 1-12 worden geweigerd, niet stil gebruikt', () => {
    expect(() => bepaal(leerling(), testParameters({ 'leerplicht.leeftijd.einde': [['2026-01-01', 18]] }))).toThrowError(
      expect.objectContaining({ exitcode: 3, message: expect.stringContaining('moeten oplopen') }),
    );
    expect(() => bepaal(leerling(), testParameters({ 'leerplicht.schooljaar.eerste_maand': [['2026-01-01', 13]] }))).toThrowError(
      expect.objectContaining({ exitcode: 3, message: expect.stringContaining('leerplicht.schooljaar.eerste_maand') }),
    );
  });
});

describe('bepaalLeerplichtStatus: weigert onmogelijke invoer', () => {
  it('een geboortedatum na de peildatum', () => {
    expect(() => bepaal(leerling({ geboortedatum: datum('2026-11-24') }))).toThrow(RegelFout);
    expect(bepaal(leerling({ geboortedatum: datum('2026-11-23') })).status).toBe('nog_niet_leerplichtig');
  });

  it('een startkwalificatie vóór de geboortedatum', () => {
    expect(() => bepaal(leerling({ startkwalificatieOp: datum('2010-07-31') }))).toThrow(RegelFout);
  });
});
