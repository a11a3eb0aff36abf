#!/usr/bin/env node
// Benchmark debiteuren: een afschrift met N posten tegen 2N vorderingen. Meet het inlezen van de
// vorderingen, het boeken van het afschrift en de idempotente herhaling (wandkloktijd en piek-RSS).
//
//   node bench/debiteuren.mjs [posten=100000] [map=bench/data]
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { camt053, iban, kenmerk, willekeur } from './generate.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

function meet(args) {
  const r = spawnSync(process.execPath, [path.join(root, 'bench/meet.mjs'), ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
  const regel = r.stderr.split('\n').find((l) => l.startsWith('MEETING '));
  if (!regel) throw new Error(`meting mislukt: ${r.stderr.slice(-2000)}`);
  const m = JSON.parse(regel.slice(8));
  if (m.exitcode !== 0) throw new Error(`${args.join(' ')}: exitcode ${m.exitcode}\n${r.stderr.slice(-2000)}`);
  return m;
}

const schrijfRegels = async (bestand, regels) => {
  const s = createWriteStream(bestand);
  for (const r of regels) if (!s.write(`${r}\n`)) await new Promise((ok) => s.once('drain', ok));
  await new Promise((ok) => s.end(ok));
};

/** Genereert vorderingen (2 per debiteur) en één afschrift met `aantal` posten: 60% kenmerk, 25% IBAN, 10% onbekend, 5% in batches. */
export async function genereerDebiteuren(aantal, map, seed = 3) {
  mkdirSync(map, { recursive: true });
  const r = willekeur(seed);
  const debiteuren = aantal;
  const vorderingen = path.join(map, `vorderingen-${aantal * 2}.csv`);
  const rekening = (d) => iban('INGB', String(1_000_000 + d).padStart(10, '0'));
  const km = (d, v) => kenmerk(`2026${String(d).padStart(6, '0')}${String(v).padStart(5, '0')}`);
  await schrijfRegels(vorderingen, (function* () {
    yield 'vordering_id;debiteur_id;gemeente;soort;stroom;hoofdsom;opgelegd_op;betalingskenmerk;iban';
    const gemeenten = ['Maastricht', 'Meerssen', 'Vaals', 'Eijsden-Margraten', 'Gulpen-Wittem', 'Valkenburg aan de Geul'];
    for (let d = 0; d < debiteuren; d++) {
      for (let v = 1; v <= 2; v++) {
        yield `V${d}-${v};D${d};${gemeenten[d % 6]};terugvordering;${v === 1 ? 'buig' : 'fraude'};${(100 + Math.floor(r() * 2000)).toFixed(2)};2026-0${v}-15;${km(d, v)};${rekening(d)}`;
      }
    }
  })());
  const posten = [];
  for (let i = 0; i < aantal; i++) {
    const d = Math.floor(r() * debiteuren);
    const bedrag = (1 + Math.floor(r() * 15000) / 100).toFixed(2);
    const soort = r();
    if (soort < 0.6) posten.push({ bedrag, richting: 'CRDT', ref: `B${i}`, e2e: `E${i}`, tegenIban: rekening(d), kenmerk: km(d, 1 + (i % 2)) });
    else if (soort < 0.85) posten.push({ bedrag, richting: 'CRDT', ref: `B${i}`, tegenIban: rekening(d), ustrd: 'aflossing' });
    else if (soort < 0.95) posten.push({ bedrag, richting: 'CRDT', ref: `B${i}`, tegenIban: iban('RABO', String(5_000_000 + i).padStart(10, '0')), ustrd: 'onbekend' });
    else {
      const batch = [1, 2, 3].map((k) => ({ bedrag: '10.00', e2e: `INC${i}-${k}`, tegenIban: rekening((d + k) % debiteuren), ustrd: 'incasso' }));
      posten.push({ bedrag: '30.00', richting: 'CRDT', ref: `B${i}`, btc: 'PMNT/IDDT/ESDD', pmtInfId: `INC${i}`, batch });
    }
  }
  const afschrift = path.join(map, `camt053-${aantal}.xml`);
  const xml = camt053({ iban: 'NL92BNGH0285158813', id: `BENCH-${aantal}`, volgnummer: 1, datum: '2026-11-20', opening: '0.00', openingsdatum: '2026-11-19' }, posten);
  await schrijfRegels(afschrift, [xml]);
  return { vorderingen, afschrift };
}

export async function debiteurenBench(aantal, map) {
  const { vorderingen, afschrift } = await genereerDebiteuren(aantal, map);
  const db = path.join(map, `bench-${aantal}.db`);
  for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true });
  const uit = path.join(map, 'uit.json');
  const algemeen = ['--db', db, '--format', 'json', '--output', uit, '--log-level', 'error', '--peildatum', '2026-11-23'];
  const v = meet(['debiteuren', 'vorderingen', vorderingen, ...algemeen]);
  const o = meet(['debiteuren', 'ontvangsten', afschrift, ...algemeen]);
  const h = meet(['debiteuren', 'ontvangsten', afschrift, ...algemeen]);
  return [
    { naam: 'szmh debiteuren vorderingen', invoer: `${(aantal * 2).toLocaleString('nl-NL')} vorderingen`, ms: v.ms, aantal: aantal * 2, eenheid: 'vorderingen', rssKb: v.rssKb },
    { naam: 'szmh debiteuren ontvangsten', invoer: `${aantal.toLocaleString('nl-NL')} posten`, ms: o.ms, aantal, eenheid: 'posten', rssKb: o.rssKb },
    { naam: 'szmh debiteuren ontvangsten (nogmaals)', invoer: `${aantal.toLocaleString('nl-NL')} posten`, ms: h.ms, aantal, eenheid: 'posten', rssKb: h.rssKb },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const aantal = Number(process.argv[2] ?? 100000);
  const map = path.resolve(process.argv[3] ?? path.join(root, 'bench/data'));
  for (const m of await debiteurenBench(aantal, map)) {
    console.log(`${m.naam.padEnd(40)} ${m.invoer.padEnd(22)} ${(m.ms / 1000).toFixed(2)} s  ${Math.round((m.aantal / m.ms) * 1000).toLocaleString('nl-NL')} ${m.eenheid}/s  ${Math.round(m.rssKb / 1024)} MB`);
  }
}
