import type { Parameters } from '../kern/parameters.js';
import type { TraceBouwer } from '../kern/trace.js';
import type { Vervoersaanvraag } from './types.js';

/**
 * R5. De handicaproute: een structurele handicap (langer dan 3 maanden) waardoor de leerling op
 * ander vervoer dan OV is aangewezen of het OV niet zelfstandig kan gebruiken. Wie zo'n handicap
 * heeft, kent geen afstandsgrens, geen drempelbedrag en geen draagkrachtbijdrage (WPO art 4 lid 13,
 * WEC art 4 lid 1, 7 en 8). Een tijdelijke beperking telt niet. In het vo noemt de wet alleen een
 * lichamelijke, verstandelijke of zintuiglijke handicap; of een psychische meetelt is beleid.
 */
export function bepaalHandicaproute(a: Vervoersaanvraag, params: Parameters, t: TraceBouwer): boolean {
  const invoer = {
    handicap_structureel: a.handicapStructureel,
    handicap_soort: a.handicapSoort ?? null,
    kan_zelfstandig_ov: a.kanZelfstandigOv,
  };
  if (!a.handicapStructureel || a.kanZelfstandigOv) {
    t.stap({
      regel: 'LLV-R5',
      artikel: 'art 4 lid 13 WPO; art 4 lid 1, 7 en 8 WEC',
      omschrijving: !a.handicapStructureel
        ? 'Geen structurele handicap (langer dan 3 maanden): geen handicaproute, de gewone regels gelden'
        : 'De leerling heeft een structurele handicap, maar kan zelfstandig met het OV reizen: geen handicaproute',
      invoer,
      uitkomst: false,
    });
    return false;
  }
  if (a.schoolsoort === 'vo' && a.handicapSoort === 'psychisch') {
    const psychisch = params.jaNee('leerlingenvervoer.vo.psychische_handicap', a.schooljaar.begin, a.gemeente);
    t.stap({
      regel: 'LLV-R5',
      artikel: 'art 8.28 en 8.29 WVO 2020 (lichamelijke, verstandelijke of zintuiglijke handicap); verordening',
      omschrijving: psychisch.waarde
        ? 'Voortgezet onderwijs met een structurele psychische handicap: volgens de verordening telt die mee; de leerling kan het OV niet zelfstandig gebruiken'
        : 'Voortgezet onderwijs: de wet noemt geen psychische handicap en de verordening breidt dat niet uit',
      invoer,
      parameters: [psychisch],
      uitkomst: psychisch.waarde,
    });
    return psychisch.waarde;
  }
  t.stap({
    regel: 'LLV-R5',
    artikel: 'art 4 lid 13 WPO; art 4 lid 1, 7 en 8 WEC; art 8.28 en 8.29 WVO 2020',
    omschrijving: 'Structurele handicap waardoor de leerling het OV niet zelfstandig kan gebruiken: handicaproute, geen afstandsgrens, geen drempel- of draagkrachtbijdrage',
    invoer,
    uitkomst: true,
  });
  return true;
}
