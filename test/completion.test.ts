/**
 * `szmh completion bash|zsh`: het script wordt in een echte bash (en zsh, als die er is) geladen en
 * de aanvulfunctie wordt aangeroepen zoals de shell dat doet bij Tab.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { maakProgramma } from '../src/cli.js';
import { aanvulling } from '../src/cli/aanvulling.js';
import { ROOT, bestand, szmh } from './cli.js';

/** De aanvullingen voor de woorden (het laatste is het woord onder de cursor). */
function tab(shell: 'bash' | 'zsh', script: string, woorden: string[]): string[] {
  const pad = bestand(`szmh.${shell}`, script);
  const lijst = woorden.map((w) => `'${w}'`).join(' ');
  const code =
    shell === 'bash'
      ? `source '${pad}'; COMP_WORDS=(${lijst}); COMP_CWORD=${woorden.length - 1}; _szmh; printf '%s\\n' "\${COMPREPLY[@]}"`
      : `autoload -U compinit; compinit -u; source '${pad}'; COMP_WORDS=(${lijst}); COMP_CWORD=${woorden.length - 1}; _szmh; print -l -- "\${COMPREPLY[@]}"`;
  const r = spawnSync(shell, ['-c', code], { cwd: ROOT, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  // zsh's compgen (bashcompinit) filtert niet zelf op het begin: dat doet compadd daarna, zoals hier.
  return r.stdout.split('\n').filter((w) => w && w.startsWith(woorden.at(-1)!));
}

const heeft = (shell: string) => spawnSync('sh', ['-c', `command -v ${shell}`]).status === 0;

describe.each(['bash', 'zsh'] as const)('szmh completion %s', (shell) => {
  it.runIf(heeft(shell))('vult commando’s, subcommando’s, opties, waarden en bestanden aan', () => {
    const r = szmh(['completion', shell]);
    expect(r.code).toBe(0);
    expect(tab(shell, r.stdout, ['szmh', 'rap'])).toEqual(['rapport']);
    expect(tab(shell, r.stdout, ['szmh', 'rapport', ''])).toEqual(['marap', 'artikel25']);
    expect(tab(shell, r.stdout, ['szmh', '--db', 'x.db', 'debiteuren', 'ont'])).toEqual(['ontvangsten']);
    expect(tab(shell, r.stdout, ['szmh', 'rapport', 'marap', '--pe'])).toEqual(['--peildatum', '--periode']);
    expect(tab(shell, r.stdout, ['szmh', 'boete', 'bereken', '--format', 'x'])).toEqual(['xlsx']);
    // Bestanden: bash vult ze zelf aan; zsh krijgt niets terug en valt (complete -o default) terug op zijn eigen _files.
    const bestanden = (b: string[]) => (shell === 'bash' ? b : []);
    expect(tab(shell, r.stdout, ['szmh', 'verzuim', 'importeer', '--kolommen', 'samples/verzuim/kolommen-p'])).toEqual(bestanden(['samples/verzuim/kolommen-pakket.json']));
    expect(tab(shell, r.stdout, ['szmh', 'boete', 'bereken', 'samples/boete/zaken.'])).toEqual(bestanden(['samples/boete/zaken.csv']));
    expect(tab(shell, r.stdout, ['szmh', 'completion', ''])).toEqual(['bash', 'zsh']);
    expect(tab(shell, r.stdout, ['szmh', '--v'])).toEqual(['--version']);
  });
});

describe('aanvulling', () => {
  it('een commando dat later bijkomt, staat er vanzelf in, met zijn opties', () => {
    const programma = maakProgramma();
    programma.command('nieuw').command('proef').option('--code <code>', 'een code');
    const script = aanvulling(programma, 'bash');
    expect(script).toContain(`'nieuw') echo 'proef' ;;`);
    expect(script).toMatch(/'nieuw proef'\) echo '[^']*--code --help' ;;/);
    // Ook de commando's van andere ontwikkelaars staan erin zonder dat iemand hier iets aanpast.
    expect(script).toMatch(/'ib'\) echo '[^']*afhandelen/);
  });

  it('een andere shell: exit 2', () => {
    expect(szmh(['completion', 'fish']).code).toBe(2);
  });
});
