import { NUL, bedrag, som, verdeelNaarRato, type Bedrag } from '../kern/geld.js';
import type { Datum } from '../kern/datum.js';
import { GEMEENTECODES, gemeentenaam, type GemeenteCode } from '../kern/gemeente.js';
import { RegelFout } from '../kern/fouten.js';
import type { ParameterGebruik, Parameters } from '../kern/parameters.js';
import { TraceBouwer, type Trace } from '../kern/trace.js';

/** De vijf kostendragers van de verdeelsleutel leerplicht/RMC 2016-2019 (seeds §5.3, R-LP-05). */
export const KOSTENDRAGERS = ['regulier', 'zorg', 'verzuim', 'buitenland', 'rmc'] as const;
export type Kostendrager = (typeof KOSTENDRAGERS)[number];
export type Kostendragertelling = Readonly<Record<Kostendrager, number>>;

export const KOSTENDRAGERMETHODEN = ['aandeel_per_kostendrager', 'gewicht_per_leerling'] as const;
export type Kostendragermethode = (typeof KOSTENDRAGERMETHODEN)[number];

export interface Kostendrageraandeel {
  readonly gemeente: GemeenteCode;
  readonly telling: Kostendragertelling;
  /** Het gewogen aantal waarnaar wordt verdeeld. */
  readonly gewogen: Bedrag;
  /** Het aandeel in procenten op twee decimalen; de zes aandelen zijn samen precies 100,00. */
  readonly aandeel: Bedrag;
  readonly trace: Trace;
}

const HONDERD = bedrag(100);

/**
 * Het aandeel van elke gemeente in de kosten (R-LP-05). Gewichten en methode zijn beleid
 * (`verzuim.kostendrager.*`, op `peildatum`, regionaal):
 * - `aandeel_per_kostendrager`: het gewicht van een kostendrager is zijn deel van de kosten; dat deel
 *   gaat naar rato van de aantallen naar de gemeenten: gewogen = Σ gewicht × aantal / totaal van die
 *   kostendrager. Een kostendrager zonder leerlingen valt weg; de andere gewichten tellen dan naar rato.
 * - `gewicht_per_leerling`: gewogen = Σ gewicht × aantal.
 * Het aandeel is gewogen / Σ gewogen × 100%, verdeeld op 0,01 procentpunt met `verdeelNaarRato`: de
 * aandelen tellen op tot precies 100,00%.
 */
export function verdeelKostendragers(tellingen: ReadonlyMap<GemeenteCode, Kostendragertelling>, peildatum: Datum, params: Parameters): Kostendrageraandeel[] {
  const methode = params.keuze<Kostendragermethode>('verzuim.kostendrager.methode', peildatum);
  const gewichten = new Map<Kostendrager, ParameterGebruik<Bedrag>>(KOSTENDRAGERS.map((k) => [k, params.factor(`verzuim.kostendrager.gewicht.${k}`, peildatum)]));
  for (const [k, g] of gewichten) {
    if (g.waarde.isNegative()) throw new RegelFout(`parameter 'verzuim.kostendrager.gewicht.${k}' is negatief (${g.weergave}); een gewicht is 0 of meer`);
  }
  const leeg: Kostendragertelling = { regulier: 0, zorg: 0, verzuim: 0, buitenland: 0, rmc: 0 };
  const telling = (g: GemeenteCode) => tellingen.get(g) ?? leeg;
  const totalen = Object.fromEntries(KOSTENDRAGERS.map((k) => [k, GEMEENTECODES.reduce((s, g) => s + telling(g)[k], 0)])) as Record<Kostendrager, number>;
  const meetellend = KOSTENDRAGERS.filter((k) => methode.waarde === 'gewicht_per_leerling' || totalen[k] > 0);

  const gewogen = GEMEENTECODES.map((g) =>
    som(
      meetellend.map((k) => {
        const w = gewichten.get(k)!.waarde.mul(telling(g)[k]);
        return methode.waarde === 'aandeel_per_kostendrager' ? w.div(totalen[k]) : w;
      }),
    ),
  );
  const totaal = som(gewogen);
  if (!totaal.gt(NUL)) {
    throw new RegelFout(
      `de kosten kunnen niet worden verdeeld: geen leerlingen in een kostendrager met een gewicht boven 0 (aantallen: ${KOSTENDRAGERS.map((k) => `${k} ${totalen[k]}`).join(', ')})`,
    );
  }
  const aandelen = verdeelNaarRato(HONDERD, gewogen);

  return GEMEENTECODES.map((g, i) => {
    const t = new TraceBouwer();
    t.stap({
      regel: 'VZ-KD-sleutel',
      artikel: 'verdeelsleutel leerplicht/RMC (GR leerplicht en RMC Maastricht-Heuvelland); R-LP-05',
      omschrijving:
        `Methode ${methode.waarde}; totalen over de zes gemeenten: ${KOSTENDRAGERS.map((k) => `${k} ${totalen[k]}`).join(', ')}` +
        (meetellend.length < KOSTENDRAGERS.length ? `; zonder leerlingen en dus niet meegeteld: ${KOSTENDRAGERS.filter((k) => !meetellend.includes(k)).join(', ')}` : ''),
      invoer: Object.fromEntries(KOSTENDRAGERS.map((k) => [`totaal_${k}`, totalen[k]])),
      parameters: [methode, ...gewichten.values()],
      uitkomst: { totaal_gewogen: totaal.toSignificantDigits(12).toString() },
    });
    t.stap({
      regel: 'VZ-KD-aandeel',
      artikel: 'verdeelsleutel leerplicht/RMC; R-LP-05',
      omschrijving:
        `${gemeentenaam(g)}: gewogen ${methode.waarde === 'aandeel_per_kostendrager' ? 'Σ gewicht × aantal / totaal' : 'Σ gewicht × aantal'} = ${gewogen[i]!.toSignificantDigits(12).toString()}; ` +
        'aandeel = gewogen / totaal × 100%, op 0,01 procentpunt verdeeld zodat de aandelen samen 100,00% zijn',
      invoer: { ...telling(g) },
      uitkomst: { aandeel_pct: aandelen[i]!.toFixed(2) },
    });
    return { gemeente: g, telling: telling(g), gewogen: gewogen[i]!, aandeel: aandelen[i]!, trace: t.klaar() };
  });
}
