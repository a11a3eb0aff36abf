import type { Command } from 'commander';
import { context } from './context.js';
import { voorbeeld } from './voorbeeld.js';

export function registreerBoete(programma: Command): void {
  const boete = voorbeeld(
    programma.command('boete').description('bestuurlijke boete wegens schending van de inlichtingenplicht (art 18a Pw)'),
    'szmh boete bereken samples/boete/zaken.csv --peildatum 2026-11-23',
  );
  voorbeeld(
    boete
      .command('bereken')
      .description('bereken per zaak de boete, of een waarschuwing waar de wet en het beleid dat toelaten')
      .argument('<ZAKEN.csv>', 'zaak_id, benadelingsbedrag, verwijtbaarheid, overtredingsdatum, besluitdatum (en optionele kolommen, zie README)'),
    'szmh boete bereken samples/boete/zaken.csv --peildatum 2026-11-23 --explain',
  ).action(async (bestand: string, _o: unknown, cmd: Command) => {
    const { boeteBereken } = await import('../commands/boete.js');
    await boeteBereken(bestand, await context(cmd));
  });
}
