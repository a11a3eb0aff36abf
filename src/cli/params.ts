import type { Command } from 'commander';
import { context } from './context.js';

export function registreerParams(programma: Command): void {
  const params = programma.command('params').description('de parametertabellen: normen, boetecategorieën, drempels en beleid');
  params
    .command('toon')
    .description('alle parameters met de waarde die op de peildatum geldt (met --gemeente: voor die gemeente)')
    .action(async (_o: unknown, cmd: Command) => {
      const { paramsToon } = await import('../commands/params.js');
      await paramsToon(await context(cmd));
    });
  params
    .command('verschil')
    .description('waar een gemeente afwijkt van de regionale standaard (vereist --gemeente)')
    .action(async (_o: unknown, cmd: Command) => {
      const { paramsVerschil } = await import('../commands/params.js');
      await paramsVerschil(await context(cmd));
    });
}
