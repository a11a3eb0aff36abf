/**
 * Werkthread voor werkers.ts: bouwt dezelfde context op als de hoofdthread, laat de opdracht zijn
 * verwerking maken en verwerkt de blokken die hij krijgt tot opgemaakte rijen en fouten als gegevens.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { maakContext } from './context.js';
import { verpakking, type Berekend, type Werkerbouw, type Werkerstart } from './werkers.js';

const start = workerData as Werkerstart<unknown>;
const bouw = (await import(start.module))[start.naam] as Werkerbouw<unknown, unknown, Berekend<unknown>>;
// Stil: waarschuwingen en meldingen gaan via de hoofdthread naar het log.
const verwerk = await bouw(maakContext({ ...start.opties, logLevel: 'silent' }), start.gegevens);

parentPort!.on('message', ({ nr, blok }: { nr: number; blok: unknown }) => {
  try {
    const uitkomsten = verwerk(blok);
    parentPort!.postMessage({ nr, uitkomsten }, verpakking.geefAf());
  } catch (e) {
    parentPort!.postMessage({ nr, intern: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  }
});
