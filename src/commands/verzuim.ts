/**
 * `szmh verzuim importeer|werklijst|actie|rapport`: het verzuimregister, de escalatieladder en de
 * jaarlijkse cijfers ex art 25 Lpw per gemeente. De regels staan in src/rules/verzuim; dit bestand
 * leest, schrijft en bewaakt de transacties. Een BSN of naam komt nooit in uitvoer, log of auditlog.
 */
import path from 'node:path';
import { leesDatum, leesSchooljaar, verschilInDagen, type Datum, type Schooljaar } from '../rules/kern/datum.js';
import { gemeentenaam, type GemeenteCode } from '../rules/kern/gemeente.js';
import { InvoerFout, RegelFout, SzmhFout, EXITCODE } from '../rules/kern/fouten.js';
import { TraceBouwer, type Trace } from '../rules/kern/trace.js';
import {
  ACTIES,
  PV_TEGEN,
  artikel25,
  beoordeelActie,
  isRedenAfgesloten,
  rapportageTermijnen,
  Registerteller,
  toetsMelding,
  verdeelKostendragers,
  volgendeStap,
  weigeringTekst,
  type Actiebesluit,
  type Actiesoort,
  type Actievoorstel,
  type Artikel25Regel,
  type Kostendragertelling,
  type Rapportagetermijn,
  type Werklijstregel,
} from '../rules/verzuim/index.js';
import { openCsv } from '../io/csv.js';
import { rijen, vereisKolommen, type Rij } from '../io/velden.js';
import { sha256VanBestand, sha256VanTekst } from '../io/hash.js';
import type { Kolom } from '../io/uitvoer.js';
import type { Db } from '../io/store/index.js';
import { VerzuimStore, meldingAlsJson } from '../io/store/verzuim.js';
import {
  ACTIE_KOLOMMEN,
  REGISTER_KOLOMMEN,
  herkenFormaat,
  leesActievoorstel,
  leesKolomkaart,
  leesMeldingrecord,
  leesRegisterleerling,
  meldingRijen,
} from '../io/invoer/verzuim.js';
import { schrijfRijen } from './context.js';
import { Batch, type Context } from './context.js';
import { SleutelSet } from '../io/sleutelset.js';

const BESTANDSOORT = 'verzuimmeldingen';

/** Eén record in een savepoint: een afgekeurd record (met --continue-on-error) laat niets half achter. */
function perRecord<T>(db: Db, werk: () => T): T {
  db.exec('SAVEPOINT verzuim_record');
  try {
    const uitkomst = werk();
    db.exec('RELEASE verzuim_record');
    return uitkomst;
  } catch (e) {
    db.exec('ROLLBACK TO verzuim_record');
    db.exec('RELEASE verzuim_record');
    throw e;
  }
}

// ---- importeer -------------------------------------------------------------------------------

interface Importsamenvatting {
  bestand: string;
  formaat: string;
  al_verwerkt: boolean;
  verzuimmeldingen: number;
  zorgmeldingen: number;
  gewijzigd: number;
  ongewijzigd: number;
  dubbel: number;
  afgekeurd: number;
}

const IMPORT_UITVOER: readonly Kolom<Importsamenvatting>[] = [
  { naam: 'bestand', soort: 'tekst', waarde: (r) => r.bestand },
  { naam: 'formaat', soort: 'tekst', waarde: (r) => r.formaat },
  { naam: 'al_verwerkt', soort: 'ja_nee', waarde: (r) => r.al_verwerkt },
  { naam: 'verzuimmeldingen', soort: 'getal', waarde: (r) => r.verzuimmeldingen },
  { naam: 'zorgmeldingen', soort: 'getal', waarde: (r) => r.zorgmeldingen },
  { naam: 'gewijzigd', soort: 'getal', waarde: (r) => r.gewijzigd },
  { naam: 'ongewijzigd', soort: 'getal', waarde: (r) => r.ongewijzigd },
  { naam: 'dubbel', soort: 'getal', waarde: (r) => r.dubbel },
  { naam: 'afgekeurd', soort: 'getal', waarde: (r) => r.afgekeurd },
];

/** Het veld van een conflict met het register, als canonieke kolomnaam. */
const CONFLICTVELD: Record<string, string> = {
  leerlingId: 'leerling_id',
  leerling: 'leerling_id',
  gemeente: 'gemeente',
  soort: 'soort',
  bron: 'bron',
  meldingsdatum: 'meldingsdatum',
  begindatum: 'begindatum',
};

