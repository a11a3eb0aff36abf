/**
 * Elke `--help` eindigt met een echt voorbeeld (src/cli/voorbeeld.ts), en elk voorbeeld werkt: de
 * bestanden uit samples/ bestaan en de regels draaien, in een lege map met samples/ ernaast, met
 * exitcode 0. De commando's worden uit de commandostructuur gehaald: een nieuw commando zonder
 * voorbeeld laat deze test falen.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { maakProgramma } from '../src/cli.js';
import { VOORBEELDKOP } from '../src/cli/voorbeeld.js';
import { ROOT, tijdelijkeMap } from './cli.js';

/** Van andere ontwikkelaars; zij voegen hun voorbeeld toe met één regel `voorbeeld(...)`. */

function alle(cmd: Command, pad: string[] = []): { pad: string; cmd: Command }[] {
  return [{ pad: ['szmh', ...pad].join(' '), cmd }, ...cmd.commands.flatMap((c) => alle(c, [...pad, c.name()]))];
}

function hulp(cmd: Command): string {
  let tekst = '';
  cmd.configureOutput({ writeOut: (t) => (tekst += t) });
  cmd.outputHelp();
  return tekst;
}

/** De voorbeeldregels aan het eind van de hulp, zonder `$ ` en zonder commentaar. */
function voorbeelden(tekst: string): string[] {
  const blok = tekst.slice(tekst.lastIndexOf(`\n${VOORBEELDKOP}\n`) + VOORBEELDKOP.length + 2);
  return blok
    .trimEnd()
    .split('\n')
    .map((r) => r.replace(/^ {2}\$ /, '').replace(/\s+#.*$/, ''));
}

const COMMANDOS = alle(maakProgramma());

describe('--help', () => {
  it('kent de commando’s van de boom (ook rapport en completion)', () => {
    expect(COMMANDOS.map((c) => c.pad)).toEqual(expect.arrayContaining(['szmh', 'szmh rapport marap', 'szmh rapport artikel25', 'szmh completion', 'szmh debiteuren ontvangsten', 'szmh verzuim actie']));
  });

  it.each(COMMANDOS.map((c) => [c.pad, c.cmd] as const))('%s --help eindigt met een voorbeeld over samples/ dat bestaat', (pad, cmd) => {
    const tekst = hulp(cmd);
    expect(tekst.trimEnd()).toMatch(new RegExp(`\\n${VOORBEELDKOP}\\n(  \\$ szmh .+\\n?)+$`));
    const regels = voorbeelden(tekst);
    expect(regels.length).toBeGreaterThan(0);
    for (const regel of regels) for (const bestand of regel.match(/samples\/\S+/g) ?? []) expect(existsSync(path.join(ROOT, bestand)), `${bestand} bestaat niet`).toBe(true);
    // Het voorbeeld van een commando gebruikt dat commando zelf (van een groep: een van zijn commando's).
    expect(regels.some((r) => r.startsWith(`${pad} `) || r === pad)).toBe(true);
  });
});

describe('de voorbeelden draaien', () => {
  it.each(COMMANDOS.map((c) => [c.pad, c.cmd] as const))('%s', (_pad, cmd) => {
    const map = tijdelijkeMap();
    symlinkSync(path.join(ROOT, 'samples'), path.join(map, 'samples'));
    mkdirSync(path.join(map, 'bin'));
    mkdirSync(path.join(map, '.local/share/bash-completion/completions'), { recursive: true });
    const szmh = path.join(map, 'bin/szmh');
    writeFileSync(szmh, `#!/bin/sh\nexec "${process.execPath}" "${path.join(ROOT, 'bin/szmh')}" "$@"\n`);
    chmodSync(szmh, 0o755);
    for (const regel of voorbeelden(hulp(cmd))) {
      const r = spawnSync('sh', ['-c', regel], {
        cwd: map,
        env: { ...process.env, PATH: `${path.join(map, 'bin')}:${process.env.PATH}`, HOME: map },
        encoding: 'utf8',
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      expect(r.status, `${regel}\n${r.stderr}`).toBe(0);
    }
  });
});
