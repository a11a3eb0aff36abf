/**
 * Werkthread voor camt053-parallel.ts: leest en parseert het afschrift (het zware deel) en stuurt de
 * gebeurtenissen in blokken naar de hoofdthread, die intussen boekt. Bedragen reizen als tekst.
 */
import { leesCamt053 } from './camt053.js';
import { naarBericht } from './camt053-parallel.js';
import { inBlokken, stuurBlokken, werkdata } from './werkstroom.js';

async function* berichten(bestand: string): AsyncGenerator<unknown> {
  for await (const g of leesCamt053(bestand)) yield naarBericht(g);
}

// Als één JSON-tekst: dat is voor de hoofdthread veel goedkoper uit te pakken dan een structured clone.
await stuurBlokken(async () => inBlokken(berichten(werkdata<{ bestand: string }>().bestand), 256), (blok) => JSON.stringify(blok));
