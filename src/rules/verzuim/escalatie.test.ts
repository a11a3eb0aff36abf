import { describe, expect, it } from 'vitest';
import { bedrag } from '../kern/geld.js';
import { datum, type Datum } from '../kern/datum.js';
import type { Parameters } from '../kern/parameters.js';
import type { Leerling } from '../leerplicht/types.js';
import { beoordeelActie, weigeringTekst } from './escalatie.js';
import { volgendeStap } from './werklijst.js';
import type { Actie, Actiesoort, Actievoorstel, Dossier, Verzuimmelding } from './types.js';
import { melding } from '../../../test/verzuimmelding.js';
import { ingebouwd, testParameters, zonderParameter } from '../../../test/parameters.js';

/** Standaard de leerling uit het onderzoek: geboren 3-6-2011, 15 jaar in het najaar van 2026, leerplichtig. */
function dossier(m: Verzuimmelding, leerling: Partial<Leerling> = {}, acties: readonly Actie[] = [], andere: readonly Verzuimmelding[] = []): Dossier {
  return { melding: m, leerling: { leerlingId: m.leerlingId, geboortedatum: datum('2011-06-03'), gemeente: m.gemeente, ...leerling }, acties, meldingen: [m, ...andere] };
}

const actie = (soort: Actiesoort, op: string, meldingId = 'M-1'): Actie => ({ meldingId, actie: soort, datum: datum(op) });
const voorstel = (soort: Actiesoort, op: string, extra: Partial<Actievoorstel> = {}): Actievoorstel => ({ actie: soort, datum: datum(op), ...extra });

const PEIL = datum('2026-11-23');
const beoordeel = (d: Dossier, v: Actievoorstel, params: Parameters = ingebouwd, peil: Datum = PEIL) => beoordeelActie(d, v, peil, params);
const regels = (b: ReturnType<typeof beoordeelActie>) => b.weigeringen.map((w) => w.regel);

