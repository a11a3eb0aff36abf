/** Een database zoals de demo hem vult: grootboek (met ontvangsten en afspraken), IB-register en verzuimregister uit samples/. */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { szmh } from './cli.js';

export const PEIL = '2026-11-23';

/** Vult `db` (in `map`) en geeft de aanroep van szmh op die database en peildatum. */
export function rapportdatabase(map: string): (...args: string[]) => ReturnType<typeof szmh> {
  const db = path.join(map, 'szmh.db');
  const s = (...args: string[]) => szmh([...args, '--db', db, '--peildatum', PEIL, '--log-level', 'error']);
  const tv = path.join(map, 'tv.csv');
  const bo = path.join(map, 'bo.csv');
  expect(s('terugvordering', 'bereken', 'samples/terugvordering/maanden.csv', '--format', 'csv', '-o', tv).code).toBe(0);
  expect(s('boete', 'bereken', 'samples/boete/zaken.csv', '--format', 'csv', '-o', bo).code).toBe(0);
  const camt = readdirSync('samples/debiteuren').filter((f) => f.startsWith('camt053')).sort().map((f) => `samples/debiteuren/${f}`);
  for (const args of [
    ['debiteuren', 'vorderingen', tv],
    ['debiteuren', 'vorderingen', bo],
    ['debiteuren', 'vorderingen', 'samples/debiteuren/vorderingen.csv'],
    ['debiteuren', 'afspraken', 'samples/debiteuren/afspraken.csv'],
    ['debiteuren', 'ontvangsten', ...camt],
    ['ib', 'importeer', 'samples/ib/signalen.csv', '--uitkeringen', 'samples/ib/uitkeringen.csv'],
    ['ib', 'afhandelen', '--voorstel-overnemen'],
    ['verzuim', 'importeer', 'samples/verzuim/meldingen.csv', 'samples/verzuim/duo-meldingen.xml'],
    ['verzuim', 'actie', 'samples/verzuim/acties.csv'],
  ]) {
    const r = s(...args, '--format', 'json');
    expect(r.code, r.stderr).toBe(0);
  }
  return s;
}
