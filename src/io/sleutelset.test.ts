import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SleutelSet } from './sleutelset.js';

describe('SleutelSet', () => {
  it('meldt een sleutel die al voorkwam, ook na vele keren groeien', () => {
    const s = new SleutelSet();
    for (let i = 0; i < 100_000; i++) expect(s.voegToe(`LL-${i}`)).toBe(true);
    expect(s.size).toBe(100_000);
    expect(s.voegToe('LL-0')).toBe(false);
    expect(s.voegToe('LL-99999')).toBe(false);
    expect(s.voegToe('LL-100000')).toBe(true);
  });

  it('onderscheidt sleutels met dezelfde hash, lege sleutels en tekens buiten Latin-1', () => {
    const s = new SleutelSet();
    // Elke sleutel is een voorvoegsel van de volgende: gelijke begintekens, verschillende lengte.
    for (const k of ['', 'a', 'aa', 'aaa', 'Zaak-€1', 'Zaak-€2', '😀']) expect(s.voegToe(k)).toBe(true);
    for (const k of ['', 'a', 'aa', 'aaa', 'Zaak-€1', 'Zaak-€2', '😀']) expect(s.voegToe(k)).toBe(false);
  });

  it('eigenschap: zegt precies wat een Set<string> zegt', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 6, unit: fc.constantFrom('a', 'b', 'é', '€', '1') }), { maxLength: 3000 }), (sleutels) => {
        const s = new SleutelSet();
        const referentie = new Set<string>();
        for (const k of sleutels) {
          expect(s.voegToe(k)).toBe(!referentie.has(k));
          referentie.add(k);
        }
        expect(s.size).toBe(referentie.size);
      }),
    );
  });
});
