#!/usr/bin/env node
// `npm run bench`: genereert de invoer (bench/generate.mjs), draait elke benchmark en drukt één tabel:
// invoer, wandkloktijd (met de CPU-tijd erbij), doorvoer, piekgeheugen (max RSS) en, waar er een
// referentie in dezelfde run is, de verhouding ertoe. Elk szmh-commando en elke DuckDB-referentie
// draait in een eigen kindproces (bench/meet.mjs, bench/duckdb.mjs); de tijd is de wandklok van dat
// hele proces, van starten tot afsluiten. Benchmarks zijn geen tests: er wordt niets over tijd
// geasserteerd. Wel moeten de uitkomsten van szmh en de referentie gelijk zijn (anders exitcode 1).
//
//   node bench/run.mjs [--schaal F] [--alleen NAAM[,NAAM]] [--schaling] [--map DIR] [--bewaar]
//
//   --schaal F     vermenigvuldigt elke basisgrootte (0.001: een rooktest van enkele seconden)
//   --alleen NAAM  alleen deze benchmark(s): opstart, boete, terugvordering, leerlingenvervoer,
//                  leerplicht, debiteuren, ib, verzuim
//   --schaling     elke stromende CLI-benchmark op 1/16, 1/4 en 1 van zijn grootte: groeit de tijd
//                  lineair (16× invoer ≤ 17× tijd) en blijft het geheugen vlak?
//   --map DIR      waar invoer en uitvoer tijdelijk staan (standaard bench/data)
//   --bewaar       de gegenereerde invoer niet opruimen
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { genereer } from './generate.mjs';
import { meetRegel } from './regels.mjs';
import { gemeentenaam } from '../dist/rules/kern/gemeente.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const PEILDATUM = '2026-11-23';
const UITKOMSTEN_IB = ['relevant', 'geen_overlap', 'onbekende_client', 'ongeldig_bsn', 'dubbel', 'correctie'];

const argv = process.argv.slice(2);
const optie = (naam, standaard) => {
  const i = argv.indexOf(naam);
  return i >= 0 ? argv[i + 1] : standaard;
};
const schaal = Number(optie('--schaal', '1'));
const alleen = optie('--alleen')?.split(',');
const schaling = argv.includes('--schaling');
const bewaar = argv.includes('--bewaar');
const map = path.resolve(optie('--map', path.join(root, 'bench/data')));
if (!(schaal > 0)) throw new Error(`--schaal: verwacht een positief getal, niet ${optie('--schaal')}`);

// ---- Opmaak ------------------------------------------------------------------------------------

const getal = (n, decimalen = 0) => n.toLocaleString('nl-NL', { minimumFractionDigits: decimalen, maximumFractionDigits: decimalen });
const sec = (ms) => `${getal(ms / 1000, 2)} s`;
const mb = (bytes) => (bytes < 2 ** 20 ? `${getal(bytes / 1024)} kB` : `${getal(bytes / 2 ** 20, bytes < 10 * 2 ** 20 ? 1 : 0)} MB`);
const tijd = (m) => `${sec(m.wandMs)} (cpu ${getal(m.cpuMs / 1000, 2)})`;
const geheugen = (m) => (m?.rssKb ? mb(m.rssKb * 1024) : '-');

function drukTabel(kolommen, rijen) {
  const breedte = kolommen.map((k, i) => Math.max(k.length, ...rijen.map((r) => String(r[i]).length)));
  const regel = (cellen) => cellen.map((c, i) => String(c).padEnd(breedte[i])).join('  ').trimEnd();
  console.log(regel(kolommen));
  console.log(breedte.map((b) => '-'.repeat(b)).join('  '));
  for (const r of rijen) console.log(regel(r));
}

// ---- Meten -------------------------------------------------------------------------------------

/** Draait een node-script in een kindproces en leest de regel MEETING op stderr; de wandklok meet dit proces. */
function meetKind(args, env = {}) {
  const begin = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, ...env } });
  const wandMs = Number(process.hrtime.bigint() - begin) / 1e6;
  const regel = r.stderr.split('\n').find((l) => l.startsWith('MEETING '));
  const meting = regel ? JSON.parse(regel.slice(8)) : undefined;
  if (!meting || r.status !== 0 || (meting.exitcode ?? 0) !== 0) {
    throw new Error(`${args.slice(1, 3).join(' ')}: exitcode ${r.status}\n${r.stderr.slice(-3000)}`);
  }
  return { ...meting, wandMs, stderr: r.stderr };
}