/**
 * `szmh verzuim importeer MELDINGEN...`: verzuim- en zorgmeldingen uit CSV of XML (DUO-stijl) in het
 * register, alle bestanden in één transactie. Hetzelfde bestand (sha256), dezelfde melding of een
 * melding met dezelfde leerling, soort en eerste verzuimdag onder een ander nummer verandert niets.
 * Nieuwe verzuimmeldingen worden getoetst (meldingstoets.ts): de leerling valt op de eerste
 * verzuimdag onder de Leerplichtwet (of, bij 18-plus, in de RMC-doelgroep) en een 16-urenmelding heeft
 * ten minste 16 uur. Een fout breekt alles af (exit 2), tenzij `--continue-on-error` (exit 1).
 */
export async function verzuimImporteer(bestanden: readonly string[], ctx: Context, o: { kolommen?: string }): Promise<void> {
  if (bestanden.length === 0) throw new InvoerFout('geef één of meer meldingenbestanden (CSV of XML)', {}, 'AANROEP_ONGELDIG');
  const kaart = o.kolommen !== undefined ? leesKolomkaart(o.kolommen) : undefined;
  const store = ctx.store();
  const vz = new VerzuimStore(store.db);
  const params = ctx.params();
  const samenvattingen: Importsamenvatting[] = [];
  const afgekeurd: string[] = [];
  const waarschuwingen = new Map<string, number>();

  await store.transactieAsync(async () => {
    for (const bestand of bestanden) {
      const naam = path.basename(bestand);
      const sha256 = await sha256VanBestand(bestand);
      const formaat = herkenFormaat(bestand);
      const sam: Importsamenvatting = { bestand: naam, formaat, al_verwerkt: false, verzuimmeldingen: 0, zorgmeldingen: 0, gewijzigd: 0, ongewijzigd: 0, dubbel: 0, afgekeurd: 0 };
      samenvattingen.push(sam);
      const eerder = store.bestandBekend(BESTANDSOORT, sha256);
      if (eerder) {
        sam.al_verwerkt = true;
        ctx.log.info({ bestand: naam, eerder: eerder.tijd }, 'dit bestand is al eerder ingelezen: niets gewijzigd');
        continue;
      }
      const gezien = new Map<string, { regel: number; inhoud: string }>();
      for await (const rij of meldingRijen(bestand, formaat, kaart, ctx.encoding)) {
        try {
          perRecord(store.db, () => verwerkMelding(rij, sha256, sam, gezien));
        } catch (e) {
          if (!(e instanceof SzmhFout) || !ctx.doorgaanBijFouten || e.exitcode === EXITCODE.intern) throw e;
          sam.afgekeurd++;
          afgekeurd.push(e.message);
        }
      }
      store.registreerBestand(BESTANDSOORT, sha256, naam, ctx.run);
      store.audit(ctx.run, { actie: 'verzuimmeldingen_ingelezen', bestand: naam, sha256, details: { ...sam, kolomkaart: kaart?.naam ?? null } });
    }
  });

  function verwerkMelding(rij: Rij, sha256: string, sam: Importsamenvatting, gezien: Map<string, { regel: number; inhoud: string }>): void {
    const rec = leesMeldingrecord(rij, ctx.peildatum);
    const id = rec.recordsoort === 'zorgmelding' ? rec.zorgmelding.zorgmeldingId : rec.melding.meldingId;
    // Alleen de vingerafdruk van de inhoud blijft bewaard: het geheugen groeit niet met de lengte van een record.
    const inhoud = sha256VanTekst(JSON.stringify(rec));
    const sleutel = `${rec.recordsoort}|${id}`;
    const vorige = gezien.get(sleutel);
    if (vorige) {
      if (vorige.inhoud !== inhoud) throw rij.fout('melding_id', `${rec.recordsoort} ${id} staat al op regel ${vorige.regel} met andere gegevens`);
      sam.dubbel++;
      return;
    }
    gezien.set(sleutel, { regel: rij.regel, inhoud });

    const l = vz.zoekOfMaakLeerling(rec.leerling, ctx.run);
    if (l.soort === 'conflict') throw rij.fout(l.veld, l.melding);
    if (l.gewijzigd) {
      store.audit(ctx.run, { actie: 'verzuim_leerling_gewijzigd', details: { leerling_id: l.leerling.leerlingId, startkwalificatie_op: l.gewijzigd } });
    }
    const leerlingId = l.leerling.leerlingId;
    ctx.log.debug({ regel: rij.regel, recordsoort: rec.recordsoort, melding_id: id, leerling_id: leerlingId, nieuwe_leerling: l.nieuw }, 'record gelezen');

    if (rec.recordsoort === 'zorgmelding') {
      const w = vz.bewaarZorgmelding({ ...rec.zorgmelding, leerlingId }, ctx.run);
      if (typeof w === 'object') throw rij.fout(CONFLICTVELD[w.conflict] ?? 'melding_id', `zorgmelding ${id} staat al in het register met een andere ${w.conflict}`);
      if (w === 'nieuw') sam.zorgmeldingen++;
      else sam.ongewijzigd++;
      return;
    }

    const melding = { ...rec.melding, leerlingId };
    if (!vz.melding(melding.meldingId)) {
      const zelfde = vz.meldingOpInhoud(melding);
      if (zelfde !== undefined) {
        sam.dubbel++;
        ctx.log.info({ melding_id: melding.meldingId, zelfde_als: zelfde }, 'dubbele melding: dezelfde leerling, soort en eerste verzuimdag staan al in het register');
        return;
      }
      const toets = toetsMelding(melding, { ...l.leerling, gemeente: melding.gemeente }, params);
      const [fout] = toets.fouten;
      if (fout) throw rij.fout(fout.veld, `${fout.uitleg} [${fout.regel}]`);
      for (const w of toets.trace.waarschuwingen) waarschuwingen.set(w, (waarschuwingen.get(w) ?? 0) + 1);
    }
    const r = vz.bewaarMelding(melding, sha256, ctx.run);
    if ('conflict' in r) {
      throw rij.fout(CONFLICTVELD[r.conflict] ?? 'melding_id', `melding ${melding.meldingId} staat al in het register met een andere waarde voor ${CONFLICTVELD[r.conflict] ?? r.conflict}`);
    }
    if (r.wijziging === 'nieuw') sam.verzuimmeldingen++;
    else if (r.wijziging === 'gewijzigd') {
      sam.gewijzigd++;
      store.audit(ctx.run, { actie: 'verzuimmelding_gewijzigd', details: { oud: meldingAlsJson(r.oud!), nieuw: meldingAlsJson(vz.melding(melding.meldingId)!) } });
    } else sam.ongewijzigd++;
  }

  await schrijfRijen(ctx, IMPORT_UITVOER, samenvattingen);
  for (const [tekst, aantal] of waarschuwingen) ctx.log.warn({ aantal }, tekst);
  for (const s of samenvattingen) ctx.log.info({ ...s }, 'verzuimmeldingen ingelezen');
  if (afgekeurd.length) {
    process.stderr.write(`Afgekeurd (${afgekeurd.length}):\n${afgekeurd.map((a) => `  ${a}`).join('\n')}\n`);
    process.exitCode = EXITCODE.deelsAfgekeurd;
  }
}

