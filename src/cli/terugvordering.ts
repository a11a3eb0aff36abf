import type { Command } from 'commander';
import { context } from './context.js';

export function registreerTerugvordering(programma: Command): void {
  const terugvordering = programma.command('terugvordering').description('terugvordering van bijstand (art 58 Pw)');
  terugvordering
    .command('bereken')
    .description('bereken per zaak de terugvordering, het benadelingsbedrag en het bruto bedrag')
    .argument('<MAANDEN.csv>', 'per zaak per maand: zaak_id, maand, betaald, recht, oorzaak (en optioneel norm, inkomsten, loonheffing, besluitdatum, gemeente)')
    .action(async (bestand: string, _o: unknown, cmd: Command) => {
      const { terugvorderingBereken } = await import('../commands/terugvordering.js');
      await terugvorderingBereken(bestand, await context(cmd));
    });
}
