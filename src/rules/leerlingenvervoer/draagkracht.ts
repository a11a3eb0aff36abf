import { NUL, rondAf, type Bedrag } from '../kern/geld.js';
import type { Datum } from '../kern/datum.js';
import type { GemeenteCode } from '../kern/gemeente.js';
import { RegelFout } from '../kern/fouten.js';
import type { ParameterGebruik, Parameters } from '../kern/parameters.js';
import type { TraceBouwer } from '../kern/trace.js';
import type { Toetsafstand } from './toegankelijkeSchool.js';
import type { Vervoersaanvraag } from './types.js';

const ARTIKEL = 'art 4 lid 11 en 13 WPO';
const BANDEN = [1, 2, 3, 4, 5] as const;

export interface Draagkracht {
  readonly bedrag: Bedrag;
  /** De bijdrage is van toepassing, maar het inkomen is niet opgegeven: een mens moet kijken. */
  readonly inkomenOnbekend: boolean;
}

export interface Tabeluitkomst {
  readonly bedrag: Bedrag;
  readonly toelichting: string;
  readonly parameters: readonly ParameterGebruik<unknown>[];
}

/**
 * De draagkrachttabel: een inkomen *boven* grens.i geeft bedrag.i (de hoogste band die past); boven
 * de bovengrens komt per begonnen stap het stapbedrag erbij. Het stapbedrag moet bij dezelfde tabel
 * horen (ingangsdatum niet vóór die van de bovengrens): anders weigert de regel.
 */
export function draagkrachtUitTabel(inkomen: Bedrag, params: Parameters, peil: Datum, gemeente: GemeenteCode): Tabeluitkomst {
  const p = (s: string) => params.bedrag(`leerlingenvervoer.draagkracht.${s}`, peil, gemeente);
  const grenzen = BANDEN.map((i) => p(`grens.${i}`));
  let band = 0;
  for (const i of BANDEN) if (inkomen.gt(grenzen[i - 1]!.waarde)) band = i;
  if (band === 0) {
    return { bedrag: NUL, toelichting: `inkomen niet hoger dan ${grenzen[0]!.weergave}: geen bijdrage`, parameters: [grenzen[0]!] };
  }
  const bedrag = p(`bedrag.${band}`);
  if (band < 5) {
    return {
      bedrag: bedrag.waarde,
      toelichting: `inkomen hoger dan ${grenzen[band - 1]!.weergave} en niet hoger dan ${grenzen[band]!.weergave}: ${bedrag.weergave}`,
      parameters: [grenzen[band - 1]!, grenzen[band]!, bedrag],
    };
  }
  const boven = p('bovengrens');
  if (!inkomen.gt(boven.waarde)) {
    return {
      bedrag: bedrag.waarde,
      toelichting: `inkomen hoger dan ${grenzen[4]!.weergave} en niet hoger dan ${boven.weergave}: ${bedrag.weergave}`,
      parameters: [grenzen[4]!, boven, bedrag],
    };
  }
  const stap = p('stap');
  const stapBedrag = p('stap_bedrag');
  if (stapBedrag.vanaf < boven.vanaf || stap.vanaf < boven.vanaf) {
    throw new RegelFout(
      `de draagkrachttabel vanaf ${boven.vanaf} heeft geen bedrag per stap boven ${boven.weergave} (parameter 'leerlingenvervoer.draagkracht.stap_bedrag' of '.stap' is van ${stapBedrag.vanaf < stap.vanaf ? stapBedrag.vanaf : stap.vanaf}); vul de tabel aan met --params`,
      'PARAMETER_ONTBREEKT',
    );
  }
  const stappen = rondAf(inkomen.minus(boven.waarde).div(stap.waarde), { stap: '1', richting: 'omhoog' });
  const totaal = bedrag.waarde.plus(stapBedrag.waarde.mul(stappen));
  return {
    bedrag: totaal,
    toelichting: `inkomen hoger dan ${boven.weergave}: ${bedrag.weergave} + ${stappen.toString()} begonnen stap(pen) van ${stap.weergave} × ${stapBedrag.weergave} = ${totaal.toFixed(2)}`,
    parameters: [boven, bedrag, stap, stapBedrag],
  };
}

