/**
 * `szmh debiteuren vorderingen|afspraken|beslag|saldo|achterstanden|ouderdom|rapport`: het
 * debiteurengrootboek vullen en er overzichten uit maken. Het inlezen van bankafschriften staat in
 * debiteuren-ontvangsten.ts.
 */
import path from 'node:path';
import { formatBedrag, NUL, som, type Bedrag } from '../rules/kern/geld.js';
import { GEMEENTECODES, gemeentenaam, type GemeenteCode } from '../rules/kern/gemeente.js';
import { InvoerFout, SzmhFout } from '../rules/kern/fouten.js';
import { TraceBouwer } from '../rules/kern/trace.js';
import { bepaalAchterstanden, ingangsdatum, type Achterstand } from '../rules/debiteuren/achterstanden.js';
import { alleKlassen, ouderdomsklasse, ouderdomsklassen } from '../rules/debiteuren/ouderdom.js';
import { DOELSTROMEN, leesPeriode, verwachtingNaarRato, type Rapportageperiode } from '../rules/debiteuren/rapportage.js';
import { openCsv } from '../io/csv.js';
import { rijen, vereisKolommen, type Rij } from '../io/velden.js';
import { sha256VanBestand } from '../io/hash.js';
import type { Kolom } from '../io/uitvoer.js';
import { DebiteurenStore, vorderingAlsJson, type Wijziging } from '../io/store/debiteuren.js';
import { AFSPRAAK_KOLOMMEN, BESLAG_KOLOMMEN, herkenVorderingformaat, leesAfspraak, leesBeslag, leesVordering } from '../io/invoer/debiteuren.js';
import type { CsvBron } from '../io/csv.js';
import { schrijfRijen, type Context } from './context.js';
import { SleutelSet } from '../io/sleutelset.js';

// ---- inlezen: vorderingen, afspraken, beslag ------------------------------------------------

interface Importsamenvatting {
  bestand: string;
  soort: string;
  al_verwerkt: boolean;
  nieuw: number;
  gewijzigd: number;
  ongewijzigd: number;
  overgeslagen: number;
  afgekeurd: number;
}

const IMPORT_UITVOER: readonly Kolom<Importsamenvatting>[] = [
  { naam: 'bestand', soort: 'tekst', waarde: (r) => r.bestand },
  { naam: 'soort', soort: 'tekst', waarde: (r) => r.soort },
  { naam: 'al_verwerkt', soort: 'ja_nee', waarde: (r) => r.al_verwerkt },
  { naam: 'nieuw', soort: 'getal', waarde: (r) => r.nieuw },
  { naam: 'gewijzigd', soort: 'getal', waarde: (r) => r.gewijzigd },
  { naam: 'ongewijzigd', soort: 'getal', waarde: (r) => r.ongewijzigd },
  { naam: 'overgeslagen', soort: 'getal', waarde: (r) => r.overgeslagen },
  { naam: 'afgekeurd', soort: 'getal', waarde: (r) => r.afgekeurd },
];

/**
 * Leest een CSV-bestand in één transactie in de store. Een bestand dat al eerder is ingelezen
 * (zelfde sha256) verandert niets. Een fout in een regel draait alles terug, tenzij
 * `--continue-on-error`: dan worden de goede regels ingelezen en de slechte gemeld (exitcode 1).
 */
async function importeer(
  bestand: string,
  ctx: Context,
  soort: string,
  voorbereid: (bron: CsvBron) => void,
  verwerkRegel: (rij: Rij, deb: DebiteurenStore) => Wijziging | 'overgeslagen',
): Promise<void> {
  const sha256 = await sha256VanBestand(bestand);
  const store = ctx.store();
  const deb = new DebiteurenStore(store.db);
  const naam = path.basename(bestand);
  const sam: Importsamenvatting = { bestand: naam, soort, al_verwerkt: false, nieuw: 0, gewijzigd: 0, ongewijzigd: 0, overgeslagen: 0, afgekeurd: 0 };
  const afgekeurd: string[] = [];
  const eerder = store.bestandBekend(soort, sha256);
  if (eerder) {
    sam.al_verwerkt = true;
    ctx.log.info({ bestand: naam, eerder: eerder.tijd }, 'dit bestand is al eerder ingelezen: niets gewijzigd');
  } else {
    const bron = await openCsv(bestand, { encoding: ctx.encoding });
    voorbereid(bron);
    await store.transactieAsync(async () => {
      for await (const rij of rijen(bron)) {
        try {
          const w = verwerkRegel(rij, deb);
          sam[w]++;
        } catch (e) {
          if (!(e instanceof SzmhFout) || !ctx.doorgaanBijFouten) throw e;
          sam.afgekeurd++;
          afgekeurd.push(e.message);
        }
      }
      store.registreerBestand(soort, sha256, naam, ctx.run, sam.nieuw + sam.gewijzigd + sam.ongewijzigd + sam.overgeslagen + sam.afgekeurd);
      store.audit(ctx.run, { actie: `${soort}_ingelezen`, bestand: naam, sha256, details: { ...sam } });
    });
  }
  await schrijfRijen(ctx, IMPORT_UITVOER, [sam]);
  ctx.log.info({ ...sam }, `${soort} ingelezen`);
  if (afgekeurd.length) {
    process.stderr.write(`Afgekeurd (${afgekeurd.length}):\n${afgekeurd.map((a) => `  ${a}`).join('\n')}\n`);
    process.exitCode = 1;
  }
}

