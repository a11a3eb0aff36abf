/**
 * Kolomkaarten voor IB-signaalbestanden. IB levert signaaloverzichten als CSV en XML in meerdere
 * historische versies, en de kolom- en elementnamen zijn niet openbaar (onderzoek §1.1, §1.8). De
 * adapter leest daarom onze canonieke kolommen, en elke andere indeling via een kaart
 * (`--kolommen KAART.json`):
 *
 * ```json
 * {
 *   "naam": "IB signaaloverzicht XML (voorbeeldindeling)",
 *   "formaat": "xml",                     // csv of xml
 *   "versie": "voorbeeld-1",              // vrij: welke IB-versie deze kaart beschrijft
 *   "signaal": "Signaal",                 // xml: het element van één signaal
 *   "kolommen": { "bsn": "Burgerservicenummer", "van": "Periode/Begin", "iban": "Gegevens/IBAN" },
 *   "producten": { "Start inkomstenverhouding": "START_IKV" },  // bronwaarde → ons product
 *   "product": "OIB",                     // of: het hele bestand is één product
 *   "bron_sleutel": { "START_IKV": ["loonheffingennummer", "van"] }  // samenstelling als de bron geen sleutel geeft
 * }
 * ```
 *
 * `kolommen` wijst een canonieke naam aan een bronkolom (CSV: de kop, ongevoelig voor hoofdletters
 * en spaties) of een pad onder het signaalelement (XML: `Periode/Begin`, een attribuut als `@id`).
 * Bronkolommen zonder toewijzing komen onder hun eigen (genormaliseerde) naam mee als productveld.
 */
import { leesJsonBestand } from '../json.js';
import { SzmhFout, EXITCODE } from '../../rules/kern/fouten.js';
import { IB_PRODUCTEN, isIbProduct, type IbProduct } from '../../rules/ib/types.js';
import { normaliseerKop } from '../csv.js';

/** De canonieke kolommen die de adapter zelf interpreteert; alle andere zijn productvelden. */
export const KERNVELDEN = ['product', 'bsn', 'van', 'tot', 'peildatum', 'bron_sleutel', 'gemeente', 'partner_bsn', 'labels'] as const;
export type Kernveld = (typeof KERNVELDEN)[number];

export interface Kolomkaart {
  readonly naam: string;
  readonly formaat: 'csv' | 'xml';
  readonly versie?: string;
  /** XML: naam van het element van één signaal (zonder namespace-voorvoegsel). */
  readonly signaal: string;
  /** Canonieke naam → bronnaam (CSV: genormaliseerde kop; XML: pad in kleine letters). */
  readonly kolommen: ReadonlyMap<string, string>;
  /** Bronwaarde (genormaliseerd) → product. */
  readonly producten: ReadonlyMap<string, IbProduct>;
  readonly product?: IbProduct;
  /** Per product de velden waaruit een ontbrekende bron_sleutel wordt samengesteld. */
  readonly bronSleutel: Readonly<Record<IbProduct, readonly string[]>>;
}

/**
 * De samenstelling van `bron_sleutel` per product als de bron er geen levert (onderzoek §1.4,
 * "sourceKey per product"; aangenomen tot de IB-veldenlijst bekend is).
 */
export const STANDAARD_BRONSLEUTEL: Readonly<Record<IbProduct, readonly string[]>> = {
  START_IKV: ['loonheffingennummer', 'ikv_nummer', 'van'],
  OIB: ['loonheffingennummer', 'van', 'tot', 'correctie'],
  STUDIEFINANCIERING: ['bsn', 'soort', 'van', 'brin'],
  INSCHRIJVING_HO: ['bsn', 'soort', 'van', 'brin'],
  DETENTIE: ['bsn', 'van'],
  VOORTVLUCHTIG: ['bsn', 'van'],
  UITKERING_ANDERE_GEMEENTE: ['bsn', 'andere_gemeente', 'van'],
  KOSTENDELERS: ['adres_id', 'van'],
  VOERTUIGBEZIT: ['kenteken', 'van'],
  VERMOGEN_SALDO_RENTE: ['iban', 'peiljaar'],
  BANKREKENINGNUMMERS: ['iban', 'peiljaar'],
  BOX1: ['bsn', 'belastingjaar'],
  BOX3: ['bsn', 'belastingjaar'],
  HEFFINGSKORTINGEN: ['bsn', 'belastingjaar'],
};

