#!/usr/bin/env node
// Benchmark van `szmh ib koppel`: 1.000.000 gegenereerde signalen tegen 500.000 uitkeringen, met
// dezelfde koppeling in DuckDB als referentie, in dezelfde run en op dezelfde bestanden. Elke motor
// draait in een eigen kindproces; per motor: de tijd in het proces, de wandkloktijd van het hele
// proces en het piekgeheugen (max RSS). szmh draait twee keer: met --zonder-trace (dezelfde
// uitvoer als DuckDB: per signaal de classificatie) en zoals standaard (met de trace per signaal).
// Daarna de tellingen per uitkomst naast elkaar: ze moeten gelijk zijn. Een benchmark, geen test:
// er wordt niets geasserteerd (test/ib.test.ts draait hem klein en vergelijkt alleen de tellingen).
//
//   node bench/ib.mjs [--signalen 1000000] [--uitkeringen 500000] [--map bench/data] [--seed 7] [--bewaar]
//
// DuckDB (@duckdb/node-api) is alleen een devDependency: de referentie, geen onderdeel van szmh.
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { willekeur } from './generate.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const arg = (naam, standaard) => {
  const i = process.argv.indexOf(naam);
  return i > 0 ? process.argv[i + 1] : standaard;
};

const UITKOMSTEN = ['relevant', 'geen_overlap', 'onbekende_client', 'ongeldig_bsn', 'dubbel', 'correctie'];
const GEMEENTEN = ['Maastricht', 'Maastricht', 'Maastricht', 'Eijsden-Margraten', 'Gulpen-Wittem', 'Meerssen', 'Vaals', 'Valkenburg aan de Geul'];
const REGELINGEN = ['PW-ALG', 'PW-ALG', 'PW-ALG', 'IOAW', 'IOAZ', 'BBZ'];
// product, aandeel (cumulatief bepaald), soort periode
const PRODUCTEN = [
  ['START_IKV', 40, 'van'],
  ['OIB', 20, 'periode'],
  ['STUDIEFINANCIERING', 5, 'van'],
  ['DETENTIE', 2, 'van'],
  ['VOORTVLUCHTIG', 1, 'van'],
  ['UITKERING_ANDERE_GEMEENTE', 2, 'periode'],
  ['KOSTENDELERS', 3, 'van'],
  ['VOERTUIGBEZIT', 6, 'van'],
  ['VERMOGEN_SALDO_RENTE', 3, 'peil'],
  ['BANKREKENINGNUMMERS', 6, 'peil'],
  ['BOX1', 8, 'periode'],
  ['BOX3', 2, 'peil'],
  ['HEFFINGSKORTINGEN', 2, 'van'],
];
const PRODUCTTABEL = PRODUCTEN.flatMap(([p, n, soort]) => Array.from({ length: n }, () => [p, soort]));

/** Een BSN dat de 11-proef doorstaat: '99', zes willekeurige cijfers en een controlecijfer. */
function geldigBsn(r) {
  for (;;) {
    const n = Math.floor(r() * 10_000_000);
    const cijfers = `99${String(n).padStart(7, '0')}`.slice(0, 8);
    let som = 0;
    for (let i = 0; i < 8; i++) som += (cijfers.charCodeAt(i) - 48) * (9 - i);
    const laatste = som % 11;
    if (laatste < 10) return cijfers + laatste;
  }
}

const DAG0 = Date.UTC(2015, 0, 1) / 86_400_000;
const iso = (dag) => new Date(dag * 86_400_000).toISOString().slice(0, 10);
const dagVan = (tekst) => Date.UTC(Number(tekst.slice(0, 4)), Number(tekst.slice(5, 7)) - 1, Number(tekst.slice(8, 10))) / 86_400_000;

class Schrijver {
  constructor(bestand) {
    this.stroom = createWriteStream(bestand);
    this.buffer = '';
  }
  async regel(tekst) {
    this.buffer += `${tekst}\n`;
    if (this.buffer.length > 1 << 20) {
      if (!this.stroom.write(this.buffer)) await new Promise((ok) => this.stroom.once('drain', ok));
      this.buffer = '';
    }
  }
  async sluit() {
    this.stroom.write(this.buffer);
    await new Promise((ok, fout) => this.stroom.end((e) => (e ? fout(e) : ok())));
  }
}

