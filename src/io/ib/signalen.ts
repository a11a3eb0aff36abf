/**
 * IB-signaalbestanden (CSV of XML) via een kolomkaart naar canonieke signalen. Het formaat wordt
 * herkend aan de inhoud (XML begint met `<`) of volgt uit de kaart. Elke fout noemt bestand, regel
 * en de kolom zoals die in de bron heet; een melding noemt nooit een BSN.
 *
 * Afleidingen (gedocumenteerd in de README):
 * - geen `peildatum` maar wel `peiljaar` (vermogen, bankrekeningen): peildatum = 31-12 van dat jaar;
 * - BOX1 met alleen `belastingjaar`: van 1-1 tot 31-12 van dat jaar; BOX3: peildatum 1-1 (box 3
 *   meet het vermogen op 1 januari, onderzoek §1.2 nr 12);
 * - geen `bron_sleutel`: samengesteld uit de velden van de kaart (`bron_sleutel`, standaard
 *   onderzoek §1.4), gescheiden door `|`.
 */
import { open } from 'node:fs/promises';
import { InvoerFout } from '../../rules/kern/fouten.js';
import { dagenInMaand, leesDatum, type Datum } from '../../rules/kern/datum.js';
import { leesBedrag } from '../../rules/kern/geld.js';
import { leesGemeente, type GemeenteCode } from '../../rules/kern/gemeente.js';
import { leesBsn } from '../../rules/kern/bsn.js';
import { leesIban } from '../../rules/kern/iban.js';
import { IB_PRODUCTEN, type IbProduct, type IbSignaal } from '../../rules/ib/types.js';
import { lijst } from '../../rules/ib/voorstel.js';
import { normaliseerKop, openCsv, type Encoding } from '../csv.js';
import { leesXmlRecords } from './xml.js';
import { CANONIEK, CANONIEK_XML, KERNVELDEN, normaliseerWaarde, type Kernveld, type Kolomkaart } from './kolommen.js';

/** Een signaal zoals de bron het gaf, met de canonieke namen al toegepast. */
export interface RuwSignaal {
  readonly regel: number;
  /** Kernvelden (canoniek) → tekst. */
  readonly kern: Readonly<Partial<Record<Kernveld, string>>>;
  /** Productvelden (canoniek of doorgegeven bronnaam) → tekst, alleen niet-lege. */
  readonly velden: Readonly<Record<string, string>>;
}

export interface Signaalbron {
  readonly bestand: string;
  readonly formaat: 'csv' | 'xml';
  readonly kaart: Kolomkaart;
  /** De signalen, per blok (CSV: een paar duizend tegelijk). */
  readonly blokken: AsyncIterable<RuwSignaal[]>;
  /** Canonieke naam → naam in de bron (voor meldingen). */
  bronnaam(canoniek: string): string;
}

/** Velden met een bedrag: ze worden bij het inlezen gecontroleerd, niet pas in een regel. */
const BEDRAGVELDEN = ['saldo', 'rente', 'netto_indicatief', 'netto_verrekend', 'waarde', 'bedrag'];

async function isXml(bestand: string): Promise<boolean> {
  let fd;
  try {
    fd = await open(bestand, 'r');
  } catch (e) {
    throw new InvoerFout(`kan het bestand niet lezen (${(e as NodeJS.ErrnoException).code ?? 'fout'})`, { bestand }, 'BESTAND_ONLEESBAAR');
  }
  try {
    const { buffer, bytesRead } = await fd.read(Buffer.alloc(512), 0, 512, 0);
    const tekst = buffer.subarray(0, bytesRead).toString('latin1').replace(/^\xef\xbb\xbf/, '');
    return tekst.trimStart().startsWith('<');
  } finally {
    await fd.close();
  }
}

