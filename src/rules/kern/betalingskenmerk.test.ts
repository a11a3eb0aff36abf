import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { kenmerkControlecijfer, leesBetalingskenmerk, maakBetalingskenmerk } from './betalingskenmerk.js';

/**
 * Bron: ../shared/research/interfaces-ib-camt-verzuim.md §2.4. Gewichten van rechts naar links
 * 2, 4, 8, 5, 10, 9, 7, 3, 6, 1 (herhalend); A = Σ cijfer·gewicht; C = 11 − (A mod 11); 10 → 1, 11 → 0.
 */
const geldig = (k: string) => leesBetalingskenmerk(k).ok;

const vijftienCijfers = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 15, maxLength: 15 }).map((c) => c.join(''));

describe('leesBetalingskenmerk: gepubliceerde voorbeelden', () => {
  it('(5)000 0567 8901 2345 is geldig', () => {
    // Van rechts: 5·2 + 4·4 + 3·8 + 2·5 + 1·10 + 0·9 + 9·7 + 8·3 + 7·6 + 6·1 + 5·2 + 0·4 + 0·8 + 0·5 + 0·10
    //   = 10+16+24+10+10+0+63+24+42+6+10 = 215; 215 mod 11 = 6; C = 11 − 6 = 5.
    expect(kenmerkControlecijfer('000056789012345')).toBe(5);
    expect(leesBetalingskenmerk('5000056789012345')).toEqual({ ok: true, kenmerk: '5000056789012345' });
  });

  it('1 2 2345 3462 2567 (14 cijfers, C = 1, lengtecode 2) is geldig', () => {
    // Rest na C: 2234534622567. Van rechts: 7·2 + 6·4 + 5·8 + 2·5 + 2·10 + 6·9 + 4·7 + 3·3 + 5·6 + 4·1 + 3·2 + 2·4 + 2·8
    //   = 14+24+40+10+20+54+28+9+30+4+6+8+16 = 263; 263 mod 11 = 10; C = 11 − 10 = 1.
    expect(kenmerkControlecijfer('2234534622567')).toBe(1);
    expect(leesBetalingskenmerk('1 2 2345 3462 2567')).toEqual({ ok: true, kenmerk: '12234534622567' });
  });

  it("ING's voorbeeldkenmerken 9001123412341234 en 1070123412341234 zijn ongeldig", () => {
    // 001123412341234: 8+12+16+5+40+27+14+3+24+3+4+4+8+0+0 = 168; 168 mod 11 = 3; C = 8, niet 9.
    // 070123412341234: dezelfde eerste twaalf termen (160) + 0·8 + 7·5 + 0·10 = 195; 195 mod 11 = 8; C = 3, niet 1.
    expect(kenmerkControlecijfer('001123412341234')).toBe(8);
    expect(kenmerkControlecijfer('070123412341234')).toBe(3);
    for (const k of ['9001123412341234', '1070123412341234']) {
      const uitkomst = leesBetalingskenmerk(k);
      expect(uitkomst.ok).toBe(false);
      if (!uitkomst.ok) expect(uitkomst.reden).toMatch(/controlecijfer/);
    }
  });

  it('de eigen gegenereerde kenmerken zijn geldig, ook met controlecijfer 0 (voorloopnul blijft tekst)', () => {
    // 202604821300001: 2+27+7+6+48+4+0+24+16+0+20 = 154 ≡ 0 → C = 11 → 0.
    // 202604821300002: 154 − 2 + 4 = 156 ≡ 2 → C = 9.
    // 202605190700003: 6+63+0+27+6+5+0+24+16+0+20 = 167 ≡ 2 → C = 9.
    // 202606023300001: 2+27+21+6+0+6+0+24+16+0+20 = 122 ≡ 1 → C = 10 → 1.
    for (const k of ['0202604821300001', '9202604821300002', '9202605190700003', '1202606023300001']) {
      expect(leesBetalingskenmerk(k)).toEqual({ ok: true, kenmerk: k });
    }
  });

  it('een zelf berekend kenmerk van 9 cijfers (lengtecode 7) is geldig', () => {
    // Rest na C: 7 1234567 → van rechts 7·2 + 6·4 + 5·8 + 4·5 + 3·10 + 2·9 + 1·7 + 7·3
    //   = 14+24+40+20+30+18+7+21 = 174; 174 mod 11 = 9; C = 2.
    expect(geldig('271234567')).toBe(true);
    expect(geldig('371234567')).toBe(false);
  });
});

describe('leesBetalingskenmerk: lengtes en opmaak', () => {
  it('7 cijfers zijn geldig zonder controle', () => {
    expect(leesBetalingskenmerk('1234567')).toEqual({ ok: true, kenmerk: '1234567' });
    expect(geldig('0000000')).toBe(true);
  });

  it.each(['12345678', '202604821300001', '12345', '1', '02026048213000010'])('%j heeft een ongeldige lengte', (k) => {
    const uitkomst = leesBetalingskenmerk(k);
    expect(uitkomst.ok).toBe(false);
    if (!uitkomst.ok) expect(uitkomst.reden).toMatch(/7, 9 tot en met 14, of 16 cijfers/);
  });

  it('9–14 cijfers: een verkeerde lengtecode valt af', () => {
    const uitkomst = leesBetalingskenmerk('13234534622567');
    expect(uitkomst.ok).toBe(false);
    if (!uitkomst.ok) expect(uitkomst.reden).toMatch(/lengtecode/);
  });

  it('spaties en punten worden genegeerd, andere tekens niet', () => {
    expect(leesBetalingskenmerk('0202.6048.2130.0001')).toEqual({ ok: true, kenmerk: '0202604821300001' });
    expect(geldig('5000 0567 8901 2345')).toBe(true);
    const uitkomst = leesBetalingskenmerk('5000-0567-8901-2345');
    expect(uitkomst.ok).toBe(false);
    if (!uitkomst.ok) expect(uitkomst.reden).toMatch(/alleen uit cijfers/);
    expect(geldig('')).toBe(false);
  });
});

