/**
 * XML-bestanden in DUO-stijl (verzuimmeldingen uit het Register Onderwijsdeelnemers, zoals het
 * leerplichtpakket ze exporteert) als stroom van records. Het bestand wordt in stukken gelezen; elk
 * record-element (bijvoorbeeld `<Verzuimmelding>` en `<Zorgmelding>`) wordt apart met fast-xml-parser
 * geparsed en gevalideerd, met het regelnummer waarop het begint. Alles wat tussen de records staat
 * (een kop, een afzender) wordt overgeslagen. De echte ROD-berichtindeling is niet openbaar
 * (onderzoek §3.4, §4 punt 4): welk element een record is en waar elk veld staat, zegt de kolomkaart.
 */
import { XMLParser } from 'fast-xml-parser';
import { InvoerFout } from '../rules/kern/fouten.js';
import { MAX_ELEMENT, XML_DECODER, controleerXml, leesXmlStroom, telRegels } from './xml.js';

export type XmlKnoop = Record<string, unknown>;

export interface XmlRecord {
  /** De naam van het record-element zoals in de kolomkaart (niet zoals in het bestand gespeld). */
  readonly element: string;
  readonly regel: number;
  readonly knoop: XmlKnoop;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  removeNSPrefix: true,
  trimValues: true,
  // Zonder een decoder blijft een tekenverwijzing (`&#52;`) letterlijk staan, ook in een meldingsnummer.
  entityDecoder: XML_DECODER,
});

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * De tekst op een pad onder een knoop: `Leerling/BSN`, een attribuut als `@id`. Element- en
 * attribuutnamen zijn ongevoelig voor hoofdletters; bij een herhaald element telt het eerste.
 */
export function waardeOp(knoop: unknown, pad: string): string | undefined {
  let huidig: unknown = knoop;
  for (const deel of pad.split('/').map((d) => d.trim()).filter(Boolean)) {
    if (Array.isArray(huidig)) huidig = huidig[0];
    if (huidig === null || typeof huidig !== 'object') return undefined;
    const sleutel = Object.keys(huidig).find((k) => k.toLowerCase() === deel.toLowerCase());
    if (sleutel === undefined) return undefined;
    huidig = (huidig as XmlKnoop)[sleutel];
  }
  if (Array.isArray(huidig)) huidig = huidig[0];
  if (typeof huidig === 'string') return huidig === '' ? undefined : huidig;
  if (huidig && typeof huidig === 'object' && typeof (huidig as XmlKnoop)['#text'] === 'string') return ((huidig as XmlKnoop)['#text'] as string) || undefined;
  return undefined;
}

/** Een DTD kan entiteiten definiëren (billion laughs, externe entiteiten); een verzuim- of signaalbestand heeft er nooit een. */
const DTD = /<!(?:DOCTYPE|ENTITY)\b/i;

/** Hoe de meldingen het bestand en een record noemen (de IB-signalen lezen met dezelfde lezer). */
export interface Soort {
  readonly bestand: string;
  readonly record: string;
}

const VERZUIM: Soort = { bestand: 'een verzuimbestand', record: 'verzuimmelding' };

/**
 * Leest de records `elementen` uit een XML-bestand. Ongeldige of afgebroken XML, een bestand zonder
 * afgesloten document, een DOCTYPE of een record dat te diep genest of groter dan 4 MiB is, is een
 * InvoerFout met bestand en regel.
 */
