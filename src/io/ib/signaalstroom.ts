/**
 * De signalen voor `ib koppel`, gelezen én al geregistreerd voor het ontdubbelen. Dat deel hangt
 * niet van de uitkeringen af, dus bij een groot bestand doet een werkthread het (lezen, controleren,
 * de sleutel registreren) terwijl deze thread de uitkeringen inleest en daarna koppelt en schrijft.
 * Met en zonder werker dezelfde stappen in dezelfde volgorde (`Voorbereider`), dus dezelfde
 * signalen, dubbelen en eerste fout.
 *
 * Een blok reist als getallen in een getypte array en één tekst met de waarden gescheiden door NUL
 * (dat teken staat nooit in een CSV: de lezer weigert het; alleen een blok waarin toch een NUL staat,
 * uit XML, gaat als JSON). Objecten als JSON of structured clone uitpakken kostte de hoofdthread
 * (gemeten) meer dan het lezen zelf.
 */
import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { leesBsn } from '../../rules/kern/bsn.js';
import type { Datum } from '../../rules/kern/datum.js';
import type { GemeenteCode } from '../../rules/kern/gemeente.js';
import { IB_PRODUCTEN, Sleutelregister, inhoudVingerafdruk, type Herhaling, type IbProduct, type IbSignaal } from '../../rules/ib/index.js';
import type { Encoding } from '../csv.js';
import { Werkstroom, alsFout, alsGegevens, type Foutgegevens } from '../werkstroom.js';
import type { Kolomkaart } from './kolommen.js';
import { GEEN_LABELS, Signaallezer, openSignalen, type RuwSignaal, type Signaalbron } from './signalen.js';

/** Eén signaal: gelezen, met wat het ontdubbelen ervan vond, of de fout bij het lezen. */
export type Voorbereid =
  | { readonly regel: number; readonly signaal: IbSignaal; readonly herhaling: Herhaling | undefined; readonly fout?: undefined }
  | { readonly regel: number; readonly fout: unknown; readonly signaal?: undefined };

/**
 * Leest een ruw signaal en registreert zijn sleutel, zoals `Koppelaar.koppel` het ontdubbelen vraagt:
 * alleen bij een geldig BSN, met het BSN zoals de 11-proef het teruggeeft.
 */
export class Voorbereider {
  private readonly lezer: Signaallezer;
  private readonly register: Sleutelregister;

  constructor(bron: Signaalbron) {
    this.lezer = new Signaallezer(bron);
    // op maat voor het bestand (~60 bytes per signaal), zodat de tabel niet halverwege hoeft te groeien
    this.register = new Sleutelregister(Math.min(Math.ceil(statSync(bron.bestand).size / 60), 1 << 22));
  }

  bereid(r: RuwSignaal): Voorbereid {
    let signaal: IbSignaal;
    try {
      signaal = this.lezer.lees(r);
    } catch (e) {
      return { regel: r.regel, fout: e };
    }
    const bsn = leesBsn(signaal.bsn);
    const herhaling = bsn.ok ? this.register.registreer(signaal.product, bsn.bsn, signaal.bronSleutel, inhoudVingerafdruk(signaal), r.regel) : undefined;
    return { regel: r.regel, signaal, herhaling };
  }
}

/** De blokken van de bron, voorbereid. */
export async function* voorbereid(bron: Signaalbron): AsyncGenerator<Voorbereid[]> {
  const voorbereider = new Voorbereider(bron);
  for await (const blok of bron.blokken) yield blok.map((r) => voorbereider.bereid(r));
}

// ---- over de threadgrens ---------------------------------------------------------------------

const NUL = '\u0000';

/** Een blok over de threadgrens: de getallen in een getypte array, de teksten als één tekst. */
export interface Verpakt {
  readonly getallen: Int32Array;
  /** De teksten gescheiden door NUL, of (`json`: als er toch een NUL in staat) als JSON-array. */
  readonly teksten: string;
  readonly json: boolean;
}

// welke optionele velden een signaal heeft (bits in het getal `aanwezig`)
const VAN = 1;
const TOT = 2;
const PEIL = 4;
const GEMEENTE = 8;
const PARTNER = 16;
const FOUT = -1;

const PRODUCTNUMMER = new Map<string, number>(IB_PRODUCTEN.map((p, i) => [p, i]));

/**
 * Getallen per signaal: `regel productnummer aanwezig eerste_regel zelfde #labels #velden
 * naamnummer…`, teksten `bsn [van] [tot] [peildatum] bron_sleutel [gemeente] [partner_bsn] labels…
 * waarden…`; een fout: `regel -1` en de fout als JSON-tekst. Vooraan de veldnamen van het blok.
 * `nulMogelijk`: de bron is XML (de CSV-lezer weigert een NUL).
 */
