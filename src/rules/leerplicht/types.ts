import type { Datum } from '../kern/datum.js';
import type { GemeenteCode } from '../kern/gemeente.js';
import type { Trace } from '../kern/trace.js';

export const LEERPLICHTSTATUSSEN = ['nog_niet_leerplichtig', 'leerplichtig', 'kwalificatieplichtig', 'rmc', 'geen'] as const;
export type Leerplichtstatus = (typeof LEERPLICHTSTATUSSEN)[number];

/** Eén leerling uit het leerplichtregister. */
export interface Leerling {
  readonly leerlingId: string;
  /** Gemeente voor de parameters; zonder gemeente de regionale standaard. */
  readonly gemeente?: GemeenteCode;
  readonly geboortedatum: Datum;
  /** Datum waarop de startkwalificatie (havo, vwo of mbo niveau 2 of hoger; art 1 onder f Lpw) is behaald. */
  readonly startkwalificatieOp?: Datum;
}

/**
 * De datums van één leerling. Elke `…Tot` is de laatste dag (tot en met); `rmcTot` ontbreekt als de
 * leerling met een startkwalificatie de kwalificatieplicht verliet en dus nooit tot de RMC-doelgroep hoort.
 */
export interface LeerplichtDatums {
  readonly leerplichtigVanaf: Datum;
  readonly leerplichtTot: Datum;
  readonly kwalificatieplichtTot: Datum;
  readonly rmcTot?: Datum;
}

export interface LeerplichtResultaat extends LeerplichtDatums {
  readonly leerlingId: string;
  readonly peildatum: Datum;
  readonly status: Leerplichtstatus;
  readonly trace: Trace;
}
