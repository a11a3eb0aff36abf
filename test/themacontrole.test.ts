import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { bestand, szmh, tijdelijkeMap } from './cli.js';
import {
  beschermdKenmerk,
  leesThema,
  pasCriteriaToe,
  selectieHash,
  toets,
  toetsBeschermdeKenmerken,
  trefkans,
  trekSteekproef,
  type Criterium,
  type Geval,
  type Selectie,
} from '../src/rules/themacontrole/index.js';

const THEMA = 'samples/themacontrole/thema.json';
const POPULATIE = 'samples/themacontrole/populatie.csv';
const basis = JSON.parse(readFileSync(THEMA, 'utf8')) as Record<string, unknown>;

interface Uit {
  selectie: { id: string; criteria: string[]; stratum: string | null }[];
  samenvatting: Record<string, unknown>;
}

function selecteer(thema: string, populatie = POPULATIE, db = path.join(tijdelijkeMap(), 'szmh.db'), extra: string[] = []) {
  const r = szmh(['themacontrole', 'selecteer', thema, '--populatie', populatie, '--format', 'json', '--db', db, '--peildatum', '2026-11-23', '--log-level', 'info', ...extra]);
  return { ...r, uit: r.code === 0 ? (JSON.parse(r.stdout) as Uit) : undefined };
}

function themaBestand(wijziging: Record<string, unknown>, map = tijdelijkeMap()): string {
  return bestand('thema.json', JSON.stringify({ ...basis, ...wijziging }), map);
}

describe('szmh themacontrole selecteer: reproduceerbaar', () => {
  it('zelfde thema en seed op dezelfde populatie: dezelfde id\'s en dezelfde hashes, ook met de regels in een andere volgorde', () => {
    const a = selecteer(THEMA);
    const b = selecteer(THEMA);
    expect(a.code, a.stderr).toBe(0);
    expect(b.uit!.selectie.map((s) => s.id)).toEqual(a.uit!.selectie.map((s) => s.id));
    expect(b.uit!.samenvatting.selectie_sha256).toBe(a.uit!.samenvatting.selectie_sha256);
    expect(b.uit!.samenvatting.thema_sha256).toBe(a.uit!.samenvatting.thema_sha256);
    // andere volgorde van de regels: ander bestand (andere populatie-hash), dezelfde selectie
    const [kop, ...regels] = readFileSync(POPULATIE, 'utf8').trim().split('\n');
    const omgekeerd = bestand('populatie.csv', `${kop}\n${regels.reverse().join('\n')}\n`);
    const c = selecteer(THEMA, omgekeerd);
    expect(c.uit!.selectie.map((s) => s.id)).toEqual(a.uit!.selectie.map((s) => s.id));
    expect(c.uit!.samenvatting.selectie_sha256).toBe(a.uit!.samenvatting.selectie_sha256);
    expect(c.uit!.samenvatting.populatie_sha256).not.toBe(a.uit!.samenvatting.populatie_sha256);
    // sleutels in een andere volgorde in het themabestand: dezelfde thema-hash
    const herschikt = bestand('t.json', JSON.stringify(Object.fromEntries(Object.entries(basis).reverse())));
    expect(selecteer(herschikt).uit!.samenvatting.thema_sha256).toBe(a.uit!.samenvatting.thema_sha256);
  });

  it('de steekproef: de gevraagde omvang, evenredig over de gemeenten; een andere seed trekt anders', () => {
    const a = selecteer(THEMA).uit!;
    expect(a.selectie).toHaveLength(8);
    expect(a.samenvatting).toMatchObject({ populatie_aantal: 60, geselecteerd: 8, seed: '20261001', steekproef_omvang: 8, strata: 'gemeente' });
    const zonder = selecteer(themaBestand({ steekproef: undefined })).uit!;
    expect(zonder.selectie.length).toBe(a.samenvatting.kandidaten);
    const anders = selecteer(themaBestand({ steekproef: { omvang: 8, seed: 7, strata: 'gemeente' } })).uit!;
    expect(anders.selectie.map((s) => s.id)).not.toEqual(a.selectie.map((s) => s.id));
  });

  it('elk geselecteerd geval noemt de criteria die afgingen (R-HH-03), en voldoet aan de combinatie (minstens 2)', () => {
    const uit = selecteer(THEMA).uit!;
    for (const s of uit.selectie) expect(s.criteria.length).toBeGreaterThanOrEqual(2);
    const populatie = new Map(
      readFileSync(POPULATIE, 'utf8')
        .trim()
        .split('\n')
        .slice(1)
        .map((r) => r.split(';'))
        .map((v) => [v[0]!, v]),
    );
    for (const s of uit.selectie) {
      const v = populatie.get(s.id)!;
      expect(s.criteria.includes('K1')).toBe(v[4] === 'alleenstaande');
      expect(s.criteria.includes('K2')).toBe(Number(v[5]) >= 2);
      expect(s.criteria.includes('K3')).toBe(v[7]! < '2025-01-01');
    }
  });

  it('de run staat in de store met de hashes en de selectie, en in het auditlog', () => {
    const db = path.join(tijdelijkeMap(), 'szmh.db');
    const uit = selecteer(THEMA, POPULATIE, db).uit!;
    const d = new Database(db, { readonly: true });
    const run = d.prepare('SELECT * FROM themacontrole_run').get() as Record<string, unknown>;
    expect(run).toMatchObject({ thema_id: 'TC-2026-01', thema_sha256: uit.samenvatting.thema_sha256, selectie_sha256: uit.samenvatting.selectie_sha256, seed: '20261001', geselecteerd: 8, populatie_aantal: 60 });
    expect((d.prepare('SELECT count(*) n FROM themacontrole_selectie').get() as { n: number }).n).toBe(8);
    expect(d.prepare("SELECT details FROM audit WHERE actie = 'themacontrole_selectie'").get()).toBeDefined();
  });
});

