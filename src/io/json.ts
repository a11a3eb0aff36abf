/** Een JSON-bestand inlezen (parameters, kolomkaart, thema): één plek voor de BOM en de foutmeldingen. */
import { readFileSync } from 'node:fs';
import { InvoerFout, type FoutCode } from '../rules/kern/fouten.js';

/**
 * Leest en ontleedt `bestand`; `wat` noemt het in een melding ("de kolomkaart"). Onleesbaar of geen
 * geldige JSON: exit 2 met het bestand erbij. Een BOM aan het begin (Kladblok) mag.
 */
export function leesJsonBestand(bestand: string, wat: string, code: FoutCode = 'BESTAND_ONLEESBAAR'): unknown {
  let tekst: string;
  try {
    tekst = readFileSync(bestand, 'utf8');
  } catch (e) {
    throw new InvoerFout(`kan ${wat} niet lezen (${(e as NodeJS.ErrnoException).code ?? 'fout'})`, { bestand }, 'BESTAND_ONLEESBAAR');
  }
  try {
    return JSON.parse(tekst.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new InvoerFout(`${wat} is geen geldige JSON: ${(e as Error).message}`, { bestand }, code);
  }
}
