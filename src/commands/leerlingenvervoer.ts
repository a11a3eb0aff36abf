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
import { openCsv } from '../io/csv.js';
import { rijen, vereisKolommen } from '../io/velden.js';
import type { Kolom } from '../io/uitvoer.js';
import { LEERLINGENVERVOER_KOLOMMEN, leesAanvraag, leesBeschikkingen, schooljaarVan } from '../io/invoer/leerlingenvervoer.js';
import { Batch, schrijfRijen, type Context } from './context.js';
import { SleutelSet } from '../io/sleutelset.js';

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

export async function leerlingenvervoerBeoordeel(bestand: string, ctx: Context, o: { schooljaar?: string }): Promise<void> {
  const filter = leesSchooljaarOptie(o.schooljaar);
  const bron = await openCsv(bestand, { encoding: ctx.encoding });
  vereisKolommen(bron, LEERLINGENVERVOER_KOLOMMEN);
  const params = ctx.params();
  const batch = new Batch(ctx, BESCHIKKING_UITVOER, (r) => `aanvraag ${r.aanvraagId}: ${r.besluit} (${r.reden})${r.vervoersvorm ? `, ${r.vervoersvorm}` : ''}`, { bestand });
  const gezien = new SleutelSet();
  const besluiten = { toegekend: 0, afgewezen: 0, handmatig: 0 };
  let anderSchooljaar = 0;
  try {
    for await (const rij of rijen(bron)) {
      if (filter) {
        let overslaan = false;
        // Een regel voor een ander schooljaar wordt overgeslagen, niet beoordeeld (en dus ook niet afgekeurd).
        if (!batch.probeer(`regel ${rij.regel}`, () => (overslaan = schooljaarVan(rij, filter).naam !== filter.naam))) continue;
        if (overslaan) {
          anderSchooljaar++;
          continue;
        }
      }
      batch.verwerk(`regel ${rij.regel}`, () => {
        const aanvraag = leesAanvraag(rij, { ...(ctx.gemeente ? { gemeente: ctx.gemeente } : {}), ...(filter ? { schooljaar: filter } : {}) });
        if (!gezien.voegToe(aanvraag.aanvraagId)) throw rij.fout('aanvraag_id', `aanvraag ${aanvraag.aanvraagId} staat al eerder in het bestand`);
        let b: Vervoersbeschikking;
        try {
          b = beoordeelAanvraag(aanvraag, params);
        } catch (e) {
          // Een regel die weigert (exit 3) krijgt de plaats erbij, zodat ook de lijst afgekeurde records bestand en regel noemt.
          if (e instanceof RegelFout) throw new SzmhFout(e.code, e.exitcode, e.melding, { bestand: rij.bestand, regel: rij.regel });
          throw e;
        }
        besluiten[b.besluit]++;
        return b;
      });
    }
  } catch (e) {
    batch.breekAf(e);
  }
  if (anderSchooljaar) ctx.log.info({ overgeslagen: anderSchooljaar, schooljaar: filter?.naam }, 'aanvragen voor een ander schooljaar overgeslagen');
  ctx.log.info(besluiten, 'besluiten');
  if (besluiten.handmatig) ctx.log.warn({ handmatig: besluiten.handmatig }, 'aanvragen vragen een beoordeling door een medewerker (besluit handmatig)');
  await batch.voltooi();
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
