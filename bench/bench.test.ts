/**
 * De benchmarks draaien ook in de testsuite, maar klein en zonder iets over tijd te zeggen: de generator
 * maakt elke soort invoer (reproduceerbaar, met geldige nummers), en de hele suite draait op schaal 0,001
 * (met de DuckDB-referenties) en drukt elke rij, ook in de schalingsrun.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isGeldigBsn } from '../src/rules/kern/bsn.js';
import { isGeldigeIban } from '../src/rules/kern/iban.js';
import { leesBetalingskenmerk } from '../src/rules/kern/betalingskenmerk.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const node = (args: string[]) => spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
const map = () => mkdtempSync(path.join(tmpdir(), 'szmh-bench-'));

/** De waarden van één kolom (de kop bepaalt het scheidingsteken). */
function kolom(bestand: string, naam: string): string[] {
  const [kop, ...regels] = readFileSync(bestand, 'utf8').trimEnd().split('\n');
  const teken = kop!.includes(';') ? ';' : ',';
  const i = kop!.split(teken).indexOf(naam);
  expect(i, `${naam} in ${bestand}`).toBeGreaterThanOrEqual(0);
  return regels.map((r) => r.split(teken)[i]!);
}

describe('bench/generate.mjs', () => {
  const genereer = (soort: string, uit: string, ...extra: string[]) => {
    const r = node(['bench/generate.mjs', soort, '--aantal', '300', '--uit', uit, ...extra]);
    expect(r.status, r.stderr).toBe(0);
    return r.stdout.trim().split('\n');
  };

  it('maakt elke soort, byte voor byte gelijk bij dezelfde seed en anders bij een andere', () => {
    const m = map();
    for (const soort of ['boete', 'terugvordering', 'leerplicht', 'leerlingenvervoer', 'verzuim', 'debiteuren', 'ib']) {
      const a = genereer(soort, path.join(m, `${soort}-a`));
      const b = genereer(soort, path.join(m, `${soort}-b`));
      const c = genereer(soort, path.join(m, `${soort}-c`), '--seed', '99');
      expect(a.length).toBe(soort === 'debiteuren' || soort === 'ib' ? 2 : 1);
      for (const [i, bestand] of a.entries()) {
        expect(readFileSync(b[i]!, 'utf8'), `${soort}: zelfde seed`).toBe(readFileSync(bestand, 'utf8'));
        expect(readFileSync(c[i]!, 'utf8'), `${soort}: andere seed`).not.toBe(readFileSync(bestand, 'utf8'));
      }
    }
  });

  it('de aantallen kloppen en elk BSN, IBAN en betalingskenmerk is geldig', () => {
    const m = map();
    const regels = (bestand: string) => readFileSync(bestand, 'utf8').trimEnd().split('\n').length - 1;
    for (const soort of ['boete', 'leerplicht', 'leerlingenvervoer']) {
      const [f] = genereer(soort, path.join(m, `${soort}.csv`));
      expect(regels(f!), soort).toBe(300);
      expect(kolom(f!, 'bsn').every(isGeldigBsn), soort).toBe(true);
    }
    // terugvordering: 300 zaken van 1 tot 6 maanden
    const [tv] = genereer('terugvordering', path.join(m, 'tv.csv'));
    expect(new Set(kolom(tv!, 'zaak_id')).size).toBe(300);
    expect(regels(tv!)).toBeGreaterThanOrEqual(300);
    expect(regels(tv!)).toBeLessThanOrEqual(1800);
    // verzuim: 300 regels verzuimmelding, waarvan ~3% een exacte herhaling, en zorgmeldingen erbij; elke leerling een eigen BSN
    const [vz] = genereer('verzuim', path.join(m, 'vz.csv'));
    const soorten = kolom(vz!, 'recordsoort');
    const ids = kolom(vz!, 'melding_id').filter((_, i) => soorten[i] === 'verzuimmelding');
    expect(ids.length).toBe(300);
    expect(new Set(ids).size).toBeLessThan(300);
    expect(new Set(ids).size).toBeGreaterThan(270);
    expect(soorten).toContain('zorgmelding');
    const bsns = kolom(vz!, 'bsn').filter((b) => b !== '');
    expect(bsns.every(isGeldigBsn)).toBe(true);
    expect(new Set(bsns).size).toBe(new Set(ids).size);
    // debiteuren: 2 vorderingen per debiteur, een afschrift met 300 posten
    const [vorderingen, afschrift] = genereer('debiteuren', path.join(m, 'deb'));
    expect(regels(vorderingen!)).toBe(600);
    expect(kolom(vorderingen!, 'iban').every(isGeldigeIban)).toBe(true);
    expect(kolom(vorderingen!, 'betalingskenmerk').every((k) => leesBetalingskenmerk(k).ok)).toBe(true);
    expect(readFileSync(afschrift!, 'utf8')).toContain('<TtlNtries><NbOfNtries>300</NbOfNtries>');
    // ib: 300 signalen tegen 150 uitkeringen; een half procent van de signalen heeft bewust een ongeldig BSN
    const [uitkeringen, signalen] = genereer('ib', path.join(m, 'ib'));
    expect(regels(uitkeringen!)).toBe(150);
    expect(regels(signalen!)).toBe(300);
    expect(kolom(uitkeringen!, 'bsn').every(isGeldigBsn)).toBe(true);
    expect(kolom(signalen!, 'bsn').filter((b) => !isGeldigBsn(b)).length).toBeLessThan(10);
  });

  it('weigert een onbekende soort of een ontbrekend aantal (exit 2)', () => {
    expect(node(['bench/generate.mjs', 'onbekend', '--aantal', '5', '--uit', path.join(map(), 'x.csv')]).status).toBe(2);
    expect(node(['bench/generate.mjs', 'boete', '--uit', path.join(map(), 'x.csv')]).status).toBe(2);
  });
});

