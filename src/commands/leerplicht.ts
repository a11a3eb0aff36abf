/** `szmh leerplicht status`: nog te bouwen (issue 5). */
import { RegelFout } from '../rules/kern/fouten.js';
import type { Context } from './context.js';

export async function leerplichtStatus(_bestand: string, _ctx: Context): Promise<void> {
  throw new RegelFout('leerplicht status is nog niet gebouwd');
}
