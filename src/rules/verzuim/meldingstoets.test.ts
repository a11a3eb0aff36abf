import { describe, expect, it } from 'vitest';
import { bedrag } from '../kern/geld.js';
import { datum } from '../kern/datum.js';
import type { Leerling } from '../leerplicht/types.js';
import { toetsMelding, verzuimtypeVan } from './meldingstoets.js';
import { VERZUIMSOORTEN, type Verzuimmelding } from './types.js';
import { melding } from '../../../test/verzuimmelding.js';
import { ingebouwd, testParameters } from '../../../test/parameters.js';

const leerling = (geboortedatum = '2011-06-03', deel: Partial<Leerling> = {}): Leerling => ({ leerlingId: 'L-1', geboortedatum: datum(geboortedatum), ...deel });
const fouten = (m: Verzuimmelding, l: Leerling = leerling(), params = ingebouwd) => toetsMelding(m, l, params).fouten.map((f) => [f.regel, f.veld]);

describe('meldingstoets: type, plicht en de meldgrens van 16 uur in 4 lesweken (art 21/21a Lpw)', () => {
  it('R-LP-01: absoluut verzuim is alleen de soort absoluut; elke andere soort is relatief', () => {
    expect(VERZUIMSOORTEN.map((s) => [s, verzuimtypeVan(s)])).toEqual([
      ['absoluut', 'absoluut'],
      ['relatief_16u', 'relatief'],
      ['langdurig_relatief', 'relatief'],
      ['luxe', 'relatief'],
      ['signaal', 'relatief'],
      ['te_laat', 'relatief'],
      ['overig', 'relatief'],
      ['achttien_plus', 'relatief'],
    ]);
  });

  it('het voorbeeld uit het onderzoek (§3.5): 17 uur, leerling van 15: in orde, type relatief', () => {
    const t = toetsMelding(melding(), leerling(), ingebouwd);
    expect(t.type).toBe('relatief');
    expect(t.fouten).toEqual([]);
    expect(t.trace.stappen.map((s) => s.regel)).toEqual(['VZ-MT-type', 'VZ-LP', 'VZ-MT-plicht', 'VZ-MT-16u']);
    expect(t.trace.waarschuwingen).toEqual([]);
  });

  it.each([
    ['15.99', false, 'net onder de meldgrens'],
    ['16', true, 'precies 16 uur: de meldgrens is bereikt'],
    ['16.01', true, 'net erboven'],
  ])('relatief_16u met %s uur → in orde %s (%s)', (uren, goed) => {
    expect(fouten(melding({ verzuimuren: bedrag(uren) }))).toEqual(goed ? [] : [['VZ-MT-16u', 'verzuimuren']]);
  });

  it('een 16-urenmelding zonder uren wordt geweigerd; bij andere soorten zijn uren niet verplicht', () => {
    expect(fouten(melding({ verzuimuren: undefined }))).toEqual([['VZ-MT-16u', 'verzuimuren']]);
    expect(fouten(melding({ soort: 'signaal', verzuimuren: undefined }))).toEqual([]);
  });

  it('de meldperiode: 4 weken (begin 5-10, eind t/m 1-11 = 27 dagen verschil) zonder waarschuwing; vanaf 28 dagen een waarschuwing (vakantieweken niet getoetst)', () => {
    expect(toetsMelding(melding({ einddatum: datum('2026-11-01') }), leerling(), ingebouwd).trace.waarschuwingen).toEqual([]);
    const lang = toetsMelding(melding({ einddatum: datum('2026-11-02') }), leerling(), ingebouwd);
    expect(lang.fouten).toEqual([]);
    expect(lang.trace.waarschuwingen).toEqual([
      'melding M-1: de periode 2026-10-05 t/m 2026-11-02 is langer dan 4 weken (grens 2026-11-01); alleen geldig als er vakantieweken in vallen (vakantieweken zijn geen lesweken en zijn niet getoetst)',
    ]);
  });

  // Geboren 2-3-2021: 5 op 2-3-2026, leerplichtig vanaf 1-4-2026.
  it('een leerling die op de eerste verzuimdag nog niet leerplichtig is: geweigerd; een dag later wel in orde', () => {
    expect(fouten(melding({ soort: 'signaal', begindatum: datum('2026-03-31') }), leerling('2021-03-02'))).toEqual([['VZ-MT-plicht', 'geboortedatum']]);
    expect(fouten(melding({ soort: 'signaal', begindatum: datum('2026-04-01') }), leerling('2021-03-02'))).toEqual([]);
  });

  // Geboren 20-5-2008: kwalificatieplichtig t/m 19-5-2026, daarna RMC.
  it('18-plus: een melding achttien_plus past alleen bij de RMC-doelgroep; een gewone melding voor een jongere in de RMC-doelgroep wijst daarop', () => {
    const voor = { begindatum: datum('2026-05-19'), meldingsdatum: datum('2026-05-19'), einddatum: undefined };
    const na = { begindatum: datum('2026-05-20'), meldingsdatum: datum('2026-05-20'), einddatum: undefined };
    expect(fouten(melding({ soort: 'achttien_plus', ...voor }), leerling('2008-05-20'))).toEqual([['VZ-MT-plicht', 'soort']]);
    expect(fouten(melding({ soort: 'achttien_plus', ...na }), leerling('2008-05-20'))).toEqual([]);
    const t = toetsMelding(melding({ soort: 'signaal', ...na }), leerling('2008-05-20'), ingebouwd);
    expect(t.fouten.map((f) => f.uitleg)).toEqual(['Op 2026-05-20 is de leerling niet leer- of kwalificatieplichtig (rmc, 18 jaar): meld dit als achttien_plus (RMC)']);
  });

  it('wie met een startkwalificatie de kwalificatieplicht verliet, valt er niet meer onder', () => {
    expect(fouten(melding({ soort: 'overig' }), leerling('2009-09-15', { startkwalificatieOp: datum('2026-07-01') }))).toEqual([['VZ-MT-plicht', 'geboortedatum']]);
  });

  it('de meldgrens is een parameter (wat-als: 20 uur maakt 17 uur te weinig)', () => {
    expect(fouten(melding(), leerling(), testParameters({ 'verzuim.relatief.drempel_uren': [['2026-01-01', 20]] }))).toEqual([['VZ-MT-16u', 'verzuimuren']]);
  });
});