describe('szmh themacontrole selecteer: beschermde kenmerken en declaratieve criteria', () => {
  it('een criterium op nationaliteit zonder rechtvaardiging: exit 3 met de reden (CRvB 2018:1541), niets vastgelegd', () => {
    const db = path.join(tijdelijkeMap(), 'szmh.db');
    const r = selecteer('samples/themacontrole/thema-nationaliteit.json', POPULATIE, db);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/criterium K1 gebruikt het beschermde kenmerk 'nationaliteit'/);
    expect(r.stderr).toMatch(/verdacht onderscheid \(CRvB 5 juni 2018, ECLI:NL:CRVB:2018:1541\)/);
    expect(r.stderr).toMatch(/rechtvaardiging/);
  });

  it('geboorteland, geboorteplaats, etniciteit en afgeleiden, ook als stratum, worden herkend; een te korte rechtvaardiging telt niet', () => {
    for (const veld of ['geboorteland', 'Geboorte plaats', 'etniciteit', 'land_van_geboorte', 'nationaliteit_partner']) expect(beschermdKenmerk(veld.toLowerCase().replace(/\s+/g, '_')), veld).toBeDefined();
    expect(beschermdKenmerk('gemeente')).toBeUndefined();
    const strata = leesThema({ ...basis, steekproef: { omvang: 3, seed: 1, strata: 'geboorteland' } }, 't');
    expect(() => toetsBeschermdeKenmerken(strata)).toThrow(/steekproef\.strata gebruikt het beschermde kenmerk 'geboorteland'/);
    const kort = leesThema({ ...basis, combinatie: 'alle', criteria: [{ veld: 'geboorteplaats', operator: '!=', waarde: 'Maastricht' }], rechtvaardiging: 'omdat het moet' }, 't');
    expect(() => toetsBeschermdeKenmerken(kort)).toThrow(/ten minste 20 tekens/);
  });

  it('met een schriftelijke rechtvaardiging mag het, met een waarschuwing en de rechtvaardiging in de verantwoording', () => {
    const nat = JSON.parse(readFileSync('samples/themacontrole/thema-nationaliteit.json', 'utf8'));
    const rechtvaardiging = 'Aanwijzingen uit eerdere dossiers van niet opgegeven vermogen in het land van herkomst; evenredig want alleen dossieronderzoek, goedgekeurd door de privacy officer';
    const t = bestand('t.json', JSON.stringify({ ...nat, rechtvaardiging }));
    const r = selecteer(t);
    expect(r.code, r.stderr).toBe(0);
    expect(r.uit!.samenvatting).toMatchObject({ rechtvaardiging, beschermde_kenmerken: ['criterium K1: nationaliteit'] });
    expect(r.stderr).toMatch(/selectie op een beschermd kenmerk, met schriftelijke rechtvaardiging/);
  });

  it('geen vrije code: een onbekende sleutel in een criterium of thema is exit 2; doel, grondslag en goedkeurder zijn verplicht', () => {
    const code = selecteer(themaBestand({ combinatie: 'alle', criteria: [{ veld: 'leefvorm', operator: '=', waarde: 'x', code: 'row.x > 1' }] }));
    expect(code.code).toBe(2);
    expect(code.stderr).toMatch(/criteria\[0\]\.code: onbekende sleutel.*vrije code/);
    expect(selecteer(themaBestand({ expressie: 'true' })).stderr).toMatch(/thema\.expressie: onbekende sleutel/);
    for (const veld of ['doel', 'grondslag', 'goedgekeurd_door']) {
      const r = selecteer(themaBestand({ [veld]: undefined }));
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`${veld}: verwacht een niet-lege tekst`);
    }
    const onbekendVeld = selecteer(themaBestand({ combinatie: 'alle', criteria: [{ id: 'K9', veld: 'schoenmaat', operator: '>', waarde: 45 }] }));
    expect(onbekendVeld.code).toBe(2);
    expect(onbekendVeld.stderr).toMatch(/criterium K9 gebruikt veld 'schoenmaat'/);
  });

  it('geen BSN of naam in een logregel, ook niet als de populatie BSN\'s bevat', () => {
    const map = tijdelijkeMap();
    const pop = bestand('p.csv', 'id;bsn;naam;leefvorm;volwassenen_op_adres;laatste_heronderzoek;gemeente\n999725877;999725877;Jansen;alleenstaande;3;2020-01-01;Vaals\n999846450;999846450;Pieters;alleenstaande;1;2020-01-01;Vaals\n', map);
    const r = szmh(['themacontrole', 'selecteer', THEMA, '--populatie', pop, '--format', 'csv', '--output', path.join(map, 'uit.csv'), '--db', path.join(map, 'db'), '--log-level', 'debug']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/selectie vastgelegd/);
    expect(r.stderr).not.toMatch(/999725877|999846450|Jansen|Pieters|teamleider/);
    expect(readFileSync(path.join(map, 'uit.csv'), 'utf8')).toContain('999725877');
  });
});

