import type { Reistijdtoets } from './reistijd.js';
import type { Vervoersaanvraag, Vervoersvorm } from './types.js';

export interface Adequaatheid {
  readonly adequaat: boolean;
  readonly toelichting: string;
}

export interface Adequaatheden {
  readonly perVorm: Readonly<Record<Vervoersvorm, Adequaatheid>>;
  /** De gronden waarop aangepast vervoer nodig is (R11); leeg als geen van de gronden geldt. */
  readonly grondenAangepast: readonly string[];
}

const ja = (toelichting: string): Adequaatheid => ({ adequaat: true, toelichting });
const nee = (toelichting: string): Adequaatheid => ({ adequaat: false, toelichting });

/**
 * R9-R11. Welke vervoersvormen zijn adequaat (passend) voor deze leerling, en waarom (niet)?
 * - fiets: de leerling kan (veilig) zelfstandig fietsen;
 * - fiets_begeleid: kan fietsen onder begeleiding en begeleiding is mogelijk (niet nodig als zelfstandig);
 * - ov: er is OV, de leerling kan zelfstandig met het OV en het reistijdcriterium is niet vervuld;
 * - ov_begeleid: idem met begeleiding, als begeleiding mogelijk is (niet nodig als zelfstandig);
 * - eigen_vervoer: de ouders hebben een auto en stemmen in (een voorstel, nooit opgelegd);
 * - aangepast: altijd passend (deur-tot-deur); de gronden van R11 zeggen of het nodig is:
 *   een structurele handicap waardoor OV en fiets ook met begeleiding niet gaan, het
 *   reistijdcriterium, geen OV, of begeleiding die nodig maar niet mogelijk is.
 */
export function beoordeelAdequaatheid(a: Vervoersaanvraag, reistijd: Reistijdtoets, handicaproute: boolean): Adequaatheden {
  const fiets = a.kanFietsen ? ja('de leerling kan zelfstandig (veilig) fietsen') : nee('de leerling kan niet zelfstandig (veilig) fietsen');

  let fietsBegeleid: Adequaatheid;
  if (a.kanFietsen) fietsBegeleid = nee('niet nodig: de leerling kan zelfstandig fietsen');
  else if (!a.kanFietsenMetBegeleiding) fietsBegeleid = nee('de leerling kan ook onder begeleiding niet fietsen');
  else if (!a.begeleidingBeschikbaar) fietsBegeleid = nee('begeleiding is nodig maar niet mogelijk');
  else fietsBegeleid = ja('de leerling kan onder begeleiding fietsen en een begeleider is beschikbaar');

  let ov: Adequaatheid;
  if (!a.ovBeschikbaar) ov = nee('er is geen openbaar vervoer op de route');
  else if (!a.kanZelfstandigOv) ov = nee('de leerling kan niet zelfstandig met het OV reizen');
  else if (reistijd.ovTeLang) ov = nee(`de reistijd is te lang: ${reistijd.toelichting}`);
  else ov = ja(`de leerling kan zelfstandig met het OV reizen; ${reistijd.toelichting}`);

  let ovBegeleid: Adequaatheid;
  if (a.kanZelfstandigOv) ovBegeleid = nee('niet nodig: de leerling kan zelfstandig met het OV reizen');
  else if (!a.ovBeschikbaar) ovBegeleid = nee('er is geen openbaar vervoer op de route');
  else if (!a.kanOvMetBegeleiding) ovBegeleid = nee('de leerling kan ook met begeleiding niet met het OV reizen');
  else if (!a.begeleidingBeschikbaar) ovBegeleid = nee('begeleiding is nodig maar niet mogelijk');
  else if (reistijd.ovTeLang) ovBegeleid = nee(`de reistijd is te lang: ${reistijd.toelichting}`);
  else ovBegeleid = ja(`de leerling kan met begeleiding met het OV reizen en een begeleider is beschikbaar; ${reistijd.toelichting}`);

  let eigen: Adequaatheid;
  if (!a.eigenAuto) eigen = nee('de ouders hebben geen eigen auto');
  else if (!a.instemmingEigenVervoer) eigen = nee('de ouders hebben (nog) niet ingestemd met vervoer in eigen auto');
  else eigen = ja('de ouders rijden zelf en stemmen in met de kilometervergoeding');

  const gronden: string[] = [];
  if (handicaproute && !a.kanOvMetBegeleiding && !a.kanFietsen && !a.kanFietsenMetBegeleiding) {
    gronden.push('structurele handicap: ook met begeleiding geen OV of fiets');
  }
  if (reistijd.ovTeLang) gronden.push(reistijd.toelichting);
  if (!a.ovBeschikbaar) gronden.push('geen openbaar vervoer op de route');
  const begeleidingNodig = !a.kanZelfstandigOv && !a.kanFietsen && (a.kanOvMetBegeleiding || a.kanFietsenMetBegeleiding);
  if (begeleidingNodig && !a.begeleidingBeschikbaar) gronden.push('begeleiding is nodig maar niet mogelijk');
  const aangepast = ja(gronden.length ? `nodig: ${gronden.join('; ')}` : 'passend (deur-tot-deurvervoer); geen van de gronden die het noodzakelijk maken');

  return {
    perVorm: { fiets, fiets_begeleid: fietsBegeleid, ov, ov_begeleid: ovBegeleid, eigen_vervoer: eigen, aangepast },
    grondenAangepast: gronden,
  };
}
