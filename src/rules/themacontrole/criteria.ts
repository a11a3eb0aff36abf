/**
 * Een criterium toetsen op een geval. Het type volgt uit de waarde in het thema: een getal vergelijkt
 * als getal (decimale komma of punt, zoals bedragen), een datum (JJJJ-MM-DD) als datum, ja/nee als
 * ja/nee, anders als tekst (zonder onderscheid in hoofdletters en spaties eromheen). Een lege of
 * onleesbare waarde laat een criterium niet afgaan (behalve `leeg`); onleesbaar wordt geteld.
 */
import { Decimal, leesBedrag, type Bedrag } from '../kern/geld.js';
import { leesDatum } from '../kern/datum.js';
import type { Criterium } from './types.js';

export type Toetsing = boolean | 'onleesbaar';

type Getypt = { soort: 'getal'; waarde: Bedrag } | { soort: 'datum'; waarde: string } | { soort: 'ja_nee'; waarde: boolean } | { soort: 'tekst'; waarde: string };

const ISO = /^\d{4}-\d{2}-\d{2}$/;

function typeer(w: string | number | boolean): Getypt {
  if (typeof w === 'number') return { soort: 'getal', waarde: new Decimal(w) };
  if (typeof w === 'boolean') return { soort: 'ja_nee', waarde: w };
  if (ISO.test(w) && leesDatum(w).ok) return { soort: 'datum', waarde: w };
  return { soort: 'tekst', waarde: w.trim().toLowerCase() };
}

/** De waarde uit de populatie in het type van `voorbeeld`, of undefined als dat niet lukt. */
function lees(tekst: string, voorbeeld: Getypt): Getypt | undefined {
  switch (voorbeeld.soort) {
    case 'getal': {
      const b = leesBedrag(tekst);
      return b.ok ? { soort: 'getal', waarde: b.bedrag } : undefined;
    }
    case 'datum': {
      const d = leesDatum(tekst);
      return d.ok ? { soort: 'datum', waarde: d.datum } : undefined;
    }
    case 'ja_nee': {
      const t = tekst.trim().toLowerCase();
      if (['ja', 'j', 'true', '1'].includes(t)) return { soort: 'ja_nee', waarde: true };
      if (['nee', 'n', 'false', '0'].includes(t)) return { soort: 'ja_nee', waarde: false };
      return undefined;
    }
    case 'tekst':
      return { soort: 'tekst', waarde: tekst.trim().toLowerCase() };
  }
}

function vergelijk(a: Getypt, b: Getypt): number {
  if (a.soort === 'getal' && b.soort === 'getal') return a.waarde.comparedTo(b.waarde);
  const x = String(a.waarde);
  const y = String(b.waarde);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Gaat het criterium af voor deze waarde (de tekst uit de populatie; undefined = leeg)? */
export function toets(c: Criterium, tekst: string | undefined): Toetsing {
  const leeg = tekst === undefined || tekst.trim() === '';
  if (c.operator === 'leeg') return leeg;
  if (c.operator === 'niet_leeg') return !leeg;
  if (leeg) return false;
  const w = c.waarde!;
  if (c.operator === 'in' || c.operator === 'niet_in') {
    const lijst = (w as readonly (string | number)[]).map(typeer);
    let gevonden = false;
    let leesbaar = false;
    for (const v of lijst) {
      const x = lees(tekst, v);
      if (x === undefined) continue;
      leesbaar = true;
      if (vergelijk(x, v) === 0) gevonden = true;
    }
    if (!leesbaar) return 'onleesbaar';
    return c.operator === 'in' ? gevonden : !gevonden;
  }
  if (c.operator === 'tussen') {
    const [van, tot] = (w as readonly (string | number)[]).map(typeer) as [Getypt, Getypt];
    const x = lees(tekst, van);
    if (x === undefined) return 'onleesbaar';
    return vergelijk(x, van) >= 0 && vergelijk(x, tot) <= 0;
  }
  const v = typeer(w as string | number | boolean);
  if (c.operator === 'bevat') return tekst.toLowerCase().includes(String(v.waarde).toLowerCase());
  const x = lees(tekst, v);
  if (x === undefined) return 'onleesbaar';
  const r = vergelijk(x, v);
  switch (c.operator) {
    case '=':
      return r === 0;
    case '!=':
      return r !== 0;
    case '<':
      return r < 0;
    case '<=':
      return r <= 0;
    case '>':
      return r > 0;
    case '>=':
      return r >= 0;
  }
}