describe('criteria en steekproef (regels)', () => {
  const c = (operator: Criterium['operator'], waarde?: Criterium['waarde']): Criterium => ({ id: 'K', veld: 'x', operator, ...(waarde !== undefined ? { waarde } : {}) });

  it('getallen met decimale komma, datums in beide vormen, tekst zonder hoofdletters, lijsten en leeg', () => {
    expect(toets(c('>=', 2), '2')).toBe(true);
    expect(toets(c('>', 1000), '1.020,75')).toBe(true);
    expect(toets(c('<', 1000), '999,99')).toBe(true);
    expect(toets(c('<', '2025-01-01'), '31-12-2024')).toBe(true);
    expect(toets(c('<', '2025-01-01'), '2025-01-01')).toBe(false);
    expect(toets(c('=', 'Alleenstaande'), ' alleenstaande ')).toBe(true);
    expect(toets(c('in', ['IOAW', 'IOAZ']), 'ioaz')).toBe(true);
    expect(toets(c('niet_in', ['IOAW']), 'PW-ALG')).toBe(true);
    expect(toets(c('tussen', [100, 200]), '200,00')).toBe(true);
    expect(toets(c('bevat', 'straat'), 'Kerkstraat 1')).toBe(true);
    expect(toets(c('leeg'), '')).toBe(true);
    expect(toets(c('niet_leeg'), undefined)).toBe(false);
    expect(toets(c('>=', 2), 'veel')).toBe('onleesbaar');
    expect(toets(c('=', true), 'ja')).toBe(true);
  });

  it('steekproef per stratum: de grootste-restmethode; op lot en daarna op id, onafhankelijk van de volgorde', () => {
    const k: Selectie[] = [];
    for (let i = 0; i < 60; i++) k.push({ id: `G${String(i).padStart(3, '0')}`, criteria: ['K1'], stratum: i < 30 ? 'A' : i < 50 ? 'B' : 'C' });
    const s = trekSteekproef(k, { omvang: 7, seed: '42', strata: 'x' });
    // 30/60·7 = 3,5 → 3; 20/60·7 = 2,33 → 2; 10/60·7 = 1,17 → 1; rest 1 naar A (0,5 is de grootste rest)
    const per = (st: string) => s.filter((x) => x.stratum === st).length;
    expect([per('A'), per('B'), per('C')]).toEqual([4, 2, 1]);
    expect(trekSteekproef([...k].reverse(), { omvang: 7, seed: '42', strata: 'x' })).toEqual(s);
    expect(selectieHash(s)).toBe(selectieHash([...s].reverse()));
    expect(trekSteekproef(k, { omvang: 100, seed: '1' })).toHaveLength(60);
  });

  it('combinatie "alle" en "een"', () => {
    const gevallen: Geval[] = [
      { id: '1', velden: new Map([['a', '1'], ['b', '1']]) },
      { id: '2', velden: new Map([['a', '1'], ['b', '0']]) },
      { id: '3', velden: new Map([['a', '0'], ['b', '0']]) },
    ];
    const thema = (combinatie: unknown) =>
      leesThema({ ...basis, steekproef: undefined, combinatie, criteria: [{ veld: 'a', operator: '=', waarde: 1 }, { veld: 'b', operator: '=', waarde: 1 }] }, 't');
    expect(pasCriteriaToe(thema('alle'), gevallen).kandidaten.map((k) => k.id)).toEqual(['1']);
    expect(pasCriteriaToe(thema('een'), gevallen).kandidaten.map((k) => [k.id, k.criteria])).toEqual([['1', ['K1', 'K2']], ['2', ['K1']]]);
  });

  it('trefkans: treffers gedeeld door gevallen met een resultaat', () => {
    expect(trefkans(3, 8)).toBe('0.3750');
    expect(trefkans(0, 0)).toBeNull();
  });
});

