/**
 * Themacontrole (sociale recherche): een gedocumenteerde, reproduceerbare selectie over het
 * klantenbestand. Bron: ../shared/research/interfaces-ib-camt-verzuim.md §1.7; seeds-000-003.md
 * R-HH-01 en R-HH-03; seeds-001-002-004.md R21.
 */
import type { Datum } from '../kern/datum.js';

export const OPERATOREN = ['=', '!=', '<', '<=', '>', '>=', 'in', 'niet_in', 'tussen', 'leeg', 'niet_leeg', 'bevat'] as const;
export type Operator = (typeof OPERATOREN)[number];

export type Criteriumwaarde = string | number | boolean | readonly (string | number)[];

/** Eén declaratief criterium: een veld, een operator en een waarde. Geen vrije code. */
export interface Criterium {
  readonly id: string;
  readonly omschrijving?: string;
  readonly veld: string;
  readonly operator: Operator;
  readonly waarde?: Criteriumwaarde;
}

/** Hoe de criteria samen een geval selecteren: alle, minstens één, of minstens n. */
export type Combinatie = { readonly soort: 'alle' } | { readonly soort: 'minstens'; readonly aantal: number };

export interface Steekproef {
  readonly omvang: number;
  readonly seed: string;
  /** Verdeel de steekproef evenredig over de waarden van dit veld (bijvoorbeeld gemeente). */
  readonly strata?: string;
}

export interface Thema {
  readonly id: string;
  readonly naam: string;
  readonly doel: string;
  readonly grondslag: string;
  readonly goedgekeurdDoor: string;
  readonly goedgekeurdOp?: Datum;
  readonly periode?: { readonly van: Datum; readonly tot: Datum };
  /** De kolom met het id van een geval in het populatiebestand (standaard `id`). */
  readonly idKolom: string;
  readonly criteria: readonly Criterium[];
  readonly combinatie: Combinatie;
  readonly steekproef?: Steekproef;
  /** Schriftelijke rechtvaardiging voor criteria op beschermde kenmerken (CRvB 2018:1541). */
  readonly rechtvaardiging?: string;
}

/** Een geval uit de populatie: het id en de velden (genormaliseerde kolomnamen → tekst). */
export interface Geval {
  readonly id: string;
  readonly velden: ReadonlyMap<string, string>;
}

export interface Selectie {
  readonly id: string;
  /** De criteria die voor dit geval afgingen (id's, in de volgorde van het thema). */
  readonly criteria: readonly string[];
  readonly stratum?: string;
}
