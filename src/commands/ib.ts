/**
 * `szmh ib koppel|importeer|werklijst|afhandelen|rapport`: IB-signalen koppelen aan uitkeringen
 * (zonder staat), en het signaalregister in de store (elke levering één keer, elk signaal één keer
 * met zijn versies, een afsluitcode per signaal, de afhandeltermijn en het uitkomstenrapport).
 */
import path from 'node:path';
import { createHash } from 'node:crypto';
import { gemeentenaam, type GemeenteCode } from '../rules/kern/gemeente.js';
import { InvoerFout, SzmhFout } from '../rules/kern/fouten.js';
import type { Datum } from '../rules/kern/datum.js';
import { leesPeriode } from '../rules/debiteuren/rapportage.js';
import {
  AFSLUITCODES,
  IB_PRODUCTEN,
  Koppelaar,
  UITKOMSTEN,
  afhandeltermijn,
  isAfsluitcode,
  isIbProduct,
  ouderdom,
  inhoudTekst,
  type Afsluitcode,
  type Herhaald,
  type Herhaling,
  type IbProduct,
  type KoppelResultaat,
  type Ontdubbeling,
  type Samenvatting,
} from '../rules/ib/index.js';
import { leesKolomkaart, type Kolomkaart } from '../io/ib/kolommen.js';
import { openSignalen, Signaallezer, type Signaalbron } from '../io/ib/signalen.js';
import { openSignaalstroom } from '../io/ib/signaalstroom.js';
import { leesUitkeringen } from '../io/invoer/ib.js';
import { Opruimer } from '../io/ib/geheugen.js';

/**
 * Boven deze heap een volledige opruimronde van de garbage collector (zie io/ib/geheugen.ts). 80 en
 * niet 96: de werkthread die de signalen leest (met het sleutelregister) neemt zo'n 60 MB van de
 * 300 MB; met trace kwam de piek bij 96 op 285-300 MB, bij 80 op ~270 MB, met dezelfde CPU-tijd (gemeten).
 */
const HEAPGRENS_MB = 80;
import { sha256VanBestand } from '../io/hash.js';
import { openCsv } from '../io/csv.js';
import { rijen, vereisKolommen } from '../io/velden.js';
import { tweeKolommen, type Kolom } from '../io/uitvoer.js';
import { IbStore, type Werklijstrij } from '../io/store/ib.js';
import { Batch, schrijfRijen, traceNodig, type Context } from './context.js';

export interface KoppelOpties {
  uitkeringen: string;
  kolommen?: string;
}

/** De uitvoer per signaal: eerst de velden uit de spec, dan wat een medewerker nog nodig heeft. */
export const KOPPEL_UITVOER: readonly Kolom<KoppelResultaat>[] = [
  { naam: 'bron_sleutel', soort: 'tekst', waarde: (r) => r.bronSleutel },
  { naam: 'product', soort: 'tekst', waarde: (r) => r.product },
  { naam: 'uitkomst', soort: 'tekst', waarde: (r) => r.uitkomst },
  { naam: 'voorstel', soort: 'tekst', waarde: (r) => r.voorstel },
  { naam: 'afsluitcode', soort: 'tekst', waarde: (r) => r.afsluitcode },
  { naam: 'prioriteit', soort: 'tekst', waarde: (r) => r.prioriteit },
  { naam: 'gemeente', soort: 'tekst', waarde: (r) => r.gemeente },
  { naam: 'regeling', soort: 'tekst', waarde: (r) => r.regeling },
  { naam: 'ingangsdatum', soort: 'tekst', waarde: (r) => r.ingangsdatum },
  { naam: 'bsn', soort: 'tekst', waarde: (r) => r.bsn, inTabel: false },
  { naam: 'regel', soort: 'getal', waarde: (r) => r.regel },
  { naam: 'trace', soort: 'trace', waarde: (r) => r.trace, inTabel: false },
];

function titel(r: KoppelResultaat): string {
  // geen bron_sleutel: die kan een BSN bevatten (detentie: bsn + datum)
  return `regel ${r.regel} ${r.product}: ${r.uitkomst} → ${r.voorstel}`;
}

function samenvattingTabel(s: Samenvatting): string[] {
  return tweeKolommen(['uitkomst', 'aantal'], [...UITKOMSTEN.map((u) => [u, s[u]] as [string, number]), ['totaal', s.totaal]]);
}

function perProduct(k: Koppelaar): Record<string, Samenvatting> {
  return Object.fromEntries(IB_PRODUCTEN.filter((p) => k.perProduct.has(p)).map((p) => [p, k.perProduct.get(p)!]));
}