export async function debiteurenVorderingen(bestand: string, ctx: Context): Promise<void> {
  const gezien = new SleutelSet();
  let formaat: ReturnType<typeof herkenVorderingformaat> = 'vorderingen';
  await importeer(
    bestand,
    ctx,
    'vorderingen',
    (bron) => {
      formaat = herkenVorderingformaat(bron);
    },
    (rij, deb) => {
      const regel = leesVordering(rij, formaat);
      if (!regel) return 'overgeslagen';
      const v = regel.vordering;
      if (!gezien.voegToe(v.vorderingId)) throw rij.fout(formaat === 'vorderingen' ? 'vordering_id' : 'zaak_id', `vordering ${v.vorderingId} staat al eerder in het bestand`);
      const debiteur = deb.debiteur(v.debiteurId, v.gemeente);
      if (typeof debiteur === 'object') throw rij.fout('gemeente', `debiteur ${v.debiteurId} staat al op gemeente ${debiteur.andereGemeente}`);
      const bestaand = deb.vordering(v.vorderingId);
      if (bestaand && bestaand.debiteurId !== v.debiteurId) throw rij.fout('debiteur_id', `vordering ${v.vorderingId} hoort al bij een andere debiteur`);
      if (bestaand) {
        const betaald = deb.toegewezen(v.vorderingId);
        for (const [component, nieuw] of [['hoofdsom', v.hoofdsom], ['kosten', v.kosten], ['rente', v.rente]] as const) {
          if (nieuw.lt(betaald[component])) {
            throw rij.fout(component, `${formatBedrag(nieuw)} is minder dan er al op is betaald (${formatBedrag(betaald[component])})`);
          }
        }
      }
      if (v.betalingskenmerk) {
        const ander = deb.vorderingMetKenmerk(v.betalingskenmerk);
        if (ander && ander.vorderingId !== v.vorderingId) throw rij.fout('betalingskenmerk', `dit kenmerk hoort al bij vordering ${ander.vorderingId}`);
      }
      const { wijziging, oud } = deb.bewaarVordering(v);
      if (regel.iban) deb.iban(regel.iban, v.debiteurId);
      if (wijziging === 'gewijzigd' && oud) {
        ctx.store().audit(ctx.run, { actie: 'vordering_gewijzigd', details: { vordering_id: v.vorderingId, oud: vorderingAlsJson(oud), nieuw: vorderingAlsJson(v) } });
      }
      return wijziging;
    },
  );
}

export async function debiteurenAfspraken(bestand: string, ctx: Context): Promise<void> {
  await importeer(
    bestand,
    ctx,
    'afspraken',
    (bron) => vereisKolommen(bron, AFSPRAAK_KOLOMMEN),
    (rij, deb) => {
      const a = leesAfspraak(rij);
      if (deb.openVorderingen(a.debiteurId).length === 0) throw rij.fout('debiteur_id', `debiteur ${a.debiteurId} heeft geen vorderingen`);
      const { wijziging, oud } = deb.bewaarAfspraak(a);
      if (wijziging === 'gewijzigd' && oud) {
        ctx.store().audit(ctx.run, {
          actie: 'afspraak_gewijzigd',
          details: { debiteur_id: a.debiteurId, oud: { termijnbedrag: oud.termijnbedrag.toFixed(2), frequentie: oud.frequentie, eerste_termijn: oud.eersteTermijn }, nieuw: { termijnbedrag: a.termijnbedrag.toFixed(2), frequentie: a.frequentie, eerste_termijn: a.eersteTermijn } },
        });
      }
      return wijziging;
    },
  );
}

