import type { Command } from 'commander';
import { context } from './context.js';

export function registreerLeerplicht(programma: Command): void {
  const leerplicht = programma.command('leerplicht').description('leerplicht, kwalificatieplicht en RMC (Leerplichtwet 1969)');
  leerplicht
    .command('status')
    .description('per leerling de leerplicht-, kwalificatieplicht- en RMC-datums en de status op de peildatum')
    .argument('<LEERLINGEN.csv>', 'leerling_id, geboortedatum (en optioneel startkwalificatie_op)')
    .action(async (bestand: string, _o: unknown, cmd: Command) => {
      const { leerplichtStatus } = await import('../commands/leerplicht.js');
      await leerplichtStatus(bestand, await context(cmd));
    });
}