async function kaartEnBron(bestand: string, ctx: Context, kolommen: string | undefined): Promise<Signaalbron> {
  const kaart: Kolomkaart | undefined = kolommen ? leesKolomkaart(kolommen) : undefined;
  return openSignalen(bestand, kaart, { encoding: ctx.encoding });
}

/**
 * `szmh ib koppel SIGNALEN --uitkeringen UITKERINGEN.csv [--kolommen KAART.json]`: zonder staat.
 * De uitkeringen staan compact in het geheugen; de signalen stromen erlangs en elk resultaat gaat
 * meteen naar de uitvoer. Alleen een vingerafdruk per sleutel wordt bewaard (voor dubbel/correctie),
 * en de vermogenssignalen tot het eind (hun som per huishouden is dan pas bekend). Bij een groot
 * bestand leest en ontdubbelt een werkthread de signalen terwijl deze thread de uitkeringen inleest
 * en daarna koppelt en schrijft (io/ib/signaalstroom.ts).
 */
export async function ibKoppel(bestand: string, ctx: Context, o: KoppelOpties): Promise<void> {
  const kaart: Kolomkaart | undefined = o.kolommen ? leesKolomkaart(o.kolommen) : undefined;
  const signalen = await openSignaalstroom(bestand, kaart, ctx.encoding);
  ctx.log.trace({ werkthread: signalen.werkthread }, 'signalen lezen');
  try {
    const params = ctx.params();
    const metTrace = traceNodig(ctx);
    const uitvoer = new Batch(ctx, KOPPEL_UITVOER, titel, { bestand, rijnaam: 'signalen' });
    const index = await leesUitkeringen(o.uitkeringen, ctx.encoding, (w, s) => uitvoer.probeer(w, s));
    ctx.log.debug({ uitkeringen: index.aantal, personen: index.personen }, 'uitkeringen ingelezen');
    // de sleutels zijn al bij het lezen geregistreerd: hier alleen wat dat voor dit signaal opleverde
    let herhaling: Herhaling | undefined;
    const ontdubbel: Ontdubbeling = () => herhaling && { zelfdeInhoud: herhaling.zelfdeInhoud, eerder: `regel ${herhaling.eersteRegel}` };
    const koppelaar = new Koppelaar(index, params, ontdubbel, metTrace);
    const opruimer = new Opruimer(HEAPGRENS_MB);
    try {
      for await (const blok of signalen.blokken) {
        for (const v of blok) {
          // zoals uitvoer.verwerk, maar zonder twee functies per signaal (afval bij een miljoen signalen)
          let r: KoppelResultaat | undefined;
          try {
            if (v.signaal === undefined) throw v.fout;
            herhaling = v.herhaling;
            r = koppelaar.koppel(v.signaal, v.regel);
          } catch (e) {
            uitvoer.probeer(`regel ${v.regel}`, () => {
              throw e;
            });
            continue;
          }
          if (r !== undefined) uitvoer.schrijf(r);
        }
        opruimer.misschien();
      }
      for (const u of koppelaar.uitgesteld()) uitvoer.verwerk(`regel ${u.regel}`, u.bereken);
    } catch (e) {
      uitvoer.breekAf(e);
    }
    const s = koppelaar.samenvatting;
    const { totaal: _t, ...tellingen } = s;
    await uitvoer.voltooi({ samenvatting: { ...s, per_product: perProduct(koppelaar) }, tabel: samenvattingTabel(s), log: tellingen });
  } finally {
    await signalen.sluit();
  }
}

// ---- het register ---------------------------------------------------------------------------

interface Importsamenvatting {
  bestand: string;
  al_verwerkt: boolean;
  signalen: number;
  relevant: number;
  geen_overlap: number;
  onbekende_client: number;
  ongeldig_bsn: number;
  dubbel: number;
  correctie: number;
  nieuw: number;
  automatisch_afgesloten: number;
  afgekeurd: number;
}

const IMPORT_UITVOER: readonly Kolom<Importsamenvatting>[] = [
  { naam: 'bestand', soort: 'tekst', waarde: (r) => r.bestand },
  { naam: 'al_verwerkt', soort: 'ja_nee', waarde: (r) => r.al_verwerkt },
  { naam: 'signalen', soort: 'getal', waarde: (r) => r.signalen },
  ...UITKOMSTEN.map((u): Kolom<Importsamenvatting> => ({ naam: u, soort: 'getal', waarde: (r) => r[u] })),
  { naam: 'nieuw', soort: 'getal', waarde: (r) => r.nieuw },
  { naam: 'automatisch_afgesloten', soort: 'getal', waarde: (r) => r.automatisch_afgesloten },
  { naam: 'afgekeurd', soort: 'getal', waarde: (r) => r.afgekeurd },
];

