import { Decimal, formatBedrag, minBedrag, rondAf, type Bedrag } from '../kern/geld.js';
import type { ParameterGebruik } from '../kern/parameters.js';
import type { Tarieven } from './tarieven.js';
import type { Toetsafstand } from './toegankelijkeSchool.js';
import type { Vervoersvorm } from './types.js';

/** De kosten van één vervoersvorm per schooljaar, met de parameters en een korte berekening. */
export interface Kosten {
  readonly vervoersvorm: Vervoersvorm;
  readonly bedrag: Bedrag;
  readonly berekening: string;
  readonly parameters: readonly ParameterGebruik<unknown>[];
}

const EEN = new Decimal(1);

/** Krijgt de leerling de OV-kinderkorting (leeftijd op 1 augustus van het schooljaar)? */
export function heeftKinderkorting(leeftijd: number, tarieven: Tarieven): boolean {
  return leeftijd >= tarieven.kortingVanaf.waarde && leeftijd <= tarieven.kortingTot.waarde;
}

/** §5.1: prijs van één enkele OV-reis tegen vol tarief: opstaptarief + kmtarief × afstand. */
export function ovRitprijs(afstand: Bedrag, tarieven: Tarieven): Bedrag {
  return tarieven.opstaptarief.waarde.plus(tarieven.kmtarief.waarde.mul(afstand));
}

/** §5.1: OV-kosten van de leerling per schooljaar: ritprijs (voor een kind met korting) × ritten per dag × schooldagen. */
export function ovJaarLeerling(ritprijs: Bedrag, kind: boolean, tarieven: Tarieven): Bedrag {
  const rit = kind ? ritprijs.mul(EEN.minus(tarieven.kinderkorting.waarde)) : ritprijs;
  return rondAf(rit.mul(tarieven.rittenLeerling.waarde * tarieven.schooldagen.waarde));
}

const OV_PARAMETERS = (t: Tarieven, kind: boolean) =>
  kind
    ? [t.opstaptarief, t.kmtarief, t.kinderkorting, t.kortingVanaf, t.kortingTot, t.rittenLeerling, t.schooldagen]
    : [t.opstaptarief, t.kmtarief, t.kortingVanaf, t.kortingTot, t.rittenLeerling, t.schooldagen];

/**
 * De kosten van elke vervoersvorm voor de gemeente per schooljaar (research §5, R10, R12):
 * - ov: de goedkoopste OV-reis van de leerling (kinderkorting 4-11 jaar);
 * - ov_begeleid: dat plus de begeleider tegen vol tarief (4 enkele reizen per dag);
 * - fiets: kilometervergoeding, nooit meer dan de OV-kosten;
 * - fiets_begeleid: leerling en begeleider per fiets, nooit meer dan OV met begeleiding;
 * - eigen_vervoer: kilometervergoeding auto × ritten per dag, desgewenst ten hoogste aangepast vervoer;
 * - aangepast: de contractprijs (per leerling per jaar of per rit).
 */
