/**
 * Lui laden: `szmh --help` en `--version` laden alleen commander, en een commando laadt geen XML-parser,
 * SQLite of exceljs die het niet nodig heeft. Opstarttijd is een gemeten doel (bench/); deze test
 * bewaakt de oorzaak zonder op tijd te letten.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, tijdelijkeMap } from './cli.js';

const map = tijdelijkeMap();
// ESM-modules via een resolve-hook, CommonJS-modules (better-sqlite3, exceljs) uit require.cache.
writeFileSync(path.join(map, 'hooks.mjs'), `export async function resolve(s, c, next) { const r = await next(s, c); if (r.url.includes('/node_modules/')) process.stderr.write('GELADEN ' + r.url + '\\n'); return r; }\n`);
writeFileSync(path.join(map, 'registreer.mjs'), `import { register } from 'node:module'; register('./hooks.mjs', import.meta.url);\n`);
writeFileSync(
  path.join(map, 'probe.mjs'),
  `import { createRequire } from 'node:module';
const { main } = await import(${JSON.stringify(pathToFileURL(path.join(ROOT, 'dist/cli.js')).href)});
await main(['node', 'szmh', ...process.argv.slice(2)]);
for (const f of Object.keys(createRequire(import.meta.url).cache)) process.stderr.write('GELADEN ' + f + '\\n');
`,
);

/** De pakketten uit node_modules die een aanroep laadt. */
function pakketten(args: string[]): string[] {
  const r = spawnSync(process.execPath, ['--import', path.join(map, 'registreer.mjs'), path.join(map, 'probe.mjs'), ...args], { cwd: ROOT, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  const namen = [...r.stderr.matchAll(/^GELADEN .*\/node_modules\/((?:@[^/]+\/)?[^/]+)\//gm)].map((m) => m[1]!);
  return [...new Set(namen)].sort();
}

describe('lui laden', () => {
  it.each([[['--version']], [['--help']], [['ib', '--help']]])('szmh %s laadt alleen commander', (args) => {
    expect(pakketten(args)).toEqual(['commander']);
  });

  it('een rekencommando laadt geen SQLite, XML-parser of exceljs', () => {
    const geladen = pakketten(['boete', 'bereken', 'samples/boete/zaken.csv', '--peildatum', '2026-11-23', '--format', 'csv', '--log-level', 'silent']);
    expect(geladen).toContain('decimal.js');
    for (const zwaar of ['better-sqlite3', 'fast-xml-parser', 'exceljs']) expect(geladen).not.toContain(zwaar);
  });

  it('de probe ziet SQLite wel als een commando de database opent (anders bewijst deze test niets)', () => {
    const db = path.join(map, 'leeg.db');
    expect(pakketten(['debiteuren', 'saldo', '--db', db, '--format', 'csv', '--log-level', 'silent'])).toContain('better-sqlite3');
  });
});
