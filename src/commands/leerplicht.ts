/** `szmh leerplicht status LEERLINGEN.csv`: per leerling de leerplichtdatums en de status op de peildatum. */
import { bepaalLeerplichtStatus, type LeerplichtResultaat } from '../rules/leerplicht/index.js';
import { LEERPLICHT_KOLOMMEN, leesLeerling } from '../io/invoer/leerplicht.js';
import type { Kolom } from '../io/uitvoer.js';
import type { Context } from './context.js';
import { draaiRijTaak, type RijTaak } from './rijtaak.js';

export const LEERPLICHT_UITVOER: readonly Kolom<LeerplichtResultaat>[] = [
  { naam: 'leerling_id', soort: 'tekst', waarde: (r) => r.leerlingId },
  { naam: 'leerplichtig_vanaf', soort: 'datum', waarde: (r) => r.leerplichtigVanaf },
  { naam: 'leerplicht_tot', soort: 'datum', waarde: (r) => r.leerplichtTot },
  { naam: 'kwalificatieplicht_tot', soort: 'datum', waarde: (r) => r.kwalificatieplichtTot },
  { naam: 'rmc_tot', soort: 'datum', waarde: (r) => r.rmcTot },
  { naam: 'status', soort: 'tekst', waarde: (r) => r.status },
  { naam: 'trace', soort: 'trace', waarde: (r) => r.trace, inTabel: false },
];

export const LEERPLICHT_TAAK: RijTaak<LeerplichtResultaat> = {
  module: import.meta.url,
  naam: 'LEERPLICHT_TAAK',
  vereist: LEERPLICHT_KOLOMMEN,
  uniek: { kolom: 'leerling_id', naam: 'leerling' },
  titel: (r) => `leerling ${r.leerlingId}: ${r.status}`,
  bereid(ctx) {
    const params = ctx.params();
    return {
      // De trace staat in JSON/JSONL en --explain; in CSV zou hij 2,5 miljoen keer dezelfde afleiding
      // herhalen (3 kB per leerling) en de spec vraagt daar alleen de datums en de status.
      kolommen: ctx.formaat === 'csv' ? LEERPLICHT_UITVOER.filter((k) => k.soort !== 'trace') : LEERPLICHT_UITVOER,
      lees(rij) {
        const leerling = leesLeerling(rij, ctx.peildatum, ctx.gemeente);
        return {
          sleutel: leerling.leerlingId,
          bereken: () => bepaalLeerplichtStatus(leerling, ctx.peildatum, params),
        };
      },
    };
  },
};

export function leerplichtStatus(bestand: string, ctx: Context): Promise<void> {
  return draaiRijTaak(LEERPLICHT_TAAK, bestand, ctx);
}
