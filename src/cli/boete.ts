import type { Command } from 'commander';
import { context } from './context.js';

export function registreerBoete(programma: Command): void {
  const boete = programma.command('boete').description('bestuurlijke boete wegens schending van de inlichtingenplicht (art 18a Pw)');
  boete
    .command('bereken')
    .description('bereken per zaak de boete, of een waarschuwing waar de wet en het beleid dat toelaten')
    .argument('<ZAKEN.csv>', 'zaak_id, benadelingsbedrag, verwijtbaarheid, overtredingsdatum, besluitdatum (en optionele kolommen, zie README)')
    .action(async (bestand: string, _o: unknown, cmd: Command) => {
      const { boeteBereken } = await import('../commands/boete.js');
      await boeteBereken(bestand, await context(cmd));
    });
}
