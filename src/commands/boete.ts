/** `szmh boete bereken ZAKEN.csv`: de bestuurlijke boete per zaak. */
import { berekenBoete, type BoeteResultaat } from '../rules/boete/index.js';
import { BOETE_BEKEND, BOETE_KOLOMMEN, leesBoeteZaak } from '../io/invoer/boete.js';
import { doorgeefKolommen, type Kolom, type MetDoorgegeven } from '../io/uitvoer.js';
import type { Context } from './context.js';
import { draaiRijTaak, type RijTaak } from './rijtaak.js';

export const BOETE_UITVOER: readonly Kolom<BoeteResultaat>[] = [
  { naam: 'zaak_id', soort: 'tekst', waarde: (r) => r.zaakId },
  { naam: 'uitkomst', soort: 'tekst', waarde: (r) => r.uitkomst },
  { naam: 'boete', soort: 'bedrag', waarde: (r) => r.boete },
  { naam: 'boete_zonder_waarschuwing', soort: 'bedrag', waarde: (r) => r.boeteZonderWaarschuwing },
  { naam: 'recidive', soort: 'ja_nee', waarde: (r) => r.recidive },
  { naam: 'grondslag', soort: 'tekst', waarde: (r) => r.grondslag },
  { naam: 'trace', soort: 'trace', waarde: (r) => r.trace, inTabel: false },
];

export const BOETE_TAAK: RijTaak<MetDoorgegeven<BoeteResultaat>> = {
  module: import.meta.url,
  naam: 'BOETE_TAAK',
  vereist: BOETE_KOLOMMEN,
  uniek: { kolom: 'zaak_id', naam: 'zaak' },
  titel: (r) => `zaak ${r.zaakId}: ${r.uitkomst}`,
  bereid(ctx, invoerKolommen) {
    const params = ctx.params();
    const doorgeven = doorgeefKolommen(invoerKolommen, BOETE_BEKEND, BOETE_UITVOER);
    return {
      kolommen: [...BOETE_UITVOER, ...doorgeven.kolommen],
      lees(rij) {
        const zaak = leesBoeteZaak(rij, ctx.gemeente);
        return {
          sleutel: zaak.zaakId,
          bereken: () => Object.assign(berekenBoete(zaak, params), { doorgegeven: doorgeven.namen.map((k) => rij.tekst(k) ?? '') }),
        };
      },
    };
  },
};

export function boeteBereken(bestand: string, ctx: Context): Promise<void> {
  return draaiRijTaak(BOETE_TAAK, bestand, ctx);
}