export interface ImporteerOpties extends KoppelOpties {
  dryRun?: boolean;
}

const sha256 = (tekst: string) => createHash('sha256').update(tekst).digest('hex');

/**
 * `szmh ib importeer SIGNALEN... --uitkeringen U [--kolommen K] [--dry-run]`: koppelt zoals `koppel`
 * en legt het resultaat vast. Een bestand dat al is ingelezen (zelfde sha256) verandert niets. Een
 * signaal dat al in het register staat is `dubbel` (zelfde inhoud: gekoppeld aan het eerste) of
 * `correctie` (nieuwe versie; een afgesloten signaal gaat weer open). `geen_overlap` wordt
 * automatisch afgesloten met GEEN_OVERLAP (onderzoek §1.6 B.2). Alles per bestand in één transactie.
 */
export async function ibImporteer(bestanden: string[], ctx: Context, o: ImporteerOpties): Promise<void> {
  const store = ctx.store();
  const ib = new IbStore(store.db);
  const params = ctx.params();
  const samenvattingen: Importsamenvatting[] = [];
  const afgekeurd: string[] = [];
  const probeer = (waar: string | (() => string), stap: () => void): boolean => {
    try {
      stap();
      return true;
    } catch (e) {
      if (!(e instanceof SzmhFout) || e.exitcode === 4) throw e;
      // een regelweigering zonder plaats krijgt bestand en regel erbij, ook als de batch stopt
      const fout = e.plaats.regel !== undefined ? e : new SzmhFout(e.code, e.exitcode, `${typeof waar === 'string' ? waar : waar()}: ${e.melding}`);
      if (!ctx.doorgaanBijFouten) throw fout;
      afgekeurd.push(fout.message);
      return false;
    }
  };
  const index = await leesUitkeringen(o.uitkeringen, ctx.encoding, probeer);
  const ontvangen = ctx.peildatum;
  const waarschuwingen = new Map<string, number>();

  for (const bestand of bestanden) {
    const naam = path.basename(bestand);
    const hash = await sha256VanBestand(bestand);
    const sam: Importsamenvatting = { bestand: naam, al_verwerkt: false, signalen: 0, relevant: 0, geen_overlap: 0, onbekende_client: 0, ongeldig_bsn: 0, dubbel: 0, correctie: 0, nieuw: 0, automatisch_afgesloten: 0, afgekeurd: 0 };
    samenvattingen.push(sam);
    const eerder = ib.levering(hash);
    if (eerder) {
      sam.al_verwerkt = true;
      ctx.log.info({ bestand: naam, eerder: eerder.tijd }, 'deze levering is al eerder ingelezen: niets gewijzigd');
      continue;
    }
    const bron = await kaartEnBron(bestand, ctx, o.kolommen);
    const lezer = new Signaallezer(bron);
    const afgekeurdVoor = afgekeurd.length;
    await store.transactieAsync(
      async () => {
        ib.nieuweLevering({ sha256: hash, naam, formaat: bron.formaat, kolomkaart: bron.kaart.naam, ontvangenOp: ontvangen }, ctx.run);
        // eerst wat eerder in dit bestand stond (id nog leeg: wacht op het eind), dan het register
        const inBestand = new Map<string, { id: number | undefined; inhoud: string }>();
        const inhoudVan = new Map<number, string>();
        const sleutelVan = (s: { product: string; bsn: string; bronSleutel: string }) => `${s.product}\u0000${s.bsn}\u0000${s.bronSleutel}`;
        const ontdubbel: Ontdubbeling = (s, regel) => {
          const sleutel = sleutelVan(s);
          const h = sha256(inhoudTekst(s));
          inhoudVan.set(regel, h);
          const hier = inBestand.get(sleutel);
          if (hier) {
            const uit: Herhaald = { zelfdeInhoud: hier.inhoud === h, eerder: `${hier.id === undefined ? 'een signaal' : `signaal ${hier.id}`} eerder in dit bestand` };
            hier.inhoud = h;
            return uit;
          }
          const bestaand = ib.zoekSignaal(s.product, s.bsn, s.bronSleutel);
          inBestand.set(sleutel, { id: bestaand?.signaal_id, inhoud: h });
          return bestaand && { zelfdeInhoud: bestaand.inhoud_sha256 === h, eerder: `signaal ${bestaand.signaal_id} (ontvangen ${bestaand.ontvangen_op})` };
        };
        const koppelaar = new Koppelaar(index, params, ontdubbel);
        const later: [KoppelResultaat, string][] = [];
        const vastleggen = (r: KoppelResultaat, signaalJson: string, wachtOpEerste: boolean) => {
          const sleutel = sleutelVan(r);
          const eerste = inBestand.get(sleutel);
          // een herhaling van een signaal dat zelf nog wacht (vermogen), komt daarna
          if (wachtOpEerste && (r.uitkomst === 'dubbel' || r.uitkomst === 'correctie') && eerste?.id === undefined) {
            later.push([r, signaalJson]);
            return;
          }
          sam.signalen++;
          sam[r.uitkomst]++;
          for (const w of r.trace.waarschuwingen) waarschuwingen.set(w, (waarschuwingen.get(w) ?? 0) + 1);
          const inhoud = inhoudVan.get(r.regel) ?? '';
          inhoudVan.delete(r.regel);
          const uiterlijk = afhandeltermijn(ontvangen, params, r.gemeente).uiterlijk;
          const uitkomst = ib.legVast(r, { levering: hash, ontvangen, uiterlijk, inhoudSha256: inhoud, inhoud: signaalJson }, ctx.run);
          if (eerste && uitkomst.signaalId !== undefined) eerste.id = uitkomst.signaalId;
          if (uitkomst.nieuw) sam.nieuw++;
          if (uitkomst.automatischAfgesloten) sam.automatisch_afgesloten++;
        };
        const wachtend = new Map<number, string>();
        for await (const blok of bron.blokken) {
          for (const r of blok) {
            const gelukt = probeer(`${bestand}, regel ${r.regel}`, () => {
              const signaal = lezer.lees(r);
              const { bsn: _b, ...rest } = signaal;
              const json = JSON.stringify(rest);
              const resultaat = koppelaar.koppel(signaal, r.regel);
              if (resultaat) vastleggen(resultaat, json, true);
              else wachtend.set(r.regel, json);
            });
            if (!gelukt) sam.afgekeurd++;
          }
        }
        for (const u of koppelaar.uitgesteld()) {
          if (!probeer(`${bestand}, regel ${u.regel}`, () => vastleggen(u.bereken(), wachtend.get(u.regel) ?? '{}', false))) sam.afgekeurd++;
        }
        for (const [r, json] of later) vastleggen(r, json, false);
        const { bestand: _b, al_verwerkt: _a, ...tellingen } = sam;
        ib.tellingenVanLevering(hash, sam.signalen, tellingen);
        store.registreerBestand('ib_signalen', hash, naam, ctx.run);
        store.audit(ctx.run, { actie: o.dryRun ? 'ib_proefdraai' : 'ib_levering_ingelezen', bestand: naam, sha256: hash, details: tellingen });
        if (afgekeurd.length > afgekeurdVoor && !ctx.doorgaanBijFouten) throw new InvoerFout(afgekeurd.at(-1)!);
      },
      { terugdraaien: o.dryRun === true },
    );
  }
  await schrijfRijen(ctx, IMPORT_UITVOER, samenvattingen);
  for (const [tekst, aantal] of waarschuwingen) ctx.log.warn({ aantal }, tekst);
  for (const s of samenvattingen) {
    const { bestand: _b, ...tellingen } = s;
    ctx.log.info({ bestand: s.bestand, ...tellingen, proefdraai: o.dryRun === true }, o.dryRun ? 'proefdraai: niets vastgelegd' : s.al_verwerkt ? 'al eerder ingelezen' : 'levering ingelezen');
  }
  if (afgekeurd.length) {
    process.stderr.write(`Afgekeurd (${afgekeurd.length}):\n${afgekeurd.map((a) => `  ${a}`).join('\n')}\n`);
    process.exitCode = 1;
  }
}

