import type { Command } from 'commander';
import { context } from './context.js';
import { voorbeeld } from './voorbeeld.js';

const VOORBEELD = 'szmh params toon --gemeente Vaals --peildatum 2026-11-23';

export function registreerParams(programma: Command): void {
  const params = voorbeeld(programma.command('params').description('de parametertabellen: normen, boetecategorieën, drempels en beleid'), VOORBEELD);
  voorbeeld(params.command('toon').description('alle parameters met de waarde die op de peildatum geldt (met --gemeente: voor die gemeente)'), VOORBEELD).action(
    async (_o: unknown, cmd: Command) => {
      const { paramsToon } = await import('../commands/params.js');
      await paramsToon(await context(cmd));
    },
  );
  voorbeeld(params.command('verschil').description('waar een gemeente afwijkt van de regionale standaard (vereist --gemeente)'), 'szmh params verschil --gemeente Maastricht').action(
    async (_o: unknown, cmd: Command) => {
      const { paramsVerschil } = await import('../commands/params.js');
      await paramsVerschil(await context(cmd));
    },
  );
}
