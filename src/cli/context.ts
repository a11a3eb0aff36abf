/** De context van een commando: globale opties, klok, parameters en store (lui geladen). */
import type { Command } from 'commander';
import type { Context, GlobaleOpties } from '../commands/context.js';

export async function context(commando: Command): Promise<Context> {
  const { maakContext } = await import('../commands/context.js');
  const naam = [commando.parent?.name(), commando.name()].filter((n) => n && n !== 'szmh').join(' ');
  return maakContext(commando.optsWithGlobals<GlobaleOpties>(), `szmh ${naam}`);
}
