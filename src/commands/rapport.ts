/**
 * `szmh rapport marap|artikel25`: de Marap (per vier maanden aan de zes raden) en de cijfers ex
 * art 25 Lpw (jaarlijks), als één HTML-pagina met grafieken, als JSON of als xlsx. De cijfers komen
 * uit dezelfde functies als `debiteuren rapport`, `debiteuren achterstanden`, `verzuim werklijst` en
 * `verzuim rapport`: de pagina, de JSON en die commando's noemen dus dezelfde getallen.
 */
import { verschilInDagen, type Datum } from '../rules/kern/datum.js';
import { GEMEENTECODES, gemeentenaam, type GemeenteCode } from '../rules/kern/gemeente.js';
import { TraceBouwer } from '../rules/kern/trace.js';
import { DOELSTROMEN } from '../rules/debiteuren/rapportage.js';
import { VERZUIMSOORTEN } from '../rules/verzuim/types.js';
import { fraudecijfers, ibAfsluitingen, werkvoorraad, SZMH_TOTAAL, type Afsluitregel, type Frauderegel, type Werkvoorraadregel } from '../rules/rapportage/marap.js';
import { AFSLUITCODES } from '../rules/ib/types.js';
import { AtomischeUitvoer } from '../io/bestand.js';
import type { Staafdiagram } from '../io/grafiek.js';
import { rapporttabel, rapportformaat, schrijfRapport, type Rapport } from '../io/rapport.js';
import type { Kolom } from '../io/uitvoer.js';
import { DebiteurenStore } from '../io/store/debiteuren.js';
import { IbStore } from '../io/store/ib.js';
import { achterstanden, ontvangstenrapport, periodeOptie, RAPPORT_UITVOER as ONTVANGSTEN_UITVOER, type Rapportrij } from './debiteuren.js';
import {
  artikel25Regels,
  schooljaarOptie,
  termijnRegels,
  werklijst,
  RAPPORT_UITVOER as ARTIKEL25_UITVOER,
  TERMIJN_UITVOER,
  type Rapportregel,
} from './verzuim.js';
import type { Context } from './context.js';

export interface RapportOpties {
  /** Is `--format` opgegeven? Zonder kiest een rapport JSON waar een tabel CSV zou worden. */
  formaatGekozen: boolean;
}

async function schrijf(ctx: Context, o: RapportOpties, rapport: Rapport): Promise<void> {
  const formaat = rapportformaat(ctx.formaat, o.formaatGekozen);
  const uit = AtomischeUitvoer.open(ctx.output);
  try {
    await schrijfRapport(uit, formaat, rapport);
  } catch (e) {
    uit.breekAf();
    throw e;
  }
  await uit.voltooi();
  for (const w of rapport.waarschuwingen) ctx.log.warn(w);
  ctx.log.info({ rapport: rapport.soort, formaat, uitvoer: ctx.output ?? 'stdout' }, 'rapport geschreven');
}

// ---- marap -------------------------------------------------------------------------------------

const FRAUDE_UITVOER: readonly Kolom<Frauderegel>[] = [
  { naam: 'gemeente', soort: 'tekst', waarde: (r) => r.gemeente },
  { naam: 'vastgesteld_aantal', soort: 'getal', waarde: (r) => r.vastgesteld_aantal },
  { naam: 'vastgesteld_periode', soort: 'bedrag', waarde: (r) => r.vastgesteld_periode },
  { naam: 'vastgesteld_jaar', soort: 'bedrag', waarde: (r) => r.vastgesteld_jaar },
  { naam: 'doel_vastgesteld', soort: 'bedrag', waarde: (r) => r.doel_vastgesteld },
  { naam: 'verwacht_vastgesteld', soort: 'bedrag', waarde: (r) => r.verwacht_vastgesteld },
  { naam: 'geind_periode', soort: 'bedrag', waarde: (r) => r.geind_periode },
  { naam: 'geind_jaar', soort: 'bedrag', waarde: (r) => r.geind_jaar },
  { naam: 'doel_geind', soort: 'bedrag', waarde: (r) => r.doel_geind },
  { naam: 'verwacht_geind', soort: 'bedrag', waarde: (r) => r.verwacht_geind },
];

