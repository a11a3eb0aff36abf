import type { Command } from 'commander';
import { context } from './context.js';
import { voorbeeld } from './voorbeeld.js';

const VOORBEELD = 'szmh terugvordering bereken samples/terugvordering/maanden.csv --peildatum 2027-01-04';

export function registreerTerugvordering(programma: Command): void {
  const terugvordering = voorbeeld(programma.command('terugvordering').description('terugvordering van bijstand (art 58 Pw)'), VOORBEELD);
  voorbeeld(
    terugvordering
      .command('bereken')
      .description('bereken per zaak de terugvordering, het benadelingsbedrag en het bruto bedrag')
      .argument('<MAANDEN.csv>', 'per zaak per maand: zaak_id, maand, betaald, recht, oorzaak (en optioneel norm, inkomsten, loonheffing, besluitdatum, gemeente)'),
    VOORBEELD,
    'szmh terugvordering bereken samples/terugvordering/maanden-plain.csv --peildatum 2027-01-04 --output terugvorderingen.xlsx',
  ).action(async (bestand: string, _o: unknown, cmd: Command) => {
    const { terugvorderingBereken } = await import('../commands/terugvordering.js');
    await terugvorderingBereken(bestand, await context(cmd));
  });
}