/** Opent een signaalbestand; zonder kaart de canonieke indeling (CSV, of XML met canonieke elementen). */
export async function openSignalen(bestand: string, kaart: Kolomkaart | undefined, opties: { encoding?: Encoding } = {}): Promise<Signaalbron> {
  const xml = await isXml(bestand);
  const gekozen = kaart ?? (xml ? CANONIEK_XML : CANONIEK);
  if (xml && gekozen.formaat !== 'xml') throw new InvoerFout(`het bestand is XML, maar de kolomkaart '${gekozen.naam}' is voor CSV`, { bestand }, 'AANROEP_ONGELDIG');
  if (!xml && gekozen.formaat === 'xml') throw new InvoerFout(`de kolomkaart '${gekozen.naam}' is voor XML, maar het bestand is geen XML`, { bestand }, 'AANROEP_ONGELDIG');
  return xml ? openXml(bestand, gekozen) : openCsvSignalen(bestand, gekozen, opties.encoding ?? 'auto');
}

async function openCsvSignalen(bestand: string, kaart: Kolomkaart, encoding: Encoding): Promise<Signaalbron> {
  const bron = await openCsv(bestand, { encoding });
  const index = new Map(bron.kolommen.map((k, i) => [k, i] as const));
  const kernIndex: [Kernveld, number][] = [];
  const toegewezen = new Set<number>();
  const productvelden: [string, number][] = [];
  const namen = new Map<string, string>();
  for (const [canoniek, bronkolom] of kaart.kolommen) {
    const i = index.get(bronkolom);
    namen.set(canoniek, bronkolom);
    if (i === undefined) continue;
    toegewezen.add(i);
    if ((KERNVELDEN as readonly string[]).includes(canoniek)) kernIndex.push([canoniek as Kernveld, i]);
    else productvelden.push([canoniek, i]);
  }
  bron.kolommen.forEach((k, i) => {
    if (!toegewezen.has(i) && !kaart.kolommen.has(k)) productvelden.push([k, i]);
  });
  // vaste volgorde (op naam) voor de inhoud van een signaal
  productvelden.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const bronnaam = (c: string) => namen.get(c) ?? c;
  const heeft = (c: Kernveld) => kernIndex.some(([k]) => k === c);
  if (!heeft('bsn')) {
    throw new InvoerFout(`verplichte kolom '${bronnaam('bsn')}' (bsn) ontbreekt (gevonden: ${bron.kolommen.join(', ')})`, { bestand, regel: 1, kolom: bronnaam('bsn') }, 'KOLOM_ONTBREEKT');
  }
  if (!heeft('product') && !kaart.product) {
    throw new InvoerFout(`verplichte kolom '${bronnaam('product')}' (product) ontbreekt; of geef "product" in de kolomkaart`, { bestand, regel: 1, kolom: bronnaam('product') }, 'KOLOM_ONTBREEKT');
  }
  if (!heeft('van') && !heeft('peildatum') && !productvelden.some(([k]) => k === 'peiljaar' || k === 'belastingjaar')) {
    throw new InvoerFout(`kolom '${bronnaam('van')}' of '${bronnaam('peildatum')}' ontbreekt: een signaal heeft een periode of een peildatum`, { bestand, regel: 1 }, 'KOLOM_ONTBREEKT');
  }
  return {
    bestand,
    formaat: 'csv',
    kaart,
    bronnaam,
    blokken: {
      async *[Symbol.asyncIterator]() {
        for await (const blok of bron.blokken) {
          const uit: RuwSignaal[] = new Array(blok.length);
          for (let j = 0; j < blok.length; j++) {
            const r = blok[j]!;
            const v = r.velden;
            const kern: Partial<Record<Kernveld, string>> = {};
            for (const [k, i] of kernIndex) {
              const w = v[i]!.trim();
              if (w !== '') kern[k] = w;
            }
            const velden: Record<string, string> = {};
            for (const [k, i] of productvelden) {
              const w = v[i]!.trim();
              if (w !== '') velden[k] = w;
            }
            uit[j] = { regel: r.regel, kern, velden };
          }
          yield uit;
        }
      },
    },
  };
}

