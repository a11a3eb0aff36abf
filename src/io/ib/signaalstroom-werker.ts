/**
 * Werkthread voor signaalstroom.ts: leest de signalen, controleert ze en registreert hun sleutels
 * (het ontdubbelen), en stuurt ze verpakt naar de hoofdthread, die intussen koppelt en schrijft.
 */
import type { Encoding } from '../csv.js';
import { stuurBlokken, werkdata } from '../werkstroom.js';
import type { Kolomkaart } from './kolommen.js';
import { openSignalen } from './signalen.js';
import { verpak, voorbereid, type Voorbereid } from './signaalstroom.js';

const { bestand, kaart, encoding } = werkdata<{ bestand: string; kaart: Kolomkaart | undefined; encoding: Encoding }>();
let xml = false;

await stuurBlokken(
  async () => {
    const bron = await openSignalen(bestand, kaart, { encoding });
    xml = bron.formaat === 'xml';
    return voorbereid(bron);
  },
  (blok: Voorbereid[]) => verpak(blok, xml),
  16,
);
