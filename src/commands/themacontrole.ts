/**
 * `szmh themacontrole selecteer|resultaat|afsluiten|rapport`: een gedocumenteerde, reproduceerbare
 * selectie over het klantenbestand (doel, grondslag, goedkeurder, declaratieve criteria, optioneel
 * een steekproef met seed), de resultaten per geval, het afsluiten van het thema en de
 * rapportage (trefkans per thema; afgeronde themacontroles per jaar tegen de norm).
 */
import { leesJsonBestand } from '../io/json.js';
import path from 'node:path';
import { InvoerFout, SzmhFout } from '../rules/kern/fouten.js';
import { jaarVan, leesDatum, type Datum } from '../rules/kern/datum.js';
import { AFSLUITCODES, isAfsluitcode } from '../rules/ib/types.js';
import {
  TREFFERS,
  canoniekeJson,
  leesThema,
  pasCriteriaToe,
  selectieHash,
  sha256,
  toetsBeschermdeKenmerken,
  trefkans,
  trekSteekproef,
  type Geval,
  type Selectie,
  type Thema,
} from '../rules/themacontrole/index.js';
import { openCsv } from '../io/csv.js';
import { rijen, vereisKolommen } from '../io/velden.js';
import { sha256VanBestand } from '../io/hash.js';
import { tweeKolommen, type Kolom } from '../io/uitvoer.js';
import { ThemacontroleStore, type Themarapportrij } from '../io/store/ib.js';
import { Batch, schrijfRijen, type Context } from './context.js';

/**
 * Een hash of run-id in groepen van acht tekens (`d85532a2.a7a42454.…`) voor de logregel: het log
 * poetst elke reeks van 8-9 cijfers weg (een BSN?), en zou anders midden in een hash knippen.
 */
function inGroepen(tekst: string): string {
  return (tekst.replaceAll('-', '').match(/.{1,8}/g) ?? []).join('.');
}

function leesThemabestand(bestand: string): { thema: Thema; json: unknown } {
  const json = leesJsonBestand(bestand, 'het thema');
  return { thema: leesThema(json, bestand), json };
}

interface Selectierij extends Selectie {
  readonly trace?: undefined;
}

const SELECTIE_UITVOER: readonly Kolom<Selectierij>[] = [
  { naam: 'id', soort: 'tekst', waarde: (r) => r.id },
  { naam: 'criteria', soort: 'tekst', waarde: (r) => r.criteria },
  { naam: 'stratum', soort: 'tekst', waarde: (r) => r.stratum },
];

/**
 * `szmh themacontrole selecteer THEMA.json --populatie POPULATIE.csv`: past de criteria toe, trekt
 * de steekproef en legt de run vast (thema, hashes, selectie) in de store en het auditlog.
 * Criteria op beschermde kenmerken zonder schriftelijke rechtvaardiging: geweigerd (exit 3).
 */
