import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Decimal, type Bedrag } from './geld.js';
import { TraceBouwer } from './trace.js';

/** Een bedrag zoals de trace het opneemt: exact, met minstens twee decimalen. */
function inTrace(w: Bedrag): unknown {
  const t = new TraceBouwer();
  t.stap({ regel: 'R', artikel: 'a', omschrijving: 'o', invoer: { w }, uitkomst: w });
  return t.klaar().stappen[0]!.uitkomst;
}

describe('TraceBouwer: bedragen', () => {
  it('met minstens twee decimalen, verder exact', () => {
    expect(inTrace(new Decimal('1401.5'))).toBe('1401.50');
    expect(inTrace(new Decimal('150'))).toBe('150.00');
    expect(inTrace(new Decimal('-12.5'))).toBe('-12.50');
    expect(inTrace(new Decimal('-0'))).toBe('0.00');
    expect(inTrace(new Decimal('75.005'))).toBe('75.005');
    expect(inTrace(new Decimal('1e21'))).toBe('1000000000000000000000.00');
    expect(inTrace(new Decimal('100000000000000000000.5'))).toBe('100000000000000000000.50');
  });

  it('eigenschap: gelijk aan toFixed(2) bij minder dan twee decimalen, anders aan toString()', () => {
    const bedrag = fc.tuple(fc.bigInt({ min: -(10n ** 25n), max: 10n ** 25n }), fc.integer({ min: 0, max: 4 })).map(([n, d]) => new Decimal(n.toString()).div(10 ** d));
    fc.assert(
      fc.property(bedrag, (w) => {
        expect(inTrace(w)).toBe(w.decimalPlaces() < 2 ? w.toFixed(2) : w.toString());
      }),
      { numRuns: 2000 },
    );
  });
});