// ---- werklijst --------------------------------------------------------------------------------

export interface WerklijstOpties {
  product?: string;
  teLaat?: boolean;
  overzicht?: boolean;
}

interface WerklijstUit extends Werklijstrij {
  leeftijd_dagen: number;
  dagen_over: number;
  ouderdom: string;
}

const WERKLIJST_UITVOER: readonly Kolom<WerklijstUit>[] = [
  { naam: 'signaal_id', soort: 'getal', waarde: (r) => r.signaal_id },
  { naam: 'prioriteit', soort: 'tekst', waarde: (r) => r.prioriteit },
  { naam: 'product', soort: 'tekst', waarde: (r) => r.product },
  { naam: 'gemeente', soort: 'tekst', waarde: (r) => r.gemeente },
  { naam: 'bsn', soort: 'tekst', waarde: (r) => r.bsn },
  { naam: 'bron_sleutel', soort: 'tekst', waarde: (r) => r.bron_sleutel, inTabel: false },
  { naam: 'uitkomst', soort: 'tekst', waarde: (r) => r.uitkomst },
  { naam: 'voorstel', soort: 'tekst', waarde: (r) => r.voorstel },
  { naam: 'voorgestelde_code', soort: 'tekst', waarde: (r) => r.voorgestelde_code },
  { naam: 'ingangsdatum', soort: 'tekst', waarde: (r) => r.ingangsdatum, inTabel: false },
  { naam: 'ontvangen_op', soort: 'tekst', waarde: (r) => r.ontvangen_op },
  { naam: 'uiterlijk', soort: 'tekst', waarde: (r) => r.uiterlijk },
  { naam: 'leeftijd_dagen', soort: 'getal', waarde: (r) => r.leeftijd_dagen },
  { naam: 'dagen_over', soort: 'getal', waarde: (r) => r.dagen_over },
  { naam: 'ouderdom', soort: 'tekst', waarde: (r) => r.ouderdom },
  { naam: 'versies', soort: 'getal', waarde: (r) => r.versies },
];