// ---- werklijst -------------------------------------------------------------------------------

const WERKLIJST_UITVOER: readonly Kolom<Werklijstregel>[] = [
  { naam: 'melding_id', soort: 'tekst', waarde: (r) => r.meldingId },
  { naam: 'leerling_id', soort: 'tekst', waarde: (r) => r.leerlingId },
  { naam: 'gemeente', soort: 'tekst', waarde: (r) => gemeentenaam(r.gemeente) },
  { naam: 'soort', soort: 'tekst', waarde: (r) => r.soort },
  { naam: 'meldingsdatum', soort: 'datum', waarde: (r) => r.meldingsdatum },
  { naam: 'status', soort: 'tekst', waarde: (r) => r.status },
  { naam: 'leerplichtstatus', soort: 'tekst', waarde: (r) => r.leerplichtstatus },
  { naam: 'leeftijd', soort: 'getal', waarde: (r) => r.leeftijd },
  { naam: 'laatste_actie', soort: 'tekst', waarde: (r) => r.laatsteActie },
  { naam: 'laatste_actie_op', soort: 'datum', waarde: (r) => r.laatsteActieOp },
  { naam: 'volgende_stap', soort: 'tekst', waarde: (r) => r.volgendeStap },
  { naam: 'uiterlijk', soort: 'datum', waarde: (r) => r.uiterlijk },
  { naam: 'verlopen', soort: 'ja_nee', waarde: (r) => r.verlopen },
  { naam: 'toelichting', soort: 'tekst', waarde: (r) => r.toelichting, inTabel: false },
  { naam: 'trace', soort: 'trace', waarde: (r) => r.trace, inTabel: false },
];