describe('Halt (halt.nl: leerplichtig, 12 tot 18 jaar, minimaal 9 uur of 12 keer te laat, maximaal 60 uur en 60 keer, één keer)', () => {
  // Geboren 24-11-2014: 11 jaar t/m 23-11-2026, 12 op 24-11-2026. 10 uur verzuim: boven het minimum van 9.
  const elfJaar = dossier(melding({ meldingsdatum: datum('2026-11-02'), verzuimuren: bedrag(10), soort: 'overig' }), { geboortedatum: datum('2014-11-24') });

  it('een jongere van 11 (de dag vóór de 12e verjaardag) wordt geweigerd, met de leeftijd en de grens in de reden', () => {
    const b = beoordeel(elfJaar, voorstel('halt', '2026-11-23'));
    expect(b.toegestaan).toBe(false);
    expect(regels(b)).toEqual(['VZ-HALT-leeftijd']);
    expect(b.weigeringen[0]!.uitleg).toBe('De jongere is 11 jaar op 2026-11-23; Halt is alleen voor jongeren van 12 tot 18 jaar');
    expect(b.statusNa).toBe('geregistreerd');
    expect(weigeringTekst(b)).toContain('[VZ-HALT-leeftijd]');
  });

  it('op de 12e verjaardag (24-11-2026) mag het wel', () => {
    const b = beoordeel(elfJaar, voorstel('halt', '2026-11-24'), ingebouwd, datum('2026-11-24'));
    expect(b.toegestaan).toBe(true);
    expect(b.statusNa).toBe('in_behandeling');
  });

  // Geboren 24-11-2008: 18 op 24-11-2026; de kwalificatieplicht eindigt op 23-11-2026.
  it('de dag vóór de 18e verjaardag mag (17 jaar, kwalificatieplichtig); op de verjaardag niet meer: te oud én niet meer leerplichtig', () => {
    const d = dossier(melding(), { geboortedatum: datum('2008-11-24') });
    expect(beoordeel(d, voorstel('halt', '2026-11-23')).toegestaan).toBe(true);
    const b = beoordeel(d, voorstel('halt', '2026-11-24'), ingebouwd, datum('2026-11-24'));
    expect(regels(b)).toEqual(['VZ-HALT-plicht', 'VZ-HALT-leeftijd']);
    expect(b.weigeringen[0]!.uitleg).toContain('rmc');
  });

  it.each([
    ['8.99', 11, false, '8,99 uur en 11 keer te laat: onder 9 uur én onder 12 keer'],
    ['9', 0, true, 'precies 9 uur: het minimum'],
    ['0', 12, true, '0 uur maar precies 12 keer te laat: het minimum'],
    ['0', 11, false, '11 keer te laat zonder uren: te weinig'],
    ['60', 60, true, 'precies 60 uur en 60 keer te laat: het maximum'],
    ['60.01', 0, false, '60,01 uur: boven het maximum, de leerplichtambtenaar beslist met de officier'],
    ['10', 61, false, '61 keer te laat: boven het maximum'],
  ])('verzuimuren %s, %i keer te laat → toegestaan %s (%s)', (uren, teLaat, toegestaan) => {
    const d = dossier(melding({ verzuimuren: bedrag(uren), teLaatKeren: teLaat, soort: 'overig' }));
    const b = beoordeel(d, voorstel('halt', '2026-11-20'));
    expect(b.toegestaan).toBe(toegestaan);
    if (!toegestaan) expect(regels(b)).toEqual([bedrag(uren).gt(60) || teLaat > 60 ? 'VZ-HALT-maximum' : 'VZ-HALT-minimum']);
  });

  it('zonder uren en zonder keren te laat: het minimum is niet bereikt (0 uur, 0 keer)', () => {
    const b = beoordeel(dossier(melding({ soort: 'signaal', verzuimuren: undefined })), voorstel('halt', '2026-11-20'));
    expect(regels(b)).toEqual(['VZ-HALT-minimum']);
    expect(b.weigeringen[0]!.uitleg).toContain('0 uur en 0 keer te laat');
  });

  it('het verzuim van het open dossier telt op: 5 + 4 uur op twee open meldingen is 9 uur; een afgesloten melding telt niet', () => {
    const deze = melding({ soort: 'signaal', verzuimuren: bedrag(5) });
    const open = melding({ meldingId: 'M-0', soort: 'signaal', meldingsdatum: datum('2026-09-10'), begindatum: datum('2026-09-01'), verzuimuren: bedrag(4) });
    expect(beoordeel(dossier(deze, {}, [], [open]), voorstel('halt', '2026-11-20')).toegestaan).toBe(true);
    const gesloten = { ...open, status: 'afgesloten' as const };
    expect(regels(beoordeel(dossier(deze, {}, [], [gesloten]), voorstel('halt', '2026-11-20')))).toEqual(['VZ-HALT-minimum']);
  });

  it('maar één keer per jongere: een eerdere Halt op een al afgesloten melding blokkeert', () => {
    const oud = melding({ meldingId: 'M-0', status: 'afgesloten', meldingsdatum: datum('2025-10-01'), begindatum: datum('2025-09-08') });
    const b = beoordeel(dossier(melding(), {}, [actie('halt', '2025-10-20', 'M-0')], [oud]), voorstel('halt', '2026-11-20'));
    expect(regels(b)).toEqual(['VZ-HALT-eenmaal']);
    expect(b.weigeringen[0]!.uitleg).toContain('2025-10-20, melding M-0');
  });

  it('een jongere van 11 met 5 uur krijgt beide redenen (leeftijd en minimum), niet alleen de eerste', () => {
    const d = dossier(melding({ verzuimuren: bedrag(5), soort: 'signaal' }), { geboortedatum: datum('2015-01-01') });
    expect(regels(beoordeel(d, voorstel('halt', '2026-11-20')))).toEqual(['VZ-HALT-leeftijd', 'VZ-HALT-minimum']);
  });

  it('de grenzen zijn parameters: met een overlay maximum 40 uur wordt 50 uur geweigerd (wat-als)', () => {
    const d = dossier(melding({ verzuimuren: bedrag(50) }));
    expect(beoordeel(d, voorstel('halt', '2026-11-20')).toegestaan).toBe(true);
    const b = beoordeel(d, voorstel('halt', '2026-11-20'), testParameters({ 'verzuim.halt.max_uren': [['2026-01-01', 40]] }));
    expect(regels(b)).toEqual(['VZ-HALT-maximum']);
    expect(b.trace.stappen.find((s) => s.regel === 'VZ-HALT-maximum')!.parameters![0]).toMatchObject({ sleutel: 'verzuim.halt.max_uren', waarde: '40', laag: 'test' });
  });

  it('de trace noemt per voorwaarde de regel, Halt als bron en de parameters; de laatste stap is het besluit', () => {
    const b = beoordeel(dossier(melding()), voorstel('halt', '2026-11-20'));
    expect(b.trace.stappen.map((s) => s.regel)).toEqual([
      'VZ-ACT-datum',
      'VZ-ACT-open',
      'VZ-LP',
      'VZ-HALT-plicht',
      'VZ-HALT-leeftijd',
      'VZ-HALT-minimum',
      'VZ-HALT-maximum',
      'VZ-HALT-eenmaal',
      'VZ-ACT-besluit',
    ]);
    const leeftijd = b.trace.stappen.find((s) => s.regel === 'VZ-HALT-leeftijd')!;
    expect(leeftijd.artikel).toContain('Halt-interventie schoolverzuim');
    expect(leeftijd.parameters!.map((p) => [p.sleutel, p.waarde, p.status])).toEqual([
      ['verzuim.halt.leeftijd_min', '12', 'geverifieerd'],
      ['verzuim.halt.leeftijd_tot', '18', 'geverifieerd'],
    ]);
    expect(b.trace.stappen.at(-1)!.uitkomst).toBe('toegestaan');
  });
});