/**
 * Genereert UITKERINGEN.csv (`bsn,gemeente,regeling,begin,eind,partner_bsn`) en SIGNALEN.csv
 * (canoniek, plus `loonheffingennummer` en `saldo`). Reproduceerbaar met de seed. Ongeveer 80% van
 * de signalen gaat over een cliënt of partner met een uitkering, 12% over een onbekend BSN, 0,5%
 * heeft een ongeldig BSN, 3% is een exacte herhaling en 1% een correctie van een eerder signaal.
 */
export async function genereerIb(aantalSignalen, aantalUitkeringen, map, seed = 7) {
  mkdirSync(map, { recursive: true });
  const r = willekeur(seed);
  const uitkeringen = path.join(map, `ib-uitkeringen-${aantalUitkeringen}.csv`);
  const signalen = path.join(map, `ib-signalen-${aantalSignalen}.csv`);
  const personen = [];
  const u = new Schrijver(uitkeringen);
  await u.regel('bsn,gemeente,regeling,begin,eind,partner_bsn');
  for (let i = 0; i < aantalUitkeringen; i++) {
    // 15% een tweede uitkering van iemand die er al een had
    const bsn = personen.length > 100 && r() < 0.15 ? personen[Math.floor(r() * personen.length)] : geldigBsn(r);
    const begin = DAG0 + Math.floor(r() * 4300);
    const eind = r() < 0.4 ? Math.min(begin + 30 + Math.floor(r() * 1500), DAG0 + 4500) : undefined;
    const partner = r() < 0.15 ? geldigBsn(r) : '';
    personen.push(bsn);
    if (partner) personen.push(partner);
    await u.regel(`${bsn},${GEMEENTEN[Math.floor(r() * GEMEENTEN.length)]},${REGELINGEN[Math.floor(r() * REGELINGEN.length)]},${iso(begin)},${eind === undefined ? '' : iso(eind)},${partner}`);
  }
  await u.sluit();

  const s = new Schrijver(signalen);
  await s.regel('product,bsn,van,tot,peildatum,bron_sleutel,loonheffingennummer,saldo');
  const recent = [];
  for (let i = 0; i < aantalSignalen; i++) {
    const kans = r();
    let regel;
    if (recent.length > 1000 && kans < 0.03) {
      regel = recent[Math.floor(r() * recent.length)];
    } else if (recent.length > 1000 && kans < 0.04) {
      const velden = recent[Math.floor(r() * recent.length)].split(',');
      velden[7] = `${1 + Math.floor(r() * 9999)}.${String(Math.floor(r() * 100)).padStart(2, '0')}`;
      regel = velden.join(',');
    } else {
      const [product, soort] = PRODUCTTABEL[Math.floor(r() * PRODUCTTABEL.length)];
      let bsn;
      const wie = r();
      if (wie < 0.8) bsn = personen[Math.floor(r() * personen.length)];
      else if (wie < 0.995) bsn = geldigBsn(r);
      else {
        const b = geldigBsn(r);
        bsn = b.slice(0, 8) + ((Number(b[8]) + 1) % 10);
      }
      const dag = DAG0 + 3300 + Math.floor(r() * 1300);
      let van = '';
      let tot = '';
      let peil = '';
      if (soort === 'peil') peil = r() < 0.5 ? '2025-12-31' : '2024-12-31';
      else {
        van = iso(dag);
        if (soort === 'periode') tot = iso(dag + Math.floor(r() * 60));
      }
      const lhnr = product === 'START_IKV' || product === 'OIB' ? `${String(Math.floor(r() * 1e9)).padStart(9, '0')}L01` : '';
      const saldo = product === 'VERMOGEN_SALDO_RENTE' ? `${Math.floor(r() * 30000)}.${String(Math.floor(r() * 100)).padStart(2, '0')}` : '';
      regel = `${product},${bsn},${van},${tot},${peil},S${i}|${van || peil},${lhnr},${saldo}`;
    }
    if (recent.length < 50_000) recent.push(regel);
    else recent[Math.floor(r() * recent.length)] = regel;
    await s.regel(regel);
  }
  await s.sluit();
  return { uitkeringen, signalen };
}

// ---- DuckDB: dezelfde koppeling in SQL --------------------------------------------------------