describe('maakBetalingskenmerk', () => {
  it("maakt van '202604821300001' het kenmerk '0202604821300001'", () => {
    expect(maakBetalingskenmerk('202604821300001')).toBe('0202604821300001');
    expect(maakBetalingskenmerk('202606023300001')).toBe('1202606023300001');
  });

  it('weigert iets anders dan precies 15 cijfers', () => {
    expect(() => maakBetalingskenmerk('20260482130000')).toThrow(RangeError);
    expect(() => maakBetalingskenmerk('2026048213000011')).toThrow(RangeError);
    expect(() => maakBetalingskenmerk('20260482130000a')).toThrow(RangeError);
  });

  it('property: het kenmerk bij elke 15 cijfers heeft 16 cijfers, eindigt op die 15 en is geldig', () => {
    fc.assert(
      fc.property(vijftienCijfers, (p) => {
        const k = maakBetalingskenmerk(p);
        expect(k).toHaveLength(16);
        expect(k.slice(1)).toBe(p);
        expect(geldig(k)).toBe(true);
      }),
    );
  });
});

describe('foutdetectie van de gewogen mod 11', () => {
  /*
   * Klopt "elke fout in één cijfer wordt ontdekt"? Nee, niet helemaal. Elk gewicht is ≢ 0 (mod 11) en
   * elk cijferverschil δ ∈ 1..9 ook, dus een wijziging in de 15 cijfers na C verandert A mod 11 altijd.
   * Maar de afbeelding r = A mod 11 → C is niet injectief: r = 1 geeft C = 10 → 1 en r = 10 geeft
   * C = 1. Een kenmerk met C = 1 kan dus een ééncijferige fout hebben die r tussen 1 en 10 verschuift
   * en toch geldig is. Voor C ≠ 1 hoort bij C precies één r, dus daar wordt elke fout ontdekt; een
   * fout in C zelf wordt altijd ontdekt (bij vaste rest past maar één C).
   */
  it('tegenvoorbeeld: 1202606023300001 en 1202606023300000 zijn allebei geldig', () => {
    // 202606023300001: A = 122 ≡ 1 → C = 10 → 1. Laatste cijfer 1 → 0 (gewicht 2): A = 120 ≡ 10 → C = 1.
    expect(geldig('1202606023300001')).toBe(true);
    expect(geldig('1202606023300000')).toBe(true);
  });

  it('property: een ééncijferige fout in een 16-cijferig kenmerk blijft alleen onopgemerkt als C = 1 en de fout niet in C zit', () => {
    fc.assert(
      fc.property(vijftienCijfers, fc.integer({ min: 0, max: 15 }), fc.integer({ min: 1, max: 9 }), (p, positie, plus) => {
        const k = maakBetalingskenmerk(p);
        const cijfer = (Number(k[positie]) + plus) % 10;
        const fout = `${k.slice(0, positie)}${cijfer}${k.slice(positie + 1)}`;
        if (positie === 0 || k[0] !== '1') expect(geldig(fout)).toBe(false);
        else {
          // C = 1: geldig precies als de nieuwe rest weer C = 1 geeft.
          expect(geldig(fout)).toBe(kenmerkControlecijfer(fout.slice(1)) === 1);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('property: bij C = 1 komt de onopgemerkte fout echt voor (de zwakte is niet theoretisch)', () => {
    // C = 1 betekent r = 1 of r = 10. Nodig: een positie i en een haalbaar cijferverschil δ met
    // w_i·δ ≡ 9 (r 1 → 10) resp. ≡ 2 (r 10 → 1) mod 11. Per positie is er precies één oud cijfer
    // waarvoor geen haalbare δ bestaat; de enige rest waarin élke positie dat cijfer heeft, heeft
    // r = 4 (voor het doel r 1 → 10) resp. r = 5 (voor r 10 → 1), dus bij C = 1 is er altijd zo'n fout.
    // We zoeken hem uitputtend en bevestigen dat er minstens één geldig gewijzigd kenmerk is.
    fc.assert(
      fc.property(vijftienCijfers, (p) => {
        const k = maakBetalingskenmerk(p);
        fc.pre(k[0] === '1');
        let onopgemerkt = 0;
        for (let i = 1; i < 16; i++) {
          for (let c = 0; c <= 9; c++) {
            if (String(c) === k[i]) continue;
            if (geldig(`${k.slice(0, i)}${c}${k.slice(i + 1)}`)) onopgemerkt++;
          }
        }
        expect(onopgemerkt).toBeGreaterThan(0);
      }),
      { numRuns: 50 },
    );
  });
});