const WERKVOORRAAD_UITVOER: readonly Kolom<Werkvoorraadregel>[] = [
  { naam: 'werklijst', soort: 'tekst', waarde: (r) => r.werklijst },
  { naam: 'klasse', soort: 'tekst', waarde: (r) => r.klasse },
  { naam: 'aantal', soort: 'getal', waarde: (r) => r.aantal },
  { naam: 'bedrag', soort: 'bedrag', waarde: (r) => r.bedrag },
  { naam: 'leeftijd', soort: 'tekst', waarde: (r) => r.leeftijd },
];

const IB_UITVOER: readonly Kolom<Afsluitregel>[] = [
  { naam: 'gemeente', soort: 'tekst', waarde: (r) => r.gemeente },
  { naam: 'ontvangen', soort: 'getal', waarde: (r) => r.ontvangen },
  { naam: 'open', soort: 'getal', waarde: (r) => r.open },
  { naam: 'afgesloten', soort: 'getal', waarde: (r) => r.afgesloten },
  ...AFSLUITCODES.map((c): Kolom<Afsluitregel> => ({ naam: c.toLowerCase(), soort: 'getal', waarde: (r) => r[c.toLowerCase() as Lowercase<typeof c>] })),
];

const STROOMNAAM: Record<string, string> = { buig: 'BUIG', bijzondere_bijstand: 'bijzondere bijstand', fraude: 'fraude', overig: 'overig' };
const GEMEENTEN = GEMEENTECODES.map(gemeentenaam);

