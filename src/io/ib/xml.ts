/**
 * XML-signaaloverzichten lezen als stroom. Het lezen zelf, met de grenzen tegen vijandige invoer
 * (geen DOCTYPE of entiteiten, hooguit 64 niveaus diep en 4 MiB per element, commentaar overgeslagen,
 * een afgebroken document geweigerd), is dat van de DUO-lezer (../duo.ts); hier wordt elk
 * signaalelement (`<Signaal>…</Signaal>`, naam uit de kolomkaart, met of zonder namespace-voorvoegsel)
 * platgeslagen tot paden (`periode/begin`, `@id`) met hun tekst. Herhaalde elementen met tekst
 * (`<Labels><Label>A</Label><Label>B</Label></Labels>`) worden `A|B`.
 */
import { InvoerFout } from '../../rules/kern/fouten.js';
import { leesXmlRecords as leesRecords, type Soort } from '../duo.js';

export interface XmlRecord {
  /** Regel waarop het element begint. */
  readonly regel: number;
  /** Pad (kleine letters, `/` tussen delen, `@` voor attributen) → tekst. */
  readonly velden: ReadonlyMap<string, string>;
}

const SIGNAALBESTAND: Soort = { bestand: 'een signaalbestand', record: 'signaal' };

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

/** Leest de elementen `element` uit een XML-bestand (UTF-8), één voor één. */
export async function* leesXmlRecords(bestand: string, element: string): AsyncGenerator<XmlRecord> {
  let gevonden = 0;
  for await (const r of leesRecords(bestand, [element], SIGNAALBESTAND)) {
    const velden = new Map<string, string>();
    plat(r.knoop, '', velden);
    gevonden++;
    yield { regel: r.regel, velden };
  }
  if (gevonden === 0) throw new InvoerFout(`geen enkel element <${element}> gevonden; klopt "signaal" in de kolomkaart?`, { bestand, regel: 1 }, 'KOLOM_ONTBREEKT');
}