/** `szmh verzuim werklijst`: de open meldingen met hun volgende stap en uiterste datum, eerst wat het eerst moet. */
export async function verzuimWerklijst(ctx: Context): Promise<void> {
  const batch = new Batch(ctx, WERKLIJST_UITVOER, (r) => `melding ${r.meldingId}: ${r.volgendeStap} uiterlijk ${r.uiterlijk}`);
  for (const r of werklijst(ctx, batch.probeer.bind(batch))) batch.verwerk(`melding ${r.meldingId}`, () => r);
  await batch.voltooi();
}

/** Voert een stap uit; met --continue-on-error slaat `Batch.probeer` een mislukte stap over. */
type Probeer = (waar: string, stap: () => void) => unknown;
const direct: Probeer = (_waar, stap) => stap();

/** De regels van de werklijst (ook voor de Marap), gesorteerd op de uiterste datum. */
export function werklijst(ctx: Context, probeer: Probeer = direct): Werklijstregel[] {
  const vz = new VerzuimStore(ctx.store().db);
  const params = ctx.params();
  const regels: Werklijstregel[] = [];
  for (const dossier of vz.openDossiers()) {
    if (ctx.gemeente !== undefined && dossier.melding.gemeente !== ctx.gemeente) continue;
    probeer(`melding ${dossier.melding.meldingId}`, () => regels.push(volgendeStap(dossier, ctx.peildatum, params)));
  }
  return regels.sort((a, b) => (a.uiterlijk < b.uiterlijk ? -1 : a.uiterlijk > b.uiterlijk ? 1 : a.meldingId.localeCompare(b.meldingId)));
}

// ---- actie -----------------------------------------------------------------------------------

interface Actieregel {
  meldingId: string;
  leerlingId: string;
  actie: Actiesoort;
  datum: Datum;
  uitkomst: 'vastgelegd' | 'al_vastgelegd' | 'geweigerd';
  status: string;
  toelichting: string;
  trace: Trace;
}

const ACTIE_UITVOER: readonly Kolom<Actieregel>[] = [
  { naam: 'melding_id', soort: 'tekst', waarde: (r) => r.meldingId },
  { naam: 'leerling_id', soort: 'tekst', waarde: (r) => r.leerlingId },
  { naam: 'actie', soort: 'tekst', waarde: (r) => r.actie },
  { naam: 'datum', soort: 'datum', waarde: (r) => r.datum },
  { naam: 'uitkomst', soort: 'tekst', waarde: (r) => r.uitkomst },
  { naam: 'status', soort: 'tekst', waarde: (r) => r.status },
  { naam: 'toelichting', soort: 'tekst', waarde: (r) => r.toelichting },
  { naam: 'trace', soort: 'trace', waarde: (r) => r.trace, inTabel: false },
];

export interface ActieOpties {
  bestand?: string;
  melding?: string;
  actie?: string;
  reden?: string;
  datum?: string;
  tegen?: string;
}

/** Een geweigerde actie, zoals het auditlog haar vastlegt (zonder BSN, naam of vrije tekst). */
function weigeringAudit(b: Actiebesluit, leerlingId: string, waar: string): Record<string, unknown> {
  return {
    melding_id: b.meldingId,
    leerling_id: leerlingId,
    actie: b.actie,
    datum: b.datum,
    waar,
    weigeringen: b.weigeringen.map((w) => ({ regel: w.regel, artikel: w.artikel, reden: w.uitleg })),
  };
}

