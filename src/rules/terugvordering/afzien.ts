import { NUL, type Bedrag } from '../kern/geld.js';
import type { Datum } from '../kern/datum.js';
import type { GemeenteCode } from '../kern/gemeente.js';
import type { Parameters } from '../kern/parameters.js';
import { TraceBouwer, type Trace } from '../kern/trace.js';

/**
 * Afzien van verdere terugvordering na een eenmalige betaling (art 58 lid 7 onder d Pw): het
 * college kan afzien van de rest als de debiteur ten minste 50% van de restsom in één keer betaalt.
 * Een bevoegdheid, geen plicht: de uitkomst zegt alleen of de grond openstaat.
 */
export function afzienNaEenmaligeBetaling(
  restsom: Bedrag,
  aanbod: Bedrag,
  datum: Datum,
  params: Parameters,
  gemeente?: GemeenteCode,
): { mogelijk: boolean; kwijtTeSchelden: Bedrag; trace: Trace } {
  const t = new TraceBouwer();
  const percentage = params.factor('terugvordering.afzien.lid7d.percentage', datum, gemeente);
  const drempel = restsom.mul(percentage.waarde);
  const mogelijk = aanbod.gte(drempel) && aanbod.lt(restsom);
  const kwijtTeSchelden = mogelijk ? restsom.minus(aanbod) : NUL;
  t.stap({
    regel: 'AF-58-7d',
    artikel: 'art 58 lid 7 onder d Pw',
    omschrijving: mogelijk
      ? 'Het aanbod is ten minste het minimumdeel van de restsom: het college kan van de rest afzien'
      : 'Het aanbod is lager dan het minimumdeel van de restsom (of betaalt alles): lid 7 onder d biedt geen grond',
    invoer: { restsom, aanbod, drempel },
    parameters: [percentage],
    uitkomst: { mogelijk, kwijt_te_schelden: kwijtTeSchelden },
  });
  return { mogelijk, kwijtTeSchelden, trace: t.klaar() };
}