export async function debiteurenBeslag(bestand: string, ctx: Context): Promise<void> {
  await importeer(
    bestand,
    ctx,
    'beslag',
    (bron) => vereisKolommen(bron, BESLAG_KOLOMMEN),
    (rij, deb) => deb.bewaarBeslag(leesBeslag(rij), ctx.run),
  );
}

// ---- overzichten ------------------------------------------------------------------------------

interface Saldorij {
  debiteur_id: string;
  openstaand: Bedrag;
  betaald: Bedrag;
  vorderingen: number;
  tegoed: Bedrag;
}

const SALDO_UITVOER: readonly Kolom<Saldorij>[] = [
  { naam: 'debiteur_id', soort: 'tekst', waarde: (r) => r.debiteur_id },
  { naam: 'openstaand', soort: 'bedrag', waarde: (r) => r.openstaand },
  { naam: 'betaald', soort: 'bedrag', waarde: (r) => r.betaald },
  { naam: 'vorderingen', soort: 'getal', waarde: (r) => r.vorderingen },
  { naam: 'tegoed', soort: 'bedrag', waarde: (r) => r.tegoed },
];

/** Per debiteur: openstaand = vorderingen − betaald (na terugboekingen); een overbetaling staat als tegoed. */
export async function debiteurenSaldo(ctx: Context, o: { debiteur?: string }): Promise<void> {
  const deb = new DebiteurenStore(ctx.store().db);
  const rijen = (function* () {
    for (const s of deb.saldi(o.debiteur)) {
      yield { debiteur_id: s.debiteurId, openstaand: s.vorderingen.minus(s.betaald), betaald: s.betaald, vorderingen: s.aantal, tegoed: s.tegoed };
    }
  })();
  const aantal = await schrijfRijen(ctx, SALDO_UITVOER, rijen);
  if (o.debiteur !== undefined && aantal === 0) throw new InvoerFout(`debiteur ${o.debiteur} is onbekend`, {}, 'AANROEP_ONGELDIG');
}

const ACHTERSTAND_UITVOER: readonly Kolom<Achterstand & { gemeente: GemeenteCode }>[] = [
  { naam: 'debiteur_id', soort: 'tekst', waarde: (r) => r.debiteurId },
  { naam: 'gemeente', soort: 'tekst', waarde: (r) => gemeentenaam(r.gemeente) },
  { naam: 'termijn', soort: 'getal', waarde: (r) => r.termijn },
  { naam: 'vervaldatum', soort: 'datum', waarde: (r) => r.vervaldatum },
  { naam: 'termijnbedrag', soort: 'bedrag', waarde: (r) => r.termijnbedrag },
  { naam: 'open', soort: 'bedrag', waarde: (r) => r.open },
  { naam: 'leeftijd_dagen', soort: 'getal', waarde: (r) => r.leeftijdDagen },
];

/** Elke termijn van een betalingsafspraak die na het respijt nog open staat, één keer, met zijn leeftijd. */
export async function debiteurenAchterstanden(ctx: Context): Promise<void> {
  const rijen = achterstanden(ctx);
  await schrijfRijen(ctx, ACHTERSTAND_UITVOER, rijen);
  ctx.log.info({ achterstanden: rijen.length, peildatum: ctx.peildatum }, 'achterstanden');
}

/** De achterstanden op de peildatum, de oudste eerst (ook voor de Marap). */
export function achterstanden(ctx: Context): (Achterstand & { gemeente: GemeenteCode })[] {
  const deb = new DebiteurenStore(ctx.store().db);
  const params = ctx.params();
  const rijen: (Achterstand & { gemeente: GemeenteCode })[] = [];
  for (const afspraak of deb.alleAfspraken()) {
    const ingang = ingangsdatum(afspraak);
    const stand = deb.afspraakstand(afspraak.debiteurId, ingang, ctx.peildatum);
    const schuld = stand.vorderingen.minus(stand.betaaldVoor);
    const { achterstanden } = bepaalAchterstanden(afspraak, schuld.isNegative() ? NUL : schuld, stand.betaaldSinds, ctx.peildatum, params, afspraak.gemeente);
    for (const a of achterstanden) rijen.push({ ...a, gemeente: afspraak.gemeente });
  }
  rijen.sort((a, b) => b.leeftijdDagen - a.leeftijdDagen || a.debiteurId.localeCompare(b.debiteurId) || a.termijn - b.termijn);
  return rijen;
}

interface Ouderdomsrij {
  gemeente: string;
  klasse: string;
  aantal: number;
  openstaand: Bedrag;
}