/** De losse actie uit de opties (`--melding ID --actie A [--datum D] [--reden R] [--tegen T]`). */
function losseActie(o: ActieOpties, peildatum: Datum): { meldingId: string; voorstel: Actievoorstel } | undefined {
  const aanroep = (melding: string) => new InvoerFout(melding, {}, 'AANROEP_ONGELDIG');
  if (o.melding === undefined && o.actie === undefined) {
    if (o.datum !== undefined || o.reden !== undefined || o.tegen !== undefined) throw aanroep('--datum, --reden en --tegen horen bij --melding en --actie');
    return undefined;
  }
  if (o.melding === undefined || o.actie === undefined) throw aanroep('geef --melding en --actie samen');
  const actie = o.actie.trim().toLowerCase().replace(/[\s-]+/g, '_');
  if (!(ACTIES as readonly string[]).includes(actie)) throw aanroep(`--actie: '${o.actie}' is geen actie; verwacht een van ${ACTIES.join(', ')}`);
  let datum = peildatum;
  if (o.datum !== undefined) {
    const d = leesDatum(o.datum);
    if (!d.ok) throw aanroep(`--datum: ${d.reden}`);
    datum = d.datum;
  }
  const tegen = o.tegen?.trim().toLowerCase();
  if (tegen !== undefined && !(PV_TEGEN as readonly string[]).includes(tegen)) throw aanroep(`--tegen: verwacht een van ${PV_TEGEN.join(', ')}`);
  if (tegen !== undefined && actie !== 'proces_verbaal') throw aanroep('--tegen geldt alleen bij --actie proces_verbaal');
  const reden = o.reden?.trim();
  return {
    meldingId: o.melding.trim(),
    voorstel: {
      actie: actie as Actiesoort,
      datum,
      ...(reden ? { reden: actie === 'afgesloten' ? reden.toLowerCase() : reden } : {}),
      ...(tegen ? { tegen: tegen as (typeof PV_TEGEN)[number] } : {}),
    },
  };
}

/**
 * `szmh verzuim actie`: acties vastleggen uit een CSV-bestand en/of één actie uit de opties, in één
 * transactie. Elke actie gaat langs de regels (escalatie.ts). Een actie die al is vastgelegd (zelfde
 * melding, actie en datum) verandert niets. Een geweigerde actie breekt alles af en eindigt met exit
 * 3 en de reden; de weigering zelf wordt wél in het auditlog vastgelegd, in een eigen transactie die
 * blijft staan. Met `--continue-on-error` worden de toegestane acties vastgelegd en de weigeringen
 * gemeld (exit 1).
 */