interface Ouderdomsrij {
  gemeente: string;
  product: string;
  open: number;
  binnen_termijn: number;
  bijna_te_laat: number;
  te_laat: number;
  oudste_dagen: number;
}

const OUDERDOM_UITVOER: readonly Kolom<Ouderdomsrij>[] = [
  { naam: 'gemeente', soort: 'tekst', waarde: (r) => r.gemeente },
  { naam: 'product', soort: 'tekst', waarde: (r) => r.product },
  { naam: 'open', soort: 'getal', waarde: (r) => r.open },
  { naam: 'binnen_termijn', soort: 'getal', waarde: (r) => r.binnen_termijn },
  { naam: 'bijna_te_laat', soort: 'getal', waarde: (r) => r.bijna_te_laat },
  { naam: 'te_laat', soort: 'getal', waarde: (r) => r.te_laat },
  { naam: 'oudste_dagen', soort: 'getal', waarde: (r) => r.oudste_dagen },
];

function leesProduct(p: string | undefined): IbProduct | undefined {
  if (p === undefined) return undefined;
  const waarde = p.toUpperCase();
  if (!isIbProduct(waarde)) throw new InvoerFout(`--product: '${p}' is geen product (${IB_PRODUCTEN.join(', ')})`, {}, 'AANROEP_ONGELDIG');
  return waarde;
}

/**
 * `szmh ib werklijst [--product P] [--te-laat] [--overzicht]`: de open signalen met hun termijn en
 * ouderdom op de peildatum, hoogste prioriteit en oudste termijn eerst. `--overzicht`: de
 * ouderdomsverdeling per gemeente en product.
 */
export async function ibWerklijst(ctx: Context, o: WerklijstOpties): Promise<void> {
  const ib = new IbStore(ctx.store().db);
  const params = ctx.params();
  const product = leesProduct(o.product);
  const open = ib.openSignalen({ ...(ctx.gemeente ? { gemeente: ctx.gemeente } : {}), ...(product ? { product } : {}) });
  const rijenUit: WerklijstUit[] = [];
  for (const r of open) {
    const signaal = params.aantal('ib.afhandeltermijn_signaal_dagen', ctx.peildatum, (r.gemeente ?? undefined) as GemeenteCode | undefined);
    const o2 = ouderdom(r.ontvangen_op as Datum, r.uiterlijk as Datum, ctx.peildatum, signaal.waarde);
    if (o.teLaat && o2.klasse !== 'te_laat') continue;
    rijenUit.push({ ...r, leeftijd_dagen: o2.leeftijdDagen, dagen_over: o2.dagenOver, ouderdom: o2.klasse });
  }
  const volgorde = { hoog: 0, normaal: 1, laag: 2 } as Record<string, number>;
  rijenUit.sort((a, b) => (volgorde[a.prioriteit]! - volgorde[b.prioriteit]!) || a.uiterlijk.localeCompare(b.uiterlijk) || a.signaal_id - b.signaal_id);
  if (o.overzicht) {
    const groepen = new Map<string, Ouderdomsrij>();
    for (const r of rijenUit) {
      for (const [g, p] of [[r.gemeente ?? 'onbekend', r.product], [r.gemeente ?? 'onbekend', 'alle'], ['alle', 'alle']] as const) {
        const sleutel = `${g}|${p}`;
        const rij = groepen.get(sleutel) ?? { gemeente: g, product: p, open: 0, binnen_termijn: 0, bijna_te_laat: 0, te_laat: 0, oudste_dagen: 0 };
        rij.open++;
        rij[r.ouderdom as 'te_laat']++;
        rij.oudste_dagen = Math.max(rij.oudste_dagen, r.leeftijd_dagen);
        groepen.set(sleutel, rij);
      }
    }
    const gesorteerd = [...groepen.values()].sort((a, b) => (a.gemeente === 'alle' ? 1 : b.gemeente === 'alle' ? -1 : a.gemeente.localeCompare(b.gemeente)) || (a.product === 'alle' ? 1 : b.product === 'alle' ? -1 : a.product.localeCompare(b.product)));
    await schrijfRijen(ctx, OUDERDOM_UITVOER, gesorteerd);
  } else {
    await schrijfRijen(ctx, WERKLIJST_UITVOER, rijenUit);
  }
  ctx.log.info({ open: open.length, getoond: rijenUit.length, te_laat: rijenUit.filter((r) => r.ouderdom === 'te_laat').length }, 'werklijst');
}