const OUDERDOM_UITVOER: readonly Kolom<Ouderdomsrij>[] = [
  { naam: 'gemeente', soort: 'tekst', waarde: (r) => r.gemeente },
  { naam: 'klasse', soort: 'tekst', waarde: (r) => r.klasse },
  { naam: 'aantal', soort: 'getal', waarde: (r) => r.aantal },
  { naam: 'openstaand', soort: 'bedrag', waarde: (r) => r.openstaand },
];

/** Openstaande vorderingen naar ouderdom (dagen na de vervaldatum), per gemeente en voor heel SZMH. */
export async function debiteurenOuderdom(ctx: Context): Promise<void> {
  const deb = new DebiteurenStore(ctx.store().db);
  const klassen = ouderdomsklassen(ctx.params(), ctx.peildatum, ctx.gemeente);
  const namen = alleKlassen(klassen);
  const tellers = new Map<string, { aantal: number; openstaand: Bedrag }>();
  for (const v of deb.openstaand()) {
    const sleutel = `${v.gemeente}|${ouderdomsklasse(v.opgelegdOp, ctx.peildatum, klassen)}`;
    const t = tellers.get(sleutel) ?? { aantal: 0, openstaand: NUL };
    tellers.set(sleutel, { aantal: t.aantal + 1, openstaand: t.openstaand.plus(v.open) });
  }
  const rijen: Ouderdomsrij[] = [];
  for (const gemeente of [...GEMEENTECODES, 'SZMH'] as const) {
    for (const klasse of namen) {
      const codes = gemeente === 'SZMH' ? GEMEENTECODES : [gemeente];
      const delen = codes.map((g) => tellers.get(`${g}|${klasse}`) ?? { aantal: 0, openstaand: NUL });
      rijen.push({ gemeente: gemeente === 'SZMH' ? 'SZMH totaal' : gemeentenaam(gemeente), klasse, aantal: delen.reduce((s, d) => s + d.aantal, 0), openstaand: som(delen.map((d) => d.openstaand)) });
    }
  }
  await schrijfRijen(ctx, OUDERDOM_UITVOER, rijen);
}

export interface Rapportrij {
  periode: string;
  stroom: string;
  gemeente: string;
  ontvangen_periode: Bedrag;
  ontvangen_jaar: Bedrag;
  jaardoel: Bedrag | null;
  verwacht_naar_rato: Bedrag | null;
  realisatie_pct: string | null;
  toelichting: string;
}

export const RAPPORT_UITVOER: readonly Kolom<Rapportrij>[] = [
  { naam: 'periode', soort: 'tekst', waarde: (r) => r.periode },
  { naam: 'stroom', soort: 'tekst', waarde: (r) => r.stroom },
  { naam: 'gemeente', soort: 'tekst', waarde: (r) => r.gemeente },
  { naam: 'ontvangen_periode', soort: 'bedrag', waarde: (r) => r.ontvangen_periode },
  { naam: 'ontvangen_jaar', soort: 'bedrag', waarde: (r) => r.ontvangen_jaar },
  { naam: 'jaardoel', soort: 'bedrag', waarde: (r) => r.jaardoel },
  { naam: 'verwacht_naar_rato', soort: 'bedrag', waarde: (r) => r.verwacht_naar_rato },
  { naam: 'realisatie_pct', soort: 'procent', waarde: (r) => r.realisatie_pct },
  { naam: 'toelichting', soort: 'tekst', waarde: (r) => r.toelichting },
];

/**
 * Ontvangsten per stroom en gemeente in de periode en in het jaar tot en met de periode, tegen het
 * jaardoel en de verwachting naar rato (R-DEB-04). Per gemeente een regel en een SZMH-totaal als
 * som (R-GEN-06). Tegoeden, niet-gekoppelde ontvangsten en beslag door derden staan apart en tellen
 * niet mee (R-DEB-03).
 */
export async function debiteurenRapport(ctx: Context, o: { periode?: string }): Promise<void> {
  const periode = periodeOptie(o.periode);
  const { rijen, waarschuwingen } = ontvangstenrapport(ctx, periode);
  await schrijfRijen(ctx, RAPPORT_UITVOER, rijen);
  for (const w of waarschuwingen) ctx.log.warn(w);
  ctx.log.info({ periode: periode.naam, van: periode.van, tot: periode.tot, uiterlijk: periode.uiterlijk }, 'rapportage debiteuren; aanleveren uiterlijk 30 dagen na de periode');
}

/** `--periode` gelezen, of een aanroepfout. */
export function periodeOptie(tekst: string | undefined): Rapportageperiode {
  if (!tekst) throw new InvoerFout('geef --periode, bijvoorbeeld 2026-T2 of 2026', {}, 'AANROEP_ONGELDIG');
  const p = leesPeriode(tekst);
  if (!p.ok) throw new InvoerFout(`--periode: ${p.reden}`, {}, 'AANROEP_ONGELDIG');
  return p.periode;
}

