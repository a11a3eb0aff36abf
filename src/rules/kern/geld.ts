/**
 * Geld: euro-bedragen als decimal.js-waarden, nooit als floating point.
 *
 * Eén afrondingshelper (`rondAf`) met een expliciete afrondingsregel; rekenen gebeurt exact en
 * wordt alleen afgerond waar een regel zegt dat een uitkomst definitief is.
 */
import { Decimal as DecimalJs } from 'decimal.js';

/** Eigen Decimal-constructor: 40 cijfers precisie, zodat tussenresultaten nooit ongemerkt afronden. */
export const Decimal = DecimalJs.clone({ precision: 40, rounding: DecimalJs.ROUND_HALF_UP });
export type Bedrag = DecimalJs;

export const NUL: Bedrag = new Decimal(0);

/** Een bedrag uit een vertrouwde, machineleesbare waarde ("1234.56", 150, een Decimal). */
export function bedrag(waarde: string | number | Bedrag): Bedrag {
  if (typeof waarde === 'number' && !Number.isInteger(waarde)) {
    throw new RangeError(`bedrag(${waarde}): geef breuken als tekst, niet als floating point`);
  }
  return new Decimal(waarde);
}

export type Afrondingsrichting = 'half_omhoog' | 'omhoog' | 'omlaag';

/** Een afrondingsregel: op welke stap (0.01 = centen, 10 = tientallen euro's) en in welke richting. */
export interface Afronding {
  readonly stap: string;
  readonly richting: Afrondingsrichting;
}

export const OP_CENTEN: Afronding = { stap: '0.01', richting: 'half_omhoog' };

const RICHTING: Record<Afrondingsrichting, DecimalJs.Rounding> = {
  half_omhoog: DecimalJs.ROUND_HALF_UP,
  omhoog: DecimalJs.ROUND_CEIL,
  omlaag: DecimalJs.ROUND_FLOOR,
};

/**
 * De enige afrondingshelper. Standaard: half omhoog op centen (1,005 → 1,01).
 * `{ stap: '10', richting: 'omhoog' }` rondt naar boven af op een veelvoud van € 10.
 */
export function rondAf(waarde: Bedrag, afronding: Afronding = OP_CENTEN): Bedrag {
  const richting = RICHTING[afronding.richting];
  if (afronding.stap === '0.01') return waarde.toDecimalPlaces(2, richting);
  const stap = new Decimal(afronding.stap);
  return waarde.div(stap).toDecimalPlaces(0, richting).mul(stap);
}

export function som(bedragen: Iterable<Bedrag>): Bedrag {
  let totaal = NUL;
  for (const b of bedragen) totaal = totaal.plus(b);
  return totaal;
}

export function maxBedrag(a: Bedrag, b: Bedrag): Bedrag {
  return a.gte(b) ? a : b;
}

/**
 * Groter dan nul. Zonder `gt(0)`: decimal.js maakt bij elke vergelijking eerst een Decimal van de
 * ander (hier van 0), en dat kost per maand van een batch meer dan het rekenen zelf.
 */
export function isPositief(waarde: Bedrag): boolean {
  return waarde.isPositive() && !waarde.isZero();
}

/** max(0, waarde), zonder vergelijking (zie `isPositief`). */
export function nietNegatief(waarde: Bedrag): Bedrag {
  return isPositief(waarde) ? waarde : NUL;
}

export function minBedrag(a: Bedrag, b: Bedrag): Bedrag {
  return a.lte(b) ? a : b;
}

/** Een bedrag in hele centen (voor opslag in SQLite); gooit als het bedrag niet op centen ligt. */
export function naarCenten(waarde: Bedrag): number {
  const centen = waarde.mul(100);
  if (!centen.isInteger()) throw new RangeError(`${waarde.toString()} ligt niet op hele centen`);
  return centen.toNumber();
}

export function uitCenten(centen: number): Bedrag {
  return new Decimal(centen).div(100);
}

/**
 * Verdeelt een bedrag naar rato van gewichten, op hele centen, zonder een cent te verliezen:
 * eerst ieder zijn deel naar beneden afgerond, dan de resterende centen aan de grootste resten
 * (bij gelijke rest: de eerste). Som van de delen = totaal.
 */
