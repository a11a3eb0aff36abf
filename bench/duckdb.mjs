#!/usr/bin/env node
// De referenties in DuckDB (@duckdb/node-api, alleen een devDependency: de maatstaf, geen onderdeel van
// szmh). bench/run.mjs draait elk in een eigen kindproces, zoals szmh, en leest de regel MEETING op
// stderr: de tijd in het proces, de CPU-tijd, het piekgeheugen en de uitkomst om te vergelijken.
//
//   node bench/duckdb.mjs koppel SIGNALEN.csv UITKERINGEN.csv UIT.csv
//       dezelfde koppeling als `szmh ib koppel`: 11-proef, dubbel/correctie op (product, bsn,
//       bron_sleutel), overlap met een uitkering van de cliënt of partner; CSV uit, tellingen per uitkomst
//   node bench/duckdb.mjs rapport MAP VAN TOT
//       dezelfde aggregatie als `szmh debiteuren rapport`: toewijzingen per stroom en gemeente, geboekt
//       in [VAN, TOT] en van 1 januari tot TOT, uit toewijzing.csv, post.csv en vordering.csv in MAP
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';

const BSN_OK = (k) => `(regexp_full_match(${k}, '[0-9]{9}') AND (
  ${Array.from({ length: 8 }, (_, i) => `${9 - i} * (ascii(${k}[${i + 1}]) - 48)`).join(' + ')} - (ascii(${k}[9]) - 48)) % 11 = 0)`;

async function koppel(c, signalen, uitkeringen, uit) {
  await c.run(`CREATE TABLE u AS SELECT * FROM read_csv('${uitkeringen}', header = true, all_varchar = true)`);
  await c.run(`CREATE TABLE s AS SELECT * FROM read_csv('${signalen}', header = true, all_varchar = true)`);
  await c.run(`CREATE TABLE r AS
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
  await c.run(`COPY r TO '${uit}' (HEADER, DELIMITER ',')`);
  const telling = await c.runAndReadAll('SELECT uitkomst, count(*)::INTEGER AS n FROM r GROUP BY uitkomst');
  return Object.fromEntries(telling.getRows().map(([u, n]) => [u, Number(n)]));
}

async function rapport(c, map, van, tot) {
  const lees = (t) => `read_csv('${path.join(map, `${t}.csv`)}', header = true)`;
  const r = await c.runAndReadAll(`
    SELECT v.stroom, v.gemeente,
           sum(t.bedrag_cent) FILTER (WHERE p.boekdatum BETWEEN '${van}' AND '${tot}')::BIGINT AS periode_cent,
           sum(t.bedrag_cent)::BIGINT AS jaar_cent
    FROM ${lees('toewijzing')} t JOIN ${lees('post')} p USING (post_sleutel) JOIN ${lees('vordering')} v USING (vordering_id)
    WHERE p.boekdatum BETWEEN '${tot.slice(0, 4)}-01-01' AND '${tot}'
    GROUP BY v.stroom, v.gemeente ORDER BY 1, 2`);
  return r.getRows().map(([stroom, gemeente, periode, jaar]) => ({ stroom, gemeente, periodeCent: Number(periode ?? 0), jaarCent: Number(jaar ?? 0) }));
}

const [taak, ...args] = process.argv.slice(2);
const begin = process.hrtime.bigint();
const db = await DuckDBInstance.create(':memory:');
const c = await db.connect();
const uitkomst = taak === 'koppel' ? await koppel(c, ...args) : taak === 'rapport' ? await rapport(c, ...args) : undefined;
if (uitkomst === undefined) {
  console.error('gebruik: node bench/duckdb.mjs koppel SIGNALEN UITKERINGEN UIT | rapport MAP VAN TOT');
  process.exit(2);
}
const ms = Number(process.hrtime.bigint() - begin) / 1e6;
const cpu = process.cpuUsage();
process.stderr.write(`\nMEETING ${JSON.stringify({ ms, cpuMs: (cpu.user + cpu.system) / 1000, rssKb: process.resourceUsage().maxRSS, uitkomst })}\n`);