const BSN_OK = (k) => `(regexp_full_match(${k}, '[0-9]{9}') AND (
  ${Array.from({ length: 8 }, (_, i) => `${9 - i} * (ascii(${k}[${i + 1}]) - 48)`).join(' + ')} - (ascii(${k}[9]) - 48)) % 11 = 0)`;

/** Draait in een kindproces: leest beide bestanden, koppelt, schrijft CSV en meldt de tellingen. */
async function duckdbKind(signalen, uitkeringen, uit) {
  const begin = process.hrtime.bigint();
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const db = await DuckDBInstance.create(':memory:');
  const c = await db.connect();
  const q = (sql) => c.run(sql);
  await q(`CREATE TABLE u AS SELECT * FROM read_csv('${uitkeringen}', header = true, all_varchar = true)`);
  await q(`CREATE TABLE s AS SELECT * FROM read_csv('${signalen}', header = true, all_varchar = true)`);
  await q(`CREATE TABLE r AS
    WITH u2 AS (
      SELECT bsn AS sleutel, begin::DATE AS b, coalesce(nullif(eind, '')::DATE, DATE '9999-12-31') AS e FROM u
      UNION ALL
      SELECT partner_bsn, begin::DATE, coalesce(nullif(eind, '')::DATE, DATE '9999-12-31') FROM u WHERE coalesce(partner_bsn, '') <> ''
    ),
    s2 AS (
      SELECT rowid AS nr, product, bsn, bron_sleutel, ${BSN_OK('bsn')} AS ok,
             nullif(van, '')::DATE AS van, nullif(tot, '')::DATE AS tot, nullif(peildatum, '')::DATE AS peil,
             concat_ws('|', van, tot, peildatum, loonheffingennummer, saldo) AS inhoud
      FROM s
    ),
    d AS (
      SELECT nr, row_number() OVER w AS rn, lag(inhoud) OVER w AS vorige
      FROM s2 WHERE ok WINDOW w AS (PARTITION BY product, bsn, bron_sleutel ORDER BY nr)
    ),
    m AS (
      SELECT s2.nr, count(u2.sleutel) AS aantal,
             coalesce(bool_or((s2.van IS NOT NULL AND s2.van <= u2.e AND coalesce(s2.tot, DATE '9999-12-31') >= u2.b)
                           OR (s2.peil IS NOT NULL AND s2.peil BETWEEN u2.b AND u2.e)), false) AS overlapt
      FROM s2 LEFT JOIN u2 ON u2.sleutel = s2.bsn WHERE s2.ok GROUP BY s2.nr
    )
    SELECT s2.bron_sleutel, s2.product,
           CASE WHEN NOT s2.ok THEN 'ongeldig_bsn'
                WHEN d.rn > 1 AND d.vorige = s2.inhoud THEN 'dubbel'
                WHEN d.rn > 1 THEN 'correctie'
                WHEN m.aantal = 0 THEN 'onbekende_client'
                WHEN NOT m.overlapt THEN 'geen_overlap'
                ELSE 'relevant' END AS uitkomst
    FROM s2 LEFT JOIN d USING (nr) LEFT JOIN m USING (nr)`);
  await q(`COPY r TO '${uit}' (HEADER, DELIMITER ',')`);
  const telling = await c.runAndReadAll('SELECT uitkomst, count(*)::INTEGER AS n FROM r GROUP BY uitkomst');
  const tellingen = Object.fromEntries(telling.getRows().map(([u, n]) => [u, Number(n)]));
  const ms = Number(process.hrtime.bigint() - begin) / 1e6;
  process.stderr.write(`\nMEETING ${JSON.stringify({ ms, rssKb: process.resourceUsage().maxRSS, tellingen })}\n`);
}

function meet(args) {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
  const wand = Number(process.hrtime.bigint() - t) / 1e6;
  const regel = r.stderr.split('\n').find((l) => l.startsWith('MEETING '));
  if (!regel || r.status !== 0) throw new Error(`meting mislukt (exitcode ${r.status}):\n${r.stderr.slice(-4000)}`);
  return { ...JSON.parse(regel.slice(8)), wand, stderr: r.stderr };
}

