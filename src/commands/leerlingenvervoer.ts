/** `szmh leerlingenvervoer`: nog te bouwen (issue 6). */
import { RegelFout } from '../rules/kern/fouten.js';
import type { Context } from './context.js';

export async function leerlingenvervoerBeoordeel(_bestand: string, _ctx: Context, _o: { schooljaar?: string }): Promise<void> {
  throw new RegelFout('leerlingenvervoer beoordeel is nog niet gebouwd');
}

export async function leerlingenvervoerRapport(_bestand: string, _ctx: Context, _o: { schooljaar?: string }): Promise<void> {
  throw new RegelFout('leerlingenvervoer rapport is nog niet gebouwd');
}
