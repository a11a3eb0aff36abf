import { rondAf, type Bedrag } from '../kern/geld.js';
import { maakDatum, type Schooljaar } from '../kern/datum.js';
import { RegelFout } from '../kern/fouten.js';
import type { Incassotermijn } from './types.js';

/** De incassomaanden: oktober van het beginjaar, januari, april en juni van het jaar erna. */
const MAANDEN = [
  { maand: 10, jaarErbij: 0 },
  { maand: 1, jaarErbij: 1 },
  { maand: 4, jaarErbij: 1 },
  { maand: 6, jaarErbij: 1 },
] as const;

/**
 * Seeds R-LLV-04. De ouderbijdrage van een schooljaar in vier incassotermijnen (oktober, januari,
 * april, juni) die samen precies de bijdrage zijn: vier gelijke delen naar beneden afgerond op
 * centen, het restant (hooguit 3 cent) op de eerste termijn.
 */
export function verdeelInTermijnen(bijdrage: Bedrag, schooljaar: Schooljaar, dag: number): Incassotermijn[] {
  if (!Number.isInteger(dag) || dag < 1 || dag > 28) {
    throw new RegelFout(`parameter 'leerlingenvervoer.incasso.dag' is ${dag}; verwacht een dag van 1 tot en met 28`);
  }
  if (bijdrage.isNegative()) throw new RegelFout('een negatieve ouderbijdrage kan niet worden geïncasseerd');
  const totaal = rondAf(bijdrage);
  const deel = rondAf(totaal.div(4), { stap: '0.01', richting: 'omlaag' });
  const eerste = totaal.minus(deel.mul(3));
  const beginjaar = Number(schooljaar.begin.slice(0, 4));
  return MAANDEN.map(({ maand, jaarErbij }, i) => ({
    datum: maakDatum(beginjaar + jaarErbij, maand, dag),
    bedrag: i === 0 ? eerste : deel,
  }));
}
