/** `szmh params toon` en `szmh params verschil`: welke parameters gelden, en waar een gemeente afwijkt. */
import { gemeentenaam } from '../rules/kern/gemeente.js';
import { InvoerFout } from '../rules/kern/fouten.js';
import type { Datum } from '../rules/kern/datum.js';
import type { Kolom } from '../io/uitvoer.js';
import { schrijfRijen, type Context } from './context.js';

interface ToonRij {
  sleutel: string;
  waarde: string;
  vanaf: Datum | null;
  status: string;
  soort: string;
  laag: string;
  bron: string;
  omschrijving: string;
}

const TOON: readonly Kolom<ToonRij>[] = [
  { naam: 'sleutel', soort: 'tekst', waarde: (r) => r.sleutel },
  { naam: 'waarde', soort: 'tekst', waarde: (r) => r.waarde },
  { naam: 'vanaf', soort: 'datum', waarde: (r) => r.vanaf },
  { naam: 'status', soort: 'tekst', waarde: (r) => r.status },
  { naam: 'soort', soort: 'tekst', waarde: (r) => r.soort },
  { naam: 'laag', soort: 'tekst', waarde: (r) => r.laag },
  { naam: 'bron', soort: 'tekst', waarde: (r) => r.bron, inTabel: false },
  { naam: 'omschrijving', soort: 'tekst', waarde: (r) => r.omschrijving, inTabel: false },
];

interface VerschilRij {
  sleutel: string;
  vanaf: Datum;
  gemeente_waarde: string;
  regio_waarde: string;
  laag: string;
  status: string;
  bron: string;
}

const VERSCHIL: readonly Kolom<VerschilRij>[] = [
  { naam: 'sleutel', soort: 'tekst', waarde: (r) => r.sleutel },
  { naam: 'vanaf', soort: 'datum', waarde: (r) => r.vanaf },
  { naam: 'gemeente_waarde', soort: 'tekst', waarde: (r) => r.gemeente_waarde },
  { naam: 'regio_waarde', soort: 'tekst', waarde: (r) => r.regio_waarde },
  { naam: 'laag', soort: 'tekst', waarde: (r) => r.laag },
  { naam: 'status', soort: 'tekst', waarde: (r) => r.status },
  { naam: 'bron', soort: 'tekst', waarde: (r) => r.bron, inTabel: false },
];

/** Elke parameter met de waarde die op de peildatum geldt, voor de gemeente of de regio. */
export async function paramsToon(ctx: Context): Promise<void> {
  const params = ctx.params();
  const rijen = params.alleDefinities().map((d): ToonRij => {
    const g = params.zoek(d.sleutel, ctx.peildatum, ctx.gemeente);
    return {
      sleutel: d.sleutel,
      waarde: g?.weergave ?? '(geen waarde op deze datum)',
      vanaf: g?.vanaf ?? null,
      status: g?.status ?? '',
      soort: d.soort,
      laag: g?.laag ?? '',
      bron: g?.bron ?? '',
      omschrijving: d.omschrijving,
    };
  });
  await schrijfRijen(ctx, TOON, rijen);
  ctx.log.info({ peildatum: ctx.peildatum, gemeente: ctx.gemeente ?? 'regio', parameters: rijen.length }, 'parameters getoond');
}

/** Elke waarde die een gemeente-laag vastlegt, naast de regionale waarde op dezelfde ingangsdatum. */
export async function paramsVerschil(ctx: Context): Promise<void> {
  const gemeente = ctx.gemeente;
  if (!gemeente) throw new InvoerFout('params verschil: geef --gemeente', {}, 'AANROEP_ONGELDIG');
  const params = ctx.params();
  const rijen: VerschilRij[] = [];
  for (const laag of params.alleLagen()) {
    if (laag.gemeente !== gemeente) continue;
    for (const [sleutel, reeks] of laag.waarden) {
      for (const w of reeks) {
        const regio = params.zoek(sleutel, w.vanaf);
        rijen.push({
          sleutel,
          vanaf: w.vanaf,
          gemeente_waarde: w.tekst,
          regio_waarde: regio?.weergave ?? '(geen)',
          laag: laag.naam,
          status: w.status,
          bron: w.bron,
        });
      }
    }
  }
  rijen.sort((a, b) => a.sleutel.localeCompare(b.sleutel) || a.vanaf.localeCompare(b.vanaf));
  await schrijfRijen(ctx, VERSCHIL, rijen);
  ctx.log.info({ gemeente: `${gemeente} ${gemeentenaam(gemeente)}`, afwijkingen: rijen.length }, 'afwijkingen van de regio');
}