async function hoofd() {
  const aantalSignalen = Number(arg('--signalen', '1000000'));
  const aantalUitkeringen = Number(arg('--uitkeringen', '500000'));
  const map = path.resolve(arg('--map', path.join(root, 'bench/data')));
  const seed = Number(arg('--seed', '7'));
  const t = process.hrtime.bigint();
  const { signalen, uitkeringen } = await genereerIb(aantalSignalen, aantalUitkeringen, map, seed);
  const genereren = Number(process.hrtime.bigint() - t) / 1e6;
  const mb = (b) => `${(b / 1024 / 1024).toFixed(0)} MB`;
  console.log(`szmh ib koppel: ${aantalSignalen.toLocaleString('nl-NL')} signalen (${mb(statSync(signalen).size)}) tegen ${aantalUitkeringen.toLocaleString('nl-NL')} uitkeringen (${mb(statSync(uitkeringen).size)}); gegenereerd in ${(genereren / 1000).toFixed(1)} s (seed ${seed})\n`);

  const uitVol = path.join(map, 'ib-koppel-szmh.csv');
  const uitKaal = path.join(map, 'ib-koppel-szmh-zonder-trace.csv');
  const uitDuck = path.join(map, 'ib-koppel-duckdb.csv');
  const szmh = (uit, extra) => {
    const m = meet([path.join(root, 'bench/meet.mjs'), 'ib', 'koppel', signalen, '--uitkeringen', uitkeringen, '--format', 'csv', '--output', uit, '--peildatum', '2026-11-23', '--log-level', 'info', ...extra]);
    const klaar = m.stderr.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l)).find((l) => l.msg === 'klaar');
    return { ...m, tellingen: Object.fromEntries(UITKOMSTEN.map((u) => [u, klaar?.[u] ?? 0])) };
  };
  const kaal = szmh(uitKaal, ['--zonder-trace']);
  const duck = meet([fileURLToPath(import.meta.url), '--duckdb-kind', signalen, uitkeringen, uitDuck]);
  const vol = szmh(uitVol, []);

  const rijen = [
    ['motor', 'in proces', 'wandklok', 'piekgeheugen', 'uitvoer', 't.o.v. DuckDB'],
    ['DuckDB (zelfde koppeling, CSV)', duck, uitDuck],
    ['szmh ib koppel --zonder-trace (CSV)', kaal, uitKaal],
    ['szmh ib koppel (CSV met trace)', vol, uitVol],
  ].map((r, i) => (i === 0 ? r : [r[0], `${(r[1].ms / 1000).toFixed(2)} s`, `${(r[1].wand / 1000).toFixed(2)} s`, `${Math.round(r[1].rssKb / 1024)} MB`, mb(statSync(r[2]).size), `${(r[1].wand / duck.wand).toFixed(2)}×`]));
  const breedte = rijen[0].map((_, i) => Math.max(...rijen.map((r) => r[i].length)));
  for (const [i, r] of rijen.entries()) {
    console.log(r.map((c, j) => (j === 0 ? c.padEnd(breedte[j]) : c.padStart(breedte[j]))).join('  '));
    if (i === 0) console.log(breedte.map((b) => '-'.repeat(b)).join('  '));
  }
  console.log(`\ndoel: ≤ 2× DuckDB (wandklok) met piekgeheugen < 300 MB. De koppeling zelf is gelijk; de trace per signaal`);
  console.log(`(~750 bytes) maakt de uitvoer ~20× zo groot als die van DuckDB, en dat schrijven kost de rest.\n`);
  console.log(`${'uitkomst'.padEnd(18)}${'szmh'.padStart(10)}${'DuckDB'.padStart(10)}`);
  let gelijk = true;
  for (const u of UITKOMSTEN) {
    const a = kaal.tellingen[u] ?? 0;
    const b = duck.tellingen[u] ?? 0;
    if (a !== b || (vol.tellingen[u] ?? 0) !== a) gelijk = false;
    console.log(`${u.padEnd(18)}${String(a).padStart(10)}${String(b).padStart(10)}${a === b ? '' : '  ≠'}`);
  }
  console.log(`\ntellingen gelijk: ${gelijk ? 'ja' : 'NEE'}`);
  if (!process.argv.includes('--bewaar')) for (const f of [uitVol, uitKaal, uitDuck]) if (existsSync(f)) rmSync(f);
  return { gelijk, kaal, vol, duck };
}

if (process.argv[2] === '--duckdb-kind') await duckdbKind(process.argv[3], process.argv[4], process.argv[5]);
else if (process.argv[1] === fileURLToPath(import.meta.url)) await hoofd();