export async function themacontroleSelecteer(bestand: string, ctx: Context, o: { populatie: string }): Promise<void> {
  const { thema, json } = leesThemabestand(bestand);
  const beschermd = toetsBeschermdeKenmerken(thema, bestand);
  const themaSha256 = sha256(canoniekeJson(json));

  const bron = await openCsv(o.populatie, { encoding: ctx.encoding });
  vereisKolommen(bron, [thema.idKolom]);
  for (const veld of [...thema.criteria.map((c) => c.veld), ...(thema.steekproef?.strata ? [thema.steekproef.strata] : [])]) {
    if (!bron.kolommen.includes(veld)) {
      const c = thema.criteria.find((k) => k.veld === veld);
      throw new InvoerFout(
        `${c ? `criterium ${c.id}` : 'steekproef.strata'} gebruikt veld '${veld}', maar die kolom staat niet in de populatie (gevonden: ${bron.kolommen.join(', ')})`,
        { bestand: o.populatie, regel: 1, kolom: veld },
        'KOLOM_ONTBREEKT',
      );
    }
  }
  // alleen de velden die het thema gebruikt: een populatie van landelijke omvang past zo in het geheugen
  const nodig = [...new Set([...thema.criteria.map((c) => c.veld), ...(thema.steekproef?.strata ? [thema.steekproef.strata] : [])])].map((k) => [k, bron.kolommen.indexOf(k)] as const);
  const gevallen: Geval[] = [];
  const ids = new Set<string>();
  for await (const rij of rijen(bron)) {
    const id = rij.verplicht(thema.idKolom);
    if (ids.has(id)) throw rij.fout(thema.idKolom, 'dit id staat al eerder in de populatie');
    ids.add(id);
    gevallen.push({ id, velden: new Map(nodig.map(([k, i]) => [k, rij.record.velden[i] ?? ''])) });
  }
  // een run over niets zou een themacontrole vastleggen die niet heeft plaatsgevonden
  if (gevallen.length === 0) throw new InvoerFout('de populatie heeft geen enkel geval (alleen een kopregel)', { bestand: o.populatie, regel: 1 }, 'BESTAND_ONLEESBAAR');
  const populatieSha256 = await sha256VanBestand(o.populatie);
  const r = pasCriteriaToe(thema, gevallen);
  const selectie = trekSteekproef(r.kandidaten, thema.steekproef);
  const selectieSha256 = selectieHash(selectie);

  const store = ctx.store();
  const tc = new ThemacontroleStore(store.db);
  const populatieNaam = path.basename(o.populatie);
  store.transactie(() => {
    tc.legRunVast({
      runId: ctx.run.id,
      themaId: thema.id,
      naam: thema.naam,
      themaSha256,
      thema: JSON.stringify(json),
      populatie: populatieNaam,
      populatieSha256,
      ...(thema.steekproef ? { seed: thema.steekproef.seed } : {}),
      selectieSha256,
      populatieAantal: r.populatie,
      kandidaten: r.kandidaten.length,
      selectie,
      peildatum: ctx.peildatum,
      tijd: ctx.run.tijd,
      gebruiker: ctx.run.gebruiker,
    });
    store.audit(ctx.run, {
      actie: 'themacontrole_selectie',
      bestand: `${path.basename(bestand)}, ${populatieNaam}`,
      sha256: `${themaSha256},${populatieSha256}`,
      details: { thema_id: thema.id, thema_sha256: themaSha256, populatie_sha256: populatieSha256, seed: thema.steekproef?.seed ?? null, selectie_sha256: selectieSha256, geselecteerd: selectie.length },
    });
  });

  const onleesbaar = Object.fromEntries(r.onleesbaar);
  const verantwoording = {
    thema_id: thema.id,
    naam: thema.naam,
    doel: thema.doel,
    grondslag: thema.grondslag,
    goedgekeurd_door: thema.goedgekeurdDoor,
    goedgekeurd_op: thema.goedgekeurdOp ?? null,
    criteria: thema.criteria.map((c) => ({ id: c.id, veld: c.veld, operator: c.operator, waarde: (c.waarde ?? null) as string | number | boolean | null, omschrijving: c.omschrijving ?? null })),
    combinatie: thema.combinatie.soort === 'alle' ? 'alle' : `minstens ${thema.combinatie.aantal}`,
    beschermde_kenmerken: beschermd.map((b) => `${b.waar}: ${b.kenmerk}`),
    rechtvaardiging: beschermd.length ? (thema.rechtvaardiging ?? null) : null,
    thema_sha256: themaSha256,
    populatie: populatieNaam,
    populatie_sha256: populatieSha256,
    seed: thema.steekproef?.seed ?? null,
    steekproef_omvang: thema.steekproef?.omvang ?? null,
    strata: thema.steekproef?.strata ?? null,
    populatie_aantal: r.populatie,
    kandidaten: r.kandidaten.length,
    geselecteerd: selectie.length,
    selectie_sha256: selectieSha256,
    onleesbaar,
    run_id: ctx.run.id,
    peildatum: ctx.peildatum,
  };
  const uitvoer = new Batch<Selectierij>(ctx, SELECTIE_UITVOER, (s) => s.id, { rijnaam: 'selectie' });
  for (const s of selectie) uitvoer.schrijf(s);
  // voor mensen (tabel/stderr): geen namen, alleen wat de run identificeert
  const tabel = tweeKolommen(
    ['verantwoording', 'waarde'],
    [
      ['thema', thema.id],
      ['populatie', r.populatie],
      ['kandidaten (criteria)', r.kandidaten.length],
      ['geselecteerd', selectie.length],
      ['seed', thema.steekproef?.seed ?? '-'],
      ['thema_sha256', themaSha256],
      ['populatie_sha256', populatieSha256],
      ['selectie_sha256', selectieSha256],
      ['run', ctx.run.id],
    ],
  );
  if (beschermd.length) ctx.log.warn({ thema_id: thema.id, kenmerken: beschermd.map((b) => b.kenmerk) }, 'selectie op een beschermd kenmerk, met schriftelijke rechtvaardiging');
  for (const [criterium, aantal] of r.onleesbaar) ctx.log.warn({ criterium, aantal }, 'onleesbare waarden: het criterium ging voor deze gevallen niet af');
  await uitvoer.voltooi({ samenvatting: verantwoording, tabel });
  ctx.log.info(
    { thema_id: thema.id, thema_sha256: inGroepen(themaSha256), populatie_sha256: inGroepen(populatieSha256), selectie_sha256: inGroepen(selectieSha256), populatie: r.populatie, kandidaten: r.kandidaten.length, geselecteerd: selectie.length, run_id: inGroepen(ctx.run.id) },
    'themacontrole: selectie vastgelegd',
  );
}

