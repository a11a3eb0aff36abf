/**
 * Elke `--help` eindigt met een echt voorbeeld over de bestanden in samples/ (één regel per
 * commando; een voorbeeld dat een database nodig heeft, vult die eerst). Een test controleert dat elk
 * commando er een heeft en dat de genoemde bestanden bestaan.
 */
import type { Command } from 'commander';

export const VOORBEELDKOP = 'Voorbeeld:';

export function voorbeeld<C extends Command>(commando: C, ...regels: string[]): C {
  return commando.addHelpText('after', `\n${VOORBEELDKOP}\n${regels.map((r) => `  $ ${r}`).join('\n')}\n`);
}
