import type { TraceBouwer } from '../kern/trace.js';
import type { Vervoersaanvraag, Vervoersreden } from './types.js';

/**
 * R1. De poort per schoolsoort. Bo, sbo en so: recht op grond van afstand of handicap. Vso en vo:
 * alleen als de leerling door een handicap op ander vervoer dan OV is aangewezen of het OV niet
 * zelfstandig kan gebruiken (de handicaproute, R5). Geeft de afwijzingsreden, of `undefined`.
 */
export function toetsSchoolsoort(a: Vervoersaanvraag, handicaproute: boolean, t: TraceBouwer): Vervoersreden | undefined {
  if ((a.schoolsoort === 'vo' || a.schoolsoort === 'vso') && !handicaproute) {
    const vo = a.schoolsoort === 'vo';
    t.stap({
      regel: 'LLV-R1',
      artikel: vo ? 'art 8.28 en 8.29 WVO 2020 (voorheen art 4 lid 1 WVO)' : 'art 4 lid 1 WEC',
      omschrijving: vo
        ? 'Voortgezet onderwijs: alleen recht als de leerling door een handicap niet zelfstandig met het OV kan reizen; dat is hier niet zo, ongeacht de afstand'
        : 'Voortgezet speciaal onderwijs: alleen recht als de leerling door een handicap niet zelfstandig met het OV kan reizen; dat is hier niet zo',
      invoer: { schoolsoort: a.schoolsoort, handicaproute },
      uitkomst: vo ? 'vo_zonder_handicap' : 'vso_zonder_handicap',
    });
    return vo ? 'vo_zonder_handicap' : 'vso_zonder_handicap';
  }
  t.stap({
    regel: 'LLV-R1',
    artikel: a.schoolsoort === 'bo' || a.schoolsoort === 'sbo' ? 'art 4 lid 1 WPO' : a.schoolsoort === 'so' || a.schoolsoort === 'vso' ? 'art 4 lid 1 WEC' : 'art 8.28 en 8.29 WVO 2020',
    omschrijving:
      a.schoolsoort === 'vo' || a.schoolsoort === 'vso'
        ? `${a.schoolsoort}: de leerling is door een handicap aangewezen op ander vervoer dan zelfstandig OV: de aanvraag kan worden beoordeeld`
        : `${a.schoolsoort}: recht mogelijk op grond van afstand of handicap`,
    invoer: { schoolsoort: a.schoolsoort, handicaproute },
    uitkomst: 'door',
  });
  return undefined;
}
