/** De benchmarks draaien ook in de testsuite, maar dan klein en zonder iets over tijd te zeggen. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { genereer } from './generate.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

describe('bench', () => {
  it('de generator maakt geldige invoer die de CLI zonder afkeur verwerkt', async () => {
    const map = mkdtempSync(path.join(tmpdir(), 'szmh-bench-'));
    await genereer('boete', 200, path.join(map, 'boete.csv'));
    await genereer('terugvordering', 200, path.join(map, 'maanden.csv'));
    expect(readFileSync(path.join(map, 'boete.csv'), 'utf8').trim().split('\n')).toHaveLength(201);
    for (const [commando, bestand] of [['boete', 'boete.csv'], ['terugvordering', 'maanden.csv']] as const) {
      const r = spawnSync(process.execPath, [path.join(root, 'bin/szmh'), commando, 'bereken', path.join(map, bestand), '--format', 'jsonl', '--peildatum', '2026-11-23', '--log-level', 'error'], { encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout.trim().split('\n')).toHaveLength(200);
    }
  });

  it('npm run bench draait op een kleine schaal en drukt de tabel', () => {
    const map = mkdtempSync(path.join(tmpdir(), 'szmh-bench-'));
    const r = spawnSync(process.execPath, [path.join(root, 'bench/run.mjs'), '--aantal', '50', '--map', map], { cwd: root, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('szmh boete bereken (CSV → CSV)');
    expect(r.stdout).toContain('szmh --version');
  });
});
