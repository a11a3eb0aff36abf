/**
 * Wegpoetsen wat een BSN of IBAN kan zijn, in elke tekst die naar stderr gaat (logregels en
 * foutmeldingen). Apart van log.ts, zodat de opdrachtregel het kan gebruiken zonder pino te laden.
 */

/** Vervangt reeksen van 8-9 cijfers (mogelijk een BSN) en IBAN's door een aanduiding. */
export function poets(tekst: string): string {
  return tekst.replace(/\b[A-Z]{2}\d{2}[A-Z]{4}\d{10}\b/g, '[iban]').replace(/(?<![\d.,])\d{8,9}(?![\d.,])/g, '[bsn?]');
}
