/**
 * Werkthread voor rijtaak.ts: bouwt dezelfde context en verwerking op als de hoofdthread en
 * verwerkt de blokken die hij krijgt tot opgemaakte rijen en fouten als gegevens.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Trace } from '../rules/kern/trace.js';
import { formatUitleg } from '../io/uitleg.js';
import { Rijopmaak, isTekstformaat } from '../io/uitvoer.js';
import type { CsvRecord } from '../io/csv.js';
import { Utf8Buffer } from '../io/utf8.js';
import { maakContext, uitvoerKolommen } from './context.js';
import { kolomIndex, verwerkBlok, type RijTaak, type Werkeropdracht } from './rijtaak.js';

const opdracht = workerData as Werkeropdracht;
const taak = (await import(opdracht.module))[opdracht.naam] as RijTaak<{ trace: Trace }>;
// Stil: waarschuwingen en meldingen gaan via de hoofdthread naar het log.
const ctx = maakContext({ ...opdracht.opties, logLevel: 'silent' });
const verwerking = taak.bereid(ctx, opdracht.kolommen, opdracht.taakopties);
const index = kolomIndex(opdracht.kolommen);
// Werkers draaien alleen voor csv, json en jsonl (zie aantalWerkers).
const opmaak = new Rijopmaak(isTekstformaat(ctx.formaat) ? ctx.formaat : 'csv', uitvoerKolommen(ctx, verwerking.kolommen));
const uitleg = ctx.explain ? (r: { trace: Trace }) => formatUitleg(taak.titel(r), r.trace) : undefined;

const bytes = new Utf8Buffer();

parentPort!.on('message', ({ nr, blok }: { nr: number; blok: CsvRecord[] }) => {
  try {
    const uitkomsten = verwerkBlok(blok, opdracht.bestand, index, verwerking, { opmaak, bytes, ...(uitleg ? { uitleg } : {}) });
    // De opgemaakte rijen gaan als één buffer over, zonder kopie.
    const b = bytes.neem();
    parentPort!.postMessage({ nr, uitkomsten, bytes: b }, [b.buffer]);
  } catch (e) {
    parentPort!.postMessage({ nr, intern: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  }
});
