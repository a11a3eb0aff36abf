/**
 * `--format xlsx`: het werkboek wordt teruggelezen met exceljs. Bedragen moeten getallen met een
 * euronotatie zijn (Excel rekent ermee), datums echte datums, met een kopregel, bevroren onder de
 * kop, en een blad per tabel.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { DATUMNOTATIE, EURONOTATIE, PROCENTNOTATIE } from '../src/io/xlsx.js';
import { ROOT, bestand, szmh, tijdelijkeMap } from './cli.js';

async function lees(pad: string): Promise<ExcelJS.Workbook> {
  const boek = new ExcelJS.Workbook();
  await boek.xlsx.readFile(pad);
  return boek;
}

/** De rij als object: kopnaam → cel. */
function rij(blad: ExcelJS.Worksheet, nummer: number): Record<string, ExcelJS.Cell> {
  const kop = (blad.getRow(1).values as unknown[]).slice(1) as string[];
  return Object.fromEntries(kop.map((naam, i) => [naam, blad.getRow(nummer).getCell(i + 1)]));
}

const BOETEKOP = 'zaak_id;benadelingsbedrag;verwijtbaarheid;overtredingsdatum;besluitdatum';

describe('--format xlsx', () => {
  it('boete bereken: een blad met kopregel, bevroren onder de kop, bedragen als getal met euronotatie, ja/nee als tekst, geen trace; mode 0600', async () => {
    const map = tijdelijkeMap();
    // Z-1: grove schuld 75% van € 1.800 = € 1.350; Z-2: verminderd 25% van € 1.234,56 = € 308,64.
    const invoer = bestand('zaken.csv', `${BOETEKOP}\nZ-1;1.800,00;grove_schuld;1-2-2026;16-11-2026\nZ-2;1.234,56;verminderd;1-2-2026;16-11-2026\n`, map);
    const uit = path.join(map, 'boetes.xlsx');
    // Met werkthreads aangezet: die maken opgemaakte tekst, dus een werkboek wordt zonder hen gemaakt.
    const r = szmh(['boete', 'bereken', invoer, '--peildatum', '2026-11-23', '-o', uit, '--log-level', 'error'], { env: { SZMH_WERKERS: '2' } });
    expect(r.code, r.stderr).toBe(0);
    expect(statSync(uit).mode & 0o777).toBe(0o600);

    const boek = await lees(uit);
    expect(boek.worksheets.map((b) => b.name)).toEqual(['boete bereken']);
    const blad = boek.worksheets[0]!;
    expect(blad.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(blad.getRow(1).font?.bold).toBe(true);
    expect((blad.getRow(1).values as unknown[]).slice(1)).toEqual(['zaak_id', 'uitkomst', 'boete', 'boete_zonder_waarschuwing', 'recidive', 'grondslag']);
    expect(blad.rowCount).toBe(3);
    const z1 = rij(blad, 2);
    expect(z1.boete!.value).toBe(1350);
    expect(z1.boete!.numFmt).toBe(EURONOTATIE);
    expect(rij(blad, 3).boete!.value).toBe(308.64);
    expect(z1.recidive!.value).toBe('nee');
    expect(z1.zaak_id!.value).toBe('Z-1');
    const breedte = blad.columns.map((k) => k.width ?? 0);
    expect(breedte[5]).toBeGreaterThan(breedte[0]!); // grondslag is breder dan zaak_id
  });

  it('leerplicht status naar een pijp: datums worden echte datums (geboren 14-3-2021: leerplichtig vanaf 1-4-2026)', async () => {
    const map = tijdelijkeMap();
    const invoer = bestand('leerlingen.csv', 'leerling_id;geboortedatum\nLL-1;14-3-2021\n', map);
    const uit = path.join(map, 'uit.xlsx');
    // stdout is hier geen terminal: dat mag, net als `> uit.xlsx`.
    const r = spawnSync('sh', ['-c', `"${process.execPath}" bin/szmh leerplicht status "${invoer}" --format xlsx --peildatum 2026-11-23 --log-level error > "${uit}"`], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const blad = (await lees(uit)).worksheets[0]!;
    expect(blad.name).toBe('leerplicht status');
    const cel = rij(blad, 2).leerplichtig_vanaf!;
    expect(cel.value).toEqual(new Date(Date.UTC(2026, 3, 1)));
    expect(cel.numFmt).toBe(DATUMNOTATIE);
    expect(rij(blad, 2).status!.value).toBe('leerplichtig');
  });

  it('debiteuren rapport: realisatie als percentage, lege doelen als lege cel; ontvangsten: samenvatting en werklijst op eigen bladen', async () => {
    const map = tijdelijkeMap();
    const db = path.join(map, 'szmh.db');
    const d = (...args: string[]) => szmh(['debiteuren', ...args, '--db', db, '--peildatum', '2026-11-23', '--log-level', 'error']);
    expect(d('vorderingen', 'samples/debiteuren/vorderingen.csv', '--format', 'json').code).toBe(0);
    const ontvangsten = path.join(map, 'ontvangsten.xlsx');
    const o = d('ontvangsten', 'samples/debiteuren/camt053-001.02-2026-11-19.xml', 'samples/debiteuren/camt053-001.02-2026-11-20.xml', '-o', ontvangsten);
    expect(o.code, o.stderr).toBe(0);
    const boek = await lees(ontvangsten);
    expect(boek.worksheets.map((b) => b.name)).toEqual(['samenvatting', 'niet gekoppeld']);
    const sam = rij(boek.worksheets[0]!, 2);
    expect(typeof sam.posten!.value).toBe('number');
    expect(sam.bedrag_geboekt!.numFmt).toBe(EURONOTATIE);
    expect(typeof sam.bedrag_geboekt!.value).toBe('number');
    expect(sam.proefdraai!.value).toBe('nee');

    const rapport = path.join(map, 'rapport.xlsx');
    expect(d('rapport', '--periode', '2026', '-o', rapport).code).toBe(0);
    const blad = (await lees(rapport)).worksheets[0]!;
    expect(blad.name).toBe('debiteuren rapport');
    const regels = Array.from({ length: blad.rowCount - 1 }, (_, i) => rij(blad, i + 2));
    const buig = regels.find((r) => r.stroom!.value === 'buig' && r.gemeente!.value === 'SZMH totaal')!;
    // jaardoel BUIG 2026 = het laatst bekende doel (DVO 2018): € 1.500.000; naar rato over 12 maanden: hetzelfde.
    expect(buig.jaardoel!.value).toBe(1500000);
    expect(buig.verwacht_naar_rato!.value).toBe(1500000);
    expect(buig.realisatie_pct!.numFmt).toBe(PROCENTNOTATIE);
    expect(typeof buig.realisatie_pct!.value).toBe('number');
    const vaals = regels.find((r) => r.stroom!.value === 'buig' && r.gemeente!.value === 'Vaals')!;
    expect(vaals.jaardoel!.value).toBeNull();
  });

  it('naar een terminal: geweigerd met exitcode 2 en een duidelijke melding', () => {
    const script = spawnSync('sh', ['-c', 'command -v script'], { encoding: 'utf8' });
    if (script.status !== 0) return; // util-linux' script geeft een echte terminal; zonder script valt er niets te testen
    const r = spawnSync('script', ['-qec', `"${process.execPath}" bin/szmh leerplicht status samples/leerplicht/leerlingen.csv --format xlsx`, '/dev/null'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stdout).toMatch(/--format xlsx is een binair bestand .* --output BESTAND\.xlsx/);
  });

  it('--format html bij een gewoon commando: exitcode 2, niets geschreven', () => {
    const map = tijdelijkeMap();
    const r = szmh(['leerplicht', 'status', 'samples/leerplicht/leerlingen.csv', '-o', path.join(map, 'x.html')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--format html is er alleen voor szmh rapport');
    expect(readdirSync(map)).toEqual([]);
    expect(existsSync(path.join(map, 'x.html'))).toBe(false);
  });
});
