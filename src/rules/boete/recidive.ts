import { plusDagen, plusJaren } from '../kern/datum.js';
import type { Parameters } from '../kern/parameters.js';
import type { TraceBouwer } from '../kern/trace.js';
import type { BoeteZaak } from './types.js';

/**
 * Recidive (art 18a lid 5-6 Pw): een eerdere boete voor eenzelfde gedraging die onherroepelijk
 * werd binnen 5 jaar (10 jaar na een onvoorwaardelijke gevangenisstraf) vóór de dag van de nieuwe
 * overtreding. Het venster begint op dezelfde kalenderdag N jaar eerder en eindigt de dag vóór de
 * overtreding. Zoals de spec: het venster wordt getoetst op de datum van onherroepelijkheid.
 */
export function bepaalRecidive(zaak: BoeteZaak, params: Parameters, t: TraceBouwer): boolean {
  const onherroepelijk = zaak.eerdereBoeteOnherroepelijkOp;
  if (onherroepelijk === undefined) {
    t.stap({
      regel: 'BO-18a-5',
      artikel: 'art 18a lid 5 Pw',
      omschrijving: 'Geen eerdere onherroepelijke boete opgegeven: geen recidive',
      uitkomst: false,
    });
    return false;
  }
  const termijn = zaak.eerdereGevangenisstraf
    ? params.aantal('boete.recidive.termijn_jaren_gevangenisstraf', zaak.overtredingsdatum, zaak.gemeente)
    : params.aantal('boete.recidive.termijn_jaren', zaak.overtredingsdatum, zaak.gemeente);
  const begin = plusJaren(zaak.overtredingsdatum, -termijn.waarde);
  const recidive = onherroepelijk >= begin && onherroepelijk < zaak.overtredingsdatum;
  t.stap({
    regel: zaak.eerdereGevangenisstraf ? 'BO-18a-6' : 'BO-18a-5',
    artikel: zaak.eerdereGevangenisstraf ? 'art 18a lid 5 en 6 Pw' : 'art 18a lid 5 Pw',
    omschrijving: recidive
      ? `De eerdere boete werd onherroepelijk binnen ${termijn.waarde} jaar vóór de dag van de overtreding: recidive`
      : `De eerdere boete werd niet onherroepelijk in het venster van ${termijn.waarde} jaar vóór de dag van de overtreding: geen recidive`,
    invoer: {
      overtredingsdatum: zaak.overtredingsdatum,
      eerdere_boete_onherroepelijk_op: onherroepelijk,
      eerdere_gevangenisstraf: zaak.eerdereGevangenisstraf,
      venster_van: begin,
      venster_tot_en_met: plusDagen(zaak.overtredingsdatum, -1),
    },
    parameters: [termijn],
    uitkomst: recidive,
  });
  return recidive;
}