/** De regels van `debiteuren rapport` (ook de bron van de Marap, zodat beide dezelfde cijfers geven). */
export function ontvangstenrapport(ctx: Context, periode: Rapportageperiode): { rijen: Rapportrij[]; waarschuwingen: readonly string[] } {
  const deb = new DebiteurenStore(ctx.store().db);
  const params = ctx.params();
  const t = new TraceBouwer();
  const jaarBegin = `${periode.jaar}-01-01` as typeof periode.van;
  const inPeriode = deb.ontvangstenPerStroom(periode.van, periode.tot);
  const inJaar = deb.ontvangstenPerStroom(jaarBegin, periode.tot);
  const zoek = (lijst: typeof inPeriode, stroom: string, g: GemeenteCode) => lijst.find((r) => r.stroom === stroom && r.gemeente === g)?.bedrag ?? NUL;
  type Doel = ReturnType<typeof verwachtingNaarRato>;
  const tegenDoel = (ontvangenJaar: Bedrag, doel: Doel | undefined, zonder: string) => ({
    jaardoel: doel?.doel.waarde ?? null,
    verwacht_naar_rato: doel?.verwacht ?? null,
    realisatie_pct: doel && doel.verwacht.gt(0) ? ontvangenJaar.div(doel.verwacht).mul(100).toFixed(1) : null,
    toelichting: doel ? `doel: ${doel.doel.bron} (${doel.doel.status})` : zonder,
  });
  const rijen: Rapportrij[] = [];
  for (const stroom of [...DOELSTROMEN, 'overig'] as const) {
    const regio = stroom === 'overig' ? undefined : verwachtingNaarRato(stroom, periode, params, t);
    const perGemeente = GEMEENTECODES.map((g) => ({ g, periode: zoek(inPeriode, stroom, g), jaar: zoek(inJaar, stroom, g) }));
    for (const r of perGemeente) {
      // De DVO-doelen gelden voor heel SZMH; een gemeente heeft alleen een eigen doel als haar overlay dat zet.
      const eigen = stroom === 'overig' ? undefined : verwachtingNaarRato(stroom, periode, params, new TraceBouwer(), r.g);
      const gemeentelijk = eigen && eigen.doel.laag !== regio?.doel.laag ? eigen : undefined;
      rijen.push({ periode: periode.naam, stroom, gemeente: gemeentenaam(r.g), ontvangen_periode: r.periode, ontvangen_jaar: r.jaar, ...tegenDoel(r.jaar, gemeentelijk, '') });
    }
    const totaalJaar = som(perGemeente.map((r) => r.jaar));
    rijen.push({ periode: periode.naam, stroom, gemeente: 'SZMH totaal', ontvangen_periode: som(perGemeente.map((r) => r.periode)), ontvangen_jaar: totaalJaar, ...tegenDoel(totaalJaar, regio, 'geen jaardoel') });
  }
  const tegoeden = deb.tegoedenPerGemeente(periode.van, periode.tot);
  for (const tg of tegoeden) {
    rijen.push({ periode: periode.naam, stroom: 'tegoed', gemeente: gemeentenaam(tg.gemeente), ontvangen_periode: tg.bedrag, ontvangen_jaar: NUL, jaardoel: null, verwacht_naar_rato: null, realisatie_pct: null, toelichting: 'overbetaling, nog niet op een vordering: telt niet mee' });
  }
  const los = deb.nietGekoppeld(periode.van, periode.tot);
  if (los.aantal > 0) {
    rijen.push({ periode: periode.naam, stroom: 'niet_gekoppeld', gemeente: 'SZMH totaal', ontvangen_periode: los.bedrag, ontvangen_jaar: NUL, jaardoel: null, verwacht_naar_rato: null, realisatie_pct: null, toelichting: `${los.aantal} ontvangsten op de werklijst: tellen niet mee` });
  }
  for (const b of deb.beslagPerGemeente(periode.van, periode.tot)) {
    rijen.push({ periode: periode.naam, stroom: 'beslag_derden', gemeente: gemeentenaam(b.gemeente), ontvangen_periode: b.bedrag, ontvangen_jaar: NUL, jaardoel: null, verwacht_naar_rato: null, realisatie_pct: null, toelichting: `${b.aantal} beslagen door derden: nooit een ontvangst, telt niet mee` });
  }
  return { rijen, waarschuwingen: t.klaar().waarschuwingen };
}

