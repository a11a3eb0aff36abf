#!/usr/bin/env node
// De demo-pijplijn (`npm start`): draait de commando's over de voorbeeldbestanden in samples/ en
// zegt waar de uitvoer staat. Vaste peildatum, zodat de uitkomst elke dag dezelfde is; een verse
// database in uitvoer/, zodat de demo elke keer hetzelfde doet.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const uitvoer = path.join(root, 'uitvoer');
mkdirSync(uitvoer, { recursive: true });
const db = path.join(uitvoer, 'demo.db');
for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true });
const u = (f) => path.join('uitvoer', f);

const stappen = [
  ['terugvorderingen', ['terugvordering', 'bereken', 'samples/terugvordering/maanden.csv', '--format', 'csv'], 'terugvorderingen.csv'],
  ['terugvorderingen in 2027 (gebruteerd)', ['terugvordering', 'bereken', 'samples/terugvordering/maanden-plain.csv', '--format', 'csv', '--peildatum', '2027-01-04'], 'terugvorderingen-2027.csv'],
  ['boetes (Excel-stijl)', ['boete', 'bereken', 'samples/boete/zaken.csv', '--format', 'csv', '--explain'], 'boetes.csv', 'boetes-uitleg.txt'],
  ['boetes (platte CSV, JSON)', ['boete', 'bereken', 'samples/boete/zaken-plain.csv', '--format', 'json'], 'boetes-plain.json'],
  ['vorderingen uit de terugvorderingen', ['debiteuren', 'vorderingen', u('terugvorderingen.csv'), '--db', db], 'import-terugvorderingen.csv'],
  ['vorderingen uit de boetes', ['debiteuren', 'vorderingen', u('boetes.csv'), '--db', db], 'import-boetes.csv'],
  ['overige vorderingen', ['debiteuren', 'vorderingen', 'samples/debiteuren/vorderingen.csv', '--db', db], 'import-vorderingen.csv'],
  ['betalingsafspraken', ['debiteuren', 'afspraken', 'samples/debiteuren/afspraken.csv', '--db', db], 'import-afspraken.csv'],
  ['beslag door derden', ['debiteuren', 'beslag', 'samples/debiteuren/beslag.csv', '--db', db], 'import-beslag.csv'],
  [
    'bankafschriften 19, 20 en 23 nov',
    ['debiteuren', 'ontvangsten', 'samples/debiteuren/camt053-001.02-2026-11-19.xml', 'samples/debiteuren/camt053-001.02-2026-11-20.xml', 'samples/debiteuren/camt053-001.08-2026-11-23.xml', '--db', db, '--format', 'json'],
    'ontvangsten.json',
  ],
  ['dezelfde afschriften nog eens (niets geboekt)', ['debiteuren', 'ontvangsten', 'samples/debiteuren/camt053-001.02-2026-11-20.xml', '--db', db, '--format', 'json'], 'ontvangsten-nogmaals.json'],
  ['saldo per debiteur', ['debiteuren', 'saldo', '--db', db], 'saldo.csv'],
  ['achterstanden', ['debiteuren', 'achterstanden', '--db', db], 'achterstanden.csv'],
  ['ouderdom', ['debiteuren', 'ouderdom', '--db', db], 'ouderdom.csv'],
  ['rapportage 2026-T3', ['debiteuren', 'rapport', '--periode', '2026-T3', '--db', db], 'rapport-2026-T3.csv'],
  ['IB-signalen koppelen (zonder staat)', ['ib', 'koppel', 'samples/ib/signalen.csv', '--uitkeringen', 'samples/ib/uitkeringen.csv', '--format', 'json'], 'ib-koppel.json'],
  ['IB-signalen in het register', ['ib', 'importeer', 'samples/ib/signalen.csv', '--uitkeringen', 'samples/ib/uitkeringen.csv', '--db', db], 'ib-import.csv'],
  ['voorgestelde afsluitcodes overnemen', ['ib', 'afhandelen', '--voorstel-overnemen', '--db', db], 'ib-afgehandeld.csv'],
  ['IB-werklijst', ['ib', 'werklijst', '--db', db], 'ib-werklijst.csv'],
  ['IB-uitkomstenrapport', ['ib', 'rapport', '--db', db], 'ib-rapport.csv'],
  ['themacontrole: selectie', ['themacontrole', 'selecteer', 'samples/themacontrole/thema.json', '--populatie', 'samples/themacontrole/populatie.csv', '--db', db, '--format', 'json'], 'themacontrole-selectie.json'],
  ['themacontrole: resultaten', ['themacontrole', 'resultaat', 'samples/themacontrole/resultaten.csv', '--db', db], 'themacontrole-resultaten.csv'],
  ['themacontrole: rapport 2026', ['themacontrole', 'rapport', '--db', db], 'themacontrole-rapport.csv'],
  ['leerplicht status', ['leerplicht', 'status', 'samples/leerplicht/leerlingen.csv'], 'leerplicht.csv'],
  ['verzuimmeldingen (CSV en DUO-XML)', ['verzuim', 'importeer', 'samples/verzuim/meldingen.csv', 'samples/verzuim/duo-meldingen.xml', '--db', db], 'verzuim-import.csv'],
  ['verzuim: acties', ['verzuim', 'actie', 'samples/verzuim/acties.csv', '--db', db], 'verzuim-acties.csv'],
  ['verzuim: werklijst', ['verzuim', 'werklijst', '--db', db], 'verzuim-werklijst.csv'],
  ['verzuim: Artikel 25 2025-2026', ['verzuim', 'rapport', '--schooljaar', '2025-2026', '--leerlingen', 'samples/verzuim/leerlingen.csv', '--db', db], 'verzuim-artikel25.csv'],
  ['leerlingenvervoer', ['leerlingenvervoer', 'beoordeel', 'samples/leerlingenvervoer/aanvragen.csv', '--format', 'jsonl'], 'leerlingenvervoer.jsonl'],
  ['deelname leerlingenvervoer', ['leerlingenvervoer', 'rapport', u('leerlingenvervoer.jsonl')], 'leerlingenvervoer-deelname.csv'],
  ['parameters op de peildatum', ['params', 'toon'], 'parameters.csv'],
  ['Marap 2026-T3 (pagina met grafieken)', ['rapport', 'marap', '--periode', '2026-T3', '--db', db, '--format', 'html'], 'marap-2026-T3.html'],
  ['Marap 2026-T3 (Excel, een blad per tabel)', ['rapport', 'marap', '--periode', '2026-T3', '--db', db, '--format', 'xlsx'], 'marap-2026-T3.xlsx'],
  ['cijfers artikel 25, schooljaar 2025-2026', ['rapport', 'artikel25', '--schooljaar', '2025-2026', '--leerlingen', 'samples/verzuim/leerlingen.csv', '--db', db, '--format', 'html'], 'artikel25-2025-2026.html'],
];

console.log('szmh demo, peildatum 2026-11-23\n');
for (const [titel, args, bestand, uitleg] of stappen) {
  const doel = path.join(uitvoer, bestand);
  const r = spawnSync(
    process.execPath,
    [path.join(root, 'bin/szmh'), ...args, ...(args.includes('--peildatum') ? [] : ['--peildatum', '2026-11-23']), ...(args.includes('--format') ? [] : ['--format', 'csv']), '--output', doel, '--log-level', 'error'],
    { cwd: root, encoding: 'utf8' },
  );
  if (r.status !== 0) {
    process.stderr.write(`${titel}: mislukt (exitcode ${r.status})\n${r.stderr}`);
    process.exit(r.status ?? 4);
  }
  if (uitleg) writeFileSync(path.join(uitvoer, uitleg), r.stdout, { mode: 0o600 });
  console.log(`  ${titel.padEnd(46)} ${path.relative(root, doel)}${uitleg ? ` (+ ${u(uitleg)})` : ''}`);
}
console.log(`\nKlaar. Alle uitvoer staat in ${path.relative(process.cwd(), uitvoer) || '.'}/ (database: ${path.relative(process.cwd(), db)})`);
