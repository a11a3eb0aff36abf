import { leeftijdOp, type Datum } from '../kern/datum.js';
import type { Parameters } from '../kern/parameters.js';
import type { TraceBouwer } from '../kern/trace.js';
import { bepaalLeerplichtStatus } from '../leerplicht/bepaalLeerplichtStatus.js';
import type { Leerling, LeerplichtDatums, Leerplichtstatus } from '../leerplicht/types.js';
import { LPW } from './voorwaarde.js';

export interface LeerplichtOpDatum {
  readonly datum: Datum;
  readonly status: Leerplichtstatus;
  readonly leeftijd: number;
  readonly datums: LeerplichtDatums;
}

/** Valt de leerling op deze status onder de Leerplichtwet (leer- of kwalificatieplicht)? */
export function onderLeerplichtwet(status: Leerplichtstatus): boolean {
  return status === 'leerplichtig' || status === 'kwalificatieplichtig';
}

/**
 * De leerplichtstatus en de leeftijd van een leerling op een datum, met de regels van `szmh
 * leerplicht status` (art 3, 4a en 4b Lpw; art 8.1.8 WEB). De verzuimregels nemen die status over in
 * één stap van hun eigen trace; de volledige afleiding staat in de leerplichttrace.
 */
export function leerplichtOp(leerling: Leerling, datum: Datum, params: Parameters, t: TraceBouwer, waarvoor: string): LeerplichtOpDatum {
  const r = bepaalLeerplichtStatus(leerling, datum, params);
  const leeftijd = leeftijdOp(leerling.geboortedatum, datum);
  t.stap({
    regel: 'VZ-LP',
    artikel: `art 3, 4a en 4b ${LPW}; art 8.1.8 WEB`,
    omschrijving:
      `Leerplichtstatus ${waarvoor} op ${datum}: ${r.status.replaceAll('_', ' ')}, ${leeftijd} jaar ` +
      `(leerplicht t/m ${r.leerplichtTot}, kwalificatieplicht t/m ${r.kwalificatieplichtTot}${r.rmcTot ? `, RMC t/m ${r.rmcTot}` : ''})`,
    invoer: { geboortedatum: leerling.geboortedatum, startkwalificatie_op: leerling.startkwalificatieOp ?? null, datum },
    uitkomst: { status: r.status, leeftijd },
  });
  const datums: LeerplichtDatums =
    r.rmcTot === undefined
      ? { leerplichtigVanaf: r.leerplichtigVanaf, leerplichtTot: r.leerplichtTot, kwalificatieplichtTot: r.kwalificatieplichtTot }
      : { leerplichtigVanaf: r.leerplichtigVanaf, leerplichtTot: r.leerplichtTot, kwalificatieplichtTot: r.kwalificatieplichtTot, rmcTot: r.rmcTot };
  return { datum, status: r.status, leeftijd, datums };
}
