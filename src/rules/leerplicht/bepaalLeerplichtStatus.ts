import type { Datum } from '../kern/datum.js';
import { RegelFout } from '../kern/fouten.js';
import type { Parameters } from '../kern/parameters.js';
import { TraceBouwer } from '../kern/trace.js';
import { berekenLeerplichtDatums } from './leerplichtDatums.js';
import { leerplichtParameters } from './parameters.js';
import { leerplichtStatusOp } from './status.js';
import type { Leerling, LeerplichtResultaat } from './types.js';

/**
 * Leerplicht, kwalificatieplicht en RMC voor één leerling: de vier datums en de status op de
 * peildatum, met een trace per stap. De parameters (leeftijden, begin van het schooljaar) zijn die
 * welke op de peildatum gelden, voor de gemeente van de leerling.
 */
export function bepaalLeerplichtStatus(leerling: Leerling, peildatum: Datum, params: Parameters): LeerplichtResultaat {
  const { leerlingId, geboortedatum, startkwalificatieOp } = leerling;
  if (geboortedatum > peildatum) {
    throw new RegelFout(`leerling ${leerlingId}: de geboortedatum ligt na de peildatum ${peildatum}`);
  }
  if (startkwalificatieOp !== undefined && startkwalificatieOp < geboortedatum) {
    throw new RegelFout(`leerling ${leerlingId}: de startkwalificatie ligt vóór de geboortedatum`);
  }
  const p = leerplichtParameters(params, peildatum, leerling.gemeente);
  const t = new TraceBouwer();
  const d = berekenLeerplichtDatums(leerling, p, t);
  const status = leerplichtStatusOp(d, peildatum, t);
  const { leerplichtigVanaf, leerplichtTot, kwalificatieplichtTot, rmcTot } = d;
  return rmcTot === undefined
    ? { leerlingId, peildatum, leerplichtigVanaf, leerplichtTot, kwalificatieplichtTot, status, trace: t.klaar() }
    : { leerlingId, peildatum, leerplichtigVanaf, leerplichtTot, kwalificatieplichtTot, rmcTot, status, trace: t.klaar() };
}
