/** Draait de echte CLI (`bin/szmh`) als kindproces, zoals een gebruiker dat doet. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface Uitkomst {
  code: number;
  stdout: string;
  stderr: string;
}

export function szmh(args: string[], opties: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Uitkomst {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/szmh'), ...args], {
    cwd: opties.cwd ?? ROOT,
    env: { ...process.env, ...opties.env },
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export function tijdelijkeMap(): string {
  return mkdtempSync(path.join(tmpdir(), 'szmh-test-'));
}

/** Schrijft een bestand in een nieuwe tijdelijke map en geeft het pad. */
export function bestand(naam: string, inhoud: string | Buffer, map = tijdelijkeMap()): string {
  const pad = path.join(map, naam);
  writeFileSync(pad, inhoud);
  return pad;
}