function openXml(bestand: string, kaart: Kolomkaart): Signaalbron {
  const namen = new Map<string, string>();
  const kernPaden: [Kernveld, string][] = [];
  const productPaden: [string, string][] = [];
  const toegewezen = new Set<string>();
  for (const [canoniek, pad] of kaart.kolommen) {
    namen.set(canoniek, pad);
    toegewezen.add(pad);
    if ((KERNVELDEN as readonly string[]).includes(canoniek)) kernPaden.push([canoniek as Kernveld, pad]);
    else productPaden.push([canoniek, pad]);
  }
  return {
    bestand,
    formaat: 'xml',
    kaart,
    bronnaam: (c) => namen.get(c) ?? c,
    blokken: {
      async *[Symbol.asyncIterator]() {
        let blok: RuwSignaal[] = [];
        for await (const r of leesXmlRecords(bestand, kaart.signaal)) {
          const kern: Partial<Record<Kernveld, string>> = {};
          for (const [k, pad] of kernPaden) {
            const w = r.velden.get(pad);
            if (w !== undefined && w !== '') kern[k] = w;
          }
          const velden: Record<string, string> = {};
          for (const [k, pad] of productPaden) {
            const w = r.velden.get(pad);
            if (w !== undefined && w !== '') velden[k] = w;
          }
          for (const [pad, w] of r.velden) {
            if (toegewezen.has(pad) || w === '') continue;
            const delen = pad.split('/');
            let naam = normaliseerKop(delen[delen.length - 1]!.replace(/^@/, ''));
            if (naam in velden || (KERNVELDEN as readonly string[]).includes(naam)) naam = normaliseerKop(pad.replaceAll('/', '_').replaceAll('@', ''));
            if (!(naam in velden)) velden[naam] = w;
          }
          // vaste volgorde (op naam) voor de inhoud van een signaal
          const geordend: Record<string, string> = {};
          for (const k of Object.keys(velden).sort()) geordend[k] = velden[k]!;
          blok.push({ regel: r.regel, kern, velden: geordend });
          if (blok.length === 1000) {
            yield blok;
            blok = [];
          }
        }
        if (blok.length) yield blok;
      },
    },
  };
}

export const GEEN_LABELS: readonly string[] = Object.freeze([]);

