/**
 * Werkthread voor camt053-parallel.ts: leest en parseert het afschrift (het zware deel) en stuurt de
 * gebeurtenissen in blokken naar de hoofdthread, die intussen boekt. Bedragen reizen als tekst.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { leesCamt053 } from './camt053.js';
import { naarBericht } from './camt053-parallel.js';
import { SzmhFout } from '../rules/kern/fouten.js';

const BLOK = 256;
const MAX_ONDERWEG = 8;

let onderweg = 0;
let wachter: (() => void) | undefined;
parentPort!.on('message', () => {
  onderweg--;
  wachter?.();
  wachter = undefined;
});

async function verstuur(blok: unknown[]): Promise<void> {
  onderweg++;
  // Als één JSON-tekst: dat is voor de hoofdthread veel goedkoper uit te pakken dan een structured clone.
  parentPort!.postMessage({ blok: JSON.stringify(blok) });
  // Niet te ver vooruitlopen: anders staat een heel afschrift in het geheugen van de hoofdthread.
  while (onderweg >= MAX_ONDERWEG) await new Promise<void>((r) => (wachter = r));
}

let blok: unknown[] = [];
try {
  for await (const g of leesCamt053(workerData.bestand as string)) {
    blok.push(naarBericht(g));
    if (blok.length >= BLOK) {
      await verstuur(blok);
      blok = [];
    }
  }
  if (blok.length) await verstuur(blok);
  parentPort!.postMessage({ klaar: true });
} catch (e) {
  // Eerst wat al gelezen is, zodat de hoofdthread dezelfde volgorde ziet als bij lezen zonder werker.
  if (blok.length) parentPort!.postMessage({ blok: JSON.stringify(blok) });
  if (e instanceof SzmhFout) parentPort!.postMessage({ fout: { code: e.code, exitcode: e.exitcode, melding: e.melding, plaats: e.plaats } });
  else parentPort!.postMessage({ fout: { code: 'INTERN', exitcode: 4, melding: (e as Error).message, plaats: {} } });
}
