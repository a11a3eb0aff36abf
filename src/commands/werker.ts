/**
 * Werkthread voor werkers.ts: bouwt dezelfde context op als de hoofdthread, laat de opdracht zijn
 * verwerking maken en verwerkt de blokken die hij krijgt tot opgemaakte rijen en fouten als gegevens.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Utf8Buffer } from '../io/utf8.js';
import { alsGegevens } from '../io/werkstroom.js';
import { maakContext } from './context.js';
import type { Berekend, Werkerbouw, Werkerstart } from './werkers.js';

const start = workerData as Werkerstart<unknown>;
const bouw = (await import(start.module))[start.naam] as Werkerbouw<unknown, unknown, Berekend<unknown>>;
/** Hierin komen de opgemaakte rijen van een blok. */
const bytes = new Utf8Buffer();
// Stil: waarschuwingen en meldingen gaan via de hoofdthread naar het log.
const verwerk = await bouw(maakContext({ ...start.opties, logLevel: 'silent' }), start.gegevens, bytes);

parentPort!.on('message', ({ nr, blok }: { nr: number; blok: unknown }) => {
  try {
    const uitkomsten = verwerk(blok);
    // De opgemaakte rijen gaan als één buffer over, zonder kopie.
    const b = bytes.neem();
    parentPort!.postMessage({ nr, uitkomsten, bytes: b }, [b.buffer]);
  } catch (e) {
    parentPort!.postMessage({ nr, fout: alsGegevens(e) });
  }
});
