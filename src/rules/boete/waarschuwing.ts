import { plusJaren, type Datum } from '../kern/datum.js';
import { formatEuro } from '../kern/geld.js';
import type { Parameters } from '../kern/parameters.js';
import type { TraceBouwer } from '../kern/trace.js';
import type { Boeteregime } from './hoogte.js';
import type { BoeteZaak } from './types.js';

export interface Waarschuwingstoets {
  readonly mogelijk: boolean;
  /** Artikel waarop de waarschuwing kan steunen, als ze mogelijk is. */
  readonly grondslag?: string;
}

/**
 * Mag het college volstaan met een schriftelijke waarschuwing (art 18a lid 4 Pw)?
 * - Niet binnen 2 jaar na de datum van een eerdere waarschuwing; die dag en de dag 2 jaar later
 *   tellen mee (onbevestigde lezing, onderzoek BO-T14).
 * - Boetebesluit 2017, art 2aa: (a) geen benadeling of ten hoogste € 150; of (b) uit eigen beweging
 *   hersteld binnen 60 dagen na de uiterste datum, vóór ontdekking.
 * - Fraudewet 2013-2016: alleen als er geen benadelingsbedrag is.
 */
export function toetsWaarschuwing(
  zaak: BoeteZaak,
  regime: Boeteregime,
  regimePeil: Datum,
  params: Parameters,
  t: TraceBouwer,
): Waarschuwingstoets {
  const { overtredingsdatum: dag, gemeente } = zaak;
  if (zaak.eerdereWaarschuwingOp !== undefined && zaak.eerdereWaarschuwingOp <= dag) {
    const jaren = params.aantal('boete.waarschuwing.blokkade_jaren', dag, gemeente);
    const tot = plusJaren(zaak.eerdereWaarschuwingOp, jaren.waarde);
    const geblokkeerd = dag <= tot;
    t.stap({
      regel: 'BO-18a-4',
      artikel: 'art 18a lid 4 Pw',
      omschrijving: geblokkeerd
        ? `De overtreding valt binnen ${jaren.waarde} jaar na een eerdere waarschuwing: geen nieuwe waarschuwing`
        : `De eerdere waarschuwing is meer dan ${jaren.waarde} jaar voor de overtreding gegeven: staat een waarschuwing niet in de weg`,
      invoer: { eerdere_waarschuwing_op: zaak.eerdereWaarschuwingOp, overtredingsdatum: dag, blokkade_tot_en_met: tot },
      parameters: [jaren],
      uitkomst: geblokkeerd ? 'geblokkeerd' : 'niet_geblokkeerd',
    });
    if (geblokkeerd) return { mogelijk: false };
  }

  if (regime === 'fraudewet_2013') {
    const mogelijk = zaak.benadelingsbedrag.isZero();
    t.stap({
      regel: 'BO-18a-4-2013',
      artikel: 'art 18a lid 4 Pw (tekst 2013-2016)',
      omschrijving: mogelijk
        ? 'Fraudewet: waarschuwing mogelijk, want er is geen benadelingsbedrag'
        : 'Fraudewet: een waarschuwing kan alleen zonder benadelingsbedrag',
      invoer: { benadelingsbedrag: zaak.benadelingsbedrag },
      uitkomst: mogelijk,
    });
    return mogelijk ? { mogelijk, grondslag: 'art 18a lid 4 Pw (tekst 2013-2016)' } : { mogelijk };
  }

  const maxBenadeling = params.bedrag('boete.waarschuwing.max_benadeling', regimePeil, gemeente);
  if (zaak.benadelingsbedrag.lte(maxBenadeling.waarde)) {
    t.stap({
      regel: 'BO-2aa-1a',
      artikel: 'art 2aa lid 1 onder a Boetebesluit socialezekerheidswetten',
      omschrijving: `Benadelingsbedrag is niet hoger dan ${formatEuro(maxBenadeling.waarde)}: waarschuwing mogelijk`,
      invoer: { benadelingsbedrag: zaak.benadelingsbedrag },
      parameters: [maxBenadeling],
      uitkomst: true,
    });
    return { mogelijk: true, grondslag: 'art 18a lid 4 Pw jo. art 2aa lid 1 onder a Boetebesluit socialezekerheidswetten' };
  }
  const dagen = params.aantal('boete.waarschuwing.zelfcorrectie_dagen', regimePeil, gemeente);
  const hersteld = zaak.zelfGecorrigeerdNaDagen;
  const mogelijk = hersteld !== undefined && hersteld <= dagen.waarde;
  t.stap({
    regel: 'BO-2aa-1b',
    artikel: 'art 2aa lid 1 onder b en lid 2 Boetebesluit socialezekerheidswetten',
    omschrijving: mogelijk
      ? `Uit eigen beweging hersteld binnen ${dagen.waarde} dagen, vóór ontdekking: waarschuwing mogelijk`
      : hersteld === undefined
        ? `Benadelingsbedrag hoger dan ${formatEuro(maxBenadeling.waarde)} en niet uit eigen beweging hersteld: geen waarschuwing`
        : `Pas na ${hersteld} dagen hersteld, later dan ${dagen.waarde} dagen: geen waarschuwing`,
    invoer: { benadelingsbedrag: zaak.benadelingsbedrag, zelf_gecorrigeerd_na_dagen: hersteld ?? null },
    parameters: [maxBenadeling, dagen],
    uitkomst: mogelijk,
  });
  return mogelijk
    ? { mogelijk, grondslag: 'art 18a lid 4 Pw jo. art 2aa lid 1 onder b Boetebesluit socialezekerheidswetten' }
    : { mogelijk };
}
