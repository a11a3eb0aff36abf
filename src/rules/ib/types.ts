/**
 * Inlichtingenbureau (IB, nu ook BIDN): de signaalsoorten, de koppeluitkomsten, de voorstellen en
 * de afsluitcodes. Bron: ../shared/research/interfaces-ib-camt-verzuim.md §1.2, §1.4 en §1.6.
 */
import type { Datum } from '../kern/datum.js';
import type { GemeenteCode } from '../kern/gemeente.js';
import type { Trace } from '../kern/trace.js';

/** De informatieproducten van de Rechtmatigheidscontrole (onderzoek §1.2, onze eigen namen, §1.4). */
export const IB_PRODUCTEN = [
  'START_IKV',
  'OIB',
  'STUDIEFINANCIERING',
  'INSCHRIJVING_HO',
  'DETENTIE',
  'VOORTVLUCHTIG',
  'UITKERING_ANDERE_GEMEENTE',
  'KOSTENDELERS',
  'VOERTUIGBEZIT',
  'VERMOGEN_SALDO_RENTE',
  'BANKREKENINGNUMMERS',
  'BOX1',
  'BOX3',
  'HEFFINGSKORTINGEN',
] as const;
export type IbProduct = (typeof IB_PRODUCTEN)[number];

export function isIbProduct(p: string): p is IbProduct {
  return (IB_PRODUCTEN as readonly string[]).includes(p);
}

/** De uitkomst van `ib koppel` per signaal (PRODUCT.md). */
export const UITKOMSTEN = ['relevant', 'geen_overlap', 'onbekende_client', 'ongeldig_bsn', 'dubbel', 'correctie'] as const;
export type Uitkomst = (typeof UITKOMSTEN)[number];

/** De interne afsluitcode per signaal (onderzoek §1.6 D); ook de resultaatcodes van een themacontrole. */
export const AFSLUITCODES = [
  'BEKEND',
  'NIET_RELEVANT',
  'GEEN_OVERLAP',
  'ONDERZOEK_GESTART',
  'HERZIEN',
  'BEEINDIGD',
  'TERUGVORDERING',
  'BOETE',
  'FRAUDEONDERZOEK',
  'DUPLICAAT',
] as const;
export type Afsluitcode = (typeof AFSLUITCODES)[number];

export function isAfsluitcode(c: string): c is Afsluitcode {
  return (AFSLUITCODES as readonly string[]).includes(c);
}

export type Prioriteit = 'hoog' | 'normaal' | 'laag';

/** Leefvorm voor de vermogensgrens (art 34 lid 3 Pw): alleenstaande, of gezin/alleenstaande ouder. */
export const LEEFVORMEN = ['alleenstaande', 'alleenstaande_ouder', 'gehuwden'] as const;
export type Leefvorm = (typeof LEEFVORMEN)[number];

/**
 * Een signaal na de kolomkaart, in onze canonieke velden. Het BSN is nog ruwe tekst: een ongeldig
 * BSN is een uitkomst (`ongeldig_bsn`), geen invoerfout.
 */
export interface IbSignaal {
  readonly product: IbProduct;
  readonly bsn: string;
  readonly van?: Datum | undefined;
  readonly tot?: Datum | undefined;
  readonly peildatum?: Datum | undefined;
  readonly bronSleutel: string;
  readonly gemeente?: GemeenteCode | undefined;
  readonly partnerBsn?: string | undefined;
  /** IB-labels, bijvoorbeeld `MEERDERE_VOERTUIGEN`, `DUUR_MERK`, `Loon-in-natura`. */
  readonly labels: readonly string[];
  /** Productspecifieke velden als tekst (bedragen nooit als `number`). */
  readonly velden: Readonly<Record<string, string>>;
}

/** Eén uitkering uit ons eigen bestand (`bsn, gemeente, regeling, begin, eind` en optionele velden). */
export interface Uitkering {
  readonly bsn: string;
  readonly gemeente: GemeenteCode;
  readonly regeling: string;
  readonly begin: Datum;
  readonly eind?: Datum;
  readonly partnerBsn?: string;
  readonly extra?: UitkeringExtra;
}

/** Wat de administratie verder weet; alleen nodig voor de voorcontroles per product. */
export interface UitkeringExtra {
  readonly leefvorm?: Leefvorm;
  readonly geboortedatum?: Datum;
  /** Loonheffingennummers die al bij deze cliënt zijn geregistreerd (START_IKV, OIB). */
  readonly bekendeLoonheffingennummers?: readonly string[];
  /** Rekeningen die de cliënt heeft opgegeven (BANKREKENINGNUMMERS). */
  readonly bekendeIbans?: readonly string[];
  /** Het aantal kostendelers (A, inclusief de cliënt) waarmee de norm nu is vastgesteld. */
  readonly kostendelers?: number;
}

/** De uitkering waarmee een signaal is gekoppeld. */
export interface Koppeling {
  /** Volgnummer van de uitkering in het uitkeringenbestand: de sleutel van het huishouden. */
  readonly uitkering: number;
  readonly gemeente: GemeenteCode;
  readonly regeling: string;
  readonly begin: Datum;
  readonly eind?: Datum | undefined;
  /** Het signaal gaat over de partner van de cliënt (onderzoek §1.6 B.3). */
  readonly alsPartner: boolean;
  readonly extra?: UitkeringExtra | undefined;
}

export interface KoppelResultaat {
  readonly regel: number;
  readonly bronSleutel: string;
  readonly product: IbProduct;
  readonly bsn: string;
  readonly uitkomst: Uitkomst;
  /** Bij een correctie: wat het koppelen van de nieuwe versie opleverde. */
  readonly koppeluitkomst?: 'relevant' | 'geen_overlap' | 'onbekende_client' | undefined;
  /** Voorgestelde actie als vaste code (een mens beslist). */
  readonly voorstel: string;
  /** Voorgestelde afsluitcode als het voorstel is om het signaal te sluiten. */
  readonly afsluitcode?: Afsluitcode | undefined;
  readonly prioriteit: Prioriteit;
  /** De gemeente van de gekoppelde uitkering, anders die van het signaal. */
  readonly gemeente?: GemeenteCode | undefined;
  readonly regeling?: string | undefined;
  /** Datum waarop het voorstel ingaat (bijvoorbeeld de dag van insluiting). */
  readonly ingangsdatum?: Datum | undefined;
  readonly trace: Trace;
}
