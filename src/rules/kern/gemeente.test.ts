import { describe, expect, it } from 'vitest';
import { GEMEENTECODES, GEMEENTEN, gemeentenaam, leesGemeente } from './gemeente.js';

describe('de zes SZMH-gemeenten (R-GEN-01)', () => {
  it('zijn precies de zes gemeenten met hun CBS-code', () => {
    expect([...GEMEENTECODES].sort()).toEqual(['GM0935', 'GM0938', 'GM0981', 'GM0994', 'GM1729', 'GM1903']);
    expect(gemeentenaam('GM1903')).toBe('Eijsden-Margraten');
    expect(gemeentenaam('GM1729')).toBe('Gulpen-Wittem');
    expect(gemeentenaam('GM0935')).toBe('Maastricht');
    expect(gemeentenaam('GM0938')).toBe('Meerssen');
    expect(gemeentenaam('GM0981')).toBe('Vaals');
    expect(gemeentenaam('GM0994')).toBe('Valkenburg aan de Geul');
  });
});

describe('leesGemeente', () => {
  it.each([
    ['Eijsden-Margraten', 'GM1903'],
    ['Gulpen-Wittem', 'GM1729'],
    ['Maastricht', 'GM0935'],
    ['Meerssen', 'GM0938'],
    ['Vaals', 'GM0981'],
    ['Valkenburg aan de Geul', 'GM0994'],
  ])('herkent de officiële naam %j als %s', (naam, code) => {
    expect(leesGemeente(naam)).toEqual({ ok: true, code });
  });

  it.each([
    ['Gulpen-Witterm', 'GM1729'],
    ['Gulpen-Wittern', 'GM1729'],
    ['Gulpen-Witter', 'GM1729'],
    ['Valkenburg a/d Geul', 'GM0994'],
    ['Valkenburg ad Geul', 'GM0994'],
    ['Eijsden- Margraten', 'GM1903'],
  ])('herkent de spellingsvariant %j als %s (R-GEN-02)', (variant, code) => {
    expect(leesGemeente(variant)).toEqual({ ok: true, code });
  });

  it('negeert hoofdletters, witruimte en leestekens', () => {
    expect(leesGemeente('MAASTRICHT')).toEqual({ ok: true, code: 'GM0935' });
    expect(leesGemeente('  vaals  ')).toEqual({ ok: true, code: 'GM0981' });
    expect(leesGemeente('valkenburg a.d. geul')).toEqual({ ok: true, code: 'GM0994' });
    expect(leesGemeente('Eijsden Margraten')).toEqual({ ok: true, code: 'GM1903' });
  });

  it("herkent de code als 'GM0935', '0935', '935' en 'gm0935'", () => {
    for (const invoer of ['GM0935', '0935', '935', 'gm0935', ' GM0935 ']) {
      expect(leesGemeente(invoer)).toEqual({ ok: true, code: 'GM0935' });
    }
    expect(leesGemeente('1903')).toEqual({ ok: true, code: 'GM1903' });
    expect(leesGemeente('981')).toEqual({ ok: true, code: 'GM0981' });
  });

  it.each(['Heerlen', 'Sittard-Geleen', '', '   ', 'GM0917', '0917', '0', '12345', 'GM'])(
    '%j is geen SZMH-gemeente',
    (invoer) => {
      const uitkomst = leesGemeente(invoer);
      expect(uitkomst.ok).toBe(false);
      if (!uitkomst.ok) expect(uitkomst.reden).toMatch(/geen SZMH-gemeente/);
    },
  );

  it('de reden noemt de invoer en de zes geldige gemeenten', () => {
    const uitkomst = leesGemeente('Heerlen');
    expect(uitkomst.ok).toBe(false);
    if (!uitkomst.ok) {
      expect(uitkomst.reden).toContain('Heerlen');
      for (const naam of Object.values(GEMEENTEN)) expect(uitkomst.reden).toContain(naam);
    }
  });
});
