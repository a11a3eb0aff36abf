/**
 * Ontdubbelen zonder staat (onderzoek §1.6 A.2): een signaal is uniek op `(product, bsn,
 * bron_sleutel)`. Een herhaling met dezelfde inhoud is `dubbel`, met een gewijzigde inhoud een
 * `correctie` (een nieuwe versie van hetzelfde signaal).
 *
 * Voor miljoenen signalen in één run houden we niet de sleutels zelf bij maar een 64-bits
 * vingerafdruk ervan, met een 32-bits vingerafdruk van de inhoud en de regel van het eerste
 * voorkomen, in een open-adresseringstabel van getypte arrays: 16 bytes per plek, bij een miljoen
 * signalen (2²¹ plekken) 32 MB. De kans dat twee verschillende sleutels op dezelfde 64 bits uitkomen is bij
 * een miljoen signalen ongeveer 3·10⁻⁸ (verjaardagsgrens n²/2⁶⁵).
 */

import type { IbSignaal } from './types.js';

const C1 = 0x85ebca6b;
const C2 = 0xc2b2ae35;

function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, C1);
  h ^= h >>> 13;
  h = Math.imul(h, C2);
  h ^= h >>> 16;
  return h >>> 0;
}

// Twee onafhankelijke 32-bits hashes (FNV-1a en een variant met andere priem en beginwaarde), als
// toestand van de module in plaats van een object per signaal: geen allocatie in de hete lus.
let ha = 0;
let hb = 0;

function begin(): void {
  ha = 0x811c9dc5;
  hb = 0x9747b28c;
}

function voeg(tekst: string): void {
  let a = ha;
  let b = hb;
  for (let i = 0; i < tekst.length; i++) {
    const c = tekst.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  // scheiding tussen delen, zodat ("ab","c") ≠ ("a","bc")
  ha = Math.imul(a ^ 0x1f, 0x01000193);
  hb = Math.imul(b ^ 0x1f, 0x5bd1e995);
}

function uit32(): number {
  return (mix(ha) ^ Math.imul(mix(hb ^ 0x2545f491), 0x9e3779b1)) >>> 0;
}

/** 32-bits vingerafdruk van een of meer teksten. */
export function vingerafdruk32(...delen: readonly string[]): number {
  begin();
  for (const d of delen) voeg(d);
  return uit32();
}

/**
 * De inhoud van een signaal: alles behalve de sleutel (product, bsn, bron_sleutel), in een vaste
 * volgorde. Gelijke inhoud → dubbel, andere inhoud → correctie.
 */
export function inhoudTekst(s: IbSignaal): string {
  let t = `${s.van ?? ''}|${s.tot ?? ''}|${s.peildatum ?? ''}|${s.gemeente ?? ''}|${s.partnerBsn ?? ''}|${s.labels.join(',')}`;
  for (const k of Object.keys(s.velden).sort()) t += `|${k}=${s.velden[k]}`;
  return t;
}

/** 32-bits vingerafdruk van de inhoud, zonder de tekst op te bouwen (gelijk als inhoudTekst gelijk is). */
export function inhoudVingerafdruk(s: IbSignaal): number {
  begin();
  voeg(s.van ?? '');
  voeg(s.tot ?? '');
  voeg(s.peildatum ?? '');
  voeg(s.gemeente ?? '');
  voeg(s.partnerBsn ?? '');
  for (const l of s.labels) voeg(l);
  voeg('\u0000');
  const velden = s.velden;
  let vorige = '';
  let geordend = true;
  for (const k in velden) {
    if (k < vorige) geordend = false;
    vorige = k;
  }
  for (const k of geordend ? Object.keys(velden) : Object.keys(velden).sort()) {
    voeg(k);
    voeg(velden[k]!);
  }
  return uit32();
}

export type Herhaling = { readonly eersteRegel: number; readonly zelfdeInhoud: boolean };

/**
 * Per plek vier getallen achter elkaar: [hoog, laag, inhoud, regel]. Eén opzoeking raakt zo één
 * cachelijn in plaats van vier losse arrays.
 */
export class Sleutelregister {
  private capaciteit: number;
  private masker: number;
  private plekken: Uint32Array;
  private gevuld = 0;

  constructor(verwacht = 1 << 16) {
    let c = 1024;
    while (c * 3 < verwacht * 5) c *= 2; // vullingsgraad hoogstens 0,6
    this.capaciteit = c;
    this.masker = c - 1;
    this.plekken = new Uint32Array(c * 4);
  }

  get aantal(): number {
    return this.gevuld;
  }

  get bytes(): number {
    return this.capaciteit * 16;
  }

  /**
   * Legt het signaal vast. Nieuw: `undefined`. Al gezien: de regel van het eerste voorkomen en of
   * de inhoud gelijk is aan de laatst geziene versie (die daarna de nieuwe wordt).
   */
  registreer(product: string, bsn: string, bronSleutel: string, inhoud: number, regel: number): Herhaling | undefined {
    begin();
    voeg(product);
    voeg(bsn);
    voeg(bronSleutel);
    let h = mix(ha);
    const l = mix(hb ^ 0x2545f491);
    if (h === 0 && l === 0) h = 1; // 0,0 betekent: lege plek
    const p = this.plekken;
    let i = (h ^ Math.imul(l, 0x27d4eb2d)) & this.masker;
    for (;;) {
      const o = i * 4;
      const ph = p[o]!;
      const pl = p[o + 1]!;
      if (ph === 0 && pl === 0) {
        p[o] = h;
        p[o + 1] = l;
        p[o + 2] = inhoud;
        p[o + 3] = regel;
        if (++this.gevuld * 5 > this.capaciteit * 3) this.groei(); // vullingsgraad ten hoogste 0,6
        return undefined;
      }
      if (ph === h && pl === l) {
        const zelfde = p[o + 2] === inhoud >>> 0;
        p[o + 2] = inhoud;
        return { eersteRegel: p[o + 3]!, zelfdeInhoud: zelfde };
      }
      i = (i + 1) & this.masker;
    }
  }

  private groei(): void {
    const oud = this.plekken;
    this.capaciteit *= 2;
    this.masker = this.capaciteit - 1;
    this.plekken = new Uint32Array(this.capaciteit * 4);
    const p = this.plekken;
    for (let j = 0; j < oud.length; j += 4) {
      const h = oud[j]!;
      const l = oud[j + 1]!;
      if (h === 0 && l === 0) continue;
      let i = (h ^ Math.imul(l, 0x27d4eb2d)) & this.masker;
      while (p[i * 4] !== 0 || p[i * 4 + 1] !== 0) i = (i + 1) & this.masker;
      p.set(oud.subarray(j, j + 4), i * 4);
    }
  }
}