export async function verzuimActie(ctx: Context, o: ActieOpties): Promise<void> {
  const los = losseActie(o, ctx.peildatum);
  if (o.bestand === undefined && los === undefined) {
    throw new InvoerFout('geef een ACTIES.csv en/of --melding ID --actie ACTIE', {}, 'AANROEP_ONGELDIG');
  }
  const store = ctx.store();
  const vz = new VerzuimStore(store.db);
  const params = ctx.params();
  const batch = new Batch(ctx, ACTIE_UITVOER, (r) => `melding ${r.meldingId}: ${r.actie} op ${r.datum} ${r.uitkomst}`);
  const geweigerd: Record<string, unknown>[] = [];
  let weigering: RegelFout | undefined;

  const verwerk = (meldingId: string, voorstel: Actievoorstel, waar: string, onbekend: () => SzmhFout): Actieregel | undefined => {
    const dossier = vz.dossier(meldingId);
    if (!dossier) throw onbekend();
    const leerlingId = dossier.leerling.leerlingId;
    const basis = { meldingId, leerlingId, actie: voorstel.actie, datum: voorstel.datum };
    if (vz.actieBekend({ meldingId, actie: voorstel.actie, datum: voorstel.datum })) {
      const t = new TraceBouwer();
      t.stap({
        regel: 'VZ-ACT-bekend',
        artikel: 'idempotentie: dezelfde melding, actie en datum worden één keer vastgelegd',
        omschrijving: `${voorstel.actie} op ${voorstel.datum} staat al in het dossier: niets gewijzigd`,
        invoer: { melding_id: meldingId, actie: voorstel.actie, datum: voorstel.datum },
        uitkomst: 'al_vastgelegd',
      });
      return { ...basis, uitkomst: 'al_vastgelegd', status: dossier.melding.status, toelichting: 'al vastgelegd', trace: t.klaar() };
    }
    const besluit = beoordeelActie(dossier, voorstel, ctx.peildatum, params);
    if (!besluit.toegestaan) {
      geweigerd.push(weigeringAudit(besluit, leerlingId, waar));
      const tekst = weigeringTekst(besluit);
      if (!ctx.doorgaanBijFouten) {
        weigering = new RegelFout(`${waar}: ${tekst}`);
        throw weigering;
      }
      batch.afgekeurd.push({ melding: `${waar}: ${tekst}` });
      return { ...basis, uitkomst: 'geweigerd', status: dossier.melding.status, toelichting: besluit.weigeringen.map((w) => w.uitleg).join('; '), trace: besluit.trace };
    }
    perRecord(store.db, () => {
      vz.bewaarActie({ meldingId, ...voorstel }, leerlingId, ctx.run);
      vz.zetStatus(meldingId, besluit.statusNa, voorstel.actie === 'afgesloten' && isRedenAfgesloten(voorstel.reden) ? voorstel.reden : dossier.melding.redenAfgesloten);
      if (voorstel.actie === 'zorgmelding') {
        vz.bewaarZorgmelding({ zorgmeldingId: `${meldingId}/zorg/${voorstel.datum}`, leerlingId, gemeente: dossier.melding.gemeente, datum: voorstel.datum, bron: 'eigen_administratie', meldingId }, ctx.run);
      }
      store.audit(ctx.run, {
        actie: 'verzuim_actie',
        details: {
          melding_id: meldingId,
          leerling_id: leerlingId,
          actie: voorstel.actie,
          datum: voorstel.datum,
          status_voor: dossier.melding.status,
          status_na: besluit.statusNa,
          ...(voorstel.actie === 'afgesloten' ? { reden: voorstel.reden } : {}),
          ...(voorstel.tegen ? { tegen: voorstel.tegen } : {}),
          waar,
        },
      });
    });
    return { ...basis, uitkomst: 'vastgelegd', status: besluit.statusNa, toelichting: besluit.trace.stappen.at(-1)?.omschrijving ?? '', trace: besluit.trace };
  };

  const uitkomsten: Actieregel[] = [];
  const doe = (waar: string, werk: () => Actieregel | undefined) => {
    try {
      const r = werk();
      if (r) uitkomsten.push(r);
    } catch (e) {
      if (e === weigering || !(e instanceof SzmhFout) || !ctx.doorgaanBijFouten || e.exitcode === EXITCODE.intern) throw e;
      batch.afgekeurd.push({ melding: e.plaats.regel !== undefined ? e.message : `${waar}: ${e.message}` });
    }
  };

  try {
    await store.transactieAsync(async () => {
      if (o.bestand !== undefined) {
        const bron = await openCsv(o.bestand, { encoding: ctx.encoding });
        vereisKolommen(bron, ACTIE_KOLOMMEN);
        const naam = path.basename(o.bestand);
        for await (const rij of rijen(bron)) {
          doe(`${naam}, regel ${rij.regel}`, () => {
            const { meldingId, voorstel } = leesActievoorstel(rij);
            return verwerk(meldingId, voorstel, `${naam}, regel ${rij.regel}`, () => rij.fout('melding_id', `melding ${meldingId} staat niet in het register`));
          });
        }
      }
      if (los) {
        doe('--melding', () => verwerk(los.meldingId, los.voorstel, '--melding', () => new InvoerFout(`--melding: melding ${los.meldingId} staat niet in het register`, {}, 'AANROEP_ONGELDIG')));
      }
      if (geweigerd.length) for (const details of geweigerd) store.audit(ctx.run, { actie: 'verzuim_actie_geweigerd', details });
    });
  } catch (e) {
    if (e === weigering) {
      // De acties zijn teruggedraaid; de weigering blijft in het auditlog staan.
      store.transactie(() => {
        for (const details of geweigerd) store.audit(ctx.run, { actie: 'verzuim_actie_geweigerd', details });
      });
      ctx.log.warn({ geweigerd: geweigerd.length }, 'actie geweigerd: niets vastgelegd; de weigering staat in het auditlog');
    }
    batch.breekAf(e);
  }
  for (const r of uitkomsten) batch.verwerk(`melding ${r.meldingId}`, () => r);
  await batch.voltooi();
}

// ---- rapport ---------------------------------------------------------------------------------

export interface Rapportregel {
  schooljaar: string;
  a25: Artikel25Regel;
  aandeel: string | null;
  trace: Trace;
}

const SOORTKOLOMMEN = ['relatief_16u', 'langdurig_relatief', 'luxe', 'signaal', 'te_laat', 'overig', 'achttien_plus'] as const;