export function verpak(blok: readonly Voorbereid[], nulMogelijk: boolean): Verpakt {
  const namen = new Map<string, number>();
  const g: number[] = [];
  const t: string[] = [];
  for (const v of blok) {
    if (v.signaal === undefined) {
      g.push(v.regel, FOUT);
      t.push(JSON.stringify(alsGegevens(v.fout)));
      continue;
    }
    const s = v.signaal;
    const h = v.herhaling;
    const aanwezig = (s.van !== undefined ? VAN : 0) | (s.tot !== undefined ? TOT : 0) | (s.peildatum !== undefined ? PEIL : 0) | (s.gemeente !== undefined ? GEMEENTE : 0) | (s.partnerBsn !== undefined ? PARTNER : 0);
    g.push(v.regel, PRODUCTNUMMER.get(s.product)!, aanwezig, h ? h.eersteRegel : 0, h?.zelfdeInhoud ? 1 : 0, s.labels.length);
    t.push(s.bsn);
    if (s.van !== undefined) t.push(s.van);
    if (s.tot !== undefined) t.push(s.tot);
    if (s.peildatum !== undefined) t.push(s.peildatum);
    t.push(s.bronSleutel);
    if (s.gemeente !== undefined) t.push(s.gemeente);
    if (s.partnerBsn !== undefined) t.push(s.partnerBsn);
    for (const l of s.labels) t.push(l);
    const plek = g.push(0) - 1;
    const velden = s.velden;
    for (const k in velden) {
      let n = namen.get(k);
      if (n === undefined) namen.set(k, (n = namen.size));
      g.push(n);
      t.push(velden[k]!);
      g[plek]!++;
    }
  }
  const teksten = [...namen.keys(), ...t];
  // een NUL in een waarde zou de teksten verschuiven: dan als JSON
  const json = nulMogelijk && teksten.some((x) => x.includes(NUL));
  return { getallen: Int32Array.from([namen.size, ...g]), teksten: json ? JSON.stringify(teksten) : teksten.join(NUL), json };
}

/** Het omgekeerde van `verpak`. */
export function pakUit(blok: Verpakt): Voorbereid[] {
  const g = blok.getallen;
  const t: string[] = blok.json ? (JSON.parse(blok.teksten) as string[]) : blok.teksten.split(NUL);
  const namen = t.slice(0, g[0]);
  let j = g[0]!; // in t
  const uit: Voorbereid[] = [];
  let i = 1;
  while (i < g.length) {
    const regel = g[i]!;
    const product = g[i + 1]!;
    if (product === FOUT) {
      uit.push({ regel, fout: alsFout(JSON.parse(t[j++]!) as Foutgegevens) });
      i += 2;
      continue;
    }
    const aanwezig = g[i + 2]!;
    const eerste = g[i + 3]!;
    const herhaling: Herhaling | undefined = eerste === 0 ? undefined : { eersteRegel: eerste, zelfdeInhoud: g[i + 4] === 1 };
    const aantalLabels = g[i + 5]!;
    const bsn = t[j++]!;
    const van = aanwezig & VAN ? (t[j++] as Datum) : undefined;
    const tot = aanwezig & TOT ? (t[j++] as Datum) : undefined;
    const peildatum = aanwezig & PEIL ? (t[j++] as Datum) : undefined;
    const bronSleutel = t[j++]!;
    const gemeente = aanwezig & GEMEENTE ? (t[j++] as GemeenteCode) : undefined;
    const partnerBsn = aanwezig & PARTNER ? t[j++] : undefined;
    const labels = aantalLabels === 0 ? GEEN_LABELS : t.slice(j, (j += aantalLabels));
    const aantalVelden = g[i + 6]!;
    i += 7;
    const velden: Record<string, string> = {};
    for (let k = 0; k < aantalVelden; k++) velden[namen[g[i++]!]!] = t[j++]!;
    const signaal: IbSignaal = { product: IB_PRODUCTEN[product]!, bsn, van, tot, peildatum, bronSleutel, gemeente, partnerBsn, labels, velden };
    uit.push({ regel, signaal, herhaling });
  }
  return uit;
}

// ---- de stroom ----------------------------------------------------------------------------------

/** Onder deze grootte kost het opstarten van een werker meer dan het oplevert. */
const WERKER_VANAF_BYTES = 4 << 20;

const WERKER = new URL('./signaalstroom-werker.js', import.meta.url);

/** `SZMH_WERKERS=0`: nooit een werker; een ander getal: altijd; anders bij een groot bestand en meer kernen. */
function metWerker(bestand: string): boolean {
  if (!existsSync(fileURLToPath(WERKER))) return false; // de broncode (tests): geen gebouwde werker
  const vast = process.env.SZMH_WERKERS;
  if (vast !== undefined && /^\d+$/.test(vast)) return Number(vast) > 0;
  // een onleesbaar bestand: zonder werker, dan meldt openSignalen het zoals altijd
  return availableParallelism() > 1 && (statSync(bestand, { throwIfNoEntry: false })?.size ?? 0) >= WERKER_VANAF_BYTES;
}

export interface Signaalstroom {
  readonly blokken: AsyncIterable<readonly Voorbereid[]>;
  /** Leest een werkthread (voor het log en de test die bewijst dat het gebeurt). */
  readonly werkthread: boolean;
  /** Ruimt de werker op (ook na een fout halverwege). */
  sluit(): Promise<void>;
}

/**
 * Opent de signalen; een fout in de kop of de kolomkaart komt hier, zoals bij `openSignalen`. Met
 * werker loopt het lezen daarna al door terwijl de aanroeper iets anders doet.
 */
export async function openSignaalstroom(bestand: string, kaart: Kolomkaart | undefined, encoding: Encoding): Promise<Signaalstroom> {
  if (metWerker(bestand)) {
    const stroom = new Werkstroom<Verpakt>(WERKER, { bestand, kaart, encoding });
    try {
      await stroom.gereed();
    } catch (e) {
      await stroom.sluit();
      throw e;
    }
    return {
      blokken: {
        async *[Symbol.asyncIterator]() {
          for await (const blok of stroom) yield pakUit(blok);
        },
      },
      werkthread: true,
      sluit: () => stroom.sluit(),
    };
  }
  const bron = await openSignalen(bestand, kaart, { encoding });
  return { blokken: { [Symbol.asyncIterator]: () => voorbereid(bron) }, werkthread: false, sluit: async () => undefined };
}
