/**
 * `szmh rapport marap|artikel25` door de echte CLI: de JSON van het rapport bevat precies de rijen
 * van de broncommando's, de pagina is zelfstandig en ge-escaped, xlsx heeft een blad per tabel.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { bestand, tijdelijkeMap } from './cli.js';
import { PEIL, rapportdatabase } from './rapportdb.js';

let map: string;
let s: ReturnType<typeof rapportdatabase>;
const json = (r: { stdout: string; code: number; stderr: string }) => {
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
};

beforeAll(() => {
  map = tijdelijkeMap();
  s = rapportdatabase(map);
});

describe('szmh rapport marap', () => {
  it('de ontvangsten zijn precies de rijen van debiteuren rapport; fraude geïnd is de stroom fraude daaruit; SZMH is de som', () => {
    const marap = json(s('rapport', 'marap', '--periode', '2026-T3', '--format', 'json'));
    const rapport = json(s('debiteuren', 'rapport', '--periode', '2026-T3', '--format', 'json'));
    expect(marap).toMatchObject({ rapport: 'marap', periode: '2026-T3', van: '2026-09-01', tot: '2026-12-31', uiterlijk: '2027-01-30', peildatum: PEIL });
    expect(marap.ontvangsten).toEqual(rapport);
    const fraude = rapport.find((r: { stroom: string; gemeente: string }) => r.stroom === 'fraude' && r.gemeente === 'SZMH totaal');
    const totaal = marap.fraude.at(-1);
    expect(totaal).toMatchObject({ gemeente: 'SZMH totaal', geind_periode: fraude.ontvangen_periode, geind_jaar: fraude.ontvangen_jaar, doel_geind: fraude.jaardoel, verwacht_geind: fraude.verwacht_naar_rato });
    // Jaardoel vastgesteld 2026: het laatst bekende (DVO 2018) € 650.000; na T3 (december) naar rato 12/12.
    expect(totaal).toMatchObject({ doel_vastgesteld: '650000.00', verwacht_vastgesteld: '650000.00' });
    const centen = (veld: string) => marap.fraude.slice(0, -1).reduce((som: number, r: Record<string, string>) => som + Math.round(Number(r[veld]) * 100), 0);
    for (const veld of ['vastgesteld_periode', 'vastgesteld_jaar', 'geind_periode']) expect(Math.round(Number(totaal[veld]) * 100)).toBe(centen(veld));
    expect(marap.waarschuwingen).toContain('geen jaardoel fraude_vastgesteld voor 2026 vastgelegd: het doel van 2018 is gebruikt');
  });

  it('werkvoorraad: de achterstanden en de niet-gekoppelde ontvangsten tellen op tot hun commando; het totaal is de som van de klassen', () => {
    const marap = json(s('rapport', 'marap', '--periode', '2026-T3', '--format', 'json'));
    const achterstanden = json(s('debiteuren', 'achterstanden', '--format', 'json'));
    const werklijst = json(s('verzuim', 'werklijst', '--format', 'json'));
    const totaal = (lijst: string) => marap.werkvoorraad.find((r: { werklijst: string; klasse: string }) => r.werklijst === lijst && r.klasse === 'totaal');
    expect(totaal('achterstanden betalingsafspraken').aantal).toBe(achterstanden.length);
    const open = achterstanden.reduce((som: number, a: { open: string }) => som + Math.round(Number(a.open) * 100), 0);
    expect(Math.round(Number(totaal('achterstanden betalingsafspraken').bedrag) * 100)).toBe(open);
    expect(totaal('open verzuimmeldingen')).toMatchObject({ aantal: werklijst.length, bedrag: null });
    for (const lijst of new Set<string>(marap.werkvoorraad.map((r: { werklijst: string }) => r.werklijst))) {
      const klassen = marap.werkvoorraad.filter((r: { werklijst: string; klasse: string }) => r.werklijst === lijst && r.klasse !== 'totaal');
      expect(klassen.map((r: { klasse: string }) => r.klasse)).toEqual(['0-14', '15-28', '29-56', '57-91', '92+']);
      expect(klassen.reduce((n: number, r: { aantal: number }) => n + r.aantal, 0)).toBe(totaal(lijst).aantal);
    }
  });

  it('IB: per gemeente precies de regels "alle producten" van ib rapport; de open signalen zijn de ib werklijst', () => {
    const marap = json(s('rapport', 'marap', '--periode', '2026-T3', '--format', 'json'));
    const ib = json(s('ib', 'rapport', '--periode', '2026-T3', '--format', 'json')).filter((r: { product: string }) => r.product === 'alle producten');
    const zonder = ({ product: _p, open_te_laat: _t, afgesloten_binnen_termijn: _b, gemiddelde_doorlooptijd_dagen: _d, ...r }: Record<string, unknown>) => ({ ...r, gemeente: r.gemeente === 'SZMH' ? 'SZMH totaal' : r.gemeente });
    const metSignalen = marap.ib.filter((r: { ontvangen: number }) => r.ontvangen > 0);
    expect(metSignalen).toEqual(ib.map(zonder));
    expect(marap.ib.at(-1).ontvangen).toBeGreaterThan(0);
    expect(marap.ib.at(-1).afgesloten).toBeGreaterThan(0);
    const open = marap.werkvoorraad.find((r: { werklijst: string; klasse: string }) => r.werklijst === 'open IB-signalen' && r.klasse === 'totaal');
    expect(open.aantal).toBe(json(s('ib', 'werklijst', '--format', 'json')).length);
  });

  it('een gemeente met een eigen doel in haar overlay krijgt een doel en verwachting naar rato op haar regel (Vaals BUIG € 120.000, na T2: × 8/12 = € 80.000)', () => {
    const overlay = bestand('vaals.json', JSON.stringify({ gemeenten: { Vaals: { parameters: { 'debiteuren.doel.buig': { waarden: [{ vanaf: '2026-01-01', waarde: '120000.00', bron: 'proef', status: 'onbevestigd' }] } } } } }), map);
    const marap = json(s('rapport', 'marap', '--periode', '2026-T2', '--format', 'json', '--params', overlay));
    const regel = (g: string) => marap.ontvangsten.find((r: { stroom: string; gemeente: string }) => r.stroom === 'buig' && r.gemeente === g);
    expect(regel('Vaals')).toMatchObject({ jaardoel: '120000.00', verwacht_naar_rato: '80000.00' });
    expect(regel('Maastricht')).toMatchObject({ jaardoel: null, verwacht_naar_rato: null });
    expect(regel('SZMH totaal')).toMatchObject({ jaardoel: '1500000.00', verwacht_naar_rato: '1000000.00' });
  });

  it('--output X.html: één pagina zonder script of netwerk, met de grafieken; mode 0600', () => {
    const uit = path.join(map, 'marap.html');
    expect(s('rapport', 'marap', '--periode', '2026-T3', '-o', uit).code).toBe(0);
    const html = readFileSync(uit, 'utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
    expect(html.match(/https?:\/\/[^"]+/g)).toEqual(Array(6).fill('http://www.w3.org/2000/svg'));
    for (const id of ['ontvangsten-doel', 'ontvangsten-gemeente', 'fraude-doel', 'fraude-gemeente', 'ib-afsluitcodes', 'werkvoorraad']) expect(html).toContain(`data-grafiek="${id}"`);
  });

  it('xlsx: een blad per tabel; CSV kan niet (meer tabellen), zonder --format naar een pijp wordt het JSON', async () => {
    const uit = path.join(map, 'marap.xlsx');
    expect(s('rapport', 'marap', '--periode', '2026-T3', '-o', uit).code).toBe(0);
    const boek = new ExcelJS.Workbook();
    await boek.xlsx.readFile(uit);
    expect(boek.worksheets.map((b) => b.name)).toEqual(['ontvangsten', 'fraude', 'ib', 'werkvoorraad']);
    const csv = s('rapport', 'marap', '--periode', '2026-T3', '--format', 'csv');
    expect(csv.code).toBe(2);
    expect(csv.stderr).toContain('een rapport bestaat uit meer tabellen; kies html, json, xlsx, table');
    expect(JSON.parse(s('rapport', 'marap', '--periode', '2026-T3').stdout).rapport).toBe('marap');
  });

  it('zonder of met een onleesbare --periode: exit 2', () => {
    expect(s('rapport', 'marap').stderr).toContain('geef --periode');
    expect(s('rapport', 'marap', '--periode', '2026-T4').code).toBe(2);
  });
});

describe('szmh rapport artikel25', () => {
  it('de tabel is precies verzuim rapport; met het register de kostendragers; de pagina heeft drie grafieken', () => {
    const args = ['--schooljaar', '2025-2026', '--leerlingen', 'samples/verzuim/leerlingen.csv'];
    const a25 = json(s('rapport', 'artikel25', ...args, '--format', 'json'));
    expect(a25).toMatchObject({ rapport: 'artikel25', schooljaar: '2025-2026', van: '2025-08-01', tot: '2026-07-31' });
    expect(a25.artikel25).toEqual(json(s('verzuim', 'rapport', ...args, '--format', 'json')));
    expect(a25.termijnen).toEqual(json(s('verzuim', 'rapport', ...args, '--termijnen', '--format', 'json')));
    const uit = path.join(map, 'a25.html');
    expect(s('rapport', 'artikel25', ...args, '-o', uit).code).toBe(0);
    const html = readFileSync(uit, 'utf8');
    for (const id of ['verzuim-gemeente', 'interventies', 'kostendragers']) expect(html).toContain(`data-grafiek="${id}"`);
  });

  it('zonder register geen kostendragergrafiek; zonder --schooljaar exit 2', () => {
    const html = s('rapport', 'artikel25', '--schooljaar', '2025-2026', '--format', 'html').stdout;
    expect(html).toContain('data-grafiek="verzuim-gemeente"');
    expect(html).not.toContain('data-grafiek="kostendragers"');
    expect(s('rapport', 'artikel25').code).toBe(2);
  });
});
