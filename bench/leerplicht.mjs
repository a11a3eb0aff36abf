#!/usr/bin/env node
// Benchmark van `leerplicht status` op landelijke schaal: een generator met vaste seed (xorshift) maakt
// leerlingen van 0 tot 30 jaar, en gemeten wordt (a) de regel bepaalLeerplichtStatus zelf, in dit
// proces, over leerlingen die al in het geheugen staan, en (b) de hele CLI: CSV in (Nederlandse stijl,
// met BSN), CSV uit met trace, in een eigen proces via bench/meet.mjs. Per meting de tijd en het
// piekgeheugen (maxRSS). Eerst `npm run build`. Een benchmark, geen test: er wordt niets geasserteerd.
//
//   node bench/leerplicht.mjs [aantal=2500000] [--map DIR] [--alleen-regels]
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bepaalLeerplichtStatus } from '../dist/rules/leerplicht/index.js';
import { laadParameters } from '../dist/io/parameters.js';
import { datum, uitDagnummer, dagnummer } from '../dist/rules/kern/datum.js';
import { bsn, willekeur } from './generate.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const GEMEENTEN = ['GM0935', 'GM0935', 'GM0935', 'GM1903', 'GM1729', 'GM0938', 'GM0981', 'GM0994'];
const PEILDATUM = '2026-11-23';
const EERSTE = dagnummer(datum('1996-11-24')); // 30 jaar op de peildatum
const LAATSTE = dagnummer(datum(PEILDATUM));

/**
 * `aantal` leerlingen, reproduceerbaar met `seed`: geboren tussen 24-11-1996 en de peildatum, een op
 * de vijf met een startkwalificatie tussen de 16e en 21e verjaardag (niet na de peildatum).
 */
export function* genereerLeerlingen(aantal, seed = 25) {
  const r = willekeur(seed);
  for (let i = 0; i < aantal; i++) {
    const geboren = EERSTE + Math.floor(r() * (LAATSTE - EERSTE + 1));
    const leerling = { leerlingId: `LL-${String(i + 1).padStart(8, '0')}`, gemeente: GEMEENTEN[Math.floor(r() * GEMEENTEN.length)], geboortedatum: uitDagnummer(geboren) };
    if (r() < 0.2) {
      const skq = geboren + 16 * 365 + Math.floor(r() * 5 * 365);
      if (skq <= LAATSTE) leerling.startkwalificatieOp = uitDagnummer(skq);
    }
    yield leerling;
  }
}

/** (a) De regel alleen: per blok van 100.000 eerst genereren (niet gemeten), dan de regel (gemeten). */
export function meetRegels(aantal, seed = 25) {
  const params = laadParameters();
  const peildatum = datum(PEILDATUM);
  const statussen = {};
  const bron = genereerLeerlingen(aantal, seed);
  let ms = 0;
  const blok = 100_000;
  for (let gedaan = 0; gedaan < aantal; gedaan += blok) {
    const leerlingen = [];
    for (let i = 0; i < blok && gedaan + i < aantal; i++) leerlingen.push(bron.next().value);
    const begin = performance.now();
    for (const l of leerlingen) {
      const s = bepaalLeerplichtStatus(l, peildatum, params).status;
      statussen[s] = (statussen[s] ?? 0) + 1;
    }
    ms += performance.now() - begin;
  }
  return { naam: 'regel bepaalLeerplichtStatus', aantal, ms, rssKb: process.resourceUsage().maxRSS, statussen };
}

const nl = (d) => `${Number(d.slice(8, 10))}-${Number(d.slice(5, 7))}-${d.slice(0, 4)}`;

