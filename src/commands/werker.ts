/**
 * Werkthread voor werkers.ts: bouwt dezelfde context op als de hoofdthread, laat de opdracht zijn
 * verwerking maken en verwerkt de blokken die hij krijgt tot opgemaakte rijen en fouten als gegevens.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Utf8Buffer } from '../io/utf8.js';
import { alsGegevens } from '../io/werkstroom.js';
import { maakContext } from './context.js';
import { Waarschuwingslijst, type Berekend, type Werkerbericht, type Werkerbouw, type Werkerstart, type Werkeruitvoer } from './werkers.js';

const start = workerData as Werkerstart<unknown>;
const bouw = (await import(start.module))[start.naam] as Werkerbouw<unknown, unknown, Berekend<unknown>>;
/** Hierin komen de opgemaakte rijen van een blok en de nummers van de waarschuwingen. */
const uit: Werkeruitvoer = { bytes: new Utf8Buffer(), waarschuwingen: new Waarschuwingslijst() };
// Stil: waarschuwingen en meldingen gaan via de hoofdthread naar het log.
const verwerk = await bouw(maakContext({ ...start.opties, logLevel: 'silent' }), start.gegevens, uit);

parentPort!.on('message', ({ nr, blok }: { nr: number; blok: unknown }) => {
  try {
    const uitkomsten = verwerk(blok);
    // De opgemaakte rijen gaan als één buffer over, zonder kopie.
    const bytes = uit.bytes.neem();
    const bericht: Werkerbericht<Berekend<unknown>> = { nr, uitkomsten, bytes, waarschuwingen: uit.waarschuwingen.neemNieuw() };
    parentPort!.postMessage(bericht, [bytes.buffer]);
  } catch (e) {
    parentPort!.postMessage({ nr, fout: alsGegevens(e) });
  }
});
