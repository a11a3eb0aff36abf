/**
 * De cijfers van de Marap (managementrapportage, per vier maanden aan de zes gemeenteraden) die
 * nergens anders worden berekend: de vastgestelde en geïnde fraudevorderingen tegen hun doelen, en
 * de openstaande werkvoorraad naar leeftijd. De ontvangsten per stroom komen ongewijzigd uit
 * `debiteuren rapport`, zodat de Marap en dat rapport altijd dezelfde bedragen noemen.
 */
import { NUL, som, type Bedrag } from '../kern/geld.js';
import { GEMEENTECODES, gemeentenaam, type GemeenteCode } from '../kern/gemeente.js';
import { leeftijdsklasse, leeftijdsklassen } from '../kern/leeftijdsklasse.js';
import type { Datum } from '../kern/datum.js';
import type { Parameters } from '../kern/parameters.js';
import type { TraceBouwer } from '../kern/trace.js';
import { verwachtingNaarRato, type Rapportageperiode } from '../debiteuren/rapportage.js';
import { AFSLUITCODES, type Afsluitcode } from '../ib/types.js';

export const SZMH_TOTAAL = 'SZMH totaal';

/** Vastgestelde (opgelegde) fraudevorderingen van één gemeente: aantal en hoofdsom. */
export interface Fraudetelling {
  readonly gemeente: GemeenteCode;
  readonly aantal: number;
  readonly bedrag: Bedrag;
}

/** Een regel uit het ontvangstenrapport (stroom fraude): per gemeente en de SZMH-totaalregel met doel. */
export interface Inningsregel {
  readonly gemeente: string;
  readonly ontvangen_periode: Bedrag;
  readonly ontvangen_jaar: Bedrag;
  readonly jaardoel: Bedrag | null;
  readonly verwacht_naar_rato: Bedrag | null;
}

export interface Frauderegel {
  readonly gemeente: string;
  readonly vastgesteld_aantal: number;
  readonly vastgesteld_periode: Bedrag;
  readonly vastgesteld_jaar: Bedrag;
  readonly doel_vastgesteld: Bedrag | null;
  readonly verwacht_vastgesteld: Bedrag | null;
  readonly geind_periode: Bedrag;
  readonly geind_jaar: Bedrag;
  readonly doel_geind: Bedrag | null;
  readonly verwacht_geind: Bedrag | null;
}

/**
 * Fraudevorderingen per gemeente en voor SZMH (de som, R-GEN-06): vastgesteld in de periode en in
 * het jaar tot en met de periode, tegen het jaardoel naar rato; geïnd zoals het ontvangstenrapport
 * het telt. De DVO noemt "vastgestelde fraudevorderingen": hier de vorderingen van de stroom fraude
 * met een opleggingsdatum in de periode (het register kent nog geen status "onherroepelijk").
 */
export function fraudecijfers(
  periode: Rapportageperiode,
  vastgesteldPeriode: readonly Fraudetelling[],
  vastgesteldJaar: readonly Fraudetelling[],
  geind: readonly Inningsregel[],
  params: Parameters,
  t: TraceBouwer,
): Frauderegel[] {
  const teller = (lijst: readonly Fraudetelling[], g: GemeenteCode) => lijst.find((r) => r.gemeente === g) ?? { aantal: 0, bedrag: NUL };
  const inning = (naam: string) => geind.find((r) => r.gemeente === naam);
  const regels: Frauderegel[] = GEMEENTECODES.map((g) => {
    const i = inning(gemeentenaam(g));
    return {
      gemeente: gemeentenaam(g),
      vastgesteld_aantal: teller(vastgesteldPeriode, g).aantal,
      vastgesteld_periode: teller(vastgesteldPeriode, g).bedrag,
      vastgesteld_jaar: teller(vastgesteldJaar, g).bedrag,
      doel_vastgesteld: null,
      verwacht_vastgesteld: null,
      geind_periode: i?.ontvangen_periode ?? NUL,
      geind_jaar: i?.ontvangen_jaar ?? NUL,
      doel_geind: null,
      verwacht_geind: null,
    };
  });
  const doel = verwachtingNaarRato('fraude_vastgesteld', periode, params, t);
  const totaal = inning(SZMH_TOTAAL);
  regels.push({
    gemeente: SZMH_TOTAAL,
    vastgesteld_aantal: regels.reduce((s, r) => s + r.vastgesteld_aantal, 0),
    vastgesteld_periode: som(regels.map((r) => r.vastgesteld_periode)),
    vastgesteld_jaar: som(regels.map((r) => r.vastgesteld_jaar)),
    doel_vastgesteld: doel.doel.waarde,
    verwacht_vastgesteld: doel.verwacht,
    geind_periode: som(regels.map((r) => r.geind_periode)),
    geind_jaar: som(regels.map((r) => r.geind_jaar)),
    doel_geind: totaal?.jaardoel ?? null,
    verwacht_geind: totaal?.verwacht_naar_rato ?? null,
  });
  return regels;
}