/** Schrijft LEERLINGEN.csv zoals een Excel-export: puntkomma, d-m-jjjj, met BSN en gemeentenaam. */
export async function schrijfLeerlingenCsv(aantal, uit, seed = 25) {
  const namen = { GM0935: 'Maastricht', GM1903: 'Eijsden-Margraten', GM1729: 'Gulpen-Wittem', GM0938: 'Meerssen', GM0981: 'Vaals', GM0994: 'Valkenburg aan de Geul' };
  const r = willekeur(seed + 1);
  const stroom = createWriteStream(uit);
  const schrijf = (tekst) => (stroom.write(tekst) ? undefined : new Promise((ok) => stroom.once('drain', ok)));
  await schrijf('leerling_id;bsn;gemeente;geboortedatum;startkwalificatie_op\n');
  let buffer = '';
  for (const l of genereerLeerlingen(aantal, seed)) {
    buffer += `${l.leerlingId};${bsn(r)};${namen[l.gemeente]};${nl(l.geboortedatum)};${l.startkwalificatieOp ? nl(l.startkwalificatieOp) : ''}\n`;
    if (buffer.length > 1 << 16) {
      await schrijf(buffer);
      buffer = '';
    }
  }
  await schrijf(buffer);
  await new Promise((ok, fout) => stroom.end((e) => (e ? fout(e) : ok())));
}

/** (b) De hele CLI in een eigen proces: `szmh leerplicht status LEERLINGEN.csv --format csv --output UIT`. */
export function meetCli(invoer, uit) {
  const r = spawnSync(
    process.execPath,
    [path.join(root, 'bench/meet.mjs'), 'leerplicht', 'status', invoer, '--format', 'csv', '--output', uit, '--peildatum', PEILDATUM, '--log-level', 'error'],
    { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 },
  );
  const regel = r.stderr.split('\n').find((l) => l.startsWith('MEETING '));
  if (!regel) throw new Error(`meting mislukt: ${r.stderr}`);
  const meting = JSON.parse(regel.slice(8));
  if (meting.exitcode !== 0) throw new Error(`leerplicht status: exitcode ${meting.exitcode}\n${r.stderr}`);
  return { naam: 'szmh leerplicht status (CSV → CSV met trace)', ms: meting.ms, rssKb: meting.rssKb, uitvoerBytes: statSync(uit).size };
}

/**
 * Beide metingen voor bench/run.mjs of de opdrachtregel. `map`: waar de invoer en uitvoer tijdelijk
 * staan (standaard een nieuwe map in tmpdir; wordt na afloop opgeruimd).
 */
export async function leerplichtBench(aantal, opties = {}) {
  const regels = meetRegels(aantal, opties.seed);
  if (opties.alleenRegels) return [regels];
  const map = opties.map ?? mkdtempSync(path.join(tmpdir(), 'szmh-bench-leerplicht-'));
  mkdirSync(map, { recursive: true });
  const invoer = path.join(map, `leerlingen-${aantal}.csv`);
  const uit = path.join(map, 'status.csv');
  try {
    await schrijfLeerlingenCsv(aantal, invoer, opties.seed);
    const cli = { ...meetCli(invoer, uit), aantal, invoerBytes: statSync(invoer).size };
    return [regels, cli];
  } finally {
    rmSync(uit, { force: true });
    rmSync(invoer, { force: true });
    if (opties.map === undefined) rmSync(map, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const aantal = Number(args.find((a) => /^\d+$/.test(a)) ?? '2500000');
  const i = args.indexOf('--map');
  if (!Number.isInteger(aantal) || aantal <= 0) {
    console.error('gebruik: node bench/leerplicht.mjs [aantal] [--map DIR] [--alleen-regels]');
    process.exit(2);
  }
  const metingen = await leerplichtBench(aantal, { ...(i >= 0 ? { map: args[i + 1] } : {}), alleenRegels: args.includes('--alleen-regels') });
  const mb = (kb) => `${Math.round(kb / 1024)} MB`;
  for (const m of metingen) {
    const perSeconde = Math.round((aantal / m.ms) * 1000).toLocaleString('nl-NL');
    console.log(`${m.naam}: ${aantal.toLocaleString('nl-NL')} leerlingen in ${(m.ms / 1000).toFixed(2)} s = ${perSeconde} leerlingen/s, piekgeheugen ${mb(m.rssKb)}`);
    if (m.statussen) console.log(`  ${Object.entries(m.statussen).map(([k, v]) => `${k} ${v.toLocaleString('nl-NL')}`).join(', ')}`);
    if (m.invoerBytes) console.log(`  invoer ${mb(m.invoerBytes / 1024)}, uitvoer ${mb(m.uitvoerBytes / 1024)}`);
  }
}
