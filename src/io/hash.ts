/** Vingerafdrukken (sha256): zo wordt hetzelfde bestand nooit twee keer verwerkt. */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { InvoerFout } from '../rules/kern/fouten.js';

export async function sha256VanBestand(bestand: string): Promise<string> {
  const hash = createHash('sha256');
  try {
    for await (const stuk of createReadStream(bestand, { highWaterMark: 1 << 20 })) hash.update(stuk as Buffer);
  } catch (e) {
    throw new InvoerFout(`kan het bestand niet lezen (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, { bestand }, 'BESTAND_ONLEESBAAR');
  }
  return hash.digest('hex');
}

/** De sha256 van een tekst, kort (base64): om inhoud te vergelijken zonder die te bewaren. */
export function sha256VanTekst(tekst: string): string {
  return createHash('sha256').update(tekst).digest('base64');
}
