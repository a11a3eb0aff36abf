import type { Bedrag } from '../kern/geld.js';
import type { GemeenteCode } from '../kern/gemeente.js';
import type { Schooljaar } from '../kern/datum.js';
import type { ParameterGebruik, Parameters } from '../kern/parameters.js';
import { onthoud } from './geheugen.js';

type P<T> = ParameterGebruik<T>;

/** De tarieven van het kostenmodel (research §5) voor één gemeente in één schooljaar, op 1 augustus. */
export interface Tarieven {
  readonly schooldagen: P<number>;
  readonly rittenLeerling: P<number>;
  readonly rittenBegeleider: P<number>;
  readonly opstaptarief: P<Bedrag>;
  readonly kmtarief: P<Bedrag>;
  readonly kinderkorting: P<Bedrag>;
  readonly kortingVanaf: P<number>;
  readonly kortingTot: P<number>;
  readonly kmAuto: P<Bedrag>;
  readonly kmFiets: P<Bedrag>;
  readonly eigenVervoerRitten: P<number>;
  readonly eigenVervoerTenHoogsteAangepast: P<boolean>;
  readonly prijsmodelAangepast: P<'per_leerling_jaar' | 'per_rit'>;
  /** De prijs volgens het prijsmodel: per leerling per jaar, of per enkele rit. */
  readonly prijsAangepast: P<Bedrag>;
}

export function leesTarieven(params: Parameters, schooljaar: Schooljaar, gemeente: GemeenteCode): Tarieven {
  return onthoud(params, `tarieven|${gemeente}|${schooljaar.begin}`, () => {
    const peil = schooljaar.begin;
    const p = {
      bedrag: (s: string) => params.bedrag(`leerlingenvervoer.${s}`, peil, gemeente),
      factor: (s: string) => params.factor(`leerlingenvervoer.${s}`, peil, gemeente),
      aantal: (s: string) => params.aantal(`leerlingenvervoer.${s}`, peil, gemeente),
    };
    const prijsmodel = params.keuze<'per_leerling_jaar' | 'per_rit'>('leerlingenvervoer.aangepast.prijsmodel', peil, gemeente);
    return {
      schooldagen: p.aantal('schooldagen'),
      rittenLeerling: p.aantal('ritten_per_dag.leerling'),
      rittenBegeleider: p.aantal('ritten_per_dag.begeleider'),
      opstaptarief: p.bedrag('ov.opstaptarief'),
      kmtarief: p.bedrag('ov.kmtarief'),
      kinderkorting: p.factor('ov.kinderkorting'),
      kortingVanaf: p.aantal('ov.kinderkorting.leeftijd_van'),
      kortingTot: p.aantal('ov.kinderkorting.leeftijd_tot'),
      kmAuto: p.bedrag('kmvergoeding.auto'),
      kmFiets: p.bedrag('kmvergoeding.fiets'),
      eigenVervoerRitten: p.aantal('eigen_vervoer.ritten_per_dag'),
      eigenVervoerTenHoogsteAangepast: params.jaNee('leerlingenvervoer.eigen_vervoer.ten_hoogste_aangepast', peil, gemeente),
      prijsmodelAangepast: prijsmodel,
      prijsAangepast: p.bedrag(prijsmodel.waarde === 'per_rit' ? 'aangepast.per_rit' : 'aangepast.per_leerling_jaar'),
    };
  });
}
