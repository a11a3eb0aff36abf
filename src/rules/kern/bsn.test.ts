import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isGeldigBsn, leesBsn } from './bsn.js';

/**
 * Onafhankelijk orakel voor de 11-proef: 9·c1 + 8·c2 + … + 2·c8 − 1·c9 ≡ 0 (mod 11) en niet 0.
 */
function elfProef(negenCijfers: string): boolean {
  let s = 0;
  for (let i = 0; i < 8; i++) s += Number(negenCijfers[i]) * (9 - i);
  s -= Number(negenCijfers[8]);
  return s !== 0 && s % 11 === 0;
}

/** Een geldig BSN bij acht willekeurige cijfers, of undefined als er geen controlecijfer 0..9 past. */
function maakGeldigBsn(acht: string): string | undefined {
  let s = 0;
  for (let i = 0; i < 8; i++) s += Number(acht[i]) * (9 - i);
  const c9 = s % 11; // s − c9 ≡ 0 (mod 11)
  if (c9 === 10 || s === 0) return undefined;
  return `${acht}${c9}`;
}

const achtCijfers = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 }).map((c) => c.join(''));

describe('leesBsn: de 11-proef', () => {
  it('111222333 is geldig', () => {
    // 9·1 + 8·1 + 7·1 + 6·2 + 5·2 + 4·2 + 3·3 + 2·3 = 9+8+7+12+10+8+9+6 = 69; 69 − 3 = 66 = 6·11.
    expect(leesBsn('111222333')).toEqual({ ok: true, bsn: '111222333' });
  });

  it('123456782 is geldig', () => {
    // 9·1 + 8·2 + 7·3 + 6·4 + 5·5 + 4·6 + 3·7 + 2·8 = 9+16+21+24+25+24+21+16 = 156; 156 − 2 = 154 = 14·11.
    expect(leesBsn('123456782')).toEqual({ ok: true, bsn: '123456782' });
  });

  it('het testnummer 999725877 uit de 999-reeks is geldig', () => {
    // 9·9 + 8·9 + 7·9 + 6·7 + 5·2 + 4·5 + 3·8 + 2·7 = 81+72+63+42+10+20+24+14 = 326; 326 − 7 = 319 = 29·11.
    expect(isGeldigBsn('999725877')).toBe(true);
  });

  it('acht cijfers (Excel liet de voorloopnul vallen) krijgen een 0 vooraan', () => {
    // 012345672: 9·0 + 8·1 + 7·2 + 6·3 + 5·4 + 4·5 + 3·6 + 2·7 = 0+8+14+18+20+20+18+14 = 112; 112 − 2 = 110 = 10·11.
    expect(leesBsn('12345672')).toEqual({ ok: true, bsn: '012345672' });
    expect(leesBsn('012345672')).toEqual({ ok: true, bsn: '012345672' });
  });

  it('spaties en punten tussen de cijfers mogen', () => {
    expect(leesBsn('1112.22.333')).toEqual({ ok: true, bsn: '111222333' });
    expect(leesBsn(' 111 222 333 ')).toEqual({ ok: true, bsn: '111222333' });
  });

  it('123456789 en 111222334 zakken voor de 11-proef', () => {
    // 156 − 9 = 147 = 13·11 + 4; 69 − 4 = 65 = 5·11 + 10.
    expect(isGeldigBsn('123456789')).toBe(false);
    expect(isGeldigBsn('111222334')).toBe(false);
  });

  it('het laatste cijfer telt met gewicht −1, niet +1: 012345679 is ongeldig', () => {
    // Eerste acht cijfers: 112 (zie boven). Met −1: 112 − 9 = 103, niet deelbaar door 11.
    // Met +1 zou het wel kloppen: 112 + 9 = 121 = 11·11.
    expect(isGeldigBsn('012345679')).toBe(false);
  });

  it('000000000 is ongeldig: de som 0 telt niet', () => {
    expect(isGeldigBsn('000000000')).toBe(false);
    expect(isGeldigBsn('00000000')).toBe(false);
  });

  it.each(['1234567', '1234567890', '', 'abcdefghi', '11122233a', '111-222-333'])('%j is geen BSN (lengte of tekens)', (invoer) => {
    expect(isGeldigBsn(invoer)).toBe(false);
  });

  it('de reden van een afkeuring noemt het nummer nooit', () => {
    for (const invoer of ['111222334', '123456789', '012345679', '1234567890', '12345', '999725878']) {
      const uitkomst = leesBsn(invoer);
      expect(uitkomst.ok).toBe(false);
      if (!uitkomst.ok) {
        expect(uitkomst.reden).not.toContain(invoer);
        expect(uitkomst.reden).not.toMatch(/\d{5,}/);
      }
    }
  });

  it('property: leesBsn keurt precies goed wat het orakel goedkeurt (9 cijfers)', () => {
    fc.assert(
      fc.property(achtCijfers, fc.integer({ min: 0, max: 9 }), (acht, c9) => {
        const invoer = `${acht}${c9}`;
        expect(isGeldigBsn(invoer)).toBe(elfProef(invoer));
      }),
    );
  });

  it('property: elk ééncijferig verschil in een geldig BSN wordt ontdekt', () => {
    // Gewichten 9..2 en −1 zijn niet deelbaar door 11, en een cijferverschil δ (1..9) ook niet;
    // 11 is priem, dus w·δ ≢ 0 (mod 11) en de som is na de wijziging niet meer deelbaar door 11.
    fc.assert(
      fc.property(achtCijfers, fc.integer({ min: 0, max: 8 }), fc.integer({ min: 1, max: 9 }), (acht, positie, plus) => {
        const bsn = maakGeldigBsn(acht);
        fc.pre(bsn !== undefined);
        expect(isGeldigBsn(bsn!)).toBe(true);
        const cijfer = (Number(bsn![positie]) + plus) % 10;
        const fout = `${bsn!.slice(0, positie)}${cijfer}${bsn!.slice(positie + 1)}`;
        expect(isGeldigBsn(fout)).toBe(false);
      }),
    );
  });
});
