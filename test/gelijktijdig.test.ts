/**
 * Twee batches tegelijk op één database (RELIABILITY.md, "gelijktijdigheid"): de tweede wacht tot de
 * eerste klaar is, of faalt na de wachttijd met een duidelijke melding; nooit dubbel, nooit kapot.
 */
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { camt053 } from '../bench/generate.mjs';
import { ROOT, szmh, tijdelijkeMap } from './cli.js';
import { integer } from './kill.js';

function start(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((klaar) => {
    const kind = spawn(process.execPath, [path.join(ROOT, 'bin/szmh'), ...args], { env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    kind.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
    kind.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    kind.on('close', (code) => klaar({ code, stdout, stderr }));
  });
}

function afschrift(map: string, naam: string, rekening: string, aantal: number): string {
  const posten = Array.from({ length: aantal }, (_, i) => ({ bedrag: '2.00', richting: 'CRDT', ref: `${naam}${i}`, tegenIban: 'NL10ABNA0410798193' }));
  const pad = path.join(map, `${naam}.xml`);
  writeFileSync(pad, camt053({ iban: rekening, id: naam, volgnummer: 1, datum: '2026-11-21', opening: '0.00', openingsdatum: '2026-11-20' }, posten));
  return pad;
}

describe('twee batches tegelijk op dezelfde database', () => {
  function database() {
    const map = tijdelijkeMap();
    const db = path.join(map, 'szmh.db');
    expect(szmh(['debiteuren', 'vorderingen', 'samples/debiteuren/vorderingen.csv', '--db', db, '--log-level', 'silent', '--format', 'json']).code).toBe(0);
    return { map, db };
  }
  const ontvangsten = (db: string, bestand: string) => ['debiteuren', 'ontvangsten', bestand, '--db', db, '--format', 'json', '--log-level', 'error'];

  it('twee verschillende afschriften: de tweede wacht, beide worden precies één keer geboekt', async () => {
    const { map, db } = database();
    const a = afschrift(map, 'A', 'NL92BNGH0285158813', 300);
    const b = afschrift(map, 'B', 'NL20INGB0001234567', 300);
    const [ra, rb] = await Promise.all([start(ontvangsten(db, a)), start(ontvangsten(db, b))]);
    expect([ra.code, rb.code]).toEqual([0, 0]);
    expect(JSON.parse(ra.stdout).geboekt + JSON.parse(rb.stdout).geboekt).toBe(600);
    const d = new Database(db, { readonly: true });
    expect(d.prepare('SELECT count(*) AS n, sum(bedrag_cent) AS c FROM toewijzing').get()).toEqual({ n: 600, c: 120000 });
    d.close();
    expect(integer(db)).toBe(true);
  });

  it('hetzelfde afschrift twee keer tegelijk: de ene boekt, de andere ziet dat het al verwerkt is', async () => {
    const { map, db } = database();
    const a = afschrift(map, 'A', 'NL92BNGH0285158813', 300);
    const uitslagen = (await Promise.all([start(ontvangsten(db, a)), start(ontvangsten(db, a))])).map((r) => {
      expect(r.code, r.stderr).toBe(0);
      return JSON.parse(r.stdout) as { geboekt: number; al_verwerkt: number };
    });
    expect(uitslagen.map((u) => u.geboekt).sort()).toEqual([0, 300]);
    expect(uitslagen.map((u) => u.al_verwerkt).sort()).toEqual([0, 300]);
    const d = new Database(db, { readonly: true });
    expect((d.prepare('SELECT count(*) AS n FROM post').get() as { n: number }).n).toBe(300);
    d.close();
  });

  it('is de database te lang bezet, dan faalt de batch duidelijk (exit 2) en verandert er niets', async () => {
    const { map, db } = database();
    const a = afschrift(map, 'A', 'NL92BNGH0285158813', 10);
    const slot = new Database(db);
    slot.exec('BEGIN IMMEDIATE');
    const r = await start(ontvangsten(db, a), { SZMH_WACHTTIJD_MS: '300' });
    slot.exec('ROLLBACK');
    slot.close();
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('de database is bezet door een andere batch');
    expect(r.stdout).toBe('');
    const d = new Database(db, { readonly: true });
    expect((d.prepare('SELECT count(*) AS n FROM post').get() as { n: number }).n).toBe(0);
    d.close();
  });
});
