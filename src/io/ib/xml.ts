/**
 * XML-signaaloverzichten lezen als stroom: het bestand gaat in stukken door een buffer, elk
 * signaalelement (`<Signaal>…</Signaal>`, naam uit de kolomkaart, met of zonder namespace-voorvoegsel)
 * wordt apart met fast-xml-parser gelezen en platgeslagen tot paden (`periode/begin`, `@id`) met hun
 * tekst. Zo past een overzicht met miljoenen signalen in een paar MB. Herhaalde elementen met tekst
 * (`<Labels><Label>A</Label><Label>B</Label></Labels>`) worden `A|B`.
 */
import { createReadStream } from 'node:fs';
import { TextDecoder } from 'node:util';
import { XMLParser } from 'fast-xml-parser';
import { InvoerFout } from '../../rules/kern/fouten.js';

export interface XmlRecord {
  /** Regel waarop het element begint. */
  readonly regel: number;
  /** Pad (kleine letters, `/` tussen delen, `@` voor attributen) → tekst. */
  readonly velden: ReadonlyMap<string, string>;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  removeNSPrefix: true,
  trimValues: true,
  ignoreDeclaration: true,
});

function plat(knoop: unknown, pad: string, uit: Map<string, string>): void {
  if (knoop === null || knoop === undefined) return;
  if (Array.isArray(knoop)) {
    for (const k of knoop) plat(k, pad, uit);
    return;
  }
  if (typeof knoop !== 'object') {
    const tekst = String(knoop);
    if (tekst === '') return;
    const eerder = uit.get(pad);
    uit.set(pad, eerder === undefined ? tekst : `${eerder}|${tekst}`);
    return;
  }
  for (const [naam, waarde] of Object.entries(knoop as Record<string, unknown>)) {
    if (naam === '#text') plat(waarde, pad, uit);
    else plat(waarde, pad ? `${pad}/${naam.toLowerCase()}` : naam.toLowerCase(), uit);
  }
}

function telRegels(tekst: string, van: number, tot: number): number {
  let n = 0;
  for (let i = tekst.indexOf('\n', van); i >= 0 && i < tot; i = tekst.indexOf('\n', i + 1)) n++;
  return n;
}

function escape(naam: string): string {
  return naam.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
}

/** Leest de elementen `element` uit een XML-bestand (UTF-8), één voor één. */
export async function* leesXmlRecords(bestand: string, element: string): AsyncGenerator<XmlRecord> {
  const open = new RegExp(`<(?:[\\w.-]+:)?${escape(element)}(?=[\\s/>])`, 'gi');
  const sluit = new RegExp(`</(?:[\\w.-]+:)?${escape(element)}\\s*>`, 'gi');
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let buffer = '';
  let pos = 0;
  let regel = 1;
  let begonnen = false;
  let gevonden = 0;

  const verwerk = function* (einde: boolean): Generator<XmlRecord> {
    for (;;) {
      if (!begonnen) {
        const eerste = buffer.slice(pos).search(/\S/);
        if (eerste >= 0) {
          if (buffer[pos + eerste] !== '<') throw new InvoerFout('geen XML: het bestand begint niet met <', { bestand, regel: 1 }, 'BESTAND_ONLEESBAAR');
          begonnen = true;
        }
      }
      open.lastIndex = pos;
      const m = open.exec(buffer);
      if (!m) {
        // bewaar een staartje voor een begintag die over de grens van twee stukken valt
        const bewaar = Math.max(pos, buffer.length - element.length - 64);
        regel += telRegels(buffer, pos, bewaar);
        pos = bewaar;
        return;
      }
      // zelfsluitend element: <Signaal/>
      const tagEinde = buffer.indexOf('>', m.index);
      if (tagEinde < 0) {
        if (einde) throw new InvoerFout(`element ${element} wordt niet afgesloten`, { bestand, regel: regel + telRegels(buffer, pos, m.index) });
        return;
      }
      let eind: number;
      if (buffer[tagEinde - 1] === '/') {
        eind = tagEinde + 1;
      } else {
        sluit.lastIndex = tagEinde;
        const s = sluit.exec(buffer);
        if (!s) {
          if (einde) throw new InvoerFout(`element ${element} wordt niet afgesloten: bestand afgebroken?`, { bestand, regel: regel + telRegels(buffer, pos, m.index) });
          return;
        }
        eind = s.index + s[0].length;
      }
      regel += telRegels(buffer, pos, m.index);
      pos = m.index;
      const xml = buffer.slice(m.index, eind);
      let boom: Record<string, unknown>;
      try {
        boom = parser.parse(xml, true) as Record<string, unknown>;
      } catch (e) {
        const plek = /:(\d+):(\d+)$/.exec((e as Error).message);
        throw new InvoerFout(`ongeldige XML: ${(e as Error).message.replace(/:\d+:\d+$/, '')}`, { bestand, regel: plek ? regel + Number(plek[1]) - 1 : regel });
      }
      const velden = new Map<string, string>();
      const wortel = Object.values(boom)[0];
      plat(wortel, '', velden);
      gevonden++;
      yield { regel, velden };
      regel += telRegels(buffer, pos, eind);
      pos = eind;
    }
  };

  const stroom = createReadStream(bestand, { highWaterMark: 1 << 20 });
  try {
    for await (const stuk of stroom as AsyncIterable<Buffer>) {
      let tekst: string;
      try {
        tekst = decoder.decode(stuk, { stream: true });
      } catch {
        throw new InvoerFout('het bestand is geen geldige UTF-8', { bestand, regel }, 'BESTAND_ONLEESBAAR');
      }
      buffer = buffer.slice(pos) + tekst;
      pos = 0;
      yield* verwerk(false);
    }
    buffer = buffer.slice(pos) + decoder.decode();
    pos = 0;
    yield* verwerk(true);
  } catch (e) {
    if (e instanceof InvoerFout) throw e;
    throw new InvoerFout(`kan het bestand niet lezen (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, { bestand }, 'BESTAND_ONLEESBAAR');
  } finally {
    stroom.destroy();
  }
  if (!begonnen) throw new InvoerFout('het bestand is leeg', { bestand, regel: 1 }, 'BESTAND_ONLEESBAAR');
  if (gevonden === 0) throw new InvoerFout(`geen enkel element <${element}> gevonden; klopt "signaal" in de kolomkaart?`, { bestand, regel: 1 }, 'KOLOM_ONTBREEKT');
}