// ---- afhandelen -------------------------------------------------------------------------------

export interface AfhandelOpties {
  signaal?: string;
  code?: string;
  toelichting?: string;
  voorstelOvernemen?: boolean;
  product?: string;
}

interface Afhandelsamenvatting {
  bron: string;
  al_verwerkt: boolean;
  afgesloten: number;
  gewijzigd: number;
  ongewijzigd: number;
  afgekeurd: number;
}

const AFHANDEL_UITVOER: readonly Kolom<Afhandelsamenvatting>[] = [
  { naam: 'bron', soort: 'tekst', waarde: (r) => r.bron },
  { naam: 'al_verwerkt', soort: 'ja_nee', waarde: (r) => r.al_verwerkt },
  { naam: 'afgesloten', soort: 'getal', waarde: (r) => r.afgesloten },
  { naam: 'gewijzigd', soort: 'getal', waarde: (r) => r.gewijzigd },
  { naam: 'ongewijzigd', soort: 'getal', waarde: (r) => r.ongewijzigd },
  { naam: 'afgekeurd', soort: 'getal', waarde: (r) => r.afgekeurd },
];

function leesCode(tekst: string): Afsluitcode | undefined {
  const c = tekst.trim().toUpperCase().replace(/[\s-]+/g, '_');
  return isAfsluitcode(c) ? c : undefined;
}

/**
 * `szmh ib afhandelen [AFHANDELING.csv] | --signaal ID --code CODE [--toelichting T] | --voorstel-overnemen`:
 * legt per signaal een afsluitcode vast. Het bestand heeft `signaal_id, afsluitcode` en optioneel
 * `toelichting, afgesloten_op`; een bestand dat al is verwerkt (sha256) verandert niets.
 * `--voorstel-overnemen` sluit alle open signalen waarvoor de voorcontrole een afsluitcode voorstelde
 * (BEKEND, NIET_RELEVANT, DUPLICAAT) met die code: een mens neemt het voorstel in één keer over.
 */