function marapGrafieken(
  ontvangsten: readonly Rapportrij[],
  fraude: readonly Frauderegel[],
  ib: readonly Afsluitregel[],
  werk: readonly Werkvoorraadregel[],
): { ontvangsten: Staafdiagram[]; fraude: Staafdiagram[]; ib: Staafdiagram[]; werk: Staafdiagram[] } {
  const ibGemeenten = ib.filter((r) => r.gemeente !== SZMH_TOTAAL);
  const totaal = (stroom: string) => ontvangsten.find((r) => r.stroom === stroom && r.gemeente === SZMH_TOTAAL)!;
  const ontvangen = (stroom: string, gemeente: string) => ontvangsten.find((r) => r.stroom === stroom && r.gemeente === gemeente)!.ontvangen_periode;
  const werklijsten = [...new Set(werk.map((r) => r.werklijst))];
  const klassen = [...new Set(werk.map((r) => r.klasse))].filter((k) => k !== 'totaal');
  const perGemeente = fraude.filter((r) => r.gemeente !== SZMH_TOTAAL);
  const szmh = fraude.find((r) => r.gemeente === SZMH_TOTAAL)!;
  return {
    ontvangsten: [
      {
        id: 'ontvangsten-doel',
        titel: 'Ontvangsten per stroom in het jaar tot en met de periode, tegen de verwachting naar rato en het jaardoel (SZMH)',
        eenheid: 'euro',
        categorieen: DOELSTROMEN.map((s) => STROOMNAAM[s]!),
        reeksen: [
          { naam: 'ontvangen (jaar t/m periode)', waarden: DOELSTROMEN.map((s) => totaal(s).ontvangen_jaar) },
          { naam: 'verwacht naar rato', waarden: DOELSTROMEN.map((s) => totaal(s).verwacht_naar_rato) },
          { naam: 'jaardoel', waarden: DOELSTROMEN.map((s) => totaal(s).jaardoel) },
        ],
      },
      {
        id: 'ontvangsten-gemeente',
        titel: 'Ontvangsten in de periode per gemeente, naar stroom',
        eenheid: 'euro',
        gestapeld: true,
        categorieen: GEMEENTEN,
        reeksen: [...DOELSTROMEN, 'overig'].map((s) => ({ naam: STROOMNAAM[s]!, waarden: GEMEENTEN.map((g) => ontvangen(s, g)) })),
      },
    ],
    fraude: [
      {
        id: 'fraude-doel',
        titel: 'Fraudevorderingen in het jaar tot en met de periode, tegen de verwachting naar rato (SZMH)',
        eenheid: 'euro',
        categorieen: ['vastgesteld', 'geïnd'],
        reeksen: [
          { naam: 'jaar t/m periode', waarden: [szmh.vastgesteld_jaar, szmh.geind_jaar] },
          { naam: 'verwacht naar rato', waarden: [szmh.verwacht_vastgesteld, szmh.verwacht_geind] },
        ],
      },
      {
        id: 'fraude-gemeente',
        titel: 'Fraudevorderingen in de periode per gemeente: vastgesteld en geïnd',
        eenheid: 'euro',
        categorieen: perGemeente.map((r) => r.gemeente),
        reeksen: [
          { naam: 'vastgesteld', waarden: perGemeente.map((r) => r.vastgesteld_periode) },
          { naam: 'geïnd', waarden: perGemeente.map((r) => r.geind_periode) },
        ],
      },
    ],
    ib: [
      {
        id: 'ib-afsluitcodes',
        titel: 'IB-signalen ontvangen in de periode per gemeente: open en naar afsluitcode',
        eenheid: 'aantal',
        gestapeld: true,
        categorieen: ibGemeenten.map((r) => r.gemeente),
        reeksen: [
          { naam: 'open', waarden: ibGemeenten.map((r) => r.open) },
          ...AFSLUITCODES.map((c) => ({ naam: c.toLowerCase(), waarden: ibGemeenten.map((r) => r[c.toLowerCase() as Lowercase<typeof c>]) })),
        ],
      },
    ],
    werk: [
      {
        id: 'werkvoorraad',
        titel: 'Openstaande werkvoorraad naar leeftijd (dagen)',
        eenheid: 'aantal',
        gestapeld: true,
        categorieen: werklijsten,
        reeksen: klassen.map((k) => ({ naam: `${k} dagen`, waarden: werklijsten.map((l) => werk.find((r) => r.werklijst === l && r.klasse === k)!.aantal) })),
      },
    ],
  };
}

/**
 * `szmh rapport marap --periode 2026-T2`: debiteurenontvangsten per stroom en gemeente tegen de
 * doelen naar rato, vastgestelde en geïnde fraudevorderingen, IB-signalen naar afsluitcode, en de
 * open werklijsten naar leeftijd.
 */
