/**
 * Onthoudt per parameterset een afgeleide waarde (bijvoorbeeld de tarieven van één gemeente in één
 * schooljaar). Puur: dezelfde parameters en sleutel geven altijd hetzelfde; een `Parameters` is
 * onveranderlijk (een extra laag geeft een nieuw object). Een fout (ontbrekende parameter) wordt
 * niet onthouden, maar bij elke aanroep opnieuw gegooid.
 */
import type { Parameters } from '../kern/parameters.js';

const geheugen = new WeakMap<Parameters, Map<string, unknown>>();

export function onthoud<T>(params: Parameters, sleutel: string, maak: () => T): T {
  let perParams = geheugen.get(params);
  if (!perParams) {
    perParams = new Map();
    geheugen.set(params, perParams);
  }
  if (perParams.has(sleutel)) return perParams.get(sleutel) as T;
  const waarde = maak();
  perParams.set(sleutel, waarde);
  return waarde;
}
