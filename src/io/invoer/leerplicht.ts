/** Een regel uit LEERLINGEN.csv (spec: `szmh leerplicht status`) naar een `Leerling`. */
import type { Datum } from '../../rules/kern/datum.js';
import type { GemeenteCode } from '../../rules/kern/gemeente.js';
import type { Leerling } from '../../rules/leerplicht/index.js';
import type { Rij } from '../velden.js';

export const LEERPLICHT_KOLOMMEN = ['leerling_id', 'geboortedatum'] as const;

/**
 * Leest en controleert één leerling. Een geboortedatum na de peildatum of een startkwalificatie vóór
 * de geboortedatum is een invoerfout (exit 2) met bestand, regel en kolom. Een meegeleverd BSN wordt
 * gecontroleerd (11-proef) maar niet gebruikt en nooit uitgevoerd.
 */
export function leesLeerling(rij: Rij, peildatum: Datum, standaardGemeente: GemeenteCode | undefined): Leerling {
  const leerlingId = rij.verplicht('leerling_id');
  const geboortedatum = rij.datum('geboortedatum', { verplicht: true });
  if (geboortedatum > peildatum) throw rij.fout('geboortedatum', `${geboortedatum} ligt na de peildatum ${peildatum}`);
  const startkwalificatieOp = rij.datum('startkwalificatie_op');
  if (startkwalificatieOp !== undefined && startkwalificatieOp < geboortedatum) {
    throw rij.fout('startkwalificatie_op', `${startkwalificatieOp} ligt vóór de geboortedatum ${geboortedatum}`);
  }
  const gemeente = rij.gemeente('gemeente') ?? standaardGemeente;
  rij.bsn('bsn');
  // Ontbrekende velden als `undefined`, niet met voorwaardelijke spreidingen: die maken elk object per rij traag.
  return { leerlingId, gemeente, geboortedatum, startkwalificatieOp };
}