export async function rapportMarap(ctx: Context, o: RapportOpties & { periode?: string }): Promise<void> {
  const periode = periodeOptie(o.periode);
  const { rijen: ontvangsten, waarschuwingen } = ontvangstenrapport(ctx, periode);
  const deb = new DebiteurenStore(ctx.store().db);
  const params = ctx.params();
  const t = new TraceBouwer();
  const fraude = fraudecijfers(
    periode,
    deb.opgelegdPerGemeente('fraude', periode.van, periode.tot),
    deb.opgelegdPerGemeente('fraude', `${periode.jaar}-01-01` as typeof periode.van, periode.tot),
    ontvangsten.filter((r) => r.stroom === 'fraude'),
    params,
    t,
  );
  const ib = new IbStore(ctx.store().db);
  const signalen = ibAfsluitingen(ib.rapportSignalen(periode.van, periode.tot).map((r) => ({ gemeente: r.gemeente as GemeenteCode | null, status: r.status, afsluitcode: r.afsluitcode })));
  const werk = werkvoorraad(
    [
      {
        werklijst: 'achterstanden betalingsafspraken',
        leeftijd: 'dagen na de vervaldatum van de termijn',
        metBedrag: true,
        items: achterstanden(ctx).map((a) => ({ leeftijdDagen: a.leeftijdDagen, bedrag: a.open })),
      },
      {
        werklijst: 'niet-gekoppelde ontvangsten',
        leeftijd: 'dagen na de boekdatum',
        metBedrag: true,
        items: deb.nietGekoppeldeOntvangsten(ctx.peildatum).map((p) => ({ leeftijdDagen: verschilInDagen(p.boekdatum, ctx.peildatum), bedrag: p.bedrag })),
      },
      {
        werklijst: 'open IB-signalen',
        leeftijd: 'dagen na ontvangst van het signaal (zoals ib werklijst)',
        metBedrag: false,
        items: ib.openSignalen({}).map((r) => ({ leeftijdDagen: verschilInDagen(r.ontvangen_op as Datum, ctx.peildatum) })),
      },
      {
        werklijst: 'open verzuimmeldingen',
        leeftijd: 'dagen na de meldingsdatum',
        metBedrag: false,
        items: werklijst(ctx).map((r) => ({ leeftijdDagen: verschilInDagen(r.meldingsdatum, ctx.peildatum) })),
      },
    ],
    params,
    ctx.peildatum,
    t,
  );
  const g = marapGrafieken(ontvangsten, fraude, signalen, werk);
  const totaalregel = (r: { gemeente: string }) => r.gemeente === SZMH_TOTAAL;
  await schrijf(ctx, o, {
    soort: 'marap',
    titel: `Marap SZMH ${periode.naam}`,
    kenmerken: { periode: periode.naam, van: periode.van, tot: periode.tot, uiterlijk: periode.uiterlijk, peildatum: ctx.peildatum },
    secties: [
      {
        titel: 'Debiteurenontvangsten',
        toelichting:
          'Ontvangsten (na terugboekingen) per stroom en gemeente; de jaardoelen van de DVO gelden voor heel SZMH, de verwachting is het doel naar rato van de maanden tot en met de periode. Tegoeden, niet-gekoppelde ontvangsten en beslag door derden staan apart en tellen niet mee. Dezelfde cijfers als szmh debiteuren rapport.',
        grafieken: g.ontvangsten,
        tabellen: [rapporttabel({ naam: 'ontvangsten', titel: 'Ontvangsten per stroom en gemeente', kolommen: ONTVANGSTEN_UITVOER, rijen: ontvangsten, totaalregel })],
      },
      {
        titel: 'Fraudevorderingen',
        toelichting:
          'Vastgesteld: vorderingen van de stroom fraude met een opleggingsdatum in de periode (hoofdsom). Geïnd: de ontvangsten op de stroom fraude, zoals hierboven.',
        grafieken: g.fraude,
        tabellen: [rapporttabel({ naam: 'fraude', titel: 'Fraudevorderingen vastgesteld en geïnd', kolommen: FRAUDE_UITVOER, rijen: fraude, totaalregel })],
      },
      {
        titel: 'IB-signalen naar afsluitcode',
        toelichting:
          'Signalen van het Inlichtingenbureau die in de periode voor het eerst zijn ontvangen, per gemeente: nog open, of afgesloten met welke code. Dezelfde tellingen als de regels "alle producten" van szmh ib rapport --periode.',
        grafieken: g.ib,
        tabellen: [rapporttabel({ naam: 'ib', titel: 'IB-signalen naar afsluitcode', kolommen: IB_UITVOER, rijen: signalen, totaalregel })],
      },
      {
        titel: 'Open werklijsten naar leeftijd',
        toelichting: `Wat op de peildatum ${ctx.peildatum} openstaat, per werklijst en leeftijdsklasse.`,
        grafieken: g.werk,
        tabellen: [rapporttabel({ naam: 'werkvoorraad', titel: 'Werkvoorraad naar leeftijd', kolommen: WERKVOORRAAD_UITVOER, rijen: werk, totaalregel: (r) => r.klasse === 'totaal' })],
      },
    ],
    waarschuwingen: [...new Set([...waarschuwingen, ...t.klaar().waarschuwingen])],
  });
}

