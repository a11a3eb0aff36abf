import { NUL, type Bedrag } from '../kern/geld.js';
import { GEMEENTEN, gemeentenaam, type GemeenteCode } from '../kern/gemeente.js';
import type { Vervoersbesluit, Vervoersvorm } from './types.js';

/** Wat het deelnamerapport van één beschikking nodig heeft. */
export interface Beschikkingsregel {
  readonly gemeente: GemeenteCode;
  readonly schooljaar: string;
  readonly besluit: Vervoersbesluit;
  readonly vervoersvorm?: Vervoersvorm;
  readonly kostenJaar?: Bedrag;
  readonly vergoeding?: Bedrag;
  readonly ouderbijdrage?: Bedrag;
}

export interface Deelnamerij {
  readonly schooljaar: string;
  /** Een gemeente, `overige gemeenten` (alle behalve Maastricht) of `SZMH totaal`. */
  readonly gemeente: string;
  readonly beschikkingen: number;
  readonly toegekend: number;
  readonly afgewezen: number;
  readonly handmatig: number;
  /** Toegekend aangepast vervoer (taxi, taxibus). */
  readonly aangepast: number;
  /** Toegekende vergoedingen: fiets, OV en eigen vervoer, met of zonder begeleiding. */
  readonly vergoedingen: number;
  readonly fiets: number;
  readonly fiets_begeleid: number;
  readonly ov: number;
  readonly ov_begeleid: number;
  readonly eigen_vervoer: number;
  /** Kosten van het toegekende aangepast vervoer voor de gemeente. */
  readonly kosten_aangepast: Bedrag;
  /** Som van de toegekende vergoedingen aan ouders. */
  readonly vergoeding_totaal: Bedrag;
  /** Som van de ouderbijdragen bij aangepast vervoer. */
  readonly ouderbijdrage_totaal: Bedrag;
}

type Teller = { -readonly [K in keyof Deelnamerij]: Deelnamerij[K] };

function leeg(schooljaar: string, gemeente: string): Teller {
  return {
    schooljaar,
    gemeente,
    beschikkingen: 0,
    toegekend: 0,
    afgewezen: 0,
    handmatig: 0,
    aangepast: 0,
    vergoedingen: 0,
    fiets: 0,
    fiets_begeleid: 0,
    ov: 0,
    ov_begeleid: 0,
    eigen_vervoer: 0,
    kosten_aangepast: NUL,
    vergoeding_totaal: NUL,
    ouderbijdrage_totaal: NUL,
  };
}

function tel(t: Teller, r: Beschikkingsregel): void {
  t.beschikkingen++;
  t[r.besluit]++;
  if (r.besluit !== 'toegekend' || r.vervoersvorm === undefined) return;
  t[r.vervoersvorm]++;
  if (r.vervoersvorm === 'aangepast') {
    t.kosten_aangepast = t.kosten_aangepast.plus(r.kostenJaar ?? NUL);
    t.ouderbijdrage_totaal = t.ouderbijdrage_totaal.plus(r.ouderbijdrage ?? NUL);
  } else {
    t.vergoedingen++;
    t.vergoeding_totaal = t.vergoeding_totaal.plus(r.vergoeding ?? NUL);
  }
}

function optellen(schooljaar: string, naam: string, delen: readonly Teller[]): Teller {
  const som = leeg(schooljaar, naam);
  for (const d of delen) {
    for (const k of ['beschikkingen', 'toegekend', 'afgewezen', 'handmatig', 'aangepast', 'vergoedingen', 'fiets', 'fiets_begeleid', 'ov', 'ov_begeleid', 'eigen_vervoer'] as const) som[k] += d[k];
    som.kosten_aangepast = som.kosten_aangepast.plus(d.kosten_aangepast);
    som.vergoeding_totaal = som.vergoeding_totaal.plus(d.vergoeding_totaal);
    som.ouderbijdrage_totaal = som.ouderbijdrage_totaal.plus(d.ouderbijdrage_totaal);
  }
  return som;
}

/** Maastricht eerst (centrumgemeente), dan de andere vijf op naam. */
const VOLGORDE: readonly GemeenteCode[] = [
  'GM0935',
  ...(Object.keys(GEMEENTEN) as GemeenteCode[]).filter((c) => c !== 'GM0935').sort((a, b) => gemeentenaam(a).localeCompare(gemeentenaam(b))),
];

/**
 * Seeds R-LLV-06 en R-GEN-06. Deelname per schooljaar: per gemeente het aantal beschikkingen en
 * besluiten, toegekend aangepast vervoer tegenover vergoedingen (met de verdeling naar vorm), dan
 * de overige gemeenten samen (tegenover Maastricht) en het SZMH-totaal als som van de delen.
 * Alleen toegekende beschikkingen tellen als deelname.
 */
export class Deelnamerapport {
  private readonly perJaar = new Map<string, Map<GemeenteCode, Teller>>();

  /** Zorgt dat het schooljaar in het rapport staat, ook zonder beschikkingen (dan met nullen). */
  zorgVoor(schooljaar: string): Map<GemeenteCode, Teller> {
    let jaar = this.perJaar.get(schooljaar);
    if (!jaar) {
      jaar = new Map(VOLGORDE.map((g) => [g, leeg(schooljaar, gemeentenaam(g))]));
      this.perJaar.set(schooljaar, jaar);
    }
    return jaar;
  }

  voegToe(r: Beschikkingsregel): void {
    tel(this.zorgVoor(r.schooljaar).get(r.gemeente)!, r);
  }

  rijen(): Deelnamerij[] {
    const uit: Deelnamerij[] = [];
    for (const schooljaar of [...this.perJaar.keys()].sort()) {
      const jaar = this.perJaar.get(schooljaar)!;
      const gemeenten = VOLGORDE.map((g) => jaar.get(g)!);
      uit.push(...gemeenten);
      uit.push(optellen(schooljaar, 'overige gemeenten', gemeenten.slice(1)));
      uit.push(optellen(schooljaar, 'SZMH totaal', gemeenten));
    }
    return uit;
  }
}
