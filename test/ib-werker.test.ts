/**
 * `ib koppel` leest de signalen in een werkthread (src/io/ib/signaalstroom.ts). Dat verandert niets
 * aan wat de gebruiker ziet: zonder (SZMH_WERKERS=0) en met werkthread (SZMH_WERKERS=1) dezelfde
 * uitvoer, dezelfde samenvatting, dezelfde eerste fout en dezelfde afgekeurde regels. 20.000
 * signalen zijn twintig blokken: meer dan de werker vooruit mag lopen, dus hij moet ook wachten.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { genereer } from '../bench/generate.mjs';
import { szmh, tijdelijkeMap } from './cli.js';

const PEIL = ['--peildatum', '2026-11-23'];
const map = tijdelijkeMap();
const gegenereerd = genereer('ib', 20_000, path.join(map, 'ib'), undefined, { uitkeringen: 10_000 }) as Promise<{ signalen: string; uitkeringen: string }>;

let teller = 0;
/** Hetzelfde commando zonder en met werkthread: exitcode, stdout, stderr (zonder tijd en pid) en de uitvoer. */
function beide(args: string[]) {
  const nr = ++teller;
  return ['0', '1'].map((werkers) => {
    const uit = path.join(map, `uit-${nr}-${werkers}`);
    const r = szmh(['ib', 'koppel', ...args, '--output', uit, ...PEIL, '--log-level', 'info'], { env: { SZMH_WERKERS: werkers } });
    return {
      code: r.code,
      stdout: r.stdout,
      stderr: r.stderr.replace(/"time":\d+,/g, '').replace(/"pid":\d+,/g, '').replaceAll(uit, 'UIT'),
      uitvoer: existsSync(uit) ? readFileSync(uit, 'utf8') : null,
    };
  });
}

/** De signalen met deze regels (1 = de kop) vervangen. */
async function metRegels(naam: string, vervang: (regels: string[]) => void): Promise<string> {
  const { signalen } = await gegenereerd;
  const regels = readFileSync(signalen, 'utf8').trimEnd().split('\n');
  vervang(regels);
  const p = path.join(map, naam);
  writeFileSync(p, `${regels.join('\n')}\n`);
  return p;
}

/** Regel `nr` (1-based) met een onmogelijke datum in `van`. */
const slechteDatum = (regels: string[], nr: number) => {
  const velden = regels[nr - 1]!.split(',');
  velden[2] = '2025-13-45';
  regels[nr - 1] = velden.join(',');
};