export async function* leesXmlRecords(bestand: string, elementen: readonly string[], soort: Soort = VERZUIM): AsyncGenerator<XmlRecord> {
  const fout = (regel: number, melding: string) => new InvoerFout(melding, { bestand, regel });
  const namen = elementen.map(escape).join('|');
  // een record, of commentaar of CDATA ertussen (dat wordt overgeslagen, ook als er een record in staat)
  const OPEN = new RegExp(`<!--|<!\\[CDATA\\[|<(?:[\\w.-]+:)?(${namen})(?=[\\s>/])`, 'gi');
  let buffer = '';
  let pos = 0;
  let regel = 1;
  let wortel: string | undefined;
  let wortelGesloten = false;

  const regelVan = (index: number) => regel + telRegels(buffer, pos, index);
  const naar = (index: number) => {
    regel += telRegels(buffer, pos, index);
    pos = index;
  };
  // het einde van het document: de sluittag van de wortel, of een lege wortel (`<Verzuimmeldingen/>`)
  const sluitWortel = () => (wortel ? new RegExp(`</(?:[\\w.-]+:)?${escape(wortel)}\\s*>|<(?:[\\w.-]+:)?${escape(wortel)}(?:\\s[^>]*)?/>`) : undefined);
  /** Tekst tussen de records wordt overgeslagen, maar een DTD nooit. */
  const geenDtd = (tot: number) => {
    const i = buffer.slice(pos, tot).search(DTD);
    if (i >= 0) throw fout(regelVan(pos + i), `een DOCTYPE of ENTITY is in ${soort.bestand} niet toegestaan (entiteiten worden nooit uitgevouwen)`);
  };
  const teGroot = (open: RegExpExecArray, tot: number) => {
    const wat = open[1] === undefined ? (open[0] === '<!--' ? 'commentaar' : 'CDATA') : `een record (${open[1]})`;
    if (tot - open.index > MAX_ELEMENT) throw fout(regelVan(open.index), `${wat} van meer dan ${MAX_ELEMENT >> 20} MiB: geen ${soort.record}`);
  };

  const verwerk = function* (einde: boolean): Generator<XmlRecord> {
    if (wortel === undefined) {
      const m = /<(?![?!])([\w.:-]+)/.exec(buffer);
      geenDtd(m ? m.index : buffer.length);
      if (!m) {
        if (einde || buffer.length > 1 << 16) throw fout(1, 'geen XML-document (geen element gevonden)');
        return;
      }
      if (buffer.slice(0, m.index).replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g, '').trim() !== '') {
        throw fout(1, 'geen XML-document: er staat tekst vóór het eerste element');
      }
      wortel = m[1]!.replace(/^[\w.-]+:/, '');
    }
    for (;;) {
      OPEN.lastIndex = pos;
      const open = OPEN.exec(buffer);
      if (!open) {
        // bewaar een staartje voor een element dat over de grens van twee stukken valt
        const bewaar = einde ? pos : Math.max(pos, buffer.length - 256);
        geenDtd(einde ? buffer.length : bewaar);
        if (sluitWortel()!.test(buffer.slice(pos, einde ? buffer.length : bewaar + 256))) wortelGesloten = true;
        if (!einde) naar(bewaar);
        return;
      }
      geenDtd(open.index);
      if (open[1] === undefined) {
        const sluit = buffer.indexOf(open[0] === '<!--' ? '-->' : ']]>', open.index + open[0].length);
        if (sluit < 0) {
          if (einde) throw fout(regelVan(open.index), `${open[0] === '<!--' ? 'commentaar' : 'CDATA'} wordt niet afgesloten: bestand afgebroken?`);
          teGroot(open, buffer.length);
          naar(open.index);
          return;
        }
        naar(sluit + 3);
        continue;
      }
      const naam = elementen.find((e) => e.toLowerCase() === open[1]!.toLowerCase())!;
      const tagEinde = buffer.indexOf('>', open.index);
      if (tagEinde < 0) {
        if (einde) throw fout(regelVan(open.index), `element ${open[1]} wordt niet afgesloten: bestand afgebroken?`);
        teGroot(open, buffer.length);
        naar(open.index);
        return;
      }
      let eind: number;
      if (buffer[tagEinde - 1] === '/') {
        eind = tagEinde + 1;
      } else {
        const SLUIT = new RegExp(`</(?:[\\w.-]+:)?${escape(open[1]!)}\\s*>`, 'g');
        SLUIT.lastIndex = tagEinde;
        const sluit = SLUIT.exec(buffer);
        if (!sluit) {
          if (einde) throw fout(regelVan(open.index), `element ${open[1]} wordt niet afgesloten: bestand afgebroken?`);
          teGroot(open, buffer.length);
          naar(open.index);
          return;
        }
        eind = sluit.index + sluit[0].length;
      }
      teGroot(open, eind);
      const recordRegel = regelVan(open.index);
      const xml = buffer.slice(open.index, eind);
      controleerXml(xml, recordRegel, fout);
      let boom: XmlKnoop;
      try {
        boom = parser.parse(xml, true) as XmlKnoop;
      } catch (e) {
        const m = /:(\d+):(\d+)$/.exec((e as Error).message);
        throw fout(m ? recordRegel + Number(m[1]) - 1 : recordRegel, `ongeldige XML: ${(e as Error).message.replace(/:\d+:\d+$/, '')}`);
      }
      const sleutel = Object.keys(boom).find((k) => k.toLowerCase() === naam.toLowerCase());
      const knoop = sleutel === undefined ? {} : boom[sleutel];
      yield { element: naam, regel: recordRegel, knoop: knoop && typeof knoop === 'object' ? (knoop as XmlKnoop) : {} };
      naar(eind);
      // een bestand dat uit één record bestaat: het record is het document
      if (naam.toLowerCase() === wortel.toLowerCase()) wortelGesloten = true;
    }
  };

  yield* leesXmlStroom(bestand, {
    *voeg(tekst, einde) {
      buffer = buffer.slice(pos) + tekst;
      pos = 0;
      yield* verwerk(einde);
    },
    regelAanEinde: () => regelVan(buffer.length),
    fout,
  });
  if (wortel === undefined) throw fout(1, 'geen XML-document');
  if (!wortelGesloten) throw fout(regel, `het document wordt niet afgesloten (</${wortel}> ontbreekt): bestand afgebroken?`);
}
