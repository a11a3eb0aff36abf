import { plusDagen, plusMaanden, type Datum, type Schooljaar } from '../kern/datum.js';
import type { Parameters } from '../kern/parameters.js';
import { TraceBouwer, type Trace } from '../kern/trace.js';
import { LPW } from './voorwaarde.js';

export interface Rapportagetermijn {
  readonly schooljaar: string;
  readonly termijn: 'artikel25' | 'rmc_jaarverslag';
  readonly omschrijving: string;
  /** De datum waarvóór het stuk klaar moet zijn ("vóór 1 oktober"). */
  readonly voor: Datum;
  /** De laatste dag waarop het kan: de dag vóór `voor`. */
  readonly uiterlijk: Datum;
  readonly grondslag: string;
  readonly trace: Trace;
}

const TERMIJNEN = [
  {
    termijn: 'artikel25',
    sleutel: 'verzuim.kalender.artikel25.maanden',
    omschrijving: 'verslag leerplicht en cijfers ex art 25 aan de raad en de minister',
    grondslag: `art 25 ${LPW}; R-LP-06`,
  },
  {
    termijn: 'rmc_jaarverslag',
    sleutel: 'verzuim.kalender.rmc_jaarverslag.maanden',
    omschrijving: 'jaarverslag RMC (en de effectrapportage RMC)',
    grondslag: 'Uitvoeringsovereenkomst Onderwijs SZMH; R-LP-06',
  },
] as const;

/**
 * De rapportagekalender bij een schooljaar (R-LP-06): het verslag ex art 25 Lpw vóór 1 oktober na het
 * schooljaar en het jaarverslag RMC vóór 1 maart daaropvolgend. Elke termijn is een parameter: zoveel
 * maanden na de eerste dag na het schooljaar (1 augustus + 2 = 1 oktober, + 7 = 1 maart). Voorbeeld
 * 2017-2018: 2018-10-01 en 2019-03-01.
 */
export function rapportageTermijnen(schooljaar: Schooljaar, params: Parameters): Rapportagetermijn[] {
  const naSchooljaar = plusDagen(schooljaar.eind, 1);
  return TERMIJNEN.map((def) => {
    const maanden = params.aantal(def.sleutel, schooljaar.eind);
    const voor = plusMaanden(naSchooljaar, maanden.waarde);
    const t = new TraceBouwer();
    t.stap({
      regel: `VZ-KAL-${def.termijn}`,
      artikel: def.grondslag,
      omschrijving: `${def.omschrijving} over ${schooljaar.naam}: vóór ${voor} (${maanden.waarde} maanden na ${naSchooljaar})`,
      invoer: { schooljaar: schooljaar.naam, eerste_dag_na_schooljaar: naSchooljaar },
      parameters: [maanden],
      uitkomst: voor,
    });
    return { schooljaar: schooljaar.naam, termijn: def.termijn, omschrijving: def.omschrijving, voor, uiterlijk: plusDagen(voor, -1), grondslag: def.grondslag, trace: t.klaar() };
  });
}
