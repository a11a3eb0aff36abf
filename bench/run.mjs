#!/usr/bin/env node
// `npm run bench`: genereert invoer en meet elk commando. Drukt één tabel: invoer, tijd, doorvoer en
// piekgeheugen. Benchmarks zijn geen tests: er wordt niets geasserteerd.
//
//   node bench/run.mjs [--aantal 100000] [--map bench/data]
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { genereer } from './generate.mjs';
import { regelDoorvoer } from './regels.mjs';
import { debiteurenBench } from './debiteuren.mjs';
import { leerlingenvervoerBench } from './leerlingenvervoer.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const arg = (naam, standaard) => {
  const i = process.argv.indexOf(naam);
  return i > 0 ? process.argv[i + 1] : standaard;
};
const aantal = Number(arg('--aantal', '100000'));
const map = path.resolve(arg('--map', path.join(root, 'bench/data')));
mkdirSync(map, { recursive: true });

function meetCli(args) {
  const r = spawnSync(process.execPath, [path.join(root, 'bench/meet.mjs'), ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
  const regel = r.stderr.split('\n').find((l) => l.startsWith('MEETING '));
  if (!regel) throw new Error(`meting mislukt: ${r.stderr}`);
  const meting = JSON.parse(regel.slice(8));
  if (meting.exitcode !== 0) throw new Error(`${args.join(' ')}: exitcode ${meting.exitcode}\n${r.stderr}`);
  return meting;
}

const rijen = [];
const rij = (naam, invoer, ms, eenheden, eenheid, rssKb) =>
  rijen.push({ naam, invoer, tijd: `${(ms / 1000).toFixed(2)} s`, doorvoer: `${Math.round((eenheden / ms) * 1000).toLocaleString('nl-NL')} ${eenheid}/s`, geheugen: rssKb ? `${Math.round(rssKb / 1024)} MB` : '-' });

// 1. De regels zelf, in dit proces, over zaken die al in het geheugen staan.
for (const m of await regelDoorvoer(aantal)) rij(m.naam, `${aantal.toLocaleString('nl-NL')} zaken`, m.ms, aantal, 'zaken', null);

// 2. De hele CLI: CSV in (Nederlandse stijl), CSV uit met trace.
const boete = path.join(map, `boete-${aantal}.csv`);
const maanden = path.join(map, `maanden-${aantal}.csv`);
await genereer('boete', aantal, boete);
await genereer('terugvordering', aantal, maanden);
for (const [naam, commando, invoer] of [
  ['szmh boete bereken (CSV → CSV)', ['boete', 'bereken'], boete],
  ['szmh terugvordering bereken (CSV → CSV)', ['terugvordering', 'bereken'], maanden],
]) {
  const uit = path.join(map, 'uitvoer.csv');
  const m = meetCli([...commando, invoer, '--format', 'csv', '--output', uit, '--peildatum', '2026-11-23', '--log-level', 'error']);
  rij(naam, `${aantal.toLocaleString('nl-NL')} zaken`, m.ms, aantal, 'zaken', m.rssKb);
  rmSync(uit, { force: true });
}

// 3. Leerlingenvervoer: de beslisregels over gegenereerde aanvragen.
const llv = await leerlingenvervoerBench(aantal);
rij(llv.naam, `${aantal.toLocaleString('nl-NL')} aanvragen`, llv.ms, aantal, 'aanvragen', null);

// 4. Debiteuren: een afschrift met N posten tegen 2N vorderingen, en de idempotente herhaling.
for (const m of await debiteurenBench(aantal, map)) rij(m.naam, m.invoer, m.ms, m.aantal, m.eenheid, m.rssKb);

// 5. Opstarttijd: szmh --version naast node -e 0.
const start = (args) => {
  const tijden = [];
  for (let i = 0; i < 10; i++) {
    const t = process.hrtime.bigint();
    spawnSync(process.execPath, args, { cwd: root });
    tijden.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return tijden.sort((a, b) => a - b)[5];
};
const node = start(['-e', '0']);
const szmh = start([path.join(root, 'bin/szmh'), '--version']);
rijen.push({ naam: 'node -e 0 (referentie)', invoer: '-', tijd: `${node.toFixed(0)} ms`, doorvoer: '-', geheugen: '-' });
rijen.push({ naam: 'szmh --version', invoer: '-', tijd: `${szmh.toFixed(0)} ms`, doorvoer: `${(szmh / node).toFixed(2)}× node`, geheugen: '-' });

const kolommen = ['naam', 'invoer', 'tijd', 'doorvoer', 'geheugen'];
const breedte = kolommen.map((k) => Math.max(k.length, ...rijen.map((r) => String(r[k]).length)));
const regel = (cellen) => cellen.map((c, i) => String(c).padEnd(breedte[i])).join('  ');
console.log(regel(kolommen));
console.log(breedte.map((b) => '-'.repeat(b)).join('  '));
for (const r of rijen) console.log(regel(kolommen.map((k) => r[k])));
