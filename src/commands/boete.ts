/** `szmh boete bereken ZAKEN.csv`: de bestuurlijke boete per zaak. */
import { berekenBoete, type BoeteResultaat } from '../rules/boete/index.js';
import { openCsv } from '../io/csv.js';
import { rijen, vereisKolommen } from '../io/velden.js';
import { BOETE_BEKEND, BOETE_KOLOMMEN, leesBoeteZaak } from '../io/invoer/boete.js';
import { doorgeefKolommen, type Kolom } from '../io/uitvoer.js';
import { Batch, type Context } from './context.js';
import { SleutelSet } from '../io/sleutelset.js';

export const BOETE_UITVOER: readonly Kolom<BoeteResultaat>[] = [
  { naam: 'zaak_id', soort: 'tekst', waarde: (r) => r.zaakId },
  { naam: 'uitkomst', soort: 'tekst', waarde: (r) => r.uitkomst },
  { naam: 'boete', soort: 'bedrag', waarde: (r) => r.boete },
  { naam: 'boete_zonder_waarschuwing', soort: 'bedrag', waarde: (r) => r.boeteZonderWaarschuwing },
  { naam: 'recidive', soort: 'ja_nee', waarde: (r) => r.recidive },
  { naam: 'grondslag', soort: 'tekst', waarde: (r) => r.grondslag },
  { naam: 'trace', soort: 'trace', waarde: (r) => r.trace, inTabel: false },
];

export async function boeteBereken(bestand: string, ctx: Context): Promise<void> {
  const bron = await openCsv(bestand, { encoding: ctx.encoding });
  vereisKolommen(bron, BOETE_KOLOMMEN);
  const params = ctx.params();
  const doorgeven = doorgeefKolommen(bron.kolommen, BOETE_BEKEND, BOETE_UITVOER);
  const batch = new Batch(ctx, [...BOETE_UITVOER, ...doorgeven.kolommen], (r) => `zaak ${r.zaakId}: ${r.uitkomst}`, bestand);
  const gezien = new SleutelSet();
  try {
    for await (const rij of rijen(bron)) {
      batch.verwerk(`regel ${rij.regel}`, () => {
        const zaak = leesBoeteZaak(rij, ctx.gemeente);
        if (!gezien.voegToe(zaak.zaakId)) throw rij.fout('zaak_id', `zaak ${zaak.zaakId} staat al eerder in het bestand`);
        return { ...berekenBoete(zaak, params), doorgegeven: doorgeven.namen.map((k) => rij.tekst(k) ?? '') };
      });
    }
  } catch (e) {
    batch.breekAf(e);
  }
  await batch.voltooi();
}