const RIJEN = [
  'szmh --version',
  'regel berekenBoete (in proces)',
  'boete bereken → CSV met trace ',
  'boete bereken → CSV met trace, SZMH_WERKERS=0',
  'boete bereken → CSV --zonder-trace ',
  'boete bereken → CSV --zonder-trace, SZMH_WERKERS=0',
  'regel berekenTerugvordering (in proces)',
  'terugvordering bereken → CSV met trace ',
  'terugvordering bereken → CSV met trace, SZMH_WERKERS=0',
  'terugvordering bereken → CSV --zonder-trace ',
  'terugvordering bereken → CSV --zonder-trace, SZMH_WERKERS=0',
  'regel beoordeelAanvraag (in proces)',
  'leerlingenvervoer beoordeel → CSV met trace',
  'leerlingenvervoer beoordeel → CSV --zonder-trace',
  'regel bepaalLeerplichtStatus (in proces)',
  'leerplicht status → CSV ',
  'leerplicht status → CSV, SZMH_WERKERS=0',
  'debiteuren vorderingen (import)',
  'debiteuren ontvangsten ',
  'debiteuren ontvangsten (herhaling, idempotent)',
  'debiteuren rapport --periode 2026-11',
  'ib koppel → CSV --zonder-trace',
  'ib koppel → CSV met trace',
  'verzuim importeer (in het register)',
];
/** De rijen van de schalingsrun: alleen de stromende CLI-benchmarks. */
const STROMEND = [
  'boete bereken → CSV met trace ',
  'boete bereken → CSV met trace, SZMH_WERKERS=0',
  'terugvordering bereken → CSV met trace ',
  'terugvordering bereken → CSV met trace, SZMH_WERKERS=0',
  'leerlingenvervoer beoordeel → CSV met trace',
  'leerplicht status → CSV ',
  'leerplicht status → CSV, SZMH_WERKERS=0',
  'debiteuren vorderingen (import)',
  'debiteuren ontvangsten ',
  'debiteuren ontvangsten (herhaling, idempotent)',
  'ib koppel → CSV --zonder-trace',
  'ib koppel → CSV met trace',
  'verzuim importeer (in het register)',
];

describe('npm run bench', () => {
  it('op schaal 0,001: één tabel met elke rij, de DuckDB-referenties erbij, en szmh gelijk aan de referenties', () => {
    const r = node(['bench/run.mjs', '--schaal', '0.001', '--map', map()]);
    expect(r.status, r.stderr).toBe(0);
    const regels = r.stdout.split('\n');
    expect(regels.find((l) => l.startsWith('benchmark'))).toMatch(/^benchmark +invoer +tijd +doorvoer +geheugen \(max RSS\) +referentie +verhouding$/);
    for (const rij of RIJEN) expect(regels.some((l) => l.startsWith(rij)), rij).toBe(true);
    for (const rij of ['debiteuren rapport', 'ib koppel → CSV --zonder-trace', 'ib koppel → CSV met trace']) {
      expect(regels.find((l) => l.startsWith(rij)), rij).toMatch(/DuckDB: .*\d×$/);
    }
    expect(regels.find((l) => l.startsWith('szmh --version'))).toMatch(/node -e 0: \d+ ms +\d+,\d\d×$/);
    expect(r.stdout).toMatch(/gelijk +ib koppel: tellingen szmh = DuckDB/);
    expect(r.stdout).toMatch(/gelijk +debiteuren rapport: sommen szmh = DuckDB/);
    expect(r.stdout).not.toContain('ONGELIJK');
    expect(r.stdout).toMatch(/belasting \(1\/5\/15 min\)/);
  }, 180_000);

  it('--schaling: elke stromende CLI-benchmark op 1/16, 1/4 en 1, met de groei van tijd en geheugen', () => {
    const r = node(['bench/run.mjs', '--schaal', '0.001', '--schaling', '--map', map()]);
    expect(r.status, r.stderr).toBe(0);
    const regels = r.stdout.split('\n');
    expect(regels.find((l) => l.startsWith('benchmark'))).toMatch(/grootte +invoer +tijd +doorvoer +geheugen \(max RSS\) +tijd t\.o\.v\. 1\/16 +geheugen t\.o\.v\. 1\/16 +≤ 17×$/);
    for (const rij of STROMEND) {
      const i = regels.findIndex((l) => l.startsWith(rij));
      expect(i, rij).toBeGreaterThan(0);
      expect(regels[i]).toMatch(/ 1\/16 /);
      expect(regels[i + 1]).toMatch(/^ +1\/4 /);
      expect(regels[i + 2]).toMatch(/^ +1 .*(ja|NEE)$/);
    }
    expect(regels.some((l) => l.startsWith('regel '))).toBe(false);
  }, 180_000);

  it('--alleen draait één benchmark', () => {
    const r = node(['bench/run.mjs', '--alleen', 'opstart', '--map', map()]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^szmh --version/m);
    expect(r.stdout).not.toMatch(/^boete/m);
    expect(node(['bench/run.mjs', '--alleen', 'onbekend']).status).not.toBe(0);
  }, 60_000);
});
