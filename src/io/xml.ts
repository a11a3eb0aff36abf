/**
 * Wat de stroomlezers voor XML (camt053.ts, duo.ts) delen: het lezen van het bestand als strikte UTF-8,
 * de grenzen tegen vijandige invoer en de toets op goedgevormdheid van één stuk (een post, een record)
 * vóórdat fast-xml-parser het ziet.
 * Entiteiten buiten de vijf van XML zelf worden nooit uitgevouwen maar geweigerd; een DOCTYPE weigert
 * elke lezer zelf, met een melding in zijn eigen woorden.
 */
import { createReadStream } from 'node:fs';
import { TextDecoder } from 'node:util';
import type { X2jOptions } from 'fast-xml-parser';
import { InvoerFout } from '../rules/kern/fouten.js';

/** Een post of record is in de praktijk enkele kB; groter is geen geldige invoer (en zou het geheugen vullen). */
export const MAX_ELEMENT = 4 << 20;
/** Diepte van geneste elementen binnen één stuk; camt.053 komt niet boven de 12, een DUO-record niet boven de 4. */
export const MAX_DIEPTE = 64;

export function telRegels(tekst: string, van: number, tot: number): number {
  let n = 0;
  for (let i = tekst.indexOf('\n', van); i >= 0 && i < tot; i = tekst.indexOf('\n', i + 1)) n++;
  return n;
}

/** Wat een stroomlezer doet met de tekst die binnenkomt. */
export interface XmlVerwerker<T> {
  /** Voegt tekst toe aan wat nog niet verwerkt is en levert op wat daarmee af is; `einde`: het bestand is uit. */
  voeg(tekst: string, einde: boolean): Generator<T>;
  /** De regel waarop de nog niet verwerkte tekst eindigt. */
  regelAanEinde(): number;
  fout(regel: number, melding: string): InvoerFout;
}

/**
 * Leest een XML-bestand in stukken van 1 MiB als strikte UTF-8 (een BOM valt weg) en levert op wat de
 * verwerker ervan maakt. Ongeldige UTF-8 is een fout op de regel van het eerste ongeldige teken; een
 * leesfout (of een andere fout dan een InvoerFout) wordt BESTAND_ONLEESBAAR.
 */
export async function* leesXmlStroom<T>(bestand: string, v: XmlVerwerker<T>): AsyncGenerator<T> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const stroom = createReadStream(bestand, { highWaterMark: 1 << 20 });
  try {
    for await (const stuk of stroom as AsyncIterable<Buffer>) {
      let tekst: string;
      try {
        tekst = decoder.decode(stuk, { stream: true });
      } catch {
        // de regel van het eerste ongeldige teken: waar de onverwerkte tekst eindigt, plus de regels ervoor in dit stuk
        const rest = new TextDecoder('utf-8').decode(stuk);
        throw v.fout(v.regelAanEinde() + telRegels(rest, 0, rest.indexOf('\uFFFD')), 'het bestand is geen geldige UTF-8');
      }
      yield* v.voeg(tekst, false);
    }
    yield* v.voeg(decoder.decode(), true);
  } catch (e) {
    if (e instanceof InvoerFout) throw e;
    throw new InvoerFout(`kan het bestand niet lezen (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, { bestand }, 'BESTAND_ONLEESBAAR');
  } finally {
    stroom.destroy();
  }
}

// Een tag (met attributen tussen aanhalingstekens), commentaar, een verwerkingsinstructie, CDATA, of
// iets wat in goedgevormde XML niet los mag staan: een '<' of een '&' zonder geldige entiteit.
const XML_DEEL =
  /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>|<|&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[\da-fA-F]+);)/g;

/**
 * Goedgevormdheid van een stuk XML dat op regel `regel` begint: elke tag gesloten in de goede
 * volgorde, niet dieper dan MAX_DIEPTE, geen losse '<' of '&' (dus ook geen onbekende entiteit).
 */
export function controleerXml(xml: string, regel: number, fout: (regel: number, melding: string) => InvoerFout): void {
  const open: string[] = [];
  XML_DEEL.lastIndex = 0;
  for (let m = XML_DEEL.exec(xml); m; m = XML_DEEL.exec(xml)) {
    const waar = () => regel + telRegels(xml, 0, m!.index);
    const [geheel, sluit, naam, , leeg] = m;
    if (naam === undefined) {
      if (geheel === '<') throw fout(waar(), "ongeldige XML: een '<' die geen tag opent");
      if (geheel === '&') throw fout(waar(), "ongeldige XML: een '&' zonder geldige entiteit");
      continue; // commentaar, verwerkingsinstructie of CDATA
    }
    if (leeg) continue;
    if (!sluit) {
      open.push(naam);
      if (open.length > MAX_DIEPTE) throw fout(waar(), `ongeldige XML: meer dan ${MAX_DIEPTE} geneste elementen`);
    } else if (open.pop() !== naam) throw fout(waar(), `ongeldige XML: sluittag </${naam}> past niet bij de open tag`);
  }
  if (open.length) throw fout(regel, `ongeldige XML: <${open.at(-1)}> wordt niet gesloten`);
}

const XML_ENTITEITEN: Record<string, string> = { amp: '&', apos: "'", gt: '>', lt: '<', quot: '"' };

/**
 * Voor fast-xml-parser (`entityDecoder`): de vijf entiteiten van XML en tekenverwijzingen (`&#52;`,
 * `&#x34;`), niets anders (controleerXml laat niets anders door). Eén vaste decoder: met
 * `htmlEntities: true` kopieert de parser bij elk stuk de hele HTML-tabel, de helft van de leestijd.
 */
export const XML_DECODER: NonNullable<X2jOptions['entityDecoder']> = {
  decode: (tekst) =>
    tekst.indexOf('&') < 0
      ? tekst
      : tekst.replace(/&(?:#(\d+)|#x([\da-fA-F]+)|(amp|apos|gt|lt|quot));/g, (geheel, dec?: string, hex?: string, naam?: string) => {
          if (naam) return XML_ENTITEITEN[naam]!;
          const code = dec ? Number(dec) : parseInt(hex!, 16);
          return code <= 0x10ffff ? String.fromCodePoint(code) : geheel;
        }),
  setExternalEntities: () => {},
  addInputEntities: () => {},
  reset: () => {},
  setXmlVersion: () => {},
};
