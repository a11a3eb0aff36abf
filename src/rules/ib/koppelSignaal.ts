/**
 * Eén signaal classificeren (onderzoek §1.6 A-C), in deze volgorde:
 *
 * 1. BSN: de 11-proef. Ongeldig → `ongeldig_bsn`; nooit raden, het nummer komt nooit in een melding.
 * 2. Ontdubbelen op (product, bsn, bron_sleutel): zelfde inhoud → `dubbel`, andere inhoud →
 *    `correctie` (een nieuwe versie van hetzelfde signaal).
 * 3. Koppelen op BSN aan een uitkering (van de cliënt of als partner) waarvan de periode die van het
 *    signaal overlapt of de peildatum bevat. IB toetste tegen onze vorige aanlevering; uitkeringen
 *    veranderen sindsdien, dus we toetsen opnieuw. Geen uitkering → `onbekende_client`; wel
 *    uitkeringen maar geen overlap → `geen_overlap` (automatisch af te sluiten, reden bewaard).
 * 4. Gekoppeld → `relevant`, met de productregel die een actie voorstelt.
 *
 * VERMOGEN_SALDO_RENTE toetst de som van de saldi van alle rekeningen van het huishouden in het
 * peiljaar: die som is pas bekend als het hele bestand gelezen is. Die signalen worden daarom na
 * het laatste signaal beoordeeld (`uitgesteld()`); alleen zij worden zolang bewaard.
 */
import { leesBsn } from '../kern/bsn.js';
import { NUL, type Bedrag } from '../kern/geld.js';
import { StilleTrace, TraceBouwer, type TraceStap, type TraceWaarde } from '../kern/trace.js';
import type { Parameters } from '../kern/parameters.js';
import { PRODUCTREGELS } from './relevantie.js';
import { veldBedrag, type Voorstel } from './voorstel.js';
import type { Uitkeringsindex } from './uitkeringsindex.js';
import { UITKOMSTEN, type IbProduct, type IbSignaal, type KoppelResultaat, type Koppeling, type Uitkomst } from './types.js';

/** Eerder gezien: of de inhoud gelijk is aan de laatste versie, en waar die stond (voor de trace). */
export interface Herhaald {
  readonly zelfdeInhoud: boolean;
  readonly eerder: string;
}

/**
 * Beslist of een (geldig) signaal nieuw is en legt het tegelijk vast. Gelijke inhoud (alles behalve
 * de sleutel, zie `inhoudTekst`) → dubbel, andere inhoud → correctie.
 */
export type Ontdubbeling = (signaal: IbSignaal, regel: number) => Herhaald | undefined;

export type Samenvatting = { totaal: number } & Record<Uitkomst, number>;

export function legeSamenvatting(): Samenvatting {
  return { totaal: 0, relevant: 0, geen_overlap: 0, onbekende_client: 0, ongeldig_bsn: 0, dubbel: 0, correctie: 0 };
}

// Kort: deze stappen staan in de trace van elk signaal, bij een miljoen signalen telt elke letter.
const ARTIKEL_BSN = '11-proef';
const ARTIKEL_DUBBEL = 'IB 1.6 A.2';
const ARTIKEL_KOPPEL = 'IB 1.6 B';
const OVERLAP = 'uitkering overlapt signaal';
const OVERLAP_PARTNER = 'uitkering (als partner) overlapt signaal';
const ONBEKEND = 'geen uitkering op dit BSN';
const GEEN_OVERLAP = 'geen uitkering overlapt signaal';

/** Stappen die voor elk signaal gelijk zijn: bevroren, zodat de uitvoer ze één keer serialiseert. */
const STAP_BSN_GELDIG: TraceStap = Object.freeze({ regel: 'IB-BSN', artikel: ARTIKEL_BSN, omschrijving: 'BSN geldig', uitkomst: 'geldig' });
/** BSN geldig en de sleutel nieuw: het gewone geval in één stap. */
const STAP_GELDIG_NIEUW: TraceStap = Object.freeze({
  regel: 'IB-BSN-DUBBEL',
  artikel: `${ARTIKEL_BSN}; ${ARTIKEL_DUBBEL}`,
  omschrijving: 'BSN geldig, sleutel nieuw',
  uitkomst: 'nieuw',
});
const GEEN: readonly string[] = Object.freeze([]);
const GEEN_STAPPEN: readonly TraceStap[] = Object.freeze([]);

