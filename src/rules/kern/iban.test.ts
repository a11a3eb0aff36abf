import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isGeldigeIban, leesIban } from './iban.js';

/**
 * Onafhankelijk orakel (ISO 13616): de eerste vier tekens achteraan, letters als A=10 … Z=35, het
 * geheel als BigInt mod 97 moet 1 zijn.
 */
function orakel(iban: string): boolean {
  const s = iban.replace(/\s+/g, '').toUpperCase();
  const herschikt = s.slice(4) + s.slice(0, 4);
  const getal = [...herschikt].map((c) => (/[A-Z]/.test(c) ? String(c.charCodeAt(0) - 55) : c)).join('');
  return BigInt(getal) % 97n === 1n;
}

describe('leesIban', () => {
  it('NL91ABNA0417164300 is geldig', () => {
    // ABNA0417164300NL91 → 10 11 23 10 0417164300 23 21 91 → 101123100417164300232191 mod 97 = 1.
    expect(orakel('NL91ABNA0417164300')).toBe(true);
    expect(leesIban('NL91ABNA0417164300')).toEqual({ ok: true, iban: 'NL91ABNA0417164300' });
  });

  it('NL92BNGH0285158813 is geldig', () => {
    // BNGH0285158813NL92 → 11 23 16 17 0285158813 23 21 92 → 112316170285158813232192 mod 97 = 1.
    expect(orakel('NL92BNGH0285158813')).toBe(true);
    expect(isGeldigeIban('NL92BNGH0285158813')).toBe(true);
  });

  it('accepteert kleine letters en spaties en normaliseert ze', () => {
    expect(leesIban('nl91 abna 0417 1643 00')).toEqual({ ok: true, iban: 'NL91ABNA0417164300' });
    expect(leesIban(' NL92 BNGH 0285 1588 13 ')).toEqual({ ok: true, iban: 'NL92BNGH0285158813' });
  });

  it('kent buitenlandse IBANs met hun eigen lengte (BE 16, DE 22, GB 22)', () => {
    for (const iban of ['BE68539007547034', 'DE89370400440532013000', 'GB82WEST12345698765432']) {
      expect(orakel(iban)).toBe(true);
      expect(isGeldigeIban(iban)).toBe(true);
    }
  });

  it('een gewijzigd cijfer in het rekeningnummer of de controlecijfers valt af', () => {
    expect(isGeldigeIban('NL91ABNA0417164301')).toBe(false);
    expect(isGeldigeIban('NL91ABNA0417164310')).toBe(false);
    expect(isGeldigeIban('NL92ABNA0417164300')).toBe(false);
    expect(isGeldigeIban('NL91ABNB0417164300')).toBe(false);
    const uitkomst = leesIban('NL91ABNA0417164301');
    if (!uitkomst.ok) expect(uitkomst.reden).toMatch(/mod 97/);
  });

  it('een verkeerde lengte valt af, met de verwachte lengte in de reden', () => {
    for (const invoer of ['NL91ABNA041716430', 'NL91ABNA04171643000']) {
      const uitkomst = leesIban(invoer);
      expect(uitkomst.ok).toBe(false);
      if (!uitkomst.ok) expect(uitkomst.reden).toMatch(/18 tekens/);
    }
    expect(isGeldigeIban('BE6853900754703')).toBe(false);
  });

  it('een Nederlandse IBAN moet vier letters en tien cijfers hebben', () => {
    expect(isGeldigeIban('NL91ABNA041716430A')).toBe(false);
    expect(isGeldigeIban('NL911BNA0417164300')).toBe(false);
  });

  it.each(['', 'NL', '91NLABNA0417164300', 'NL9XABNA0417164300', 'NL91-ABNA-0417-1643-00', 'geen iban'])('%j is geen IBAN', (invoer) => {
    expect(isGeldigeIban(invoer)).toBe(false);
  });

  it('property: elke wijziging van één cijfer van het Nederlandse rekeningnummer wordt ontdekt', () => {
    // Eén cijfer ander: het getal verandert met δ·10^k, en 97 is priem en deelt δ (1..9) noch 10^k.
    const basis = 'NL91ABNA0417164300';
    fc.assert(
      fc.property(fc.integer({ min: 8, max: 17 }), fc.integer({ min: 1, max: 9 }), (positie, plus) => {
        const cijfer = (Number(basis[positie]) + plus) % 10;
        const fout = `${basis.slice(0, positie)}${cijfer}${basis.slice(positie + 1)}`;
        expect(orakel(fout)).toBe(false);
        expect(isGeldigeIban(fout)).toBe(false);
      }),
    );
  });

  it('property: leesIban stemt overeen met het BigInt-orakel voor willekeurige NL-rekeningen en controlecijfers', () => {
    const cijfers = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((c) => c.join(''));
    const bank = fc.array(fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'), { minLength: 4, maxLength: 4 }).map((c) => c.join(''));
    fc.assert(
      fc.property(cijfers(2), bank, cijfers(10), (controle, bankcode, rekening) => {
        const iban = `NL${controle}${bankcode}${rekening}`;
        expect(isGeldigeIban(iban)).toBe(orakel(iban));
      }),
    );
  });
});