describe('ib koppel: signalen lezen in een werkthread', () => {
  it('SZMH_WERKERS=1 leest echt in een werkthread, 0 niet (anders bewijzen deze tests niets)', async () => {
    const { signalen, uitkeringen } = await gegenereerd;
    for (const [werkers, verwacht] of [['1', true], ['0', false]] as const) {
      const r = szmh(['ib', 'koppel', signalen, '--uitkeringen', uitkeringen, '--format', 'csv', '--output', path.join(map, 'controle.csv'), ...PEIL, '--log-level', 'trace'], { env: { SZMH_WERKERS: werkers } });
      expect(r.code).toBe(0);
      expect(r.stderr).toContain(`"werkthread":${verwacht},"msg":"signalen lezen"`);
    }
  });

  it.each([
    ['csv met trace', ['--format', 'csv']],
    ['csv --zonder-trace', ['--format', 'csv', '--zonder-trace']],
    ['json (met samenvatting per product)', ['--format', 'json']],
  ])('%s: dezelfde uitvoer en samenvatting', async (_naam, extra) => {
    const { signalen, uitkeringen } = await gegenereerd;
    const [serieel, parallel] = beide([signalen, '--uitkeringen', uitkeringen, ...extra]);
    expect(serieel!.code).toBe(0);
    // niet triviaal: elke uitkomst komt voor, ook dubbel en correctie (het ontdubbelen gebeurt in de werker)
    for (const u of ['relevant', 'geen_overlap', 'onbekende_client', 'ongeldig_bsn', 'dubbel', 'correctie']) expect(serieel!.stderr).toMatch(new RegExp(`"${u}":[1-9]`));
    expect(parallel).toEqual(serieel);
  });

  /** Twee slechte datums, in verschillende blokken. */
  const tweeFouten = () =>
    metRegels('fouten.csv', (r) => {
      slechteDatum(r, 15_000);
      slechteDatum(r, 5_000);
    });

  it('de eerste fout in bestandsvolgorde breekt af: exit 2, geen uitvoer, dezelfde melding met regel en kolom', async () => {
    const { uitkeringen } = await gegenereerd;
    const [serieel, parallel] = beide([await tweeFouten(), '--uitkeringen', uitkeringen, '--format', 'csv']);
    expect(serieel!.code).toBe(2);
    expect(serieel!.stderr).toMatch(/fouten\.csv, regel 5000, kolom 'van': /);
    expect(serieel!.uitvoer).toBeNull();
    expect(parallel).toEqual(serieel);
  });

  it('--continue-on-error: dezelfde uitvoer en dezelfde afgekeurde regels, eerst die van de uitkeringen', async () => {
    const { uitkeringen } = await gegenereerd;
    const p = await tweeFouten();
    const u = path.join(map, 'uitkeringen-fout.csv');
    const ur = readFileSync(uitkeringen, 'utf8').trimEnd().split('\n');
    ur[99] = ur[99]!.replace(/^\d+,/, '12345,');
    writeFileSync(u, `${ur.join('\n')}\n`);
    const [serieel, parallel] = beide([p, '--uitkeringen', u, '--format', 'csv', '--continue-on-error']);
    expect(serieel!.code).toBe(1);
    expect(serieel!.stderr).toMatch(/Afgekeurd \(3\):\n {2}.*uitkeringen-fout\.csv, regel 100, kolom 'bsn'.*\n {2}.*fouten\.csv, regel 5000, kolom 'van'.*\n {2}.*fouten\.csv, regel 15000, kolom 'van'/);
    expect(parallel).toEqual(serieel);
  });

  it('een fout in de CSV zelf (te weinig velden) komt na de signalen ervóór, net als zonder werker', async () => {
    const { uitkeringen } = await gegenereerd;
    const p = await metRegels('kapot.csv', (r) => {
      r[17_999] = 'BOX1,999725877';
    });
    for (const extra of [[], ['--continue-on-error']]) {
      const [serieel, parallel] = beide([p, '--uitkeringen', uitkeringen, '--format', 'csv', ...extra]);
      expect(serieel!.code).toBe(2);
      expect(serieel!.stderr).toMatch(/kapot\.csv, regel 18000: 2 velden, maar de kop heeft er 8/);
      expect(parallel).toEqual(serieel);
    }
  });

  it('een fout in de kop of de kolomkaart komt vóór de uitkeringen worden gelezen', async () => {
    const p = await metRegels('kop.csv', (r) => {
      r[0] = r[0]!.replace('bsn', 'burger');
    });
    const [serieel, parallel] = beide([p, '--uitkeringen', path.join(map, 'bestaat-niet.csv'), '--format', 'csv']);
    expect(serieel!.code).toBe(2);
    expect(serieel!.stderr).toMatch(/verplichte kolom 'bsn' \(bsn\) ontbreekt/);
    expect(parallel).toEqual(serieel);
  });

  it('een fatale fout in de uitkeringen stopt ook de werker: dezelfde melding, geen uitvoer', async () => {
    const { signalen, uitkeringen } = await gegenereerd;
    const u = path.join(map, 'uitkeringen-kapot.csv');
    const ur = readFileSync(uitkeringen, 'utf8').trimEnd().split('\n');
    ur[5000] = ur[5000]!.replace(/^(\d+),[^,]+,/, '$1,Atlantis,');
    writeFileSync(u, `${ur.join('\n')}\n`);
    const [serieel, parallel] = beide([signalen, '--uitkeringen', u, '--format', 'csv']);
    expect(serieel!.code).toBe(2);
    expect(serieel!.stderr).toMatch(/uitkeringen-kapot\.csv, regel 5001, kolom 'gemeente'/);
    expect(parallel).toEqual(serieel);
  });

  it('een signaalbestand dat niet bestaat: dezelfde invoerfout (exit 2), ook als SZMH_WERKERS niet is gezet', () => {
    const r = szmh(['ib', 'koppel', path.join(map, 'weg.csv'), '--uitkeringen', 'samples/ib/uitkeringen.csv', ...PEIL], { env: { SZMH_WERKERS: undefined } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/weg\.csv: kan het bestand niet lezen \(ENOENT\)/);
    const [serieel, parallel] = beide([path.join(map, 'weg.csv'), '--uitkeringen', 'samples/ib/uitkeringen.csv', '--format', 'csv']);
    expect(serieel!.code).toBe(2);
    expect(parallel).toEqual(serieel);
  });

  it('XML via de kolomkaart: dezelfde koppeling', () => {
    const [serieel, parallel] = beide(['samples/ib/signalen.xml', '--uitkeringen', 'samples/ib/uitkeringen.csv', '--kolommen', 'samples/ib/kolommen-xml.json', '--format', 'json']);
    expect(serieel!.code).toBe(0);
    expect(JSON.parse(serieel!.uitvoer!).signalen.length).toBeGreaterThan(10);
    expect(parallel).toEqual(serieel);
  });
});