export async function ibAfhandelen(bestand: string | undefined, ctx: Context, o: AfhandelOpties): Promise<void> {
  const store = ctx.store();
  const ib = new IbStore(store.db);
  const bronnen = [bestand !== undefined, o.signaal !== undefined, o.voorstelOvernemen === true].filter(Boolean).length;
  if (bronnen !== 1) throw new InvoerFout('geef één van: een AFHANDELING.csv, --signaal ID --code CODE, of --voorstel-overnemen', {}, 'AANROEP_ONGELDIG');
  const sam: Afhandelsamenvatting = { bron: bestand ? path.basename(bestand) : o.signaal ? `signaal ${o.signaal}` : 'voorstel overnemen', al_verwerkt: false, afgesloten: 0, gewijzigd: 0, ongewijzigd: 0, afgekeurd: 0 };
  const afgekeurd: string[] = [];
  const sluit = (id: number, code: Afsluitcode, datum: Datum, toelichting: string | undefined, waar: (m: string) => SzmhFout) => {
    const uitkomst = ib.sluit(id, code, datum, toelichting, ctx.run);
    if (uitkomst === 'onbekend') throw waar(`signaal ${id} staat niet in het register`);
    if (uitkomst === 'te_vroeg') throw waar(`de afsluitdatum ${datum} ligt vóór de ontvangst van signaal ${id}`);
    sam[uitkomst]++;
  };
  if (o.signaal !== undefined) {
    if (!/^\d+$/.test(o.signaal)) throw new InvoerFout(`--signaal: '${o.signaal}' is geen signaalnummer`, {}, 'AANROEP_ONGELDIG');
    const code = o.code === undefined ? undefined : leesCode(o.code);
    if (code === undefined) throw new InvoerFout(`--code: verwacht een van ${AFSLUITCODES.join(', ')}`, {}, 'AANROEP_ONGELDIG');
    store.transactie(() => {
      sluit(Number(o.signaal), code, ctx.peildatum, o.toelichting, (m) => new InvoerFout(m, {}, 'AANROEP_ONGELDIG'));
      store.audit(ctx.run, { actie: 'ib_afgehandeld', details: { signaal_id: Number(o.signaal), afsluitcode: code } });
    });
  } else if (o.voorstelOvernemen) {
    const product = leesProduct(o.product);
    store.transactie(() => {
      for (const r of ib.openSignalen({ ...(ctx.gemeente ? { gemeente: ctx.gemeente } : {}), ...(product ? { product } : {}) })) {
        if (r.voorgestelde_code === null) continue;
        sluit(r.signaal_id, r.voorgestelde_code as Afsluitcode, ctx.peildatum, `voorstel overgenomen: ${r.voorstel}`, (m) => new InvoerFout(m));
      }
      store.audit(ctx.run, { actie: 'ib_voorstel_overgenomen', details: { ...sam } });
    });
  } else {
    const hash = await sha256VanBestand(bestand!);
    if (store.bestandBekend('ib_afhandeling', hash)) {
      sam.al_verwerkt = true;
      ctx.log.info({ bestand: sam.bron }, 'dit bestand is al eerder verwerkt: niets gewijzigd');
    } else {
      const bron = await openCsv(bestand!, { encoding: ctx.encoding });
      vereisKolommen(bron, ['signaal_id', 'afsluitcode']);
      await store.transactieAsync(async () => {
        for await (const rij of rijen(bron)) {
          try {
            const id = rij.geheelGetal('signaal_id', { min: 1 });
            if (id === undefined) throw rij.fout('signaal_id', 'verplicht veld is leeg');
            const tekst = rij.verplicht('afsluitcode');
            const code = leesCode(tekst);
            if (!code) throw rij.fout('afsluitcode', `'${tekst}' is geen afsluitcode; verwacht een van ${AFSLUITCODES.join(', ')}`);
            const datum = rij.datum('afgesloten_op') ?? ctx.peildatum;
            if (datum > ctx.peildatum) throw rij.fout('afgesloten_op', `${datum} ligt in de toekomst (peildatum ${ctx.peildatum})`);
            sluit(id, code, datum, rij.tekst('toelichting'), (m) => rij.fout('signaal_id', m));
          } catch (e) {
            if (!(e instanceof SzmhFout) || !ctx.doorgaanBijFouten) throw e;
            sam.afgekeurd++;
            afgekeurd.push(e.message);
          }
        }
        store.registreerBestand('ib_afhandeling', hash, sam.bron, ctx.run);
        store.audit(ctx.run, { actie: 'ib_afgehandeld', bestand: sam.bron, sha256: hash, details: { ...sam } });
      });
    }
  }
  await schrijfRijen(ctx, AFHANDEL_UITVOER, [sam]);
  const { bron: _b, ...tellingen } = sam;
  ctx.log.info(tellingen, 'afhandeling vastgelegd');
  if (afgekeurd.length) {
    process.stderr.write(`Afgekeurd (${afgekeurd.length}):\n${afgekeurd.map((a) => `  ${a}`).join('\n')}\n`);
    process.exitCode = 1;
  }
}

// ---- rapport ----------------------------------------------------------------------------------

type Rapportrij = {
  gemeente: string;
  product: string;
  ontvangen: number;
  open: number;
  open_te_laat: number;
  afgesloten: number;
  afgesloten_binnen_termijn: number;
  gemiddelde_doorlooptijd_dagen: number | null;
} & Record<Lowercase<Afsluitcode>, number>;

