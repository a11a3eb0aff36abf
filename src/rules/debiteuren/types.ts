import type { Bedrag } from '../kern/geld.js';
import type { Datum } from '../kern/datum.js';

export const SOORTEN = ['terugvordering', 'boete', 'verhaal', 'bijzondere_bijstand', 'lening', 'overig'] as const;
export type Vorderingsoort = (typeof SOORTEN)[number];

/** De geldstroom waarop ontvangsten tellen (R-TV-02, R-DEB-04). */
export const STROMEN = ['buig', 'bijzondere_bijstand', 'fraude', 'overig'] as const;
export type Stroom = (typeof STROMEN)[number];

/** Volgorde van art 4:92 lid 1 Awb: eerst kosten, dan rente, dan de hoofdsom. */
export const COMPONENTEN = ['kosten', 'rente', 'hoofdsom'] as const;
export type Component = (typeof COMPONENTEN)[number];

export interface OpenVordering {
  readonly vorderingId: string;
  readonly opgelegdOp: Datum;
  readonly open: Readonly<Record<Component, Bedrag>>;
}

/** Een deel van een ontvangst dat op een vordering (per component) of als tegoed wordt geboekt. */
export interface Toewijzing {
  readonly vorderingId: string | null;
  readonly component: Component | 'tegoed';
  readonly bedrag: Bedrag;
}