export const RAPPORT_UITVOER: readonly Kolom<Rapportregel>[] = [
  { naam: 'schooljaar', soort: 'tekst', waarde: (r) => r.schooljaar },
  { naam: 'gemeente', soort: 'tekst', waarde: (r) => (r.a25.gemeente === 'SZMH' ? 'SZMH totaal' : gemeentenaam(r.a25.gemeente)) },
  { naam: 'registraties', soort: 'getal', waarde: (r) => r.a25.registraties },
  { naam: 'buitenland', soort: 'getal', waarde: (r) => r.a25.buitenland },
  { naam: 'rmc', soort: 'getal', waarde: (r) => r.a25.rmc },
  { naam: 'vsv', soort: 'getal', waarde: (r) => r.a25.vsv },
  { naam: 'verzuimmeldingen', soort: 'getal', waarde: (r) => r.a25.verzuimmeldingen },
  { naam: 'absoluut', soort: 'getal', waarde: (r) => r.a25.absoluut },
  { naam: 'relatief', soort: 'getal', waarde: (r) => r.a25.relatief },
  ...SOORTKOLOMMEN.map((s): Kolom<Rapportregel> => ({ naam: s, soort: 'getal', waarde: (r) => r.a25.perSoort[s] })),
  { naam: 'verzuimleerlingen', soort: 'getal', waarde: (r) => r.a25.verzuimleerlingen },
  { naam: 'zorgmeldingen', soort: 'getal', waarde: (r) => r.a25.zorgmeldingen },
  { naam: 'zorgleerlingen', soort: 'getal', waarde: (r) => r.a25.zorgleerlingen },
  { naam: 'halt', soort: 'getal', waarde: (r) => r.a25.halt },
  { naam: 'processen_verbaal', soort: 'getal', waarde: (r) => r.a25.processenVerbaal },
  { naam: 'aandeel_pct', soort: 'procent', waarde: (r) => r.aandeel },
  { naam: 'trace', soort: 'trace', waarde: (r) => r.trace, inTabel: false },
];

export interface Termijnregel extends Rapportagetermijn {
  dagenTot: number;
  verstreken: boolean;
}

export const TERMIJN_UITVOER: readonly Kolom<Termijnregel>[] = [
  { naam: 'schooljaar', soort: 'tekst', waarde: (r) => r.schooljaar },
  { naam: 'termijn', soort: 'tekst', waarde: (r) => r.termijn },
  { naam: 'voor', soort: 'datum', waarde: (r) => r.voor },
  { naam: 'uiterlijk', soort: 'datum', waarde: (r) => r.uiterlijk },
  { naam: 'dagen_tot', soort: 'getal', waarde: (r) => r.dagenTot },
  { naam: 'verstreken', soort: 'ja_nee', waarde: (r) => r.verstreken },
  { naam: 'omschrijving', soort: 'tekst', waarde: (r) => r.omschrijving },
  { naam: 'grondslag', soort: 'tekst', waarde: (r) => r.grondslag },
  { naam: 'trace', soort: 'trace', waarde: (r) => r.trace, inTabel: false },
];

/** De rapportagekalender van het schooljaar, met de dagen tot elke termijn op de peildatum. */
export function termijnRegels(ctx: Context, schooljaar: Schooljaar): Termijnregel[] {
  return rapportageTermijnen(schooljaar, ctx.params()).map((t) => {
    const dagenTot = verschilInDagen(ctx.peildatum, t.uiterlijk);
    return { ...t, dagenTot, verstreken: dagenTot < 0 };
  });
}

/** `--schooljaar` gelezen, of een aanroepfout. */
export function schooljaarOptie(tekst: string | undefined): Schooljaar {
  if (tekst === undefined) throw new InvoerFout('geef --schooljaar, bijvoorbeeld 2025-2026', {}, 'AANROEP_ONGELDIG');
  const s = leesSchooljaar(tekst);
  if (!s.ok) throw new InvoerFout(`--schooljaar: ${s.reden}`, {}, 'AANROEP_ONGELDIG');
  return s.schooljaar;
}

/**
 * De cijfers ex art 25 per gemeente en voor SZMH, met het register (`leerlingen`) ook de
 * kostendragers en het aandeel van elke gemeente. Dezelfde regels voor `verzuim rapport` en
 * `rapport artikel25`.
 */