const uitvoer = () => path.join(map, 'uitvoer');

/** Eén szmh-commando via bench/meet.mjs; `uit` (als het commando -o kreeg) wordt na het meten gewogen en opgeruimd. */
function szmh(args, { env, logniveau = 'error' } = {}) {
  const m = meetKind([path.join(root, 'bench/meet.mjs'), ...args, '--peildatum', PEILDATUM, '--log-level', logniveau], env);
  try {
    m.uitvoerBytes = statSync(uitvoer()).size;
    if (args.includes('--format') && args[args.indexOf('--format') + 1] === 'json') m.json = JSON.parse(readFileSync(uitvoer(), 'utf8'));
  } catch {
    // geen uitvoerbestand
  }
  rmSync(uitvoer(), { force: true });
  return m;
}

/** De invoer per soort en grootte, één keer per run gegenereerd. */
const gemaakt = new Map();
async function invoer(soort, aantal) {
  const plek = path.join(map, soort === 'debiteuren' || soort === 'ib' ? `${soort}-${aantal}` : `${soort}-${aantal}.csv`);
  if (!gemaakt.has(plek)) {
    process.stderr.write(`  invoer ${soort} ${getal(aantal)} …\n`);
    const paden = await genereer(soort, aantal, plek);
    gemaakt.set(plek, { ...paden, bytes: Object.values(paden).reduce((som, p) => som + statSync(p).size, 0) });
  }
  return gemaakt.get(plek);
}
function ruimInvoerOp() {
  if (!bewaar) for (const plek of gemaakt.keys()) rmSync(plek, { recursive: true, force: true });
  gemaakt.clear();
}

// ---- De benchmarks -----------------------------------------------------------------------------
// Elke groep geeft rijen: { benchmark, aantal, eenheid, naast?, invoerBytes?, m: { wandMs, cpuMs, rssKb?,
// uitvoerBytes? }, referentie?: { naam, m } }. In de schalingsrun draaien
// alleen de stromende CLI-benchmarks (geen regels in proces, geen referenties).

const controles = [];
const controle = (naam, ok, tekst) => controles.push({ naam, ok, tekst });
const CSV = ['--format', 'csv', '--output'];
const ZONDER_WERKERS = { SZMH_WERKERS: '0' };

/** De rekenbatches: de regel in proces, en de CLI in elke variant `[label, extra opties, omgeving, ook in de schalingsrun]`. */
function rekenGroep(soort, commando, eenheid, varianten) {
  return async (n, { schaling: alleenStromend }) => {
    const f = await invoer(soort, n);
    const rijen = [];
    if (!alleenStromend) rijen.push({ ...(await regelRij(soort, f.bestand)), eenheid });
    for (const [label, extra, env, inSchaling] of varianten) {
      if (alleenStromend && !inSchaling) continue;
      const m = szmh([soort, commando, f.bestand, ...CSV, uitvoer(), ...extra], { env });
      rijen.push({ benchmark: `${soort} ${commando} ${label}`, aantal: n, eenheid, invoerBytes: f.bytes, m });
    }
    return rijen;
  };
}
async function regelRij(soort, bestand) {
  const r = await meetRegel(soort, bestand, PEILDATUM);
  return { benchmark: r.naam, aantal: r.aantal, m: { wandMs: r.ms, cpuMs: r.cpuMs } };
}
const MET_TRACE = ['→ CSV met trace', [], {}, true];
const ZONDER_TRACE = ['→ CSV --zonder-trace', ['--zonder-trace'], {}, false];
/** Voor de batches die in werkthreads rekenen: ook zonder, ter vergelijking. */
const MET_EN_ZONDER_WERKERS = [
  MET_TRACE,
  ['→ CSV met trace, SZMH_WERKERS=0', [], ZONDER_WERKERS, true],
  ZONDER_TRACE,
  ['→ CSV --zonder-trace, SZMH_WERKERS=0', ['--zonder-trace'], ZONDER_WERKERS, false],
];

