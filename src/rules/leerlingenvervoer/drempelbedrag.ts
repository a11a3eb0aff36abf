import { NUL, type Bedrag } from '../kern/geld.js';
import { RegelFout } from '../kern/fouten.js';
import type { Parameters } from '../kern/parameters.js';
import type { TraceBouwer } from '../kern/trace.js';
import { bepaalInkomensgrens } from './inkomensgrens.js';
import { heeftKinderkorting, ovJaarLeerling, ovRitprijs } from './kosten.js';
import type { Tarieven } from './tarieven.js';
import type { Vervoersaanvraag } from './types.js';

const ARTIKEL = 'art 4 lid 7 en 13 WPO';

/**
 * R6/R7. Het drempelbedrag: bij bo en sbo, als het gezamenlijke inkomen van de ouders in het
 * peiljaar *hoger* is dan de inkomensgrens, betaalt de gemeente alleen de kosten boven de OV-kosten
 * over de drempelafstand (ten hoogste 6 km, ongeacht of er OV is), of boven een vast bedrag.
 * Niet bij so, vso en vo, en niet bij de handicaproute. Is het inkomen niet opgegeven, dan geldt
 * het als hoger dan de grens (de praktijk in Maastricht: het IB60-formulier wordt alleen gevraagd
 * als het inkomen lager is).
 */
export function bepaalDrempelbedrag(a: Vervoersaanvraag, handicaproute: boolean, leeftijd: number, tarieven: Tarieven, params: Parameters, t: TraceBouwer): Bedrag {
  if (a.schoolsoort !== 'bo' && a.schoolsoort !== 'sbo') {
    t.stap({ regel: 'LLV-R6', artikel: ARTIKEL, omschrijving: `Geen drempelbedrag: dat geldt alleen voor bo en sbo, niet voor ${a.schoolsoort}`, invoer: { schoolsoort: a.schoolsoort }, uitkomst: NUL });
    return NUL;
  }
  if (handicaproute) {
    t.stap({ regel: 'LLV-R6', artikel: ARTIKEL, omschrijving: 'Geen drempelbedrag: handicaproute (art 4 lid 13 WPO)', invoer: { handicaproute }, uitkomst: NUL });
    return NUL;
  }
  const ig = bepaalInkomensgrens(params, a.schooljaar, a.gemeente);
  if (ig.waarschuwing) t.waarschuw(ig.waarschuwing);
  const inkomenBoven = a.inkomen === undefined || a.inkomen.gt(ig.grens);
  if (a.inkomen === undefined) {
    t.waarschuw('inkomen niet opgegeven: verondersteld hoger dan de inkomensgrens (drempelbedrag van toepassing); vraag het IB60-formulier op als het lager is');
  }
  t.stap({
    regel: 'LLV-R7',
    artikel: 'art 1a en art 4 lid 7 WPO',
    omschrijving: `Inkomensgrens schooljaar ${a.schooljaar.naam} (peiljaar ${ig.peiljaar}): ${ig.berekening}; ${
      a.inkomen === undefined ? 'inkomen niet opgegeven: verondersteld hoger dan de grens' : inkomenBoven ? 'het inkomen is hoger dan de grens' : 'het inkomen is niet hoger dan de grens'
    }`,
    invoer: { inkomen: a.inkomen ?? null, peiljaar: ig.peiljaar },
    parameters: ig.parameters,
    uitkomst: { inkomensgrens: ig.grens, boven_grens: inkomenBoven },
  });
  if (!inkomenBoven) {
    t.stap({ regel: 'LLV-R6', artikel: ARTIKEL, omschrijving: 'Geen drempelbedrag: het inkomen is niet hoger dan de inkomensgrens', uitkomst: NUL });
    return NUL;
  }
  const peil = a.schooljaar.begin;
  const methode = params.keuze<'ov_afstand' | 'vast'>('leerlingenvervoer.drempel.methode', peil, a.gemeente);
  if (methode.waarde === 'vast') {
    const bedrag = params.bedrag('leerlingenvervoer.drempelbedrag', peil, a.gemeente);
    if (bedrag.vanaf < peil) t.waarschuw(`het drempelbedrag voor schooljaar ${a.schooljaar.naam} is niet vastgesteld; gebruikt is dat van ${bedrag.vanaf} (${bedrag.weergave})`);
    t.stap({ regel: 'LLV-R6', artikel: ARTIKEL, omschrijving: `Drempelbedrag: het vastgestelde bedrag ${bedrag.weergave}`, parameters: [methode, bedrag], uitkomst: bedrag.waarde });
    return bedrag.waarde;
  }
  const afstand = params.factor('leerlingenvervoer.drempel.afstand_km', peil, a.gemeente);
  const max = params.factor('leerlingenvervoer.drempel.max_afstand_km', peil, a.gemeente);
  if (afstand.waarde.gt(max.waarde)) {
    throw new RegelFout(
      `parameter 'leerlingenvervoer.drempel.afstand_km' is ${afstand.weergave} km (${afstand.laag}); de wet staat ten hoogste ${max.weergave} km toe (art 4 lid 7 WPO)`,
    );
  }
  const kind = heeftKinderkorting(leeftijd, tarieven);
  const drempel = ovJaarLeerling(ovRitprijs(afstand.waarde, tarieven), kind, tarieven);
  t.stap({
    regel: 'LLV-R6',
    artikel: ARTIKEL,
    omschrijving: `Drempelbedrag: OV-kosten van de leerling over ${afstand.weergave} km, ongeacht of er OV is: (${tarieven.opstaptarief.weergave} + ${tarieven.kmtarief.weergave} × ${afstand.weergave})${kind ? ` × (1 - ${tarieven.kinderkorting.weergave})` : ''} × ${tarieven.rittenLeerling.waarde} × ${tarieven.schooldagen.waarde}`,
    invoer: { leeftijd, kinderkorting: kind },
    parameters: [methode, afstand, max, tarieven.opstaptarief, tarieven.kmtarief, ...(kind ? [tarieven.kinderkorting] : []), tarieven.rittenLeerling, tarieven.schooldagen],
    uitkomst: drempel,
  });
  return drempel;
}
