import type { Datum } from '../kern/datum.js';
import { RegelFout } from '../kern/fouten.js';
import type { GemeenteCode } from '../kern/gemeente.js';
import type { ParameterGebruik, Parameters } from '../kern/parameters.js';

/** De wettelijke leeftijden en het begin van het schooljaar zoals ze op een peildatum gelden. */
export interface LeerplichtParameters {
  /** 5: de leerplicht begint in de maand na die waarin de jongere deze leeftijd bereikt (art 3 lid 1 Lpw). */
  readonly beginLeeftijd: ParameterGebruik<number>;
  /** 16: de leerplicht eindigt aan het einde van het schooljaar waarin deze leeftijd wordt bereikt (art 3 lid 1 onder b). */
  readonly eindeLeeftijd: ParameterGebruik<number>;
  /** 18: de kwalificatieplicht eindigt zodra deze leeftijd wordt bereikt (art 4b Lpw). */
  readonly kwalificatieLeeftijd: ParameterGebruik<number>;
  /** 23: de RMC-doelgroep loopt tot deze leeftijd (art 8.1.8 lid 1 onder a WEB). */
  readonly rmcLeeftijd: ParameterGebruik<number>;
  /** 8: het schooljaar begint op de eerste dag van deze maand. */
  readonly schooljaarEersteMaand: ParameterGebruik<number>;
}

/** Eén opzoeking per (parameters, peildatum, gemeente): een batch vraagt ze per leerling opnieuw. */
const cache = new WeakMap<Parameters, Map<Datum, Map<GemeenteCode | undefined, LeerplichtParameters>>>();

/**
 * De leerplichtparameters die op `peildatum` gelden (voor `gemeente`, of regionaal). Weigert (exit 3)
 * als er een ontbreekt, of als de waarden samen geen zinnige volgorde geven (bijvoorbeeld een
 * `--params`-overlay met einde ≤ begin): dan zouden de datums elkaar tegenspreken.
 */
export function leerplichtParameters(params: Parameters, peildatum: Datum, gemeente?: GemeenteCode): LeerplichtParameters {
  let perDatum = cache.get(params);
  if (perDatum === undefined) cache.set(params, (perDatum = new Map()));
  let perGemeente = perDatum.get(peildatum);
  if (perGemeente === undefined) perDatum.set(peildatum, (perGemeente = new Map()));
  let p = perGemeente.get(gemeente);
  if (p === undefined) {
    p = {
      beginLeeftijd: params.aantal('leerplicht.leeftijd.begin', peildatum, gemeente),
      eindeLeeftijd: params.aantal('leerplicht.leeftijd.einde', peildatum, gemeente),
      kwalificatieLeeftijd: params.aantal('leerplicht.leeftijd.kwalificatieplicht', peildatum, gemeente),
      rmcLeeftijd: params.aantal('leerplicht.leeftijd.rmc', peildatum, gemeente),
      schooljaarEersteMaand: params.aantal('leerplicht.schooljaar.eerste_maand', peildatum, gemeente),
    };
    controleer(p);
    perGemeente.set(gemeente, p);
  }
  return p;
}

function controleer(p: LeerplichtParameters): void {
  const leeftijden = [p.beginLeeftijd, p.eindeLeeftijd, p.kwalificatieLeeftijd, p.rmcLeeftijd];
  if (leeftijden[0]!.waarde < 0 || leeftijden.some((l, i) => i > 0 && l.waarde <= leeftijden[i - 1]!.waarde)) {
    throw new RegelFout(
      `de leeftijden voor leerplicht (${leeftijden.map((l) => `${l.sleutel} = ${l.waarde}`).join(', ')}) moeten oplopen; controleer de parametertabel of --params`,
    );
  }
  const maand = p.schooljaarEersteMaand.waarde;
  if (maand < 1 || maand > 12) {
    throw new RegelFout(`parameter 'leerplicht.schooljaar.eerste_maand' is ${maand}; verwacht een maand van 1 tot en met 12`);
  }
}