describe('szmh themacontrole resultaat | afsluiten | rapport', () => {
  it('resultaten per geval, trefkans per thema, en één afgeronde themacontrole in 2018 geeft 1/1 (R-HH-01)', () => {
    const map = tijdelijkeMap();
    const db = path.join(map, 'szmh.db');
    const run = (args: string[], peil: string) => szmh([...args, '--db', db, '--peildatum', peil, '--format', 'json', '--log-level', 'warn']);
    const thema = themaBestand({ id: 'TC-2018-01', steekproef: { omvang: 4, seed: 2018 } }, map);
    const sel = JSON.parse(run(['themacontrole', 'selecteer', thema, '--populatie', POPULATIE], '2018-03-01').stdout) as Uit;
    const ids = sel.selectie.map((s) => s.id);
    expect(ids).toHaveLength(4);
    const res = bestand('res.csv', `thema_id;id;resultaat;toelichting\nTC-2018-01;${ids[0]};HERZIEN;samenwonend\nTC-2018-01;${ids[1]};geen_overlap;\nTC-2018-01;${ids[2]};terugvordering;\n`, map);
    expect(JSON.parse(run(['themacontrole', 'resultaat', res], '2018-05-01').stdout)[0]).toMatchObject({ nieuw: 3, al_verwerkt: false });
    expect(JSON.parse(run(['themacontrole', 'resultaat', res], '2018-05-02').stdout)[0]).toMatchObject({ nieuw: 0, al_verwerkt: true });
    const fout = bestand('fout.csv', 'thema_id;id;resultaat\nTC-2018-01;NIET-GESELECTEERD;BOETE\n', map);
    const f = run(['themacontrole', 'resultaat', fout], '2018-05-02');
    expect(f.code).toBe(2);
    expect(f.stderr).toMatch(/niet geselecteerd in thema TC-2018-01/);

    const voor = JSON.parse(run(['themacontrole', 'rapport', '--jaar', '2018'], '2018-06-01').stdout);
    expect(voor.samenvatting).toMatchObject({ jaar: 2018, afgeronde_themacontroles: 0, norm: 1, norm_gehaald: false });
    expect(voor.themas[0]).toMatchObject({ thema_id: 'TC-2018-01', geselecteerd: 4, met_resultaat: 3, treffers: 2, trefkans: '0.6667' });

    const afsl = run(['themacontrole', 'afsluiten', 'TC-2018-01', '--op', '2018-11-30'], '2018-12-01');
    expect(afsl.code, afsl.stderr).toBe(0);
    expect(JSON.parse(afsl.stdout)[0]).toMatchObject({ uitkomst: 'afgesloten', afgesloten_op: '2018-11-30', zonder_resultaat: 1 });
    expect(afsl.stderr).toMatch(/nog geen resultaat/);
    const na = JSON.parse(run(['themacontrole', 'rapport', '--jaar', '2018'], '2019-01-10').stdout);
    expect(na.samenvatting).toMatchObject({ afgeronde_themacontroles: 1, norm: 1, norm_gehaald: true });
    const tabel = szmh(['themacontrole', 'rapport', '--jaar', '2018', '--db', db, '--format', 'table', '--log-level', 'silent']).stdout;
    expect(tabel).toMatch(/afgeronde themacontroles\s+1\nnorm\s+1\nnorm gehaald\s+ja/);
    expect(JSON.parse(run(['themacontrole', 'rapport', '--jaar', '2019'], '2019-01-10').stdout).samenvatting).toMatchObject({ afgeronde_themacontroles: 0, norm_gehaald: false });
    expect(JSON.parse(run(['themacontrole', 'afsluiten', 'TC-2018-01'], '2019-01-10').stdout)[0]).toMatchObject({ uitkomst: 'al_afgesloten', afgesloten_op: '2018-11-30' });
  });
});