/** Normalisatie van een productwaarde uit de bron: kleine letters, alleen letters en cijfers. */
export function normaliseerWaarde(tekst: string): string {
  return tekst.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** XML-pad: delen gescheiden door `/`, elk in kleine letters; `@` voor een attribuut. */
export function normaliseerPad(pad: string): string {
  return pad
    .split('/')
    .map((d) => d.trim().toLowerCase())
    .filter((d) => d !== '')
    .join('/');
}

/** De canonieke indeling: CSV met onze kolomnamen. */
export const CANONIEK: Kolomkaart = {
  naam: 'canoniek',
  formaat: 'csv',
  signaal: 'signaal',
  kolommen: new Map(KERNVELDEN.map((k) => [k, k])),
  producten: new Map(IB_PRODUCTEN.map((p) => [normaliseerWaarde(p), p])),
  bronSleutel: STANDAARD_BRONSLEUTEL,
};

/** Canonieke XML zonder kaart: `<signaal>` met kindelementen die de canonieke namen dragen. */
export const CANONIEK_XML: Kolomkaart = { ...CANONIEK, naam: 'canoniek (xml)', formaat: 'xml' };

function object(waarde: unknown, waar: string, fout: (m: string) => never): Record<string, unknown> {
  if (typeof waarde !== 'object' || waarde === null || Array.isArray(waarde)) fout(`${waar}: verwacht een object`);
  return waarde as Record<string, unknown>;
}

/** Leest en controleert een kolomkaart. */
export function leesKolomkaart(bestand: string): Kolomkaart {
  const json = leesJsonBestand(bestand, 'de kolomkaart');
  return kolomkaartUit(json, bestand);
}

export function kolomkaartUit(json: unknown, bestand: string): Kolomkaart {
  const fout = (melding: string): never => {
    throw new SzmhFout('AANROEP_ONGELDIG', EXITCODE.invoer, `kolomkaart: ${melding}`, { bestand });
  };
  const root = object(json, 'bestand', fout);
  // een tikfout (`kolomen`) zou anders stil de canonieke indeling geven
  const bekend = ['naam', 'formaat', 'versie', 'signaal', 'kolommen', 'producten', 'product', 'bron_sleutel'];
  for (const k of Object.keys(root)) if (!bekend.includes(k)) fout(`onbekende sleutel '${k}' (verwacht: ${bekend.join(', ')})`);
  const formaat = (root.formaat ?? 'csv') as 'csv' | 'xml';
  if (formaat !== 'csv' && formaat !== 'xml') fout("formaat moet 'csv' of 'xml' zijn");
  const normaliseer = formaat === 'csv' ? normaliseerKop : normaliseerPad;
  const kolommen = new Map<string, string>();
  for (const [canoniek, bron] of Object.entries(object(root.kolommen ?? {}, 'kolommen', fout))) {
    if (typeof bron !== 'string' || bron.trim() === '') fout(`kolommen.${canoniek}: verwacht de naam van een bronkolom`);
    kolommen.set(normaliseerKop(canoniek), normaliseer(bron as string));
  }
  // kernvelden zonder toewijzing: onder hun eigen naam, als de bron die heeft
  for (const k of KERNVELDEN) if (!kolommen.has(k)) kolommen.set(k, k);
  const producten = new Map<string, IbProduct>(CANONIEK.producten);
  for (const [bronwaarde, product] of Object.entries(object(root.producten ?? {}, 'producten', fout))) {
    if (typeof product !== 'string' || !isIbProduct(product)) fout(`producten.${bronwaarde}: '${String(product)}' is geen product (${IB_PRODUCTEN.join(', ')})`);
    producten.set(normaliseerWaarde(bronwaarde), product as IbProduct);
  }
  let product: IbProduct | undefined;
  if (root.product !== undefined) {
    if (typeof root.product !== 'string' || !isIbProduct(root.product)) fout(`product: verwacht een van ${IB_PRODUCTEN.join(', ')}`);
    product = root.product as IbProduct;
  }
  const bronSleutel: Record<IbProduct, readonly string[]> = { ...STANDAARD_BRONSLEUTEL };
  for (const [p, velden] of Object.entries(object(root.bron_sleutel ?? {}, 'bron_sleutel', fout))) {
    if (!isIbProduct(p)) fout(`bron_sleutel.${p}: onbekend product`);
    if (!Array.isArray(velden) || velden.length === 0 || velden.some((v) => typeof v !== 'string')) fout(`bron_sleutel.${p}: verwacht een lijst veldnamen`);
    bronSleutel[p as IbProduct] = (velden as string[]).map(normaliseerKop);
  }
  const signaal = root.signaal ?? 'signaal';
  if (typeof signaal !== 'string' || !/^[A-Za-z_][\w.-]*$/.test(signaal)) fout('signaal: verwacht de naam van een XML-element');
  if (root.naam !== undefined && typeof root.naam !== 'string') fout('naam: verwacht tekst');
  if (root.versie !== undefined && typeof root.versie !== 'string') fout('versie: verwacht tekst');
  return {
    naam: (root.naam as string | undefined) ?? bestand,
    formaat,
    ...(typeof root.versie === 'string' ? { versie: root.versie } : {}),
    signaal: signaal as string,
    kolommen,
    producten,
    ...(product ? { product } : {}),
    bronSleutel,
  };
}