export function berekenKosten(toets: Toetsafstand, leeftijd: number, tarieven: Tarieven, eigenVervoerRitten?: number): Record<Vervoersvorm, Kosten> {
  const t = tarieven;
  const { afstand, km } = toets;
  const kind = heeftKinderkorting(leeftijd, t);
  const dagen = t.schooldagen.waarde;
  const rittenL = t.rittenLeerling.waarde;
  const rittenB = t.rittenBegeleider.waarde;

  // De ritprijs en de fietsvergoeding per rit één keer: leerling en begeleider rekenen ermee.
  const ritprijs = ovRitprijs(afstand, t);
  const ov = ovJaarLeerling(ritprijs, kind, t);
  const begeleiderOv = rondAf(ritprijs.mul(rittenB * dagen));
  const ovBegeleid = ov.plus(begeleiderOv);

  const fietsRit = t.kmFiets.waarde.mul(afstand);
  const fietsVol = rondAf(fietsRit.mul(rittenL * dagen));
  const fiets = minBedrag(fietsVol, ov);
  const fietsBegeleidVol = rondAf(fietsRit.mul((rittenL + rittenB) * dagen));
  const fietsBegeleid = minBedrag(fietsBegeleidVol, ovBegeleid);

  const aangepast =
    t.prijsmodelAangepast.waarde === 'per_rit' ? rondAf(t.prijsAangepast.waarde.mul(rittenL * dagen)) : t.prijsAangepast.waarde;
  const aangepastBerekening =
    t.prijsmodelAangepast.waarde === 'per_rit'
      ? `${t.prijsAangepast.weergave} per rit × ${rittenL} ritten × ${dagen} dagen`
      : `contractprijs ${t.prijsAangepast.weergave} per leerling per schooljaar`;

  const ritten = eigenVervoerRitten ?? t.eigenVervoerRitten.waarde;
  const eigenVol = rondAf(t.kmAuto.waarde.mul(afstand).mul(ritten * dagen));
  const eigen = t.eigenVervoerTenHoogsteAangepast.waarde ? minBedrag(eigenVol, aangepast) : eigenVol;

  const ritOv = `(${t.opstaptarief.weergave} + ${t.kmtarief.weergave} × ${km} km)`;
  const korting = kind ? ` × (1 - ${t.kinderkorting.weergave}) kinderkorting` : ' (vol tarief)';
  return {
    fiets: {
      vervoersvorm: 'fiets',
      bedrag: fiets,
      berekening: `${km} km × ${rittenL} ritten × ${dagen} dagen × ${t.kmFiets.weergave} = ${formatBedrag(fietsVol)}${fiets.lt(fietsVol) ? `, begrensd tot de OV-kosten ${formatBedrag(ov)}` : ''}`,
      parameters: [t.kmFiets, t.rittenLeerling, t.schooldagen],
    },
    fiets_begeleid: {
      vervoersvorm: 'fiets_begeleid',
      bedrag: fietsBegeleid,
      berekening: `${km} km × (${rittenL} + ${rittenB} ritten begeleider) × ${dagen} dagen × ${t.kmFiets.weergave} = ${formatBedrag(fietsBegeleidVol)}${fietsBegeleid.lt(fietsBegeleidVol) ? `, begrensd tot OV met begeleiding ${formatBedrag(ovBegeleid)}` : ''}`,
      parameters: [t.kmFiets, t.rittenLeerling, t.rittenBegeleider, t.schooldagen],
    },
    ov: {
      vervoersvorm: 'ov',
      bedrag: ov,
      berekening: `${ritOv}${korting} × ${rittenL} ritten × ${dagen} dagen = ${formatBedrag(ov)}`,
      parameters: OV_PARAMETERS(t, kind),
    },
    ov_begeleid: {
      vervoersvorm: 'ov_begeleid',
      bedrag: ovBegeleid,
      berekening: `leerling ${formatBedrag(ov)} + begeleider ${ritOv} × ${rittenB} ritten × ${dagen} dagen = ${formatBedrag(begeleiderOv)}`,
      // de parameters van het leerlingdeel staan al bij LLV-kosten-ov
      parameters: [t.opstaptarief, t.kmtarief, t.rittenBegeleider, t.schooldagen],
    },
    eigen_vervoer: {
      vervoersvorm: 'eigen_vervoer',
      bedrag: eigen,
      berekening: `${km} km × ${ritten} ritten × ${dagen} dagen × ${t.kmAuto.weergave} = ${formatBedrag(eigenVol)}${eigen.lt(eigenVol) ? `, begrensd tot aangepast vervoer ${formatBedrag(aangepast)}` : ''}`,
      parameters: [t.kmAuto, ...(eigenVervoerRitten === undefined ? [t.eigenVervoerRitten] : []), t.schooldagen, t.eigenVervoerTenHoogsteAangepast],
    },
    aangepast: {
      vervoersvorm: 'aangepast',
      bedrag: aangepast,
      berekening: aangepastBerekening,
      parameters: [t.prijsmodelAangepast, t.prijsAangepast, ...(t.prijsmodelAangepast.waarde === 'per_rit' ? [t.rittenLeerling, t.schooldagen] : [])],
    },
  };
}
