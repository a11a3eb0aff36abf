import { Decimal, rondAf, type Bedrag } from '../kern/geld.js';
import { delen, laatsteVanMaand, maakDatum, plusDagen, type Datum } from '../kern/datum.js';
import type { GemeenteCode } from '../kern/gemeente.js';
import type { ParameterGebruik, Parameters } from '../kern/parameters.js';
import type { TraceBouwer } from '../kern/trace.js';
import type { Stroom } from './types.js';

export interface Rapportageperiode {
  readonly naam: string;
  readonly jaar: number;
  readonly van: Datum;
  readonly tot: Datum;
  /** Uiterste datum voor de rapportage: 30 dagen na het einde van de periode (R-GEN-05). */
  readonly uiterlijk: Datum;
}

/** `2026-T2` (Marap: T1 jan-apr, T2 mei-aug, T3 sep-dec), `2026-05` (maand) of `2026` (jaar). */
export function leesPeriode(invoer: string): { ok: true; periode: Rapportageperiode } | { ok: false; reden: string } {
  const tekst = invoer.trim().toUpperCase();
  let m = /^(\d{4})-T([123])$/.exec(tekst);
  let jaar: number, eersteMaand: number, laatsteMaand: number;
  if (m) {
    jaar = Number(m[1]);
    eersteMaand = (Number(m[2]) - 1) * 4 + 1;
    laatsteMaand = eersteMaand + 3;
  } else if ((m = /^(\d{4})-(\d{2})$/.exec(tekst)) && Number(m[2]) >= 1 && Number(m[2]) <= 12) {
    jaar = Number(m[1]);
    eersteMaand = laatsteMaand = Number(m[2]);
  } else if ((m = /^(\d{4})$/.exec(tekst))) {
    jaar = Number(m[1]);
    eersteMaand = 1;
    laatsteMaand = 12;
  } else {
    return { ok: false, reden: `'${invoer}' is geen periode (verwacht 2026-T2, 2026-05 of 2026)` };
  }
  const van = maakDatum(jaar, eersteMaand, 1);
  const tot = laatsteVanMaand(maakDatum(jaar, laatsteMaand, 1));
  return { ok: true, periode: { naam: tekst, jaar, van, tot, uiterlijk: plusDagen(tot, 30) } };
}

export const DOELSTROMEN: readonly Stroom[] = ['buig', 'bijzondere_bijstand', 'fraude'];

/** Waar een jaardoel voor bestaat: de ontvangsten per stroom en de vastgestelde fraudevorderingen. */
export type Doelsoort = Stroom | 'fraude_vastgesteld';

/**
 * Het jaardoel van een stroom en de verwachting naar rato op het einde van de periode (R-DEB-04):
 * doel × (maanden tot en met de periode) / 12. Voorbeeld: op 1 september (na augustus) bij een doel
 * van € 400.000: 400.000 × 8/12 = € 266.666,67.
 */
export function verwachtingNaarRato(
  stroom: Doelsoort,
  periode: Rapportageperiode,
  params: Parameters,
  t: TraceBouwer,
  gemeente?: GemeenteCode,
): { doel: ParameterGebruik<Bedrag>; verwacht: Bedrag } {
  const doel = params.bedrag(`debiteuren.doel.${stroom}`, maakDatum(periode.jaar, 1, 1), gemeente);
  const maanden = delen(periode.tot).maand;
  const verwacht = rondAf(doel.waarde.mul(maanden).div(new Decimal(12)));
  if (Number(doel.vanaf.slice(0, 4)) !== periode.jaar) {
    t.waarschuw(`geen jaardoel ${stroom} voor ${periode.jaar} vastgelegd: het doel van ${doel.vanaf.slice(0, 4)} is gebruikt`);
  }
  t.stap({
    regel: 'DEB-doel',
    artikel: 'DVO SZMH: jaardoelen debiteurenontvangsten (R-DEB-04)',
    omschrijving: `Verwachting naar rato: jaardoel × ${maanden}/12`,
    invoer: { stroom, periode: periode.naam, maanden },
    parameters: [doel],
    uitkomst: verwacht,
  });
  return { doel, verwacht };
}