export function verdeelNaarRato(totaal: Bedrag, gewichten: readonly Bedrag[]): Bedrag[] {
  const somGewichten = som(gewichten);
  if (gewichten.length === 0 || somGewichten.isZero()) throw new RangeError('verdeelNaarRato: geen gewichten');
  const centen = naarCenten(totaal);
  const exact = gewichten.map((g) => new Decimal(centen).mul(g).div(somGewichten));
  const delen = exact.map((e) => e.floor());
  let rest = centen - delen.reduce((a, d) => a + d.toNumber(), 0);
  const volgorde = exact.map((e, i) => ({ i, rest: e.minus(delen[i]!) })).sort((a, b) => b.rest.comparedTo(a.rest) || a.i - b.i);
  for (const { i } of volgorde) {
    if (rest <= 0) break;
    delen[i] = delen[i]!.plus(1);
    rest--;
  }
  return delen.map((d) => d.div(100));
}

/** Machineformaat voor CSV en JSON: punt als decimaalteken, altijd twee decimalen ("1234.50"). */
export function formatBedrag(waarde: Bedrag): string {
  if (waarde.isZero()) return '0.00';
  // Snel pad voor een bedrag dat al op centen ligt: toString is vele malen sneller dan toFixed
  // (dat eerst een afgeronde kopie maakt), en onder 10^21 nooit in e-notatie.
  const decimalen = waarde.decimalPlaces();
  if (decimalen <= 2 && waarde.e < 21) return decimalen === 2 ? waarde.toString() : `${waarde.toString()}${decimalen === 1 ? '0' : '.00'}`;
  const tekst = waarde.toFixed(2, DecimalJs.ROUND_HALF_UP);
  return tekst === '-0.00' ? '0.00' : tekst;
}

/** Weergave voor mensen: "€ 1.234,56", negatief als "€ -1.234,56". */
export function formatEuro(waarde: Bedrag): string {
  const tekst = formatBedrag(waarde.abs());
  const [geheel = '0', centen = '00'] = tekst.split('.');
  const gegroepeerd = geheel.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `€ ${waarde.isNegative() && !rondAf(waarde).isZero() ? '-' : ''}${gegroepeerd},${centen}`;
}

export type LeesBedragUitkomst = { ok: true; bedrag: Bedrag } | { ok: false; reden: string };

const GROEPERING: Record<string, RegExp> = {
  '.': /^\d{1,3}(\.\d{3})+$/,
  ',': /^\d{1,3}(,\d{3})+$/,
};

/**
 * Leest een bedrag zoals mensen en Excel het schrijven: `1234.56`, `1234,56`, `1.234,56`,
 * `1,234.56`, `€ 1.234,56`, `€ 1.750.000,-`, `-12,50`. Meer dan twee decimalen is een fout, en
 * `1.234` of `1,234` (duizendtal of drie decimalen?) is dubbelzinnig en dus ook een fout.
 */
export function leesBedrag(invoer: string): LeesBedragUitkomst {
  const snel = leesEenvoudigBedrag(invoer);
  if (snel !== undefined) return { ok: true, bedrag: snel };
  let tekst = invoer.trim().replace(/\s+/g, '');
  if (tekst === '') return { ok: false, reden: 'leeg bedrag' };
  let negatief = false;
  if (tekst.startsWith('-')) {
    negatief = true;
    tekst = tekst.slice(1);
  }
  tekst = tekst.replace(/^(€|EUR)/i, '');
  if (!negatief && tekst.startsWith('-')) {
    negatief = true;
    tekst = tekst.slice(1);
  }
  let geenCenten = false;
  if (/[.,]-$/.test(tekst)) {
    geenCenten = true;
    tekst = tekst.slice(0, -2);
  }
  if (!/^[\d.,]+$/.test(tekst) || !/^\d/.test(tekst) || !/\d$/.test(tekst)) {
    return { ok: false, reden: `'${invoer}' is geen bedrag` };
  }
  const laatstePunt = tekst.lastIndexOf('.');
  const laatsteKomma = tekst.lastIndexOf(',');
  let geheel = tekst;
  let decimalen = '';
  if (laatstePunt >= 0 && laatsteKomma >= 0) {
    const decimaalteken = laatstePunt > laatsteKomma ? '.' : ',';
    const groepteken = decimaalteken === '.' ? ',' : '.';
    const positie = tekst.lastIndexOf(decimaalteken);
    geheel = tekst.slice(0, positie);
    decimalen = tekst.slice(positie + 1);
    if (geheel.includes(decimaalteken) || !GROEPERING[groepteken]!.test(geheel)) {
      return { ok: false, reden: `'${invoer}' heeft een ongeldige groepering van duizendtallen` };
    }
    geheel = geheel.split(groepteken).join('');
  } else if (laatstePunt >= 0 || laatsteKomma >= 0) {
    const teken = laatstePunt >= 0 ? '.' : ',';
    const delen = tekst.split(teken);
    if (delen.length > 2 || geenCenten) {
      if (!GROEPERING[teken]!.test(tekst)) {
        return { ok: false, reden: `'${invoer}' heeft een ongeldige groepering van duizendtallen` };
      }
      geheel = delen.join('');
    } else {
      geheel = delen[0]!;
      decimalen = delen[1]!;
      if (decimalen.length === 3 && /^[1-9]\d{0,2}$/.test(geheel)) {
        return {
          ok: false,
          reden: `'${invoer}' is dubbelzinnig: duizendtal of drie decimalen? Schrijf bijvoorbeeld ${geheel}${decimalen} of ${geheel}${teken === '.' ? ',' : '.'}${decimalen.slice(0, 2)}`,
        };
      }
    }
  }
  if (geenCenten && decimalen !== '') return { ok: false, reden: `'${invoer}' is geen bedrag` };
  if (decimalen.length > 2) {
    return { ok: false, reden: `'${invoer}' heeft meer dan twee decimalen` };
  }
  const waarde = new Decimal(`${geheel}${decimalen ? `.${decimalen}` : ''}`);
  // -0,00 (zoals Excel het schrijft) is gewoon nul, geen negatief bedrag
  return { ok: true, bedrag: negatief && !waarde.isZero() ? waarde.neg() : waarde };
}