describe('proces-verbaal (art 22 en 26 Lpw; R-LP-03: alleen na een eerdere interventie, tenzij het beleid anders zegt)', () => {
  it('zonder eerdere interventie geweigerd, met de reden', () => {
    const b = beoordeel(dossier(melding()), voorstel('proces_verbaal', '2026-11-20'));
    expect(b.toegestaan).toBe(false);
    expect(regels(b)).toEqual(['VZ-PV-interventie']);
    expect(b.weigeringen[0]!.uitleg).toBe(
      'Een proces-verbaal is de laatste stap: er staat nog geen eerdere interventie (gesprek, waarschuwing, halt, zorgmelding) op of vóór 2026-11-20 in het open dossier',
    );
  });

  it.each([
    ['gesprek', '2026-11-20', true, 'een gesprek op dezelfde dag telt (de ouders weigeren na het horen)'],
    ['gesprek', '2026-11-19', true, 'een gesprek de dag ervoor'],
    ['gesprek', '2026-11-21', false, 'een gesprek pas de dag erna telt niet'],
    ['zorgmelding', '2026-11-10', true, 'een zorgmelding is ook een interventie (na preventie en zorg)'],
    ['waarschuwing', '2026-11-10', true, 'een waarschuwing'],
  ] as const)('eerdere %s op %s → toegestaan %s (%s)', (soort, op, toegestaan, _waarom) => {
    expect(beoordeel(dossier(melding(), {}, [actie(soort, op)]), voorstel('proces_verbaal', '2026-11-20')).toegestaan).toBe(toegestaan);
  });

  it('een interventie op een andere, nog open melding van de leerling telt; op een afgesloten melding niet', () => {
    const ander = melding({ meldingId: 'M-0', meldingsdatum: datum('2026-09-10'), begindatum: datum('2026-09-01') });
    expect(beoordeel(dossier(melding(), {}, [actie('gesprek', '2026-09-15', 'M-0')], [ander]), voorstel('proces_verbaal', '2026-11-20')).toegestaan).toBe(true);
    const gesloten = { ...ander, status: 'afgesloten' as const };
    expect(regels(beoordeel(dossier(melding(), {}, [actie('gesprek', '2026-09-15', 'M-0')], [gesloten]), voorstel('proces_verbaal', '2026-11-20')))).toEqual([
      'VZ-PV-interventie',
    ]);
  });

  it('het beleid kan de eis uitzetten: regionaal, of voor één gemeente (Vaals) terwijl Maastricht de standaard houdt', () => {
    const uit = testParameters({ 'verzuim.pv.eerdere_interventie_vereist': [['2026-01-01', false]] });
    const b = beoordeel(dossier(melding()), voorstel('proces_verbaal', '2026-11-20'), uit);
    expect(b.toegestaan).toBe(true);
    expect(b.trace.stappen.find((s) => s.regel === 'VZ-PV-interventie')!.omschrijving).toBe('Het beleid staat een proces-verbaal toe zonder eerdere interventie');
    const vaals = testParameters({}, { Vaals: { 'verzuim.pv.eerdere_interventie_vereist': [['2026-01-01', false]] } });
    expect(beoordeel(dossier(melding({ gemeente: 'GM0981' })), voorstel('proces_verbaal', '2026-11-20'), vaals).toegestaan).toBe(true);
    expect(beoordeel(dossier(melding({ gemeente: 'GM0935' })), voorstel('proces_verbaal', '2026-11-20'), vaals).toegestaan).toBe(false);
  });

  // Geboren 6-10-2014: 11 op de eerste verzuimdag 5-10-2026, 12 een dag later.
  it('tegen de jongere alleen als die op de eerste verzuimdag 12 was; tegen de ouders altijd', () => {
    const gesprek = [actie('gesprek', '2026-11-02')];
    const elf = dossier(melding(), { geboortedatum: datum('2014-10-06') }, gesprek);
    expect(regels(beoordeel(elf, voorstel('proces_verbaal', '2026-11-20', { tegen: 'jongere' })))).toEqual(['VZ-PV-jongere']);
    expect(regels(beoordeel(elf, voorstel('proces_verbaal', '2026-11-20', { tegen: 'beide' })))).toEqual(['VZ-PV-jongere']);
    expect(beoordeel(elf, voorstel('proces_verbaal', '2026-11-20', { tegen: 'ouders' })).toegestaan).toBe(true);
    const twaalf = dossier(melding(), { geboortedatum: datum('2014-10-05') }, gesprek);
    expect(beoordeel(twaalf, voorstel('proces_verbaal', '2026-11-20', { tegen: 'jongere' })).toegestaan).toBe(true);
  });

  it('een 18-plus-melding (RMC) kent geen proces-verbaal', () => {
    const d = dossier(melding({ soort: 'achttien_plus' }), { geboortedatum: datum('2008-05-20') }, [actie('gesprek', '2026-11-02')]);
    expect(regels(beoordeel(d, voorstel('proces_verbaal', '2026-11-20')))).toEqual(['VZ-PV-plicht']);
  });

  it('één proces-verbaal per melding', () => {
    const d = dossier(melding(), {}, [actie('gesprek', '2026-11-02'), actie('proces_verbaal', '2026-11-10')]);
    expect(regels(beoordeel(d, voorstel('proces_verbaal', '2026-11-20')))).toEqual(['VZ-PV-eenmaal']);
  });
});

