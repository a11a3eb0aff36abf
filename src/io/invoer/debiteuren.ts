/**
 * Regels uit de invoerbestanden van `szmh debiteuren` naar domeinwaarden: vorderingen (in het
 * eigen formaat, of rechtstreeks de uitvoer van `terugvordering bereken` en `boete bereken`),
 * betalingsafspraken en beslag door derden.
 */
import { NUL } from '../../rules/kern/geld.js';
import type { Iban } from '../../rules/kern/iban.js';
import { SOORTEN, STROMEN, type Stroom, type Vorderingsoort } from '../../rules/debiteuren/types.js';
import type { Vordering } from '../store/debiteuren.js';
import type { CsvBron } from '../csv.js';
import { vereisKolommen, type Rij } from '../velden.js';

export type Vorderingformaat = 'vorderingen' | 'terugvordering' | 'boete';

/**
 * Herkent het formaat aan de kop: het eigen formaat (`vordering_id`, `hoofdsom`), de uitvoer van
 * `terugvordering bereken` (`terugvordering_netto`, `bruto_bedrag`) of van `boete bereken`
 * (`uitkomst`, `boete`). Die laatste twee hebben ook `debiteur_id`, `gemeente`, `opgelegd_op` en
 * eventueel `betalingskenmerk`, `iban` en `stroom` nodig: kolommen die de rekencommando's
 * ongewijzigd doorgeven als ze in hun invoer staan.
 */
export function herkenVorderingformaat(bron: CsvBron): Vorderingformaat {
  const k = bron.kolommen;
  let formaat: Vorderingformaat;
  if (k.includes('terugvordering_netto') && k.includes('bruto_bedrag')) formaat = 'terugvordering';
  else if (k.includes('uitkomst') && k.includes('boete')) formaat = 'boete';
  else formaat = 'vorderingen';
  vereisKolommen(
    bron,
    formaat === 'vorderingen'
      ? ['vordering_id', 'debiteur_id', 'gemeente', 'soort', 'stroom', 'hoofdsom', 'opgelegd_op', 'betalingskenmerk']
      : ['zaak_id', 'debiteur_id', 'gemeente', 'opgelegd_op'],
  );
  return formaat;
}

export interface Vorderingregel {
  readonly vordering: Vordering;
  readonly iban?: Iban;
}

/** Eén regel als vordering, of `undefined` als de regel geen vordering is (geen boete, niets terug te vorderen). */
export function leesVordering(rij: Rij, formaat: Vorderingformaat): Vorderingregel | undefined {
  let vorderingId: string;
  let soort: Vorderingsoort;
  let stroom: Stroom;
  let hoofdsom;
  if (formaat === 'vorderingen') {
    vorderingId = rij.verplicht('vordering_id');
    soort = rij.keuze('soort', SOORTEN, { verplicht: true });
    stroom = rij.keuze('stroom', STROMEN, { verplicht: true });
    hoofdsom = rij.bedrag('hoofdsom', { verplicht: true });
  } else if (formaat === 'terugvordering') {
    vorderingId = rij.tekst('vordering_id') ?? rij.verplicht('zaak_id');
    soort = 'terugvordering';
    stroom = rij.keuze('stroom', STROMEN) ?? 'buig';
    hoofdsom = rij.bedrag('bruto_bedrag', { verplicht: true });
  } else {
    if (rij.verplicht('uitkomst') !== 'boete') return undefined;
    vorderingId = rij.tekst('vordering_id') ?? rij.verplicht('zaak_id');
    soort = 'boete';
    stroom = rij.keuze('stroom', STROMEN) ?? 'fraude';
    hoofdsom = rij.bedrag('boete', { verplicht: true });
  }
  if (formaat !== 'vorderingen' && hoofdsom.isZero()) return undefined;
  const gemeente = rij.gemeente('gemeente');
  if (gemeente === undefined) throw rij.fout('gemeente', 'verplicht veld is leeg: elke vordering hoort bij één gemeente');
  const betalingskenmerk = rij.betalingskenmerk('betalingskenmerk');
  const iban = rij.iban('iban');
  return {
    vordering: {
      vorderingId,
      debiteurId: rij.verplicht('debiteur_id'),
      gemeente,
      soort,
      stroom,
      hoofdsom,
      kosten: rij.bedrag('kosten') ?? NUL,
      rente: rij.bedrag('rente') ?? NUL,
      opgelegdOp: rij.datum('opgelegd_op', { verplicht: true }),
      ...(betalingskenmerk ? { betalingskenmerk } : {}),
    },
    ...(iban ? { iban } : {}),
  };
}

export const AFSPRAAK_KOLOMMEN = ['debiteur_id', 'termijnbedrag', 'frequentie', 'eerste_termijn'] as const;

export function leesAfspraak(rij: Rij) {
  const termijnbedrag = rij.bedrag('termijnbedrag', { verplicht: true });
  if (termijnbedrag.isZero()) throw rij.fout('termijnbedrag', 'een termijnbedrag van € 0 is geen afspraak');
  return {
    debiteurId: rij.verplicht('debiteur_id'),
    termijnbedrag,
    frequentie: rij.keuze('frequentie', ['maand', 'kwartaal'] as const, { verplicht: true }),
    eersteTermijn: rij.datum('eerste_termijn', { verplicht: true }),
  };
}

export const BESLAG_KOLOMMEN = ['beslag_id', 'debiteur_id', 'gemeente', 'schuldeiser', 'bedrag', 'van'] as const;

export function leesBeslag(rij: Rij) {
  const gemeente = rij.gemeente('gemeente');
  if (gemeente === undefined) throw rij.fout('gemeente', 'verplicht veld is leeg');
  const van = rij.datum('van', { verplicht: true });
  const tot = rij.datum('tot');
  if (tot !== undefined && tot < van) throw rij.fout('tot', `${tot} ligt vóór ${van}`);
  return {
    beslagId: rij.verplicht('beslag_id'),
    debiteurId: rij.verplicht('debiteur_id'),
    gemeente,
    schuldeiser: rij.verplicht('schuldeiser'),
    bedrag: rij.bedrag('bedrag', { verplicht: true }),
    van,
    ...(tot ? { tot } : {}),
  };
}
