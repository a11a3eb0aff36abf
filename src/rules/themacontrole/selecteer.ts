/**
 * De selectie van een themacontrole: de criteria over de populatie, en optioneel een steekproef.
 *
 * Reproduceerbaar: de steekproef hangt alleen af van de seed en de id's, niet van de volgorde van
 * het bestand. Elk kandidaat-id krijgt de sleutel sha256(seed + id); de kleinste sleutels worden
 * getrokken (per stratum evenredig verdeeld, met de grootste-restmethode). Zelfde thema, seed en
 * populatie → dezelfde id's. Het thema, de populatie en de selectie krijgen elk een sha256, zodat
 * een run te controleren en te herhalen is.
 */
import { createHash } from 'node:crypto';
import type { Combinatie, Geval, Selectie, Steekproef, Thema } from './types.js';
import { toets } from './criteria.js';

export interface Selectieresultaat {
  readonly populatie: number;
  readonly kandidaten: readonly Selectie[];
  /** Per criterium: bij hoeveel gevallen de waarde onleesbaar was. */
  readonly onleesbaar: ReadonlyMap<string, number>;
}

function voldoet(combinatie: Combinatie, afgegaan: number, totaal: number): boolean {
  return combinatie.soort === 'alle' ? afgegaan === totaal : afgegaan >= combinatie.aantal;
}

/** Toetst de criteria op elk geval; geeft de kandidaten met de criteria die afgingen. */
export function pasCriteriaToe(thema: Thema, gevallen: Iterable<Geval>): Selectieresultaat {
  const onleesbaar = new Map<string, number>();
  const kandidaten: Selectie[] = [];
  let populatie = 0;
  for (const g of gevallen) {
    populatie++;
    const afgegaan: string[] = [];
    for (const c of thema.criteria) {
      const t = toets(c, g.velden.get(c.veld));
      if (t === 'onleesbaar') onleesbaar.set(c.id, (onleesbaar.get(c.id) ?? 0) + 1);
      else if (t) afgegaan.push(c.id);
    }
    if (afgegaan.length && voldoet(thema.combinatie, afgegaan.length, thema.criteria.length)) {
      const stratum = thema.steekproef?.strata === undefined ? undefined : (g.velden.get(thema.steekproef.strata) ?? '').trim();
      kandidaten.push({ id: g.id, criteria: afgegaan, ...(stratum !== undefined ? { stratum } : {}) });
    }
  }
  return { populatie, kandidaten, onleesbaar };
}

function lotnummer(seed: string, id: string): string {
  return createHash('sha256').update(`${seed}\u0000${id}`).digest('hex');
}

const opId = (a: Selectie, b: Selectie) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Trekt de steekproef uit de kandidaten; de uitkomst staat op id gesorteerd. */
export function trekSteekproef(kandidaten: readonly Selectie[], s: Steekproef | undefined): Selectie[] {
  if (!s || s.omvang >= kandidaten.length) return [...kandidaten].sort(opId);
  const metLot = kandidaten.map((k) => ({ k, lot: lotnummer(s.seed, k.id) }));
  const opLot = (a: { lot: string; k: Selectie }, b: { lot: string; k: Selectie }) => (a.lot < b.lot ? -1 : a.lot > b.lot ? 1 : opId(a.k, b.k));
  if (s.strata === undefined) return metLot.sort(opLot).slice(0, s.omvang).map((x) => x.k).sort(opId);
  // evenredig per stratum, grootste rest; gelijke rest: stratum op naam
  const groepen = new Map<string, typeof metLot>();
  for (const x of metLot) {
    const g = x.k.stratum ?? '';
    if (!groepen.has(g)) groepen.set(g, []);
    groepen.get(g)!.push(x);
  }
  const namen = [...groepen.keys()].sort();
  const exact = namen.map((n) => (groepen.get(n)!.length * s.omvang) / kandidaten.length);
  const toegewezen = exact.map(Math.floor);
  let rest = s.omvang - toegewezen.reduce((a, b) => a + b, 0);
  const volgorde = namen.map((_, i) => i).sort((a, b) => exact[b]! - toegewezen[b]! - (exact[a]! - toegewezen[a]!) || a - b);
  for (const i of volgorde) {
    if (rest <= 0) break;
    toegewezen[i]!++;
    rest--;
  }
  const uit: Selectie[] = [];
  namen.forEach((n, i) => uit.push(...groepen.get(n)!.sort(opLot).slice(0, toegewezen[i]).map((x) => x.k)));
  return uit.sort(opId);
}

/** JSON met gesorteerde sleutels: dezelfde inhoud geeft dezelfde tekst, ongeacht de volgorde in het bestand. */
export function canoniekeJson(w: unknown): string {
  if (Array.isArray(w)) return `[${w.map(canoniekeJson).join(',')}]`;
  if (w && typeof w === 'object') {
    return `{${Object.keys(w)
      .sort()
      .filter((k) => (w as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canoniekeJson((w as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(w);
}

export function sha256(tekst: string): string {
  return createHash('sha256').update(tekst).digest('hex');
}

/** De vingerafdruk van een selectie: de gesorteerde id's, één per regel. */
export function selectieHash(selectie: readonly Selectie[]): string {
  return sha256(
    selectie
      .map((s) => s.id)
      .sort()
      .join('\n'),
  );
}
