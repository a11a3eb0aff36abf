/**
 * `szmh leerlingenvervoer beoordeel AANVRAGEN.csv`: per aanvraag het besluit, de goedkoopste
 * adequate vervoersvorm, de eigen bijdragen en de afgewogen alternatieven, met de trace.
 * `szmh leerlingenvervoer rapport BESCHIKKINGEN`: de deelname per schooljaar, vorm en gemeente.
 */
import {
  beoordeelAanvraag,
  Deelnamerapport,
  type Vervoersbeschikking,
  type Deelnamerij,
} from '../rules/leerlingenvervoer/index.js';
import { formatBedrag } from '../rules/kern/geld.js';
import { gemeentenaam } from '../rules/kern/gemeente.js';
import { leesSchooljaar, type Schooljaar } from '../rules/kern/datum.js';
import { InvoerFout, RegelFout, SzmhFout } from '../rules/kern/fouten.js';
import type { Kolom } from '../io/uitvoer.js';
import { LEERLINGENVERVOER_KOLOMMEN, leesAanvraag, leesBeschikkingen, schooljaarVan } from '../io/invoer/leerlingenvervoer.js';
import { schrijfRijen, type Context } from './context.js';
import { draaiRijTaak, type RijTaak } from './rijtaak.js';

/** De velden van de spec (aanvraag_id eerst, trace als laatste), daarna gemeente, schooljaar, ouderbijdrage en termijnen. */
export const BESCHIKKING_UITVOER: readonly Kolom<Vervoersbeschikking>[] = [
  { naam: 'aanvraag_id', soort: 'tekst', waarde: (r) => r.aanvraagId },
  { naam: 'besluit', soort: 'tekst', waarde: (r) => r.besluit },
  { naam: 'reden', soort: 'tekst', waarde: (r) => r.reden },
  { naam: 'vervoersvorm', soort: 'tekst', waarde: (r) => r.vervoersvorm },
  { naam: 'kosten_jaar', soort: 'bedrag', waarde: (r) => r.kostenJaar },
  { naam: 'drempelbedrag', soort: 'bedrag', waarde: (r) => r.drempelbedrag },
  { naam: 'draagkrachtbijdrage', soort: 'bedrag', waarde: (r) => r.draagkrachtbijdrage },
  { naam: 'vergoeding', soort: 'bedrag', waarde: (r) => r.vergoeding },
  {
    naam: 'alternatieven',
    soort: 'json',
    inTabel: false,
    waarde: (r) =>
      r.alternatieven.map((a) => ({
        vervoersvorm: a.vervoersvorm,
        kosten_jaar: formatBedrag(a.kostenJaar),
        adequaat: a.adequaat,
        gekozen: a.gekozen,
        toelichting: a.toelichting,
      })),
  },
  { naam: 'trace', soort: 'trace', waarde: (r) => r.trace, inTabel: false },
  { naam: 'gemeente', soort: 'tekst', waarde: (r) => gemeentenaam(r.gemeente) },
  { naam: 'schooljaar', soort: 'tekst', waarde: (r) => r.schooljaar },
  { naam: 'ouderbijdrage', soort: 'bedrag', waarde: (r) => r.ouderbijdrage },
  {
    naam: 'termijnen',
    soort: 'json',
    inTabel: false,
    waarde: (r) => r.termijnen?.map((t) => ({ datum: t.datum, bedrag: formatBedrag(t.bedrag) })),
  },
];

function leesSchooljaarOptie(tekst: string | undefined): Schooljaar | undefined {
  if (tekst === undefined) return undefined;
  const s = leesSchooljaar(tekst);
  if (!s.ok) throw new InvoerFout(`--schooljaar: ${s.reden}`, {}, 'AANROEP_ONGELDIG');
  return s.schooljaar;
}

const BESLUITEN = ['toegekend', 'afgewezen', 'handmatig'] as const;