// ---- artikel 25 ----------------------------------------------------------------------------------

function artikel25Grafieken(regels: readonly Rapportregel[]): Staafdiagram[] {
  const perGemeente = regels.filter((r) => r.a25.gemeente !== 'SZMH');
  const namen = perGemeente.map((r) => gemeentenaam(r.a25.gemeente as GemeenteCode));
  const grafieken: Staafdiagram[] = [
    {
      id: 'verzuim-gemeente',
      titel: 'Verzuimmeldingen per gemeente, naar soort',
      eenheid: 'aantal',
      gestapeld: true,
      categorieen: namen,
      // Elke melding heeft precies één soort: de stapel is het aantal verzuimmeldingen.
      reeksen: VERZUIMSOORTEN.map((s) => ({ naam: s.replaceAll('_', ' '), waarden: perGemeente.map((r) => r.a25.perSoort[s]) })),
    },
    {
      id: 'interventies',
      titel: 'Zorgmeldingen, Halt-verwijzingen en processen-verbaal per gemeente',
      eenheid: 'aantal',
      categorieen: namen,
      reeksen: [
        { naam: 'zorgmeldingen', waarden: perGemeente.map((r) => r.a25.zorgmeldingen) },
        { naam: 'halt', waarden: perGemeente.map((r) => r.a25.halt) },
        { naam: 'processen-verbaal', waarden: perGemeente.map((r) => r.a25.processenVerbaal) },
      ],
    },
  ];
  if (perGemeente.some((r) => r.aandeel !== null)) {
    grafieken.push({
      id: 'kostendragers',
      titel: 'Aandeel van elke gemeente in de kostendragers (%)',
      eenheid: 'procent',
      categorieen: namen,
      reeksen: [{ naam: 'aandeel', waarden: perGemeente.map((r) => (r.aandeel === null ? null : Number(r.aandeel))) }],
    });
  }
  return grafieken;
}

/**
 * `szmh rapport artikel25 --schooljaar 2025-2026 [--leerlingen REGISTER.csv]`: de cijfers ex art 25
 * Lpw per gemeente en voor SZMH, met de kostendragers en de rapportagekalender.
 */
export async function rapportArtikel25(ctx: Context, o: RapportOpties & { schooljaar?: string; leerlingen?: string }): Promise<void> {
  const schooljaar = schooljaarOptie(o.schooljaar);
  const regels = await artikel25Regels(ctx, schooljaar, o.leerlingen);
  const termijnen = termijnRegels(ctx, schooljaar);
  await schrijf(ctx, o, {
    soort: 'artikel25',
    titel: `Leerplicht: cijfers ex artikel 25 Leerplichtwet, schooljaar ${schooljaar.naam}`,
    kenmerken: { schooljaar: schooljaar.naam, van: schooljaar.begin, tot: schooljaar.eind, peildatum: ctx.peildatum },
    secties: [
      {
        titel: 'Verzuim en interventies per gemeente',
        toelichting: `Meldingen, zorgmeldingen en acties in het schooljaar uit het verzuimregister${o.leerlingen ? ', registraties en kostendragers uit het leerplichtregister' : '; zonder --leerlingen geen registraties en kostendragers'}. Dezelfde cijfers als szmh verzuim rapport.`,
        grafieken: artikel25Grafieken(regels),
        tabellen: [rapporttabel({ naam: 'artikel25', titel: 'Cijfers ex art 25 Lpw', kolommen: ARTIKEL25_UITVOER, rijen: regels, totaalregel: (r) => r.a25.gemeente === 'SZMH' })],
      },
      {
        titel: 'Rapportagekalender',
        grafieken: [],
        tabellen: [rapporttabel({ naam: 'termijnen', titel: 'Termijnen', kolommen: TERMIJN_UITVOER, rijen: termijnen })],
      },
    ],
    waarschuwingen: [...new Set(regels.flatMap((r) => r.trace.waarschuwingen))],
  });
}
