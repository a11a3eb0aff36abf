import type { Datum } from '../kern/datum.js';
import type { TraceBouwer } from '../kern/trace.js';
import type { LeerplichtDatums, Leerplichtstatus } from './types.js';

/**
 * De status op de peildatum. Elke `…Tot` telt als laatste dag mee:
 * vóór `leerplichtigVanaf` nog niet leerplichtig; t/m `leerplichtTot` leerplichtig; daarna t/m
 * `kwalificatieplichtTot` kwalificatieplichtig; daarna t/m `rmcTot` (als die er is) rmc; anders geen.
 */
export function leerplichtStatusOp(d: LeerplichtDatums, peildatum: Datum, t: TraceBouwer): Leerplichtstatus {
  let status: Leerplichtstatus;
  let uitleg: string;
  if (peildatum < d.leerplichtigVanaf) {
    status = 'nog_niet_leerplichtig';
    uitleg = `vóór ${d.leerplichtigVanaf}, dus nog niet leerplichtig`;
  } else if (peildatum <= d.leerplichtTot) {
    status = 'leerplichtig';
    uitleg = `tussen ${d.leerplichtigVanaf} en ${d.leerplichtTot} (beide meegeteld), dus leerplichtig`;
  } else if (peildatum <= d.kwalificatieplichtTot) {
    status = 'kwalificatieplichtig';
    uitleg = `na het einde van de leerplicht (${d.leerplichtTot}) en uiterlijk ${d.kwalificatieplichtTot}, dus kwalificatieplichtig`;
  } else if (d.rmcTot !== undefined && peildatum <= d.rmcTot) {
    status = 'rmc';
    uitleg = `na de kwalificatieplicht (${d.kwalificatieplichtTot}), zonder startkwalificatie en uiterlijk ${d.rmcTot}, dus in de RMC-doelgroep`;
  } else {
    status = 'geen';
    uitleg =
      d.rmcTot === undefined
        ? `na de leer- en kwalificatieplicht (${d.kwalificatieplichtTot}) met een startkwalificatie: geen plicht en niet in de RMC-doelgroep`
        : `na de RMC-doelgroep (${d.rmcTot}): geen plicht en niet meer in de RMC-doelgroep`;
  }
  t.stap({
    regel: 'LP-status',
    artikel: 'art 3, 4a en 4b Leerplichtwet 1969; art 8.1.8 WEB',
    omschrijving: `Op de peildatum ${peildatum}: ${uitleg}`,
    invoer: { peildatum },
    uitkomst: status,
  });
  return status;
}