const AFWIJZEN: Voorstel = { voorstel: 'afwijzen_ongeldig_bsn', prioriteit: 'normaal' };
const DUPLICAAT: Voorstel = { voorstel: 'afsluiten_duplicaat', afsluitcode: 'DUPLICAAT', prioriteit: 'laag' };
const CORRECTIE: Voorstel = { voorstel: 'verwerk_correctie', prioriteit: 'normaal' };
const CONTROLEER: Voorstel = { voorstel: 'controleer_bsn_administratie', prioriteit: 'normaal' };
const AFSLUITEN_GEEN_OVERLAP: Voorstel = { voorstel: 'afsluiten_geen_overlap', afsluitcode: 'GEEN_OVERLAP', prioriteit: 'laag' };

interface Uitgesteld {
  readonly signaal: IbSignaal;
  readonly regel: number;
  readonly koppeling: Koppeling;
  readonly stappen: readonly TraceStap[];
  readonly trace: TraceBouwer;
  readonly huishouden: number;
}

/**
 * Een kopie van gewone gegevens (objecten, arrays, teksten) waarin elke tekst nieuw is: een tekst uit
 * `split` is in V8 vaak een verwijzing in de hele ingelezen tekst en houdt die vast; `' ' + x` wordt
 * bij `slice` eerst één nieuwe tekst. Doet wat JSON heen en terug deed, in een derde van de tijd.
 */
function eigenKopie<T>(x: T): T {
  if (typeof x === 'string') return (' ' + x).slice(1) as T;
  if (Array.isArray(x)) return x.map(eigenKopie) as T;
  if (x === null || typeof x !== 'object') return x;
  const uit: Record<string, unknown> = {};
  for (const k in x) uit[k] = eigenKopie(x[k]);
  return uit as T;
}

export class Koppelaar {
  readonly samenvatting = legeSamenvatting();
  readonly perProduct = new Map<IbProduct, Samenvatting>();
  private readonly wachtend: Uitgesteld[] = [];
  /** Per huishouden en peiljaar (uitkering × 10000 + jaar: een getal is een goedkopere sleutel dan een tekst). */
  private readonly huishoudens = new Map<number, { saldo: Bedrag; rekeningen: number }>();

  /**
   * `metTrace: false`: de stappen worden niet opgebouwd (massabatches zonder trace in de uitvoer);
   * de uitkomst, het voorstel en de waarschuwingen over onbevestigde parameters blijven gelijk.
   */
  constructor(
    private readonly index: Uitkeringsindex,
    private readonly params: Parameters,
    private readonly ontdubbel: Ontdubbeling,
    private readonly metTrace = true,
  ) {}