const CENT = new Decimal('0.01');
const NUL_TEKEN = 48;
const MIN = 45;
const PUNT = 46;
const KOMMA = 44;

/**
 * Snel pad voor wat bronsystemen en Excel meestal schrijven, zonder reguliere expressies en
 * tussenteksten: cijfers met hooguit één decimaalteken en één of twee decimalen ("1234,56", "-12.5",
 * "150"), of duizendtallen met punten en een decimale komma ("1.401,50"). Die vormen zijn nooit
 * dubbelzinnig. Het bedrag wordt opgebouwd uit hele centen (ten hoogste 15 cijfers, dus exact als
 * getal). Al het andere: `undefined`, en dan beslist de volledige ontleding.
 */
function leesEenvoudigBedrag(tekst: string): Bedrag | undefined {
  const n = tekst.length;
  const negatief = tekst.charCodeAt(0) === MIN;
  let i = negatief ? 1 : 0;
  let geheel = 0;
  const begin = i;
  for (; i < n && isCijfer(tekst.charCodeAt(i)); i++) geheel = geheel * 10 + tekst.charCodeAt(i) - NUL_TEKEN;
  let cijfers = i - begin;
  if (cijfers === 0) return undefined;
  const teken = tekst.charCodeAt(i);
  // Duizendtallen ("1.401,50"): groepen van drie na een punt, dan verplicht een decimale komma.
  if (teken === PUNT && cijfers <= 3 && !isDecimalen(tekst, i + 1)) {
    for (; tekst.charCodeAt(i) === PUNT; i += 4) {
      for (let k = 1; k <= 3; k++) {
        const c = tekst.charCodeAt(i + k);
        if (!isCijfer(c)) return undefined;
        geheel = geheel * 10 + c - NUL_TEKEN;
      }
      cijfers += 3;
    }
    if (tekst.charCodeAt(i) !== KOMMA || !isDecimalen(tekst, i + 1)) return undefined;
  } else if (i < n && ((teken !== PUNT && teken !== KOMMA) || !isDecimalen(tekst, i + 1))) {
    return undefined;
  }
  if (cijfers > 13) return undefined;
  // Nu staat i op het decimaalteken (of aan het eind): nul, één of twee decimalen.
  const eerste = i + 1 < n ? tekst.charCodeAt(i + 1) - NUL_TEKEN : 0;
  const tweede = i + 2 < n ? tekst.charCodeAt(i + 2) - NUL_TEKEN : 0;
  const centen = geheel * 100 + eerste * 10 + tweede;
  const getekend = negatief && centen !== 0 ? -centen : centen;
  return centen % 100 === 0 ? new Decimal(getekend / 100) : new Decimal(getekend).mul(CENT);
}

function isCijfer(c: number): boolean {
  return c >= NUL_TEKEN && c <= NUL_TEKEN + 9;
}

/** Eén of twee cijfers vanaf `i` tot het eind van de tekst. */
function isDecimalen(tekst: string, i: number): boolean {
  const rest = tekst.length - i;
  return (rest === 1 || rest === 2) && isCijfer(tekst.charCodeAt(i)) && (rest === 1 || isCijfer(tekst.charCodeAt(i + 1)));
}