describe('de voorwaarden voor elke actie, waarschuwing en afsluiten', () => {
  it('een actie in de toekomst of vóór de meldingsdatum wordt geweigerd', () => {
    expect(regels(beoordeel(dossier(melding()), voorstel('gesprek', '2026-11-24')))).toEqual(['VZ-ACT-datum']);
    expect(regels(beoordeel(dossier(melding()), voorstel('gesprek', '2026-10-29')))).toEqual(['VZ-ACT-datum']);
    expect(beoordeel(dossier(melding()), voorstel('gesprek', '2026-10-30')).toegestaan).toBe(true);
    expect(beoordeel(dossier(melding()), voorstel('gesprek', '2026-11-23')).toegestaan).toBe(true);
  });

  it('op een afgesloten of ingetrokken melding kan geen actie meer', () => {
    for (const status of ['afgesloten', 'ingetrokken'] as const) {
      const b = beoordeel(dossier(melding({ status })), voorstel('gesprek', '2026-11-20'));
      expect(regels(b)).toEqual(['VZ-ACT-open']);
      expect(b.statusNa).toBe(status);
    }
  });

  it('een gesprek zet de melding in behandeling; de trace zegt dat een jongere van 12+ zelf wordt gehoord (art 22 lid 3)', () => {
    const b = beoordeel(dossier(melding()), voorstel('gesprek', '2026-11-09'));
    expect(b).toMatchObject({ toegestaan: true, statusNa: 'in_behandeling' });
    expect(b.trace.stappen.find((s) => s.regel === 'VZ-22-gesprek')!.omschrijving).toContain('de jongere (15 jaar) wordt zelf ook gehoord');
  });

  it('een waarschuwing pas na een gesprek (beleid, onbevestigd: de trace waarschuwt)', () => {
    const b = beoordeel(dossier(melding()), voorstel('waarschuwing', '2026-11-20'));
    expect(regels(b)).toEqual(['VZ-WA-gesprek']);
    expect(b.trace.waarschuwingen.some((w) => w.includes('verzuim.waarschuwing.eerst_gesprek') && w.includes('onbevestigd'))).toBe(true);
    expect(beoordeel(dossier(melding(), {}, [actie('gesprek', '2026-11-09')]), voorstel('waarschuwing', '2026-11-20')).toegestaan).toBe(true);
    const uit = testParameters({ 'verzuim.waarschuwing.eerst_gesprek': [['2026-01-01', false]] });
    expect(beoordeel(dossier(melding()), voorstel('waarschuwing', '2026-11-20'), uit).toegestaan).toBe(true);
  });

  it('een zorgmelding kan altijd op een open melding, ook bij een 18-plus-melding', () => {
    const d = dossier(melding({ soort: 'achttien_plus' }), { geboortedatum: datum('2008-05-20') });
    expect(beoordeel(d, voorstel('zorgmelding', '2026-11-20')).toegestaan).toBe(true);
  });

  it('afsluiten vraagt een reden uit het Besluit Verzuimmelding', () => {
    expect(regels(beoordeel(dossier(melding()), voorstel('afgesloten', '2026-11-20')))).toEqual(['VZ-AFS-reden']);
    const fout = beoordeel(dossier(melding()), voorstel('afgesloten', '2026-11-20', { reden: 'verhuisd' }));
    expect(fout.weigeringen[0]!.uitleg).toContain("'verhuisd' is geen reden uit het Besluit Verzuimmelding");
    const goed = beoordeel(dossier(melding({ status: 'in_behandeling' })), voorstel('afgesloten', '2026-11-20', { reden: 'terug_naar_school' }));
    expect(goed).toMatchObject({ toegestaan: true, statusNa: 'afgesloten' });
  });

  it('zonder parameter weigert de regel (exit 3) en noemt de parameter', () => {
    expect(() => beoordeel(dossier(melding()), voorstel('halt', '2026-11-20'), zonderParameter('verzuim.halt.max_keer'))).toThrowError(
      expect.objectContaining({ code: 'PARAMETER_ONTBREEKT', exitcode: 3, message: expect.stringContaining('verzuim.halt.max_keer') }),
    );
  });
});