const GROEPEN = {
  opstart: {
    basis: 0,
    async draai(_n, { schaling: s }) {
      if (s) return [];
      const mediaan = (args) => {
        const tijden = [];
        for (let i = 0; i < 11; i++) {
          const begin = process.hrtime.bigint();
          const r = spawnSync(process.execPath, args, { cwd: root });
          if (r.status !== 0) throw new Error(`${args.join(' ')}: exitcode ${r.status}`);
          tijden.push(Number(process.hrtime.bigint() - begin) / 1e6);
        }
        return tijden.sort((a, b) => a - b)[5];
      };
      const node = mediaan(['-e', '0']);
      const szmhMs = mediaan([path.join(root, 'bin/szmh'), '--version']);
      return [{ benchmark: 'szmh --version (opstart, mediaan van 11)', opstart: true, m: { wandMs: szmhMs }, referentie: { naam: 'node -e 0', m: { wandMs: node } } }];
    },
  },
  boete: {
    basis: 100_000,
    draai: rekenGroep('boete', 'bereken', 'zaken', MET_EN_ZONDER_WERKERS),
  },
  terugvordering: { basis: 100_000, draai: rekenGroep('terugvordering', 'bereken', 'zaken', MET_EN_ZONDER_WERKERS) },
  leerlingenvervoer: { basis: 100_000, draai: rekenGroep('leerlingenvervoer', 'beoordeel', 'aanvragen', [MET_TRACE, ZONDER_TRACE]) },
  // CSV van leerplicht status heeft geen trace-kolom (die staat alleen in json/jsonl en --explain).
  leerplicht: {
    basis: 2_500_000,
    draai: rekenGroep('leerplicht', 'status', 'leerlingen', [
      ['→ CSV', [], {}, true],
      ['→ CSV, SZMH_WERKERS=0', [], ZONDER_WERKERS, true],
    ]),
  },
  debiteuren: {
    basis: 100_000,
    async draai(n, { schaling: alleenStromend }) {
      const f = await invoer('debiteuren', n);
      const db = path.join(map, `debiteuren-${n}.db`);
      const weg = () => ['', '-wal', '-shm'].forEach((s) => rmSync(`${db}${s}`, { force: true }));
      weg();
      const json = ['--db', db, '--format', 'json', '--output', uitvoer()];
      const bytes = (p) => statSync(p).size;
      const rijen = [];
      const v = szmh(['debiteuren', 'vorderingen', f.vorderingen, ...json]);
      rijen.push({ benchmark: 'debiteuren vorderingen (import)', aantal: 2 * n, eenheid: 'vorderingen', invoerBytes: bytes(f.vorderingen), m: v });
      const o = szmh(['debiteuren', 'ontvangsten', f.afschrift, ...json]);
      rijen.push({ benchmark: 'debiteuren ontvangsten', aantal: n, eenheid: 'posten', naast: `× ${getal(2 * n)} vorderingen`, invoerBytes: bytes(f.afschrift), m: o });
      const h = szmh(['debiteuren', 'ontvangsten', f.afschrift, ...json]);
      rijen.push({ benchmark: 'debiteuren ontvangsten (herhaling, idempotent)', aantal: n, eenheid: 'posten', naast: `× ${getal(2 * n)} vorderingen`, invoerBytes: bytes(f.afschrift), m: h });
      const eerste = o.json?.[0] ?? o.json;
      const tweede = h.json?.[0] ?? h.json;
      controle('debiteuren ontvangsten herhaald', Number(tweede?.geboekt) === 0 && Number(eerste?.geboekt) > 0, `eerste run ${eerste?.geboekt} geboekt, herhaling ${tweede?.geboekt}`);
      if (!alleenStromend) rijen.push(rapport(n, db, json));
      weg();
      return rijen;
    },
  },
  ib: {
    basis: 1_000_000,
    async draai(n, { schaling: alleenStromend }) {
      const f = await invoer('ib', n);
      const uitkeringen = Math.ceil(n / 2);
      const koppel = (extra) => {
        const m = szmh(['ib', 'koppel', f.signalen, '--uitkeringen', f.uitkeringen, ...CSV, uitvoer(), ...extra], { logniveau: 'info' });
        const klaar = m.stderr.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l)).find((l) => l.msg === 'klaar');
        return { ...m, tellingen: Object.fromEntries(UITKOMSTEN_IB.map((u) => [u, klaar?.[u] ?? 0])) };
      };
      const kaal = koppel(['--zonder-trace']);
      const vol = koppel([]);
      let referentie;
      if (!alleenStromend) {
        const duckUit = path.join(map, 'duckdb-koppel.csv');
        const d = meetKind([path.join(root, 'bench/duckdb.mjs'), 'koppel', f.signalen, f.uitkeringen, duckUit]);
        d.uitvoerBytes = statSync(duckUit).size;
        rmSync(duckUit, { force: true });
        referentie = { naam: 'DuckDB', m: d };
        const verschil = UITKOMSTEN_IB.filter((u) => kaal.tellingen[u] !== (d.uitkomst[u] ?? 0) || vol.tellingen[u] !== kaal.tellingen[u]);
        controle('ib koppel: tellingen szmh = DuckDB', verschil.length === 0, UITKOMSTEN_IB.map((u) => `${u} ${kaal.tellingen[u]}/${d.uitkomst[u] ?? 0}`).join(', '));
      }
      const rij = (label, m) => ({
        benchmark: `ib koppel ${label}`,
        aantal: n,
        eenheid: 'signalen',
        naast: `× ${getal(uitkeringen)} uitkeringen`,
        invoerBytes: f.bytes,
        m,
        referentie,
      });
      return [rij('→ CSV --zonder-trace', kaal), rij('→ CSV met trace', vol)];
    },
  },
  verzuim: {
    basis: 100_000,
    async draai(n) {
      const f = await invoer('verzuim', n);
      const db = path.join(map, `verzuim-${n}.db`);
      const weg = () => ['', '-wal', '-shm'].forEach((s) => rmSync(`${db}${s}`, { force: true }));
      weg();
      const m = szmh(['verzuim', 'importeer', f.bestand, '--db', db, '--format', 'json', '--output', uitvoer()]);
      weg();
      return [{ benchmark: 'verzuim importeer (in het register)', aantal: n, eenheid: 'meldingen', invoerBytes: f.bytes, m }];
    },
  },
};

