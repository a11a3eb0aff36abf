/** `szmh leerplicht status LEERLINGEN.csv`: per leerling de leerplichtdatums en de status op de peildatum. */
import { bepaalLeerplichtStatus, type LeerplichtResultaat } from '../rules/leerplicht/index.js';
import { openCsv } from '../io/csv.js';
import { rijen, vereisKolommen } from '../io/velden.js';
import { LEERPLICHT_KOLOMMEN, leesLeerling } from '../io/invoer/leerplicht.js';
import type { Kolom } from '../io/uitvoer.js';
import { Batch, type Context } from './context.js';
import { SleutelSet } from '../io/sleutelset.js';

export const LEERPLICHT_UITVOER: readonly Kolom<LeerplichtResultaat>[] = [
  { naam: 'leerling_id', soort: 'tekst', waarde: (r) => r.leerlingId },
  { naam: 'leerplichtig_vanaf', soort: 'datum', waarde: (r) => r.leerplichtigVanaf },
  { naam: 'leerplicht_tot', soort: 'datum', waarde: (r) => r.leerplichtTot },
  { naam: 'kwalificatieplicht_tot', soort: 'datum', waarde: (r) => r.kwalificatieplichtTot },
  { naam: 'rmc_tot', soort: 'datum', waarde: (r) => r.rmcTot },
  { naam: 'status', soort: 'tekst', waarde: (r) => r.status },
  { naam: 'trace', soort: 'trace', waarde: (r) => r.trace, inTabel: false },
];

export async function leerplichtStatus(bestand: string, ctx: Context): Promise<void> {
  const bron = await openCsv(bestand, { encoding: ctx.encoding });
  vereisKolommen(bron, LEERPLICHT_KOLOMMEN);
  const params = ctx.params();
  // De trace staat in JSON/JSONL en --explain; in CSV zou hij 2,5 miljoen keer dezelfde afleiding
  // herhalen (3 kB per leerling) en de spec vraagt daar alleen de datums en de status.
  const kolommen = ctx.formaat === 'csv' ? LEERPLICHT_UITVOER.filter((k) => k.soort !== 'trace') : LEERPLICHT_UITVOER;
  const batch = new Batch(ctx, kolommen, (r) => `leerling ${r.leerlingId}: ${r.status}`, bestand);
  const gezien = new SleutelSet();
  try {
    for await (const rij of rijen(bron)) {
      batch.verwerk(`regel ${rij.regel}`, () => {
        const leerling = leesLeerling(rij, ctx.peildatum, ctx.gemeente);
        if (!gezien.voegToe(leerling.leerlingId)) throw rij.fout('leerling_id', `leerling ${leerling.leerlingId} staat al eerder in het bestand`);
        return bepaalLeerplichtStatus(leerling, ctx.peildatum, params);
      });
    }
  } catch (e) {
    batch.breekAf(e);
  }
  await batch.voltooi();
}