/**
 * R8. De draagkrachtafhankelijke bijdrage, per gezin, bovenop het drempelbedrag: alleen in het
 * basisonderwijs, als de afstand tot de dichtstbijzijnde toegankelijke basisschool *méér* is dan
 * 20 km en de gemeente hem heft. Niet bij sbo (art 4 lid 11 WPO, laatste zin), niet bij so, vso of vo,
 * niet bij de handicaproute, en niet als hij voor een ander kind uit het gezin al wordt geheven.
 */
export function bepaalDraagkracht(a: Vervoersaanvraag, handicaproute: boolean, toets: Toetsafstand, params: Parameters, t: TraceBouwer): Draagkracht {
  const { afstand, km } = toets;
  const geen = (omschrijving: string, parameters?: ParameterGebruik<unknown>[]): Draagkracht => {
    const invoer = { schoolsoort: a.schoolsoort, afstand_km: km };
    // Zonder spreiding van een object met de parameters: dat is per rij merkbaar trager (zie terugvordering/lid6.ts).
    t.stap(parameters ? { regel: 'LLV-R8', artikel: ARTIKEL, omschrijving, invoer, parameters, uitkomst: NUL } : { regel: 'LLV-R8', artikel: ARTIKEL, omschrijving, invoer, uitkomst: NUL });
    return { bedrag: NUL, inkomenOnbekend: false };
  };
  if (a.schoolsoort !== 'bo') {
    return geen(a.schoolsoort === 'sbo' ? 'Geen draagkrachtbijdrage: niet bij speciaal basisonderwijs (art 4 lid 11 WPO, laatste zin)' : `Geen draagkrachtbijdrage: alleen in het basisonderwijs, niet bij ${a.schoolsoort}`);
  }
  if (handicaproute) return geen('Geen draagkrachtbijdrage: handicaproute (art 4 lid 13 WPO)');
  const peil = a.schooljaar.begin;
  const grens = params.factor('leerlingenvervoer.draagkracht.afstand_km', peil, a.gemeente);
  if (!afstand.gt(grens.waarde)) return geen(`Geen draagkrachtbijdrage: de afstand is niet meer dan ${grens.weergave} km`, [grens]);
  const heffen = params.jaNee('leerlingenvervoer.draagkracht.heffen', peil, a.gemeente);
  if (!heffen.waarde) return geen('Geen draagkrachtbijdrage: de gemeente heft die niet', [grens, heffen]);
  if (a.draagkrachtAlGeheven) return geen('Geen draagkrachtbijdrage: die wordt per gezin geheven en is al geheven voor een ander kind uit het gezin', [grens, heffen]);
  if (a.inkomen === undefined) {
    t.stap({
      regel: 'LLV-R8',
      artikel: ARTIKEL,
      omschrijving: 'De draagkrachtbijdrage is van toepassing, maar het inkomen is niet opgegeven: vraag het inkomen (IB60) op',
      invoer: { schoolsoort: a.schoolsoort, afstand_km: km, inkomen: null },
      parameters: [grens, heffen],
      uitkomst: null,
    });
    return { bedrag: NUL, inkomenOnbekend: true };
  }
  const tabel = draagkrachtUitTabel(a.inkomen, params, peil, a.gemeente);
  const tabelVanaf = params.zoek('leerlingenvervoer.draagkracht.grens.1', peil, a.gemeente)?.vanaf;
  if (tabelVanaf !== undefined && tabelVanaf < peil) {
    t.waarschuw(`de draagkrachttabel voor schooljaar ${a.schooljaar.naam} is niet vastgesteld; gebruikt is die van ${tabelVanaf}`);
  }
  t.stap({
    regel: 'LLV-R8',
    artikel: ARTIKEL,
    omschrijving: `Draagkrachtbijdrage per gezin (afstand meer dan ${grens.weergave} km): ${tabel.toelichting}`,
    invoer: { schoolsoort: a.schoolsoort, afstand_km: km, inkomen: a.inkomen },
    parameters: [grens, heffen, ...tabel.parameters],
    uitkomst: tabel.bedrag,
  });
  return { bedrag: tabel.bedrag, inkomenOnbekend: false };
}