export async function artikel25Regels(ctx: Context, schooljaar: Schooljaar, leerlingen: string | undefined, probeer: Probeer = direct): Promise<Rapportregel[]> {
  const params = ctx.params();
  let register: Registerteller | undefined;
  if (leerlingen !== undefined) {
    register = new Registerteller(schooljaar, params);
    const bron = await openCsv(leerlingen, { encoding: ctx.encoding });
    vereisKolommen(bron, REGISTER_KOLOMMEN);
    const gezien = new SleutelSet();
    for await (const rij of rijen(bron)) {
      probeer(`regel ${rij.regel}`, () => {
        const l = leesRegisterleerling(rij, ctx.peildatum);
        if (!gezien.voegToe(l.leerlingId)) throw rij.fout('leerling_id', `leerling ${l.leerlingId} staat al eerder in het bestand`);
        register!.tel(l);
      });
    }
  }
  const vz = new VerzuimStore(ctx.store().db);
  const regels = artikel25(
    schooljaar,
    vz.meldingenTussen(schooljaar.begin, schooljaar.eind),
    vz.zorgmeldingenTussen(schooljaar.begin, schooljaar.eind),
    vz.actiesTussen(schooljaar.begin, schooljaar.eind),
    register?.tellingen(),
  );
  let aandelen: Map<GemeenteCode, { aandeel: string; trace: Trace }> | undefined;
  if (register) {
    const tellingen = new Map<GemeenteCode, Kostendragertelling>();
    for (const r of regels) {
      if (r.gemeente === 'SZMH') continue;
      tellingen.set(r.gemeente, { regulier: r.registraties ?? 0, zorg: r.zorgleerlingen, verzuim: r.verzuimleerlingen, buitenland: r.buitenland ?? 0, rmc: r.rmc ?? 0 });
    }
    aandelen = new Map(verdeelKostendragers(tellingen, schooljaar.eind, params).map((k) => [k.gemeente, { aandeel: k.aandeel.toFixed(2), trace: k.trace }]));
  } else {
    ctx.log.warn('zonder --leerlingen (het leerplichtregister) geen registraties, buitenland, RMC, VSV en kostendragers');
  }
  return regels.map((r) => {
    const k = r.gemeente === 'SZMH' ? undefined : aandelen?.get(r.gemeente);
    return {
      schooljaar: schooljaar.naam,
      a25: r,
      aandeel: r.gemeente === 'SZMH' ? (aandelen ? '100.00' : null) : (k?.aandeel ?? null),
      trace: k ? voegSamen(r.trace, k.trace) : r.trace,
    };
  });
}

function voegSamen(a: Trace, b: Trace): Trace {
  return { stappen: [...a.stappen, ...b.stappen], waarschuwingen: [...new Set([...a.waarschuwingen, ...b.waarschuwingen])] };
}

/**
 * `szmh verzuim rapport --schooljaar 2025-2026 [--leerlingen LEERLINGEN.csv] [--termijnen]`: per
 * gemeente en voor SZMH de cijfers ex art 25 Lpw en, met het leerplichtregister, de vijf
 * kostendragers (registraties, zorgleerlingen, verzuimleerlingen, buitenland, rmc) met het aandeel van
 * elke gemeente. `--termijnen`: de rapportagekalender (art 25 vóór 1 oktober, RMC vóór 1 maart).
 */
export async function verzuimRapport(ctx: Context, o: { schooljaar?: string; leerlingen?: string; termijnen?: boolean }): Promise<void> {
  const schooljaar = schooljaarOptie(o.schooljaar);
  const params = ctx.params();
  const termijnen = rapportageTermijnen(schooljaar, params);

  if (o.termijnen) {
    const batch = new Batch(ctx, TERMIJN_UITVOER, (r) => `${r.termijn} ${r.schooljaar}: vóór ${r.voor}`);
    for (const t of termijnRegels(ctx, schooljaar)) batch.verwerk(t.termijn, () => t);
    await batch.voltooi();
    return;
  }

  const batch = new Batch(ctx, RAPPORT_UITVOER, (r) => `${r.a25.gemeente}: ${r.a25.verzuimmeldingen} verzuimmeldingen, aandeel ${r.aandeel ?? '-'}%`);
  let regels: Rapportregel[] = [];
  try {
    regels = await artikel25Regels(ctx, schooljaar, o.leerlingen, batch.probeer.bind(batch));
  } catch (e) {
    batch.breekAf(e);
  }
  for (const r of regels) batch.verwerk(`gemeente ${r.a25.gemeente}`, () => r);
  await batch.voltooi();
  for (const t of termijnen) {
    ctx.log.info({ termijn: t.termijn, schooljaar: schooljaar.naam, voor: t.voor, dagen_tot: verschilInDagen(ctx.peildatum, t.uiterlijk) }, `${t.omschrijving}: vóór ${t.voor}`);
  }
}