export const LEERLINGENVERVOER_TAAK: RijTaak<Vervoersbeschikking> = {
  module: import.meta.url,
  naam: 'LEERLINGENVERVOER_TAAK',
  vereist: LEERLINGENVERVOER_KOLOMMEN,
  uniek: { kolom: 'aanvraag_id', naam: 'aanvraag' },
  titel: (r) => `aanvraag ${r.aanvraagId}: ${r.besluit} (${r.reden})${r.vervoersvorm ? `, ${r.vervoersvorm}` : ''}`,
  bereid(ctx, _kolommen, opties) {
    const filter = leesSchooljaarOptie(opties.schooljaar);
    const params = ctx.params();
    const standaard = { ...(ctx.gemeente ? { gemeente: ctx.gemeente } : {}), ...(filter ? { schooljaar: filter } : {}) };
    return {
      kolommen: BESCHIKKING_UITVOER,
      lees(rij) {
        // Een regel voor een ander schooljaar wordt overgeslagen, niet beoordeeld (en dus ook niet afgekeurd).
        if (filter && schooljaarVan(rij, filter).naam !== filter.naam) return undefined;
        const aanvraag = leesAanvraag(rij, standaard);
        return {
          sleutel: aanvraag.aanvraagId,
          bereken: () => {
            try {
              return beoordeelAanvraag(aanvraag, params);
            } catch (e) {
              // Een regel die weigert (exit 3) krijgt de plaats erbij, zodat ook de lijst afgekeurde records bestand en regel noemt.
              if (e instanceof RegelFout) throw new SzmhFout(e.code, e.exitcode, e.melding, { bestand: rij.bestand, regel: rij.regel });
              throw e;
            }
          },
        };
      },
      soort: (r) => r.besluit,
    };
  },
  meld(ctx, telling, opties) {
    if (telling.overgeslagen) ctx.log.info({ overgeslagen: telling.overgeslagen, schooljaar: leesSchooljaarOptie(opties.schooljaar)?.naam }, 'aanvragen voor een ander schooljaar overgeslagen');
    const besluiten = Object.fromEntries(BESLUITEN.map((b) => [b, telling.perSoort.get(b) ?? 0]));
    ctx.log.info(besluiten, 'besluiten');
    if (besluiten.handmatig) ctx.log.warn({ handmatig: besluiten.handmatig }, 'aanvragen vragen een beoordeling door een medewerker (besluit handmatig)');
  },
};

export function leerlingenvervoerBeoordeel(bestand: string, ctx: Context, o: { schooljaar?: string }): Promise<void> {
  return draaiRijTaak(LEERLINGENVERVOER_TAAK, bestand, ctx, { schooljaar: o.schooljaar });
}

export const DEELNAME_UITVOER: readonly Kolom<Deelnamerij>[] = [
  { naam: 'schooljaar', soort: 'tekst', waarde: (r) => r.schooljaar },
  { naam: 'gemeente', soort: 'tekst', waarde: (r) => r.gemeente },
  { naam: 'beschikkingen', soort: 'getal', waarde: (r) => r.beschikkingen },
  { naam: 'toegekend', soort: 'getal', waarde: (r) => r.toegekend },
  { naam: 'afgewezen', soort: 'getal', waarde: (r) => r.afgewezen },
  { naam: 'handmatig', soort: 'getal', waarde: (r) => r.handmatig },
  { naam: 'aangepast', soort: 'getal', waarde: (r) => r.aangepast },
  { naam: 'vergoedingen', soort: 'getal', waarde: (r) => r.vergoedingen },
  { naam: 'fiets', soort: 'getal', waarde: (r) => r.fiets },
  { naam: 'fiets_begeleid', soort: 'getal', waarde: (r) => r.fiets_begeleid },
  { naam: 'ov', soort: 'getal', waarde: (r) => r.ov },
  { naam: 'ov_begeleid', soort: 'getal', waarde: (r) => r.ov_begeleid },
  { naam: 'eigen_vervoer', soort: 'getal', waarde: (r) => r.eigen_vervoer },
  { naam: 'kosten_aangepast', soort: 'bedrag', waarde: (r) => r.kosten_aangepast },
  { naam: 'vergoeding_totaal', soort: 'bedrag', waarde: (r) => r.vergoeding_totaal },
  { naam: 'ouderbijdrage_totaal', soort: 'bedrag', waarde: (r) => r.ouderbijdrage_totaal },
];

export async function leerlingenvervoerRapport(bestand: string, ctx: Context, o: { schooljaar?: string }): Promise<void> {
  const filter = leesSchooljaarOptie(o.schooljaar);
  const rapport = new Deelnamerapport();
  if (filter) rapport.zorgVoor(filter.naam);
  let gelezen = 0;
  for await (const regel of leesBeschikkingen(bestand, ctx.encoding)) {
    gelezen++;
    if (filter && regel.schooljaar !== filter.naam) continue;
    rapport.voegToe(regel);
  }
  await schrijfRijen(ctx, DEELNAME_UITVOER, rapport.rijen());
  ctx.log.info({ beschikkingen: gelezen, schooljaar: filter?.naam ?? 'alle' }, 'deelnamerapport');
}
