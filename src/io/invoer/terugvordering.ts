/** Een regel uit MAANDEN.csv (spec: `szmh terugvordering bereken`) naar een `TerugvorderingMaand`. */
import { OORZAKEN, type TerugvorderingMaand } from '../../rules/terugvordering/index.js';
import type { Rij } from '../velden.js';

export const TERUGVORDERING_KOLOMMEN = ['zaak_id', 'maand', 'betaald', 'recht', 'oorzaak'] as const;

/** Kolommen per maand; andere kolommen (zoals `gemeente`, `debiteur_id`) gaan per zaak mee naar de uitvoer. */
export const TERUGVORDERING_BEKEND = [...TERUGVORDERING_KOLOMMEN, 'norm', 'inkomsten', 'loonheffing', 'besluitdatum'] as const;

export function leesTerugvorderingMaand(rij: Rij): TerugvorderingMaand {
  const recht = rij.bedrag('recht');
  const norm = rij.bedrag('norm');
  const inkomsten = rij.bedrag('inkomsten');
  const loonheffing = rij.bedrag('loonheffing');
  const besluitdatum = rij.datum('besluitdatum');
  rij.bsn('bsn'); // een meegeleverd BSN wordt aan de rand gecontroleerd; de berekening heeft het niet nodig
  if (recht === undefined && norm === undefined) throw rij.fout('recht', "leeg: geef 'recht', of 'norm' en 'inkomsten'");
  // Zonder spreads: één object met een vaste vorm per regel (een leeg veld is `undefined`).
  return {
    maand: rij.maand('maand'),
    betaald: rij.bedrag('betaald', { verplicht: true }),
    recht,
    norm,
    inkomsten,
    oorzaak: rij.keuze('oorzaak', OORZAKEN, { verplicht: true }),
    loonheffing,
    besluitdatum,
  };
}