/**
 * `debiteuren rapport` naast DuckDB: dezelfde aggregatie (ontvangsten per stroom en gemeente in de
 * maand van het afschrift en in het jaar tot en met die maand) over dezelfde toewijzingen. De drie
 * tabellen gaan eerst (niet gemeten) uit de SQLite-database naar CSV; DuckDB leest die, koppelt en
 * telt op. Elke som per stroom en gemeente moet gelijk zijn.
 */
function rapport(n, db, json) {
  const m = szmh(['debiteuren', 'rapport', '--periode', '2026-11', ...json]);
  const csvMap = path.join(map, `rapport-${n}`);
  mkdirSync(csvMap, { recursive: true });
  const sqlite = new Database(db, { readonly: true });
  const tabellen = {
    toewijzing: 'SELECT post_sleutel, vordering_id, bedrag_cent FROM toewijzing',
    post: 'SELECT post_sleutel, boekdatum FROM post',
    vordering: 'SELECT vordering_id, stroom, gemeente FROM vordering',
  };
  let toewijzingen = 0;
  for (const [naam, sql] of Object.entries(tabellen)) {
    const stmt = sqlite.prepare(sql);
    const regels = [stmt.columns().map((k) => k.name).join(',')];
    for (const r of stmt.raw().iterate()) regels.push(r.map((v) => v ?? '').join(','));
    writeFileSync(path.join(csvMap, `${naam}.csv`), `${regels.join('\n')}\n`);
    if (naam === 'toewijzing') toewijzingen = regels.length - 1;
  }
  sqlite.close();
  const d = meetKind([path.join(root, 'bench/duckdb.mjs'), 'rapport', csvMap, '2026-11-01', '2026-11-30']);
  rmSync(csvMap, { recursive: true, force: true });

  const cent = (b) => Math.round(Number(b ?? 0) * 100);
  const szmhSommen = new Map(m.json.filter((r) => r.gemeente !== 'SZMH totaal' && cent(r.ontvangen_jaar) !== 0).map((r) => [`${r.stroom}/${r.gemeente}`, [cent(r.ontvangen_periode), cent(r.ontvangen_jaar)]]));
  const duckSommen = new Map(d.uitkomst.map((r) => [`${r.stroom}/${gemeentenaam(r.gemeente)}`, [r.periodeCent, r.jaarCent]]));
  const sleutels = new Set([...szmhSommen.keys(), ...duckSommen.keys()]);
  const ongelijk = [...sleutels].filter((k) => String(szmhSommen.get(k)) !== String(duckSommen.get(k)));
  const totaal = [...duckSommen.values()].reduce((s, [p]) => s + p, 0);
  controle('debiteuren rapport: sommen szmh = DuckDB', ongelijk.length === 0 && sleutels.size > 0, `${sleutels.size} sommen per stroom en gemeente${ongelijk.length ? `, ongelijk: ${ongelijk.join(', ')}` : ''}; totaal periode € ${getal(totaal / 100, 2)}`);
  return { benchmark: 'debiteuren rapport --periode 2026-11', aantal: toewijzingen, eenheid: 'toewijzingen', m, referentie: { naam: 'DuckDB', m: d } };
}