// ---- resultaten -------------------------------------------------------------------------------

interface Resultaatsamenvatting {
  bestand: string;
  al_verwerkt: boolean;
  nieuw: number;
  gewijzigd: number;
  ongewijzigd: number;
  afgekeurd: number;
}

const RESULTAAT_UITVOER: readonly Kolom<Resultaatsamenvatting>[] = [
  { naam: 'bestand', soort: 'tekst', waarde: (r) => r.bestand },
  { naam: 'al_verwerkt', soort: 'ja_nee', waarde: (r) => r.al_verwerkt },
  { naam: 'nieuw', soort: 'getal', waarde: (r) => r.nieuw },
  { naam: 'gewijzigd', soort: 'getal', waarde: (r) => r.gewijzigd },
  { naam: 'ongewijzigd', soort: 'getal', waarde: (r) => r.ongewijzigd },
  { naam: 'afgekeurd', soort: 'getal', waarde: (r) => r.afgekeurd },
];

/**
 * `szmh themacontrole resultaat RESULTATEN.csv`: per geval `thema_id, id, resultaat` (een
 * afsluitcode) en optioneel `toelichting, datum`. Alleen gevallen die in een run van dat thema zijn
 * geselecteerd; hetzelfde bestand twee keer verandert niets.
 */
export async function themacontroleResultaat(bestand: string, ctx: Context): Promise<void> {
  const store = ctx.store();
  const tc = new ThemacontroleStore(store.db);
  const sam: Resultaatsamenvatting = { bestand: path.basename(bestand), al_verwerkt: false, nieuw: 0, gewijzigd: 0, ongewijzigd: 0, afgekeurd: 0 };
  const afgekeurd: string[] = [];
  const hash = await sha256VanBestand(bestand);
  if (store.bestandBekend('themacontrole_resultaat', hash)) {
    sam.al_verwerkt = true;
  } else {
    const bron = await openCsv(bestand, { encoding: ctx.encoding });
    vereisKolommen(bron, ['thema_id', 'id', 'resultaat']);
    await store.transactieAsync(async () => {
      for await (const rij of rijen(bron)) {
        try {
          const themaId = rij.verplicht('thema_id');
          const id = rij.verplicht('id');
          const tekst = rij.verplicht('resultaat');
          const code = tekst.toUpperCase().replace(/[\s-]+/g, '_');
          if (!isAfsluitcode(code)) throw rij.fout('resultaat', `'${tekst}' is geen resultaatcode; verwacht een van ${AFSLUITCODES.join(', ')}`);
          if (!tc.thema(themaId)) throw rij.fout('thema_id', `thema ${themaId} staat niet in het register (eerst selecteren)`);
          if (!tc.isGeselecteerd(themaId, id)) throw rij.fout('id', `geval ${id} is niet geselecteerd in thema ${themaId}`);
          const datum = rij.datum('datum') ?? ctx.peildatum;
          if (datum > ctx.peildatum) throw rij.fout('datum', `${datum} ligt in de toekomst (peildatum ${ctx.peildatum})`);
          sam[tc.legResultaatVast(themaId, id, code, datum, rij.tekst('toelichting'), ctx.run)]++;
        } catch (e) {
          if (!(e instanceof SzmhFout) || !ctx.doorgaanBijFouten) throw e;
          sam.afgekeurd++;
          afgekeurd.push(e.message);
        }
      }
      store.registreerBestand('themacontrole_resultaat', hash, sam.bestand, ctx.run);
      store.audit(ctx.run, { actie: 'themacontrole_resultaten', bestand: sam.bestand, sha256: hash, details: { ...sam } });
    });
  }
  await schrijfRijen(ctx, RESULTAAT_UITVOER, [sam]);
  const { bestand: _b, ...tellingen } = sam;
  ctx.log.info(tellingen, sam.al_verwerkt ? 'dit bestand is al eerder verwerkt: niets gewijzigd' : 'resultaten vastgelegd');
  if (afgekeurd.length) {
    process.stderr.write(`Afgekeurd (${afgekeurd.length}):\n${afgekeurd.map((a) => `  ${a}`).join('\n')}\n`);
    process.exitCode = 1;
  }
}