describe('werklijst: volgende stap en uiterste datum (reactie 7 dagen, evaluatie 28 dagen, beleid onbevestigd)', () => {
  const stap = (d: Dossier, peil = PEIL, params: Parameters = ingebouwd) => volgendeStap(d, peil, params);

  it('een nieuwe melding: gesprek, uiterlijk meldingsdatum + 7 (30-10 → 6-11); verlopen pas de dag erna', () => {
    const d = dossier(melding());
    expect(stap(d, datum('2026-11-06'))).toMatchObject({ volgendeStap: 'gesprek', uiterlijk: '2026-11-06', verlopen: false, leerplichtstatus: 'leerplichtig', leeftijd: 15 });
    expect(stap(d, datum('2026-11-07')).verlopen).toBe(true);
  });

  it('na een gesprek: waarschuwing, uiterlijk gesprek + 28 (9-11 → 7-12)', () => {
    const r = stap(dossier(melding({ status: 'in_behandeling' }), {}, [actie('gesprek', '2026-11-09')]));
    expect(r).toMatchObject({ volgendeStap: 'waarschuwing', uiterlijk: '2026-12-07', laatsteActie: 'gesprek', laatsteActieOp: '2026-11-09', verlopen: false });
  });

  it('na een waarschuwing: Halt als Halt mag; bij een jongere van 11 niet, en dan (zonder PV-voorstel, R-LP-03) afsluiten', () => {
    const acties = [actie('gesprek', '2026-11-02'), actie('waarschuwing', '2026-11-09')];
    expect(stap(dossier(melding(), {}, acties)).volgendeStap).toBe('halt');
    const elf = stap(dossier(melding(), { geboortedatum: datum('2014-11-24') }, acties));
    expect(elf).toMatchObject({ volgendeStap: 'afgesloten', uiterlijk: '2026-12-07' });
    expect(elf.toelichting).toContain('Halt kan niet: VZ-HALT-leeftijd');
    const pv = testParameters({ 'verzuim.werklijst.pv_voorstellen': [['2026-01-01', true]] });
    expect(stap(dossier(melding(), { geboortedatum: datum('2014-11-24') }, acties), PEIL, pv).volgendeStap).toBe('proces_verbaal');
  });

  it('na Halt: evalueren en afsluiten, geen proces-verbaal als voorstel', () => {
    const r = stap(dossier(melding(), {}, [actie('gesprek', '2026-11-02'), actie('waarschuwing', '2026-11-05'), actie('halt', '2026-11-12')]));
    expect(r).toMatchObject({ volgendeStap: 'afgesloten', uiterlijk: '2026-12-10' });
  });

  it('een nieuwe melding in een open dossier na de laatste interventie: de volgende trede, uiterlijk meldingsdatum + 7', () => {
    const eerste = melding({ meldingId: 'M-0', meldingsdatum: datum('2026-09-10'), begindatum: datum('2026-09-01'), status: 'in_behandeling' });
    const r = stap(dossier(melding(), {}, [actie('gesprek', '2026-09-15', 'M-0')], [eerste]));
    expect(r).toMatchObject({ volgendeStap: 'waarschuwing', uiterlijk: '2026-11-06', verlopen: true });
    expect(r.toelichting).toContain('nieuwe melding na gesprek op 2026-09-15');
    expect(r.trace.stappen.at(-1)!.regel).toBe('VZ-WL-herhaling');
  });

  it('een nieuwe melding na een gesloten dossier begint opnieuw met een gesprek', () => {
    const oud = melding({ meldingId: 'M-0', meldingsdatum: datum('2025-10-01'), begindatum: datum('2025-09-08'), status: 'afgesloten' });
    const r = stap(dossier(melding(), {}, [actie('gesprek', '2025-10-06', 'M-0'), actie('proces_verbaal', '2025-11-01', 'M-0')], [oud]));
    expect(r.volgendeStap).toBe('gesprek');
  });

  // Geboren 24-11-2008: kwalificatieplichtig t/m 23-11-2026.
  it('valt de leerling niet meer onder de Leerplichtwet: afsluiten, uiterlijk 7 dagen na de eerste dag zonder plicht', () => {
    const d = dossier(melding(), { geboortedatum: datum('2008-11-24') }, [actie('gesprek', '2026-11-02')]);
    expect(stap(d, datum('2026-11-23')).volgendeStap).toBe('waarschuwing');
    expect(stap(d, datum('2026-11-24'))).toMatchObject({ volgendeStap: 'afgesloten', uiterlijk: '2026-12-01', leerplichtstatus: 'rmc' });
  });

  it('een 18-plus-melding (RMC): gesprek, daarna afsluiten (geen sancties)', () => {
    const m = melding({ soort: 'achttien_plus', meldingsdatum: datum('2026-09-28'), begindatum: datum('2026-09-07') });
    expect(stap(dossier(m, { geboortedatum: datum('2008-05-20') })).volgendeStap).toBe('gesprek');
    expect(stap(dossier(m, { geboortedatum: datum('2008-05-20') }, [actie('gesprek', '2026-10-01')])).volgendeStap).toBe('afgesloten');
  });
});