/** Snelle weg voor `YYYY-MM-DD`; andere vormen (`d-m-jjjj`, xsd:dateTime) via leesDatum. */
export function snelleDatum(t: string): Datum | undefined {
  if (t.length !== 10 || t.charCodeAt(4) !== 45 || t.charCodeAt(7) !== 45) return undefined;
  let j = 0;
  for (let i = 0; i < 4; i++) {
    const c = t.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return undefined;
    j = j * 10 + c;
  }
  const m1 = t.charCodeAt(5) - 48;
  const m2 = t.charCodeAt(6) - 48;
  const d1 = t.charCodeAt(8) - 48;
  const d2 = t.charCodeAt(9) - 48;
  if (m1 < 0 || m1 > 9 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return undefined;
  const m = m1 * 10 + m2;
  const d = d1 * 10 + d2;
  if (j < 1 || m < 1 || m > 12 || d < 1 || d > dagenInMaand(j, m)) return undefined;
  return t as Datum;
}

/** Zet een ruw signaal om in een canoniek signaal. */
export class Signaallezer {
  /** Bronwaarde → product: het normaliseren per signaal kost anders meer dan het koppelen. */
  private readonly producten = new Map<string, IbProduct>();

  constructor(private readonly bron: Signaalbron) {}

  private fout(r: RuwSignaal, canoniek: string, melding: string): InvoerFout {
    return new InvoerFout(melding, { bestand: this.bron.bestand, regel: r.regel, kolom: this.bron.bronnaam(canoniek) });
  }

  private datum(r: RuwSignaal, veld: Kernveld): Datum | undefined {
    const t = r.kern[veld];
    if (t === undefined) return undefined;
    const snel = snelleDatum(t);
    if (snel) return snel;
    const d = leesDatum(/^\d{4}-\d{2}-\d{2}T/.test(t) ? t.slice(0, 10) : t);
    if (!d.ok) throw this.fout(r, veld, d.reden);
    return d.datum;
  }

  private jaar(r: RuwSignaal, veld: string): number | undefined {
    const t = r.velden[veld];
    if (t === undefined) return undefined;
    if (!/^\d{4}$/.test(t)) throw this.fout(r, veld, `'${t}' is geen jaartal`);
    return Number(t);
  }

  private product(r: RuwSignaal): IbProduct {
    const kaart = this.bron.kaart;
    const t = r.kern.product;
    if (t === undefined) {
      if (kaart.product) return kaart.product;
      throw this.fout(r, 'product', 'verplicht veld is leeg');
    }
    let p = this.producten.get(t);
    if (p === undefined) {
      p = kaart.producten.get(normaliseerWaarde(t));
      if (p !== undefined && this.producten.size < 1000) this.producten.set(t, p);
    }
    if (p === undefined) throw this.fout(r, 'product', `'${t}' is geen bekend IB-product (${IB_PRODUCTEN.join(', ')}); voeg het toe onder "producten" in de kolomkaart`);
    return p;
  }

  lees(r: RuwSignaal): IbSignaal {
    const product = this.product(r);
    const bsn = r.kern.bsn;
    if (bsn === undefined) throw this.fout(r, 'bsn', 'verplicht veld is leeg');
    let van = this.datum(r, 'van');
    let tot = this.datum(r, 'tot');
    let peildatum = this.datum(r, 'peildatum');
    if (van !== undefined && tot !== undefined && tot < van) throw this.fout(r, 'tot', `${tot} ligt vóór het begin ${van}`);
    if (peildatum === undefined && van === undefined) {
      const peiljaar = this.jaar(r, 'peiljaar');
      const belastingjaar = this.jaar(r, 'belastingjaar');
      if (peiljaar !== undefined) peildatum = `${peiljaar}-12-31` as Datum;
      else if (belastingjaar !== undefined && product === 'BOX3') peildatum = `${belastingjaar}-01-01` as Datum;
      else if (belastingjaar !== undefined) {
        van = `${belastingjaar}-01-01` as Datum;
        tot = `${belastingjaar}-12-31` as Datum;
      } else throw this.fout(r, 'van', 'een signaal heeft een periode (van) of een peildatum');
    }
    let gemeente: GemeenteCode | undefined;
    if (r.kern.gemeente !== undefined) {
      const g = leesGemeente(r.kern.gemeente);
      if (!g.ok) throw this.fout(r, 'gemeente', g.reden);
      gemeente = g.code;
    }
    let partnerBsn: string | undefined;
    if (r.kern.partner_bsn !== undefined) {
      const p = leesBsn(r.kern.partner_bsn);
      if (!p.ok) throw this.fout(r, 'partner_bsn', `ongeldig BSN van de partner: ${p.reden}`);
      partnerBsn = p.bsn;
    }
    for (const veld of BEDRAGVELDEN) {
      const t = r.velden[veld];
      if (t === undefined) continue;
      const b = leesBedrag(t);
      if (!b.ok) throw this.fout(r, veld, b.reden);
    }
    // de kostendelersregel leest deze twee; fout is het een invoerfout met kolom, geen weigering (exit 3)
    const aantal = r.velden.aantal_kostendelers;
    if (aantal !== undefined && (!/^\d+$/.test(aantal) || Number(aantal) < 1)) throw this.fout(r, 'aantal_kostendelers', `'${aantal}' is geen geheel getal van ten minste 1`);
    for (const g of lijst(r.velden.medebewoner_geboortedata)) {
      const d = leesDatum(g);
      if (!d.ok) throw this.fout(r, 'medebewoner_geboortedata', d.reden);
    }
    if (r.velden.iban !== undefined) {
      const i = leesIban(r.velden.iban);
      if (!i.ok) throw this.fout(r, 'iban', `ongeldige IBAN: ${i.reden}`);
    }
    const labels = r.kern.labels === undefined ? GEEN_LABELS : r.kern.labels.split(/[|;,]/).map((l) => l.trim()).filter((l) => l !== '');
    let bronSleutel = r.kern.bron_sleutel;
    if (bronSleutel === undefined) {
      const velden = this.bron.kaart.bronSleutel[product];
      const delen = velden.map((v) => (v === 'bsn' ? bsn : v === 'van' ? (van ?? '') : v === 'tot' ? (tot ?? '') : v === 'peildatum' ? (peildatum ?? '') : (r.velden[v] ?? '')));
      if (delen.every((d) => d === '' || d === bsn)) {
        throw this.fout(r, 'bron_sleutel', `geen bron_sleutel en niet samen te stellen uit ${velden.join(', ')}`);
      }
      bronSleutel = delen.join('|');
    }
    return { product, bsn, van, tot, peildatum, bronSleutel, gemeente, partnerBsn, labels, velden: r.velden };
  }
}