// ---- afsluiten --------------------------------------------------------------------------------

/** `szmh themacontrole afsluiten THEMA_ID [--op DATUM]`: het thema is afgerond (telt voor de jaarnorm). */
export async function themacontroleAfsluiten(themaId: string, ctx: Context, o: { op?: string }): Promise<void> {
  let datum: Datum = ctx.peildatum;
  if (o.op !== undefined) {
    const d = leesDatum(o.op);
    if (!d.ok) throw new InvoerFout(`--op: ${d.reden}`, {}, 'AANROEP_ONGELDIG');
    if (d.datum > ctx.peildatum) throw new InvoerFout(`--op: ${d.datum} ligt in de toekomst (peildatum ${ctx.peildatum})`, {}, 'AANROEP_ONGELDIG');
    datum = d.datum;
  }
  const store = ctx.store();
  const tc = new ThemacontroleStore(store.db);
  const uit = store.transactie(() => {
    const u = tc.sluitThema(themaId, datum, ctx.run);
    if (u.uitkomst === 'afgesloten') store.audit(ctx.run, { actie: 'themacontrole_afgesloten', details: { thema_id: themaId, afgesloten_op: datum, zonder_resultaat: u.open } });
    return u;
  });
  if (uit.uitkomst === 'onbekend') throw new InvoerFout(`thema ${themaId} staat niet in het register`, {}, 'AANROEP_ONGELDIG');
  const thema = tc.thema(themaId)!;
  await schrijfRijen(ctx, AFSLUIT_UITVOER, [{ thema_id: themaId, uitkomst: uit.uitkomst, afgesloten_op: thema.afgesloten_op ?? datum, zonder_resultaat: uit.open }]);
  if (uit.open) ctx.log.warn({ thema_id: themaId, zonder_resultaat: uit.open }, 'thema afgesloten terwijl geselecteerde gevallen nog geen resultaat hebben');
  ctx.log.info({ thema_id: themaId, uitkomst: uit.uitkomst }, 'themacontrole afgesloten');
}

