import { rondAf, type Bedrag } from '../kern/geld.js';
import { maakDatum, type Schooljaar } from '../kern/datum.js';
import type { GemeenteCode } from '../kern/gemeente.js';
import { RegelFout } from '../kern/fouten.js';
import type { ParameterGebruik, Parameters } from '../kern/parameters.js';
import { onthoud } from './geheugen.js';

export interface Inkomensgrens {
  readonly grens: Bedrag;
  /** Het peiljaar: het tweede kalenderjaar vóór het jaar waarin het schooljaar begint. */
  readonly peiljaar: number;
  readonly methode: 'vastgesteld' | 'index';
  readonly berekening: string;
  readonly parameters: readonly ParameterGebruik<unknown>[];
  /** Gezet als de vastgestelde grens uit een eerder schooljaar stamt. */
  readonly waarschuwing?: string;
}

/** Het peiljaar voor het inkomen: het schooljaar 2026-2027 begint in 2026, dus peiljaar 2024 (WPO art 1a). */
export function peiljaarVan(schooljaar: Schooljaar): number {
  return Number(schooljaar.begin.slice(0, 4)) - 2;
}

/**
 * R7. De inkomensgrens voor het drempelbedrag in een schooljaar. Methode `vastgesteld`: het bedrag
 * dat voor het schooljaar is vastgesteld (VNG of de gemeente, die een hogere grens mag kiezen).
 * Methode `index`: € 17.700 / 76,2 × de CBS-cao-loonindex van het peiljaar, afgerond op een veelvoud
 * van € 450, naar het dichtstbijzijnde veelvoud of naar beneden (WPO art 4 lid 7; T19: 2023-24 geeft
 * 28.800 of 28.350). Een index van een ander jaar dan het peiljaar wordt nooit gebruikt.
 */
export function bepaalInkomensgrens(params: Parameters, schooljaar: Schooljaar, gemeente: GemeenteCode): Inkomensgrens {
  return onthoud(params, `inkomensgrens|${gemeente}|${schooljaar.begin}`, () => {
    const peil = schooljaar.begin;
    const peiljaar = peiljaarVan(schooljaar);
    const methode = params.keuze<'vastgesteld' | 'index'>('leerlingenvervoer.inkomensgrens.methode', peil, gemeente);
    if (methode.waarde === 'vastgesteld') {
      const grens = params.bedrag('leerlingenvervoer.inkomensgrens', peil, gemeente);
      return {
        grens: grens.waarde,
        peiljaar,
        methode: 'vastgesteld',
        berekening: `vastgestelde inkomensgrens ${grens.weergave} (vanaf ${grens.vanaf})`,
        parameters: [methode, grens],
        ...(grens.vanaf < peil
          ? { waarschuwing: `de inkomensgrens voor schooljaar ${schooljaar.naam} is niet vastgesteld; gebruikt is die van ${grens.vanaf} (${grens.weergave})` }
          : {}),
      };
    }
    const basis = params.bedrag('leerlingenvervoer.inkomensgrens.basisbedrag', peil, gemeente);
    const basisindex = params.factor('leerlingenvervoer.inkomensgrens.basisindex', peil, gemeente);
    const veelvoud = params.bedrag('leerlingenvervoer.inkomensgrens.veelvoud', peil, gemeente);
    const afronding = params.keuze<'dichtstbijzijnde' | 'omlaag'>('leerlingenvervoer.inkomensgrens.afronding', peil, gemeente);
    const index = params.zoek('leerlingenvervoer.inkomensgrens.cao_index', maakDatum(peiljaar, 12, 31), gemeente) as ParameterGebruik<Bedrag> | undefined;
    if (!index || Number(index.vanaf.slice(0, 4)) !== peiljaar) {
      throw new RegelFout(
        `parameter 'leerlingenvervoer.inkomensgrens.cao_index' heeft geen waarde voor peiljaar ${peiljaar} (schooljaar ${schooljaar.naam}); voeg de CBS-cao-loonindex van ${peiljaar} toe of geef de inkomensgrens vast met --params`,
        'PARAMETER_ONTBREEKT',
      );
    }
    const onafgerond = basis.waarde.div(basisindex.waarde).mul(index.waarde);
    const grens = rondAf(onafgerond, { stap: veelvoud.waarde.toString(), richting: afronding.waarde === 'omlaag' ? 'omlaag' : 'half_omhoog' });
    return {
      grens,
      peiljaar,
      methode: 'index',
      berekening: `${basis.weergave} / ${basisindex.weergave} × ${index.weergave} (cao-loonindex ${peiljaar}) = ${onafgerond.toFixed(2)}, ${afronding.waarde === 'omlaag' ? 'naar beneden' : 'naar het dichtstbijzijnde'} veelvoud van ${veelvoud.weergave}: ${grens.toFixed(2)}`,
      parameters: [methode, basis, basisindex, index, veelvoud, afronding],
    };
  });
}
