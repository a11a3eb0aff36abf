#!/usr/bin/env node
// De demo-pijplijn (`npm start`): draait de commando's over de voorbeeldbestanden in samples/ en
// zegt waar de uitvoer staat. Vaste peildatum, zodat de uitkomst elke dag dezelfde is.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const uitvoer = path.join(root, 'uitvoer');
mkdirSync(uitvoer, { recursive: true });

const stappen = [
  ['boetes (Excel-stijl)', ['boete', 'bereken', 'samples/boete/zaken.csv', '--format', 'json'], 'boetes.json'],
  ['boetes (platte CSV)', ['boete', 'bereken', 'samples/boete/zaken-plain.csv', '--format', 'csv'], 'boetes-plain.csv'],
  ['terugvorderingen', ['terugvordering', 'bereken', 'samples/terugvordering/maanden.csv', '--format', 'json'], 'terugvorderingen.json'],
  ['terugvorderingen in 2027 (gebruteerd)', ['terugvordering', 'bereken', 'samples/terugvordering/maanden-plain.csv', '--format', 'csv', '--peildatum', '2027-01-04'], 'terugvorderingen-2027.csv'],
  ['uitleg bij de boetes', ['boete', 'bereken', 'samples/boete/zaken.csv', '--format', 'csv', '--explain'], 'boetes.csv', 'boetes-uitleg.txt'],
  ['parameters op de peildatum', ['params', 'toon', '--format', 'csv'], 'parameters.csv'],
];

console.log('szmh demo, peildatum 2026-11-23\n');
for (const [titel, args, bestand, uitleg] of stappen) {
  const doel = path.join(uitvoer, bestand);
  const r = spawnSync(process.execPath, [path.join(root, 'bin/szmh'), ...args, ...(args.includes('--peildatum') ? [] : ['--peildatum', '2026-11-23']), '--output', doel, '--log-level', 'error'], {
    cwd: root,
    encoding: 'utf8',
  });
  if (r.status !== 0) {
    process.stderr.write(`${titel}: mislukt (exitcode ${r.status})\n${r.stderr}`);
    process.exit(r.status ?? 4);
  }
  if (uitleg) {
    writeFileSync(path.join(uitvoer, uitleg), r.stdout, { mode: 0o600 });
  }
  console.log(`  ${titel.padEnd(40)} ${path.relative(root, doel)}${uitleg ? ` (+ ${path.relative(root, path.join(uitvoer, uitleg))})` : ''}`);
}
console.log(`\nKlaar. Alle uitvoer staat in ${path.relative(process.cwd(), uitvoer) || '.'}/`);