/** Eén openstaand item op een werklijst: zijn leeftijd op de peildatum, en eventueel het bedrag. */
export interface Werkitem {
  readonly leeftijdDagen: number;
  readonly bedrag?: Bedrag;
}

export interface Werklijst {
  readonly werklijst: string;
  /** Wat de leeftijd meet, voor de lezer ("dagen na de vervaldatum"). */
  readonly leeftijd: string;
  readonly items: readonly Werkitem[];
  readonly metBedrag: boolean;
}

export interface Werkvoorraadregel {
  readonly werklijst: string;
  readonly klasse: string;
  readonly aantal: number;
  readonly bedrag: Bedrag | null;
  readonly leeftijd: string;
}

/**
 * De openstaande werkvoorraad per werklijst naar leeftijd in dagen (klassen uit
 * `rapportage.werkvoorraad.grens1-4`), elke klasse ook als ze leeg is, en per werklijst een totaal.
 */
export function werkvoorraad(lijsten: readonly Werklijst[], params: Parameters, peildatum: Datum, t: TraceBouwer): Werkvoorraadregel[] {
  const grenzen = [1, 2, 3, 4].map((n) => params.aantal(`rapportage.werkvoorraad.grens${n}`, peildatum));
  const regels: Werkvoorraadregel[] = [];
  for (const l of lijsten) {
    const perKlasse = new Map(leeftijdsklassen(grenzen).map((k) => [k, { aantal: 0, bedrag: NUL }]));
    for (const item of l.items) {
      const k = perKlasse.get(leeftijdsklasse(item.leeftijdDagen, grenzen))!;
      k.aantal++;
      if (item.bedrag) k.bedrag = k.bedrag.plus(item.bedrag);
    }
    for (const [klasse, k] of perKlasse) regels.push({ werklijst: l.werklijst, klasse, aantal: k.aantal, bedrag: l.metBedrag ? k.bedrag : null, leeftijd: l.leeftijd });
    const alle = [...perKlasse.values()];
    regels.push({ werklijst: l.werklijst, klasse: 'totaal', aantal: l.items.length, bedrag: l.metBedrag ? som(alle.map((k) => k.bedrag)) : null, leeftijd: l.leeftijd });
  }
  t.stap({
    regel: 'MARAP-werkvoorraad',
    artikel: 'Marap: werkvoorraad naar leeftijd (beleid)',
    omschrijving: 'Openstaande items per werklijst, ingedeeld naar hun leeftijd in dagen op de peildatum',
    invoer: Object.fromEntries(lijsten.map((l) => [l.werklijst, l.items.length])),
    parameters: grenzen,
    uitkomst: regels.length,
  });
  return regels;
}

/** Eén IB-signaal zoals het register het kent: gemeente, open of afgesloten, en de afsluitcode. */
export interface Signaalstand {
  readonly gemeente: GemeenteCode | null;
  readonly status: 'open' | 'afgesloten';
  readonly afsluitcode: Afsluitcode | null;
}

export type Afsluitregel = { readonly gemeente: string; ontvangen: number; open: number; afgesloten: number } & Record<Lowercase<Afsluitcode>, number>;

/**
 * IB-signalen die in de periode zijn ontvangen, naar afsluitcode, per gemeente (ook als er geen zijn),
 * `onbekend` voor een signaal zonder gemeente (alleen als dat voorkomt) en SZMH als de som. Zoals in
 * `ib rapport` (de regels "alle producten"): ontvangen = open + afgesloten, afgesloten = de som van de codes.
 */
export function ibAfsluitingen(signalen: Iterable<Signaalstand>): Afsluitregel[] {
  const leeg = (gemeente: string) => ({ gemeente, ontvangen: 0, open: 0, afgesloten: 0, ...Object.fromEntries(AFSLUITCODES.map((c) => [c.toLowerCase(), 0])) }) as Afsluitregel;
  const per = new Map<string, Afsluitregel>(GEMEENTECODES.map((g) => [g, leeg(gemeentenaam(g))]));
  const totaal = leeg(SZMH_TOTAAL);
  for (const s of signalen) {
    const sleutel = s.gemeente ?? 'onbekend';
    if (!per.has(sleutel)) per.set(sleutel, leeg('onbekend'));
    for (const r of [per.get(sleutel)!, totaal]) {
      r.ontvangen++;
      if (s.status === 'open') r.open++;
      else {
        r.afgesloten++;
        r[s.afsluitcode!.toLowerCase() as Lowercase<Afsluitcode>]++;
      }
    }
  }
  return [...per.values(), totaal];
}
