import { Argument, type Command } from 'commander';
import { voorbeeld } from './voorbeeld.js';

export function registreerCompletion(programma: Command): void {
  voorbeeld(
    programma
      .command('completion')
      .description('het aanvulscript voor de shell: commando\'s, opties en bestandsnamen met Tab')
      .addArgument(new Argument('<shell>', 'bash of zsh').choices(['bash', 'zsh'])),
    'szmh completion bash > ~/.local/share/bash-completion/completions/szmh      # zsh: source <(szmh completion zsh) in ~/.zshrc',
  ).action(async (shell: 'bash' | 'zsh') => {
    const { aanvulling } = await import('./aanvulling.js');
    process.stdout.write(aanvulling(programma, shell));
  });
}