// ---- De doelen van issue 7 (ze gelden op schaal 1) --------------------------------------------

const perSeconde = (r, ms) => (r.aantal / ms) * 1000;
const verhouding = (r) => r.m.wandMs / r.referentie.m.wandMs;
const doorvoerDoel = (voorvoegsel, drempel) => ({
  wie: (r) => r.benchmark.startsWith(voorvoegsel),
  tekst: `≥ ${getal(drempel)} per seconde`,
  gehaald: (r) => perSeconde(r, r.m.wandMs) >= drempel,
  gemeten: (r) => `${getal(perSeconde(r, r.m.wandMs))}/s (op CPU-tijd ${getal(perSeconde(r, r.m.cpuMs))}/s)`,
});
const DOELEN = [
  { wie: (r) => r.opstart, tekst: '≤ 2× node -e 0', gehaald: (r) => verhouding(r) <= 2, gemeten: (r) => `${getal(verhouding(r), 2)}×` },
  doorvoerDoel('boete bereken', 50_000),
  doorvoerDoel('terugvordering bereken', 50_000),
  doorvoerDoel('leerlingenvervoer beoordeel', 20_000),
  { wie: (r) => r.benchmark.startsWith('leerplicht status'), tekst: `${getal(2_500_000)} leerlingen < 10 s`, gehaald: (r) => r.aantal >= 2_500_000 && r.m.wandMs < 10_000, gemeten: (r) => tijd(r.m) },
  { wie: (r) => r.benchmark === 'debiteuren ontvangsten', tekst: '< 10 s en < 500 MB', gehaald: (r) => r.m.wandMs < 10_000 && r.m.rssKb < 500 * 1024, gemeten: (r) => `${tijd(r.m)}, ${geheugen(r.m)}` },
  { wie: (r) => r.benchmark.startsWith('debiteuren ontvangsten (herhaling'), tekst: '< 2 s', gehaald: (r) => r.m.wandMs < 2000, gemeten: (r) => tijd(r.m) },
  {
    wie: (r) => r.benchmark.startsWith('ib koppel') && r.referentie,
    tekst: '≤ 2× DuckDB en < 300 MB',
    gehaald: (r) => verhouding(r) <= 2 && r.m.rssKb < 300 * 1024,
    gemeten: (r) => `${getal(verhouding(r), 2)}×, ${geheugen(r.m)}`,
  },
];

// ---- De run ------------------------------------------------------------------------------------

const namen = alleen ?? Object.keys(GROEPEN);
for (const naam of namen) if (!GROEPEN[naam]) throw new Error(`--alleen: onbekende benchmark '${naam}' (${Object.keys(GROEPEN).join(', ')})`);
mkdirSync(map, { recursive: true });
const belasting = () => loadavg().map((l) => getal(l, 2)).join(' ');
console.log(`machine: ${cpus().length} kernen, node ${process.version}, belasting (1/5/15 min) bij het begin ${belasting()}; schaal ${getal(schaal, 4)}${schaling ? ', schaling 1/16 · 1/4 · 1' : ''}`);

const FACTOREN = schaling ? [1 / 16, 1 / 4, 1] : [1];
const resultaten = [];
let fout = false;
for (const naam of namen) {
  const g = GROEPEN[naam];
  for (const factor of FACTOREN) {
    const n = Math.max(1, Math.round(g.basis * schaal * factor));
    process.stderr.write(`${naam}${g.basis ? ` ${getal(n)}` : ''} …\n`);
    try {
      for (const r of await g.draai(n, { schaling })) resultaten.push({ ...r, factor });
    } catch (e) {
      fout = true;
      resultaten.push({ benchmark: `${naam}: FOUT ${String(e.message).split('\n')[0]}`, factor, m: undefined });
      console.error(e);
    }
  }
  ruimInvoerOp();
}