interface Afsluitrij {
  thema_id: string;
  uitkomst: string;
  afgesloten_op: string;
  zonder_resultaat: number;
}

const AFSLUIT_UITVOER: readonly Kolom<Afsluitrij>[] = [
  { naam: 'thema_id', soort: 'tekst', waarde: (r) => r.thema_id },
  { naam: 'uitkomst', soort: 'tekst', waarde: (r) => r.uitkomst },
  { naam: 'afgesloten_op', soort: 'tekst', waarde: (r) => r.afgesloten_op },
  { naam: 'zonder_resultaat', soort: 'getal', waarde: (r) => r.zonder_resultaat },
];

// ---- rapport ----------------------------------------------------------------------------------

interface Themarij extends Themarapportrij {
  trefkans: string | null;
  trace?: undefined;
}

const RAPPORT_UITVOER: readonly Kolom<Themarij>[] = [
  { naam: 'thema_id', soort: 'tekst', waarde: (r) => r.thema_id },
  { naam: 'naam', soort: 'tekst', waarde: (r) => r.naam },
  { naam: 'eerste_run', soort: 'tekst', waarde: (r) => r.eerste_run },
  { naam: 'afgesloten_op', soort: 'tekst', waarde: (r) => r.afgesloten_op },
  { naam: 'geselecteerd', soort: 'getal', waarde: (r) => r.geselecteerd },
  { naam: 'met_resultaat', soort: 'getal', waarde: (r) => r.met_resultaat },
  { naam: 'treffers', soort: 'getal', waarde: (r) => r.treffers },
  { naam: 'trefkans', soort: 'tekst', waarde: (r) => r.trefkans },
];

/**
 * `szmh themacontrole rapport [--jaar J]`: per thema (met een run of afgesloten in dat jaar) de
 * geselecteerde gevallen, de resultaten, de treffers (herzien, beëindigd, terugvordering, boete,
 * fraudeonderzoek) en de trefkans; en het aantal afgeronde themacontroles in het jaar tegen de norm.
 */
export async function themacontroleRapport(ctx: Context, o: { jaar?: string }): Promise<void> {
  let jaar = jaarVan(ctx.peildatum);
  if (o.jaar !== undefined) {
    if (!/^\d{4}$/.test(o.jaar)) throw new InvoerFout(`--jaar: '${o.jaar}' is geen jaartal`, {}, 'AANROEP_ONGELDIG');
    jaar = Number(o.jaar);
  }
  const tc = new ThemacontroleStore(ctx.store().db);
  const norm = ctx.params().aantal('themacontrole.norm_per_jaar', `${jaar}-12-31` as Datum, ctx.gemeente);
  const themas: Themarij[] = tc.rapport(jaar, TREFFERS).map((t) => ({ ...t, trefkans: trefkans(t.treffers, t.met_resultaat) }));
  const afgerond = tc.afgerond(jaar);
  const samenvatting = { jaar, afgeronde_themacontroles: afgerond, norm: norm.waarde, norm_gehaald: afgerond >= norm.waarde, norm_bron: norm.bron };
  const uitvoer = new Batch<Themarij>(ctx, RAPPORT_UITVOER, (t) => t.thema_id, { rijnaam: 'themas' });
  for (const t of themas) uitvoer.schrijf(t);
  await uitvoer.voltooi({
    samenvatting,
    tabel: tweeKolommen(['jaar ' + jaar, 'aantal'], [['afgeronde themacontroles', afgerond], ['norm', norm.waarde], ['norm gehaald', afgerond >= norm.waarde ? 'ja' : 'nee']]),
    log: { afgerond, norm: norm.waarde },
  });
}
