import type { Command } from 'commander';
import { context } from './context.js';
import { voorbeeld } from './voorbeeld.js';

const VOORBEELD = 'szmh leerplicht status samples/leerplicht/leerlingen.csv --peildatum 2026-11-23';

export function registreerLeerplicht(programma: Command): void {
  const leerplicht = voorbeeld(programma.command('leerplicht').description('leerplicht, kwalificatieplicht en RMC (Leerplichtwet 1969)'), VOORBEELD);
  voorbeeld(
    leerplicht
      .command('status')
      .description('per leerling de leerplicht-, kwalificatieplicht- en RMC-datums en de status op de peildatum')
      .argument('<LEERLINGEN.csv>', 'leerling_id, geboortedatum (en optioneel startkwalificatie_op)'),
    VOORBEELD,
  ).action(async (bestand: string, _o: unknown, cmd: Command) => {
    const { leerplichtStatus } = await import('../commands/leerplicht.js');
    await leerplichtStatus(bestand, await context(cmd));
  });
}
