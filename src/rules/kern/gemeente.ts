/**
 * De zes gemeenten van SZMH, met hun CBS-gemeentecode als vaste sleutel (R-GEN-01), en de
 * spellingsvarianten die in de eigen stukken voorkomen (R-GEN-02, seeds-000-003.md).
 */
export const GEMEENTEN = {
  GM1903: 'Eijsden-Margraten',
  GM1729: 'Gulpen-Wittem',
  GM0935: 'Maastricht',
  GM0938: 'Meerssen',
  GM0981: 'Vaals',
  GM0994: 'Valkenburg aan de Geul',
} as const;

export type GemeenteCode = keyof typeof GEMEENTEN;

export const GEMEENTECODES = Object.keys(GEMEENTEN) as GemeenteCode[];

/** Varianten na normalisatie (kleine letters, zonder spaties, streepjes, schuine strepen en punten). */
const VARIANTEN: Record<string, GemeenteCode> = {
  eijsdenmargraten: 'GM1903',
  eysdenmargraten: 'GM1903',
  gulpenwittem: 'GM1729',
  gulpenwitterm: 'GM1729',
  gulpenwittern: 'GM1729',
  gulpenwitter: 'GM1729',
  maastricht: 'GM0935',
  meerssen: 'GM0938',
  vaals: 'GM0981',
  valkenburgaandegeul: 'GM0994',
  valkenburgadgeul: 'GM0994',
  valkenburg: 'GM0994',
};

function normaliseer(tekst: string): string {
  return tekst.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]/g, '');
}

export type LeesGemeenteUitkomst = { ok: true; code: GemeenteCode } | { ok: false; reden: string };

// Een batch noemt steeds dezelfde handvol schrijfwijzen: elke herkende schrijfwijze één keer normaliseren.
const herkend = new Map<string, LeesGemeenteUitkomst>();

/** Herkent een gemeente aan naam, variant of code (`GM0981`, `0981`, `981`). */
export function leesGemeente(invoer: string): LeesGemeenteUitkomst {
  let uitkomst = herkend.get(invoer);
  if (uitkomst === undefined) {
    uitkomst = herken(invoer);
    if (uitkomst.ok && herkend.size < 1000) herkend.set(invoer, uitkomst);
  }
  return uitkomst;
}

function herken(invoer: string): LeesGemeenteUitkomst {
  const sleutel = normaliseer(invoer);
  const cijfers = /^(?:gm)?(\d{1,4})$/.exec(sleutel);
  if (cijfers) {
    const code = `GM${cijfers[1]!.padStart(4, '0')}`;
    if (code in GEMEENTEN) return { ok: true, code: code as GemeenteCode };
  } else if (VARIANTEN[sleutel]) {
    return { ok: true, code: VARIANTEN[sleutel]! };
  }
  return {
    ok: false,
    reden: `'${invoer.trim()}' is geen SZMH-gemeente (${Object.values(GEMEENTEN).join(', ')})`,
  };
}

export function gemeentenaam(code: GemeenteCode): string {
  return GEMEENTEN[code];
}
