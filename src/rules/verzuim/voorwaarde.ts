import type { ParameterGebruik } from '../kern/parameters.js';
import type { NieuweStap, TraceBouwer } from '../kern/trace.js';
import type { Voorwaarde } from './types.js';

export const LPW = 'Leerplichtwet 1969';
export const HALT = 'Halt-interventie schoolverzuim (halt.nl, verwijzen door leerplichtambtenaren)';

/**
 * Toetst één voorwaarde en legt hem vast als stap in de trace (uitkomst: voldaan of niet, met de
 * uitleg). Een regel toetst al zijn voorwaarden, ook na een eerste weigering, zodat een geweigerde
 * actie alle redenen noemt.
 */
export function toets(
  t: TraceBouwer,
  v: { regel: string; artikel: string; voldaan: boolean; uitleg: string; invoer?: NieuweStap['invoer']; parameters?: readonly ParameterGebruik<unknown>[] },
): Voorwaarde {
  t.stap({
    regel: v.regel,
    artikel: v.artikel,
    omschrijving: v.uitleg,
    ...(v.invoer ? { invoer: v.invoer } : {}),
    ...(v.parameters ? { parameters: v.parameters } : {}),
    uitkomst: v.voldaan ? 'voldaan' : 'niet_voldaan',
  });
  return { regel: v.regel, artikel: v.artikel, voldaan: v.voldaan, uitleg: v.uitleg };
}