const invoerTekst = (r) => (r.opstart ? '-' : `${getal(r.aantal)} ${r.eenheid}${r.naast ? ` ${r.naast}` : ''}${r.invoerBytes ? `, ${mb(r.invoerBytes)}` : ''}${r.m?.uitvoerBytes ? ` → ${mb(r.m.uitvoerBytes)}` : ''}`);
const doorvoer = (r) => (r.opstart || !r.m ? '-' : `${getal((r.aantal / r.m.wandMs) * 1000)} ${r.eenheid}/s`);
const tijdTekst = (r) => (!r.m ? '-' : r.opstart ? `${getal(r.m.wandMs)} ms` : r.m.cpuMs === undefined ? sec(r.m.wandMs) : tijd(r.m));

console.log('');
if (!schaling) {
  drukTabel(
    ['benchmark', 'invoer', 'tijd', 'doorvoer', 'geheugen (max RSS)', 'referentie', 'verhouding'],
    resultaten.map((r) => [
      r.benchmark,
      r.m ? invoerTekst(r) : '',
      tijdTekst(r),
      doorvoer(r),
      geheugen(r.m),
      !r.referentie ? '-' : r.opstart ? `${r.referentie.naam}: ${getal(r.referentie.m.wandMs)} ms` : `${r.referentie.naam}: ${tijd(r.referentie.m)}, ${geheugen(r.referentie.m)}`,
      r.referentie ? `${getal(r.m.wandMs / r.referentie.m.wandMs, 2)}×` : '-',
    ]),
  );
  const doelen = DOELEN.flatMap((d) => resultaten.filter((r) => r.m && d.wie(r)).map((r) => [r.benchmark, d.tekst, d.gehaald(r), d.gemeten(r)]));
  console.log(`\ndoelen${schaal === 1 ? '' : ` (schaal ${getal(schaal, 4)}: alleen ter indicatie, de doelen gelden op schaal 1)`}:`);
  for (const [b, tekst, gehaald, gemeten] of doelen) console.log(`  ${gehaald ? 'gehaald     ' : 'niet gehaald'}  ${b}: ${tekst}; gemeten ${gemeten}`);
} else {
  const perBenchmark = new Map();
  for (const r of resultaten) perBenchmark.set(r.benchmark, [...(perBenchmark.get(r.benchmark) ?? []), r]);
  const rijen = [];
  for (const [benchmark, reeks] of perBenchmark) {
    const eerste = reeks[0];
    for (const r of reeks) {
      const f = r.factor === 1 ? '1' : `1/${1 / r.factor}`;
      const groei = r.m && eerste.m ? `${getal(r.m.wandMs / eerste.m.wandMs, 2)}× (invoer ${getal(r.aantal / eerste.aantal, 0)}×)` : '-';
      const rss = r.m?.rssKb && eerste.m?.rssKb ? `${getal(r.m.rssKb / eerste.m.rssKb, 2)}×` : '-';
      const oordeel = r.factor === 1 && r !== eerste && r.m && eerste.m ? (r.m.wandMs / eerste.m.wandMs <= 17 ? 'ja' : 'NEE') : '';
      rijen.push([r === eerste ? benchmark : '', f, r.m ? invoerTekst(r) : '', tijdTekst(r), doorvoer(r), geheugen(r.m), groei, rss, oordeel]);
    }
  }
  drukTabel(['benchmark', 'grootte', 'invoer', 'tijd', 'doorvoer', 'geheugen (max RSS)', 'tijd t.o.v. 1/16', 'geheugen t.o.v. 1/16', '≤ 17×'], rijen);
}
if (controles.length) {
  console.log('\ncontroles (szmh tegen de referentie):');
  for (const c of controles) console.log(`  ${c.ok ? 'gelijk ' : 'ONGELIJK'}  ${c.naam}: ${c.tekst}`);
}
console.log(`\nbelasting (1/5/15 min) aan het eind: ${belasting()}`);
if (fout || controles.some((c) => !c.ok)) process.exitCode = 1;
