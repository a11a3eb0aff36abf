/**
 * Shell-aanvulling (`szmh completion bash|zsh`), gemaakt uit de commandostructuur van commander:
 * een commando dat later bijkomt, staat er vanzelf in. Aangevuld worden commando's, opties (ook de
 * globale, die overal mogen staan), de waarden van --format, --log-level en --encoding, en
 * bestandsnamen voor argumenten en voor opties met een <bestand>. zsh gebruikt hetzelfde script via
 * bashcompinit.
 */
import type { Command, Option } from 'commander';
import { FORMATEN } from '../io/uitvoer.js';
import { ENCODINGS, LOGNIVEAUS } from '../commands/context.js';

/** Waarden die de opdrachtregel kent maar commander niet als keuzes (de context controleert ze). */
const WAARDEN: Record<string, readonly string[]> = { '--format': FORMATEN, '--log-level': LOGNIVEAUS, '--encoding': ENCODINGS };

interface Knoop {
  readonly pad: string;
  readonly commandos: readonly string[];
  readonly opties: readonly string[];
  /** Opties die een waarde nemen: het woord erna is geen commando. */
  readonly waardeopties: readonly string[];
  readonly bestandsopties: readonly string[];
  /** Vaste waarden voor het eerste argument (zoals bash of zsh). */
  readonly argumentkeuzes: readonly string[];
}

function flags(o: Option): string[] {
  return [o.short, o.long].filter((f): f is string => f !== undefined);
}

function knopen(cmd: Command, pad: string[], globaal: readonly Option[], uit: Knoop[]): void {
  // De globale opties mogen overal staan; --version alleen vooraan.
  const opties = pad.length ? [...globaal.filter((o) => o.long !== '--version'), ...cmd.options] : cmd.options;
  uit.push({
    pad: pad.join(' '),
    commandos: cmd.commands.map((c) => c.name()),
    opties: [...opties.flatMap(flags), '--help'],
    waardeopties: opties.filter((o) => o.required || o.optional).flatMap(flags),
    bestandsopties: opties.filter((o) => /<(bestand|kaart)>/.test(o.flags)).flatMap(flags),
    argumentkeuzes: cmd.registeredArguments[0]?.argChoices ?? [],
  });
  for (const sub of cmd.commands) knopen(sub, [...pad, sub.name()], globaal, uit);
}

function keuzes(programma: Command): Map<string, readonly string[]> {
  const uit = new Map(Object.entries(WAARDEN));
  const alle = (c: Command): Option[] => [...c.options, ...c.commands.flatMap(alle)];
  for (const o of alle(programma)) if (o.argChoices && o.long) uit.set(o.long, o.argChoices);
  return uit;
}

const sh = (woorden: readonly string[]) => `'${woorden.join(' ').replaceAll("'", "'\\''")}'`;

/** Per commandopad een lijst woorden, als shellfunctie: `_szmh_opties "debiteuren saldo"`. */
type Lijst = 'commandos' | 'opties' | 'waardeopties' | 'argumentkeuzes' | 'bestandsopties';
const LIJSTEN: readonly Lijst[] = ['commandos', 'opties', 'waardeopties', 'argumentkeuzes', 'bestandsopties'];

function lijstfunctie(naam: string, lijst: Lijst, knopen: readonly Knoop[]): string {
  const gevallen = knopen.filter((k) => k[lijst].length).map((k) => `    ${sh([k.pad])}) echo ${sh(k[lijst])} ;;`);
  return `_${naam}_${lijst}() {\n  case "$1" in\n${gevallen.join('\n')}\n  esac\n}\n`;
}

export function aanvulling(programma: Command, shell: 'bash' | 'zsh'): string {
  const naam = programma.name();
  const lijst: Knoop[] = [];
  knopen(programma, [], programma.options, lijst);
  const waarden = [...keuzes(programma)].map(([optie, w]) => `    ${optie}) COMPREPLY=($(compgen -W ${sh(w)} -- "$cur")); return ;;`).join('\n');
  const bash = `${LIJSTEN.map((l) => lijstfunctie(naam, l, lijst)).join('')}# Bestandsnamen: in bash hier; in zsh niets, zodat -o default zsh's eigen _files laat aanvullen.
_${naam}_bestanden() {
  [[ -n \${ZSH_VERSION-} ]] || COMPREPLY=($(compgen -f -- "$1"))
}
_${naam}() {
  [[ -n \${ZSH_VERSION-} ]] && setopt localoptions ksharrays
  local cur="\${COMP_WORDS[COMP_CWORD]}" vorige="\${COMP_WORDS[COMP_CWORD-1]}" pad="" w i
  COMPREPLY=()
  for ((i = 1; i < COMP_CWORD; i++)); do
    w="\${COMP_WORDS[i]}"
    [[ $w == -* ]] && continue
    [[ " $(_${naam}_waardeopties "$pad") " == *" \${COMP_WORDS[i-1]} "* ]] && continue
    [[ " $(_${naam}_commandos "$pad") " == *" $w "* ]] && pad="\${pad:+$pad }$w"
  done
  case "$vorige" in
${waarden}
  esac
  if [[ " $(_${naam}_bestandsopties "$pad") " == *" $vorige "* ]]; then _${naam}_bestanden "$cur"; return; fi
  [[ " $(_${naam}_waardeopties "$pad") " == *" $vorige "* ]] && return
  if [[ $cur == -* ]]; then COMPREPLY=($(compgen -W "$(_${naam}_opties "$pad")" -- "$cur")); return; fi
  local woorden="$(_${naam}_commandos "$pad")$(_${naam}_argumentkeuzes "$pad")"
  if [[ -n $woorden ]]; then COMPREPLY=($(compgen -W "$woorden" -- "$cur")); else _${naam}_bestanden "$cur"; fi
}
complete -o default -o filenames -F _${naam} ${naam}
`;
  return shell === 'bash'
    ? `# ${naam}: aanvulling voor bash. Laden: source <(${naam} completion bash), of opslaan als ~/.local/share/bash-completion/completions/${naam}\n${bash}`
    : `#compdef ${naam}\n# ${naam}: aanvulling voor zsh (via bashcompinit). Laden: source <(${naam} completion zsh) in ~/.zshrc, na compinit.\nautoload -U +X bashcompinit && bashcompinit\n${bash}`;
}
