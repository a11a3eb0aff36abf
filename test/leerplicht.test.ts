import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { bestand, szmh, tijdelijkeMap } from './cli.js';

const KOP = 'leerling_id;geboortedatum;startkwalificatie_op';
const PEIL = ['--peildatum', '2026-11-23'];

/** Draait `leerplicht status` met --output in een lege map; geeft uitkomst en de bestanden in die map. */
function draai(invoer: string | Buffer, extra: string[] = []) {
  const map = tijdelijkeMap();
  const pad = bestand('leerlingen.csv', invoer, map);
  const uit = path.join(map, 'uit.json');
  const r = szmh(['leerplicht', 'status', pad, '--output', uit, '--format', 'json', ...PEIL, '--log-level', 'warn', ...extra]);
  return { ...r, pad, uit, bestanden: readdirSync(map).sort() };
}

interface Rij {
  leerling_id: string;
  leerplichtig_vanaf: string;
  leerplicht_tot: string;
  kwalificatieplicht_tot: string;
  rmc_tot: string | null;
  status: string;
  trace: { stappen: { regel: string }[] };
}

describe('szmh leerplicht status', () => {
  it('geeft JSON met leerling_id eerst, de vier datums, de status en de trace', () => {
    const r = draai(`${KOP}\nL-1;1-8-2010;\n`);
    expect(r.code).toBe(0);
    const [rij] = JSON.parse(readFileSync(r.uit, 'utf8')) as Rij[];
    expect(Object.keys(rij!)).toEqual(['leerling_id', 'leerplichtig_vanaf', 'leerplicht_tot', 'kwalificatieplicht_tot', 'rmc_tot', 'status', 'trace']);
    // 5 op 1-8-2015 → 1-9-2015; 16 op 1-8-2026 (schooljaar 2026-2027) → 31-7-2027; 18 op 1-8-2028; 23 op 1-8-2033.
    expect(rij).toMatchObject({
      leerling_id: 'L-1',
      leerplichtig_vanaf: '2015-09-01',
      leerplicht_tot: '2027-07-31',
      kwalificatieplicht_tot: '2028-07-31',
      rmc_tot: '2033-07-31',
      status: 'leerplichtig',
    });
    expect(rij!.trace.stappen.map((s) => s.regel)).toEqual(['LP-3-1-begin', 'LP-3-1b', 'LP-4b', 'LP-RMC', 'LP-status']);
    expect(statSync(r.uit).mode & 0o777).toBe(0o600);
  });

  it('samples/leerplicht/leerlingen.csv op 2026-11-23: elke status en elke grens, met de hand nagerekend', () => {
    const r = szmh(['leerplicht', 'status', 'samples/leerplicht/leerlingen.csv', '--format', 'json', ...PEIL, '--log-level', 'silent']);
    expect(r.code).toBe(0);
    const rijen = (JSON.parse(r.stdout) as Rij[]).map((x) => [x.leerling_id, x.leerplichtig_vanaf, x.leerplicht_tot, x.kwalificatieplicht_tot, x.rmc_tot, x.status]);
    expect(rijen).toEqual([
      // 5 op 14-3-2027 → 1-4-2027; 16 op 14-3-2038 → 31-7-2038; 18 op 14-3-2040; 23 op 14-3-2045
      ['LL-0001', '2027-04-01', '2038-07-31', '2040-03-13', '2045-03-13', 'nog_niet_leerplichtig'],
      // geboren op de 1e: 5 op 1-11-2026 (november) → pas 1-12-2026, dus op 23-11 nog niet
      ['LL-0002', '2026-12-01', '2038-07-31', '2039-10-31', '2044-10-31', 'nog_niet_leerplichtig'],
      // 5 op 31-10-2026 → 1-11-2026
      ['LL-0003', '2026-11-01', '2038-07-31', '2039-10-30', '2044-10-30', 'leerplichtig'],
      // geboren op de 1e: 5 op 1-10-2026 → 1-11-2026
      ['LL-0004', '2026-11-01', '2038-07-31', '2039-09-30', '2044-09-30', 'leerplichtig'],
      // 29-2-2020: 5 op 1-3-2025 → 1-4-2025; 16 op 29-2-2036 (schrikkeljaar); 18 op 1-3-2038; 23 op 1-3-2043
      ['LL-0005', '2025-04-01', '2036-07-31', '2038-02-28', '2043-02-28', 'leerplichtig'],
      // 31-7-2010: 16 op 31-7-2026, nog schooljaar 2025-2026 → leerplicht tot 31-7-2026
      ['LL-0006', '2015-08-01', '2026-07-31', '2028-07-30', '2033-07-30', 'kwalificatieplichtig'],
      // 1-8-2010: 16 op 1-8-2026, schooljaar 2026-2027 → leerplicht tot 31-7-2027
      ['LL-0007', '2015-09-01', '2027-07-31', '2028-07-31', '2033-07-31', 'leerplichtig'],
      // 20-5-2009: 16 op 20-5-2025 → 31-7-2025; 18 op 20-5-2027
      ['LL-0008', '2014-06-01', '2025-07-31', '2027-05-19', '2032-05-19', 'kwalificatieplichtig'],
      // diploma 1-7-2026 vóór leerplicht_tot 31-7-2026: geen kwalificatieplicht, geen RMC
      ['LL-0009', '2014-10-01', '2026-07-31', '2026-07-31', null, 'geen'],
      // diploma op 17 (30-6-2026): kwalificatieplicht tot de diplomadag
      ['LL-0010', '2014-01-01', '2025-07-31', '2026-06-30', null, 'geen'],
      // 18 op 24-11-2026: de peildatum is de laatste dag van de kwalificatieplicht
      ['LL-0011', '2013-12-01', '2025-07-31', '2026-11-23', '2031-11-23', 'kwalificatieplichtig'],
      // 18 op de peildatum: RMC
      ['LL-0012', '2013-12-01', '2025-07-31', '2026-11-22', '2031-11-22', 'rmc'],
      // 29-2-2008: 5 op 1-3-2013; 16 op 29-2-2024; 18 op 1-3-2026; 23 op 1-3-2031
      ['LL-0013', '2013-04-01', '2024-07-31', '2026-02-28', '2031-02-28', 'rmc'],
      // diploma op 19 (4-7-2025): RMC van 11-2-2024 t/m de diplomadag
      ['LL-0014', '2011-03-01', '2022-07-31', '2024-02-10', '2025-07-04', 'geen'],
      ['LL-0015', '2010-07-01', '2021-07-31', '2023-06-09', '2028-06-09', 'rmc'],
      // 23 op 24-11-2026: de peildatum is de laatste RMC-dag
      ['LL-0016', '2008-12-01', '2020-07-31', '2021-11-23', '2026-11-23', 'rmc'],
      // 23 op de peildatum: geen
      ['LL-0017', '2008-12-01', '2020-07-31', '2021-11-22', '2026-11-22', 'geen'],
      ['LL-0018', '2007-02-01', '2018-07-31', '2020-01-14', '2025-01-14', 'geen'],
      // 29-2-2004: 23 op 1-3-2027 → RMC t/m 28-2-2027
      ['LL-0019', '2009-04-01', '2020-07-31', '2022-02-28', '2027-02-28', 'rmc'],
      // geboren op de peildatum (mag): 5 op 23-11-2031 → 1-12-2031
      ['LL-0020', '2031-12-01', '2043-07-31', '2044-11-22', '2049-11-22', 'nog_niet_leerplichtig'],
    ]);
  });

  it('CSV: de datums en de status zonder trace (die staat in JSON); rmc_tot is leeg als er geen RMC-periode is; een BSN komt nooit in de uitvoer', () => {
    const invoer = 'leerling_id,bsn,geboortedatum,startkwalificatie_op\nL-1,999945804,2009-09-15,2026-07-01\n';
    const map = tijdelijkeMap();
    const csv = szmh(['leerplicht', 'status', bestand('l.csv', invoer, map), '--format', 'csv', ...PEIL, '--log-level', 'silent']);
    expect(csv.code).toBe(0);
    expect(csv.stdout).toBe('leerling_id,leerplichtig_vanaf,leerplicht_tot,kwalificatieplicht_tot,rmc_tot,status\nL-1,2014-10-01,2026-07-31,2026-07-31,,geen\n');
    const json = szmh(['leerplicht', 'status', path.join(map, 'l.csv'), '--format', 'json', ...PEIL, '--log-level', 'silent']);
    expect(JSON.parse(json.stdout)[0].trace.stappen.map((s: { regel: string }) => s.regel)).toEqual(['LP-3-1-begin', 'LP-3-1b', 'LP-4a-1b', 'LP-RMC', 'LP-status']);
    expect(csv.stdout + json.stdout).not.toContain('999945804');
  });

  it.each([
    ['een ontbrekende kolom', 'leerling_id;startkwalificatie_op\nL-1;\n', /regel 1, kolom 'geboortedatum': verplichte kolom/],
    ['een geboortedatum na de peildatum', `${KOP}\nL-1;1-8-2010;\nL-2;24-11-2026;\n`, /regel 3, kolom 'geboortedatum': 2026-11-24 ligt na de peildatum 2026-11-23/],
    ['een startkwalificatie vóór de geboortedatum', `${KOP}\nL-1;1-8-2010;31-7-2010\n`, /regel 2, kolom 'startkwalificatie_op': 2010-07-31 ligt vóór de geboortedatum 2010-08-01/],
    ['29 februari in een jaar zonder', `${KOP}\nL-1;29-2-2011;\n`, /regel 2, kolom 'geboortedatum': '29-2-2011' is geen bestaande datum/],
    ['een lege leerling_id', `${KOP}\n;1-8-2010;\n`, /regel 2, kolom 'leerling_id': verplicht veld is leeg/],
    ['een leerling die twee keer voorkomt', `${KOP}\nL-1;1-8-2010;\nL-1;1-8-2010;\n`, /regel 3, kolom 'leerling_id': leerling L-1 staat al eerder/],
    ['een onbekende gemeente', `${KOP};gemeente\nL-1;1-8-2010;;Heerlen\n`, /regel 2, kolom 'gemeente'/],
    ['een ongeldig BSN', `${KOP};bsn\nL-1;1-8-2010;;999945804\nL-2;1-8-2010;;999945805\n`, /regel 3, kolom 'bsn': ongeldig BSN/],
  ])('%s: exitcode 2, bestand/regel/kolom in de melding, geen uitvoer', (_naam, invoer, melding) => {
    const r = draai(invoer);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(melding);
    expect(r.stderr).toContain(r.pad);
    expect(r.bestanden).toEqual(['leerlingen.csv']);
  });

  it('noemt een BSN nooit in een foutmelding of log', () => {
    const r = draai(`${KOP};bsn\nL-1;1-8-2010;;999945805\n`, ['--log-level', 'debug']);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(/\d{9}/);
  });

  it('--continue-on-error: de goede leerlingen krijgen een status, de slechte worden gemeld, exitcode 1', () => {
    const r = draai(`${KOP}\nL-1;1-8-2010;\nL-2;1-12-2030;\nL-3;31-7-2010;\n`, ['--continue-on-error']);
    expect(r.code).toBe(1);
    expect((JSON.parse(readFileSync(r.uit, 'utf8')) as Rij[]).map((x) => [x.leerling_id, x.status])).toEqual([
      ['L-1', 'leerplichtig'],
      ['L-3', 'kwalificatieplichtig'],
    ]);
    expect(r.stderr).toMatch(/Afgekeurd \(1\):\n {2}\S+leerlingen\.csv, regel 3, kolom 'geboortedatum': 2030-12-01 ligt na de peildatum/);
  });

  it('een peildatum vóór de ingangsdatum van de parameters: exitcode 3, de parameter genoemd, geen uitvoer', () => {
    const map = tijdelijkeMap();
    const pad = bestand('l.csv', `${KOP}\nL-1;1-8-2000;\n`, map);
    const r = szmh(['leerplicht', 'status', pad, '--peildatum', '2007-07-31', '--output', path.join(map, 'uit.csv'), '--log-level', 'silent']);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain("parameter 'leerplicht.leeftijd.begin'");
    expect(readdirSync(map)).toEqual(['l.csv']);
  });

  it('--params: een wat-als voor één gemeente verandert alleen de leerlingen van die gemeente', () => {
    const overlay = bestand(
      'wat-als.json',
      JSON.stringify({ gemeenten: { Vaals: { parameters: { 'leerplicht.leeftijd.einde': { waarden: [{ vanaf: '2026-01-01', waarde: 17, bron: 'wat-als', status: 'onbevestigd' }] } } } } }),
    );
    const r = draai(`${KOP};gemeente\nV;1-8-2010;;Vaals\nM;1-8-2010;;Maastricht\n`, ['--params', overlay]);
    expect(r.code).toBe(0);
    // Vaals: 17 op 1-8-2027 (schooljaar 2027-2028) → 31-7-2028; Maastricht: 16 op 1-8-2026 → 31-7-2027.
    expect((JSON.parse(readFileSync(r.uit, 'utf8')) as Rij[]).map((x) => [x.leerling_id, x.leerplicht_tot])).toEqual([
      ['V', '2028-07-31'],
      ['M', '2027-07-31'],
    ]);
    expect(r.stderr).toContain('leerplicht.leeftijd.einde (vanaf 2026-01-01) is onbevestigd');
  });

  it('--explain noemt per stap de regel, het artikel en de bron, en dat de wet de eerste schooldag noemt', () => {
    const map = tijdelijkeMap();
    const pad = bestand('l.csv', `${KOP}\nL-1;1-3-2021;\n`, map);
    const r = szmh(['leerplicht', 'status', pad, '--format', 'table', '--explain', ...PEIL, '--log-level', 'silent']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('leerling L-1: leerplichtig');
    expect(r.stdout).toContain('[LP-3-1-begin] art 3 lid 1 Leerplichtwet 1969');
    expect(r.stdout).toContain('De leerling wordt 5 op 2026-03-01; de leerplicht begint in de maand daarna.');
    expect(r.stdout).toContain('De wet noemt de eerste schooldag van die maand');
    expect(r.stdout).toContain('parameter leerplicht.leeftijd.begin = 5 (vanaf 2007-08-01; geverifieerd; regio; bron: art 3 lid 1 Leerplichtwet 1969');
    expect(r.stdout).toContain('uitkomst: 2026-04-01');
  });

  it('leest een Excel-export in Windows-1252 met puntkomma en d-m-jjjj', () => {
    const tekst = `${KOP};toelichting\nL-1;1-8-2010;;leerling met é en ü\n`;
    const r = draai(Buffer.from(tekst, 'latin1'));
    expect(r.code).toBe(0);
    expect((JSON.parse(readFileSync(r.uit, 'utf8')) as Rij[])[0]!.status).toBe('leerplichtig');
  });
});