  /** Het resultaat, of `undefined` als het signaal pas na het hele bestand beoordeeld kan worden. */
  koppel(s: IbSignaal, regel: number): KoppelResultaat | undefined {
    const bsn = leesBsn(s.bsn);
    if (!bsn.ok) {
      const stap: TraceStap = { regel: 'IB-BSN', artikel: ARTIKEL_BSN, omschrijving: `${bsn.reden}: afwijzen, niet raden`, uitkomst: 'ongeldig' };
      return this.klaar(s, regel, 'ongeldig_bsn', AFWIJZEN, [stap], GEEN);
    }
    const signaal = bsn.bsn === s.bsn ? s : { ...s, bsn: bsn.bsn };

    const herhaald = this.ontdubbel(signaal, regel);
    if (herhaald?.zelfdeInhoud) {
      const stap: TraceStap = { regel: 'IB-DUBBEL', artikel: ARTIKEL_DUBBEL, omschrijving: `zelfde sleutel en inhoud als ${herhaald.eerder}`, uitkomst: 'dubbel' };
      return this.klaar(signaal, regel, 'dubbel', DUPLICAAT, [STAP_BSN_GELDIG, stap], GEEN);
    }
    const dubbelStap: TraceStap | undefined = herhaald
      ? { regel: 'IB-DUBBEL', artikel: ARTIKEL_DUBBEL, omschrijving: `zelfde sleutel als ${herhaald.eerder}, andere inhoud: nieuwe versie`, uitkomst: 'correctie' }
      : undefined;

    const treffer = this.index.zoek(signaal.bsn, signaal);
    const koppeling = typeof treffer === 'number' ? undefined : treffer;
    const aantal = typeof treffer === 'number' ? treffer : 1;
    if (!this.metTrace) return this.zonderTrace(signaal, regel, herhaald !== undefined, koppeling, aantal);
    // alleen wat het signaal heeft: van en tot, of de peildatum
    const invoer: Record<string, TraceWaarde> =
      signaal.van !== undefined
        ? signaal.tot !== undefined
          ? { van: signaal.van, tot: signaal.tot }
          : { van: signaal.van }
        : { peildatum: signaal.peildatum ?? null };
    if (signaal.van !== undefined && signaal.peildatum !== undefined) invoer.peildatum = signaal.peildatum;
    const koppelStap: TraceStap = koppeling
      ? {
          regel: 'IB-KOPPEL',
          artikel: ARTIKEL_KOPPEL,
          omschrijving: koppeling.alsPartner ? OVERLAP_PARTNER : OVERLAP,
          invoer,
          uitkomst: { gemeente: koppeling.gemeente, regeling: koppeling.regeling, begin: koppeling.begin, eind: koppeling.eind ?? null },
        }
      : aantal === 0
        ? { regel: 'IB-KOPPEL', artikel: ARTIKEL_KOPPEL, omschrijving: ONBEKEND, invoer, uitkomst: 'onbekende_client' }
        : { regel: 'IB-KOPPEL', artikel: ARTIKEL_KOPPEL, omschrijving: GEEN_OVERLAP, invoer: { ...invoer, uitkeringen: aantal }, uitkomst: 'geen_overlap' };
    const stappen = dubbelStap ? [STAP_BSN_GELDIG, dubbelStap, koppelStap] : [STAP_GELDIG_NIEUW, koppelStap];

    if (herhaald) {
      const koppeluitkomst = koppeling ? 'relevant' : aantal === 0 ? 'onbekende_client' : 'geen_overlap';
      return { ...this.klaar(signaal, regel, 'correctie', CORRECTIE, stappen, GEEN, koppeling), koppeluitkomst };
    }
    if (!koppeling) {
      return aantal === 0
        ? this.klaar(signaal, regel, 'onbekende_client', CONTROLEER, stappen, GEEN)
        : this.klaar(signaal, regel, 'geen_overlap', AFSLUITEN_GEEN_OVERLAP, stappen, GEEN);
    }
    const trace = new TraceBouwer();
    if (signaal.product === 'VERMOGEN_SALDO_RENTE') return this.stelUit(signaal, regel, koppeling, stappen, trace);
    const voorstel = PRODUCTREGELS[signaal.product]({ signaal, koppeling, params: this.params, trace });
    const product = trace.klaar();
    return this.klaar(signaal, regel, 'relevant', voorstel, stappen.concat(product.stappen), product.waarschuwingen, koppeling);
  }

