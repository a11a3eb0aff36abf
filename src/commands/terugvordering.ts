/** `szmh terugvordering bereken MAANDEN.csv`: de terugvordering per zaak, opgebouwd per maand. */
import { berekenTerugvordering, type TerugvorderingMaand, type TerugvorderingResultaat } from '../rules/terugvordering/index.js';
import { formatBedrag } from '../rules/kern/geld.js';
import type { GemeenteCode } from '../rules/kern/gemeente.js';
import { SzmhFout } from '../rules/kern/fouten.js';
import { openCsv } from '../io/csv.js';
import { rijen, vereisKolommen } from '../io/velden.js';
import { TERUGVORDERING_KOLOMMEN, leesTerugvorderingMaand } from '../io/invoer/terugvordering.js';
import type { Kolom } from '../io/uitvoer.js';
import { Batch, type Context } from './context.js';

export const TERUGVORDERING_UITVOER: readonly Kolom<TerugvorderingResultaat>[] = [
  { naam: 'zaak_id', soort: 'tekst', waarde: (r) => r.zaakId },
  { naam: 'terugvordering_netto', soort: 'bedrag', waarde: (r) => r.terugvorderingNetto },
  { naam: 'benadelingsbedrag', soort: 'bedrag', waarde: (r) => r.benadelingsbedrag },
  { naam: 'verplicht', soort: 'ja_nee', waarde: (r) => r.verplicht },
  { naam: 'grondslag', soort: 'tekst', waarde: (r) => r.grondslag },
  { naam: 'bruto_bedrag', soort: 'bedrag', waarde: (r) => r.brutoBedrag },
  {
    naam: 'per_maand',
    soort: 'json',
    inTabel: false,
    waarde: (r) =>
      r.perMaand.map((m) => ({
        maand: m.maand,
        betaald: formatBedrag(m.betaald),
        recht: formatBedrag(m.recht),
        te_veel: formatBedrag(m.teVeel),
        oorzaak: m.oorzaak,
        grondslag: m.grondslag,
        terugvorderbaar: formatBedrag(m.terugvorderbaar),
        brutering: formatBedrag(m.brutering),
        bruto: formatBedrag(m.bruto),
      })),
  },
  { naam: 'trace', soort: 'json', waarde: (r) => r.trace, inTabel: false },
];

interface Zaak {
  readonly eersteRegel: number;
  gemeente?: GemeenteCode;
  readonly maanden: TerugvorderingMaand[];
  fout?: SzmhFout;
}

export async function terugvorderingBereken(bestand: string, ctx: Context): Promise<void> {
  const bron = await openCsv(bestand, { encoding: ctx.encoding });
  vereisKolommen(bron, TERUGVORDERING_KOLOMMEN);
  const params = ctx.params();
  const batch = new Batch(ctx, TERUGVORDERING_UITVOER, (r) => `zaak ${r.zaakId}: netto ${formatBedrag(r.terugvorderingNetto)}`);
  try {
    // Een zaak beslaat meerdere regels, niet per se aaneengesloten: eerst alles groeperen.
    const zaken = new Map<string, Zaak>();
    for await (const rij of rijen(bron)) {
      batch.probeer(`regel ${rij.regel}`, () => {
        const zaakId = rij.verplicht('zaak_id');
        const zaak = zaken.get(zaakId) ?? { eersteRegel: rij.regel, maanden: [] };
        zaken.set(zaakId, zaak);
        try {
          const gemeente = rij.gemeente('gemeente');
          if (gemeente && zaak.gemeente && gemeente !== zaak.gemeente) throw rij.fout('gemeente', `zaak ${zaakId} staat al op een andere gemeente`);
          if (gemeente) zaak.gemeente = gemeente;
          zaak.maanden.push(leesTerugvorderingMaand(rij));
        } catch (e) {
          // Met --continue-on-error valt de hele zaak af, niet alleen deze maand.
          if (e instanceof SzmhFout) zaak.fout ??= e;
          throw e;
        }
      });
    }
    for (const [zaakId, zaak] of zaken) {
      if (zaak.fout) continue;
      batch.verwerk(`zaak ${zaakId} (vanaf regel ${zaak.eersteRegel})`, () => {
        const gemeente = zaak.gemeente ?? ctx.gemeente;
        return berekenTerugvordering({ zaakId, ...(gemeente ? { gemeente } : {}), maanden: zaak.maanden }, params, ctx.peildatum);
      });
    }
  } catch (e) {
    batch.breekAf(e);
  }
  await batch.voltooi();
}