const RAPPORT_UITVOER: readonly Kolom<Rapportrij>[] = [
  { naam: 'gemeente', soort: 'tekst', waarde: (r) => r.gemeente },
  { naam: 'product', soort: 'tekst', waarde: (r) => r.product },
  { naam: 'ontvangen', soort: 'getal', waarde: (r) => r.ontvangen },
  { naam: 'open', soort: 'getal', waarde: (r) => r.open },
  { naam: 'open_te_laat', soort: 'getal', waarde: (r) => r.open_te_laat },
  { naam: 'afgesloten', soort: 'getal', waarde: (r) => r.afgesloten },
  ...AFSLUITCODES.map((c): Kolom<Rapportrij> => ({ naam: c.toLowerCase(), soort: 'getal', waarde: (r) => r[c.toLowerCase() as Lowercase<Afsluitcode>] })),
  { naam: 'afgesloten_binnen_termijn', soort: 'getal', waarde: (r) => r.afgesloten_binnen_termijn },
  { naam: 'gemiddelde_doorlooptijd_dagen', soort: 'getal', waarde: (r) => r.gemiddelde_doorlooptijd_dagen },
];

/**
 * `szmh ib rapport [--periode 2026|2026-T2|2026-05]`: hoe de signalen die in de periode zijn
 * ontvangen zijn afgelopen, per gemeente en product, met totalen per gemeente en voor heel SZMH
 * (de managementinformatie die de Rekenkamer miste). Per rij: ontvangen = open + afgesloten, en
 * afgesloten = de som van de afsluitcodes.
 */
export async function ibRapport(ctx: Context, o: { periode?: string }): Promise<void> {
  const ib = new IbStore(ctx.store().db);
  let van: Datum | undefined;
  let tot: Datum | undefined;
  if (o.periode !== undefined) {
    const p = leesPeriode(o.periode);
    if (!p.ok) throw new InvoerFout(`--periode: ${p.reden}`, {}, 'AANROEP_ONGELDIG');
    van = p.periode.van;
    tot = p.periode.tot;
  }
  const groepen = new Map<string, Rapportrij>();
  const leeg = (gemeente: string, product: string): Rapportrij =>
    ({
      gemeente,
      product,
      ontvangen: 0,
      open: 0,
      open_te_laat: 0,
      afgesloten: 0,
      afgesloten_binnen_termijn: 0,
      gemiddelde_doorlooptijd_dagen: null,
      ...Object.fromEntries(AFSLUITCODES.map((c) => [c.toLowerCase(), 0])),
    }) as Rapportrij;
  const doorlooptijd = new Map<string, { som: number; n: number }>();
  for (const s of ib.rapportSignalen(van, tot)) {
    const gemeente = s.gemeente ? gemeentenaam(s.gemeente as GemeenteCode) : 'onbekend';
    for (const [g, p] of [[gemeente, s.product], [gemeente, 'alle producten'], ['SZMH', 'alle producten']] as const) {
      const sleutel = `${g}|${p}`;
      const r = groepen.get(sleutel) ?? leeg(g, p);
      r.ontvangen++;
      if (s.status === 'open') {
        r.open++;
        if (s.uiterlijk < ctx.peildatum) r.open_te_laat++;
      } else {
        r.afgesloten++;
        r[s.afsluitcode!.toLowerCase() as Lowercase<Afsluitcode>]++;
        if (s.afgesloten_op! <= s.uiterlijk) r.afgesloten_binnen_termijn++;
        const d = doorlooptijd.get(sleutel) ?? { som: 0, n: 0 };
        d.som += s.doorlooptijd!;
        d.n++;
        doorlooptijd.set(sleutel, d);
      }
      groepen.set(sleutel, r);
    }
  }
  for (const [sleutel, d] of doorlooptijd) groepen.get(sleutel)!.gemiddelde_doorlooptijd_dagen = Math.round((d.som / d.n) * 10) / 10;
  const gemeenteVolgorde = (g: string) => (g === 'SZMH' ? 2 : g === 'onbekend' ? 1 : 0);
  const rijenUit = [...groepen.values()].sort(
    (a, b) =>
      gemeenteVolgorde(a.gemeente) - gemeenteVolgorde(b.gemeente) ||
      a.gemeente.localeCompare(b.gemeente) ||
      (a.product === 'alle producten' ? 1 : 0) - (b.product === 'alle producten' ? 1 : 0) ||
      a.product.localeCompare(b.product),
  );
  if (!rijenUit.length) rijenUit.push(leeg('SZMH', 'alle producten'));
  await schrijfRijen(ctx, RAPPORT_UITVOER, rijenUit);
  const totaal = groepen.get('SZMH|alle producten');
  ctx.log.info({ periode: o.periode ?? 'alles', ontvangen: totaal?.ontvangen ?? 0, open: totaal?.open ?? 0 }, 'rapport');
}