  private zonderTrace(signaal: IbSignaal, regel: number, correctie: boolean, koppeling: Koppeling | undefined, aantal: number): KoppelResultaat | undefined {
    if (correctie) {
      const koppeluitkomst = koppeling ? 'relevant' : aantal === 0 ? 'onbekende_client' : 'geen_overlap';
      return { ...this.klaar(signaal, regel, 'correctie', CORRECTIE, GEEN_STAPPEN, GEEN, koppeling), koppeluitkomst };
    }
    if (!koppeling) {
      return aantal === 0
        ? this.klaar(signaal, regel, 'onbekende_client', CONTROLEER, GEEN_STAPPEN, GEEN)
        : this.klaar(signaal, regel, 'geen_overlap', AFSLUITEN_GEEN_OVERLAP, GEEN_STAPPEN, GEEN);
    }
    const trace = new StilleTrace();
    if (signaal.product === 'VERMOGEN_SALDO_RENTE') return this.stelUit(signaal, regel, koppeling, GEEN_STAPPEN, trace);
    const voorstel = PRODUCTREGELS[signaal.product]({ signaal, koppeling, params: this.params, trace });
    return this.klaar(signaal, regel, 'relevant', voorstel, GEEN_STAPPEN, trace.klaar().waarschuwingen, koppeling);
  }

  /** VERMOGEN_SALDO_RENTE: tel het saldo bij het huishouden op en beoordeel na het laatste signaal. */
  private stelUit(signaal: IbSignaal, regel: number, koppeling: Koppeling, stappen: readonly TraceStap[], trace: TraceBouwer): undefined {
    const peil = signaal.peildatum ?? signaal.van ?? '';
    const huishouden = koppeling.uitkering * 10000 + Number(peil.slice(0, 4));
    const h = this.huishoudens.get(huishouden) ?? { saldo: NUL, rekeningen: 0 };
    h.saldo = h.saldo.plus(veldBedrag(signaal, 'saldo') ?? NUL);
    h.rekeningen++;
    this.huishoudens.set(huishouden, h);
    // kopieën: de teksten van het signaal verwijzen anders naar het hele ingelezen stuk van het bestand
    const kopie = eigenKopie(signaal);
    const kopStappen = stappen.length ? [STAP_GELDIG_NIEUW, ...eigenKopie(stappen.slice(1))] : GEEN_STAPPEN;
    this.wachtend.push({ signaal: kopie, regel, koppeling, stappen: kopStappen, trace, huishouden });
    return undefined;
  }

  /** De uitgestelde signalen (vermogen), elk als een berekening die pas nu kan; in de volgorde van het bestand. */
  uitgesteld(): { regel: number; bereken: () => KoppelResultaat }[] {
    const lijst = this.wachtend.splice(0);
    return lijst.map((w) => ({
      regel: w.regel,
      bereken: () => {
        const h = this.huishoudens.get(w.huishouden)!;
        const voorstel = PRODUCTREGELS[w.signaal.product]({
          signaal: w.signaal,
          koppeling: w.koppeling,
          params: this.params,
          trace: w.trace,
          huishoudsaldo: h.saldo,
          huishoudrekeningen: h.rekeningen,
        });
        const product = w.trace.klaar();
        return this.klaar(w.signaal, w.regel, 'relevant', voorstel, w.stappen.length ? w.stappen.concat(product.stappen) : GEEN_STAPPEN, product.waarschuwingen, w.koppeling);
      },
    }));
  }

  private klaar(
    s: IbSignaal,
    regel: number,
    uitkomst: Uitkomst,
    v: Voorstel,
    stappen: readonly TraceStap[],
    waarschuwingen: readonly string[],
    koppeling?: Koppeling,
  ): KoppelResultaat {
    this.samenvatting[uitkomst]++;
    this.samenvatting.totaal++;
    let p = this.perProduct.get(s.product);
    if (!p) this.perProduct.set(s.product, (p = legeSamenvatting()));
    p[uitkomst]++;
    p.totaal++;
    // één vorm voor elk resultaat (ontbrekend = undefined): snel voor de motor, gelijk in de uitvoer
    return {
      regel,
      bronSleutel: s.bronSleutel,
      product: s.product,
      bsn: s.bsn,
      uitkomst,
      koppeluitkomst: undefined,
      voorstel: v.voorstel,
      afsluitcode: v.afsluitcode,
      prioriteit: v.prioriteit,
      gemeente: koppeling?.gemeente ?? s.gemeente,
      regeling: koppeling?.regeling,
      ingangsdatum: v.ingangsdatum,
      trace: { stappen, waarschuwingen },
    };
  }
}

export { UITKOMSTEN };
