import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Trace, TraceStap } from '../rules/kern/trace.js';
import { Rijopmaak, traceJson, type Kolom } from './uitvoer.js';

/** Tekst met alles wat JSON moet escapen: aanhalingstekens, backslash, stuurtekens, ongepaarde surrogaten. */
const lastig = fc.string({ unit: fc.constantFrom('a', 'é', '€', '"', '\\', '\n', '\t', '\u0001', '😀', '\ud800', ' ', '1') });
const waarde = fc.oneof(lastig, fc.integer(), fc.double(), fc.boolean(), fc.constant(null));
const stap: fc.Arbitrary<TraceStap> = fc.record(
  {
    regel: lastig,
    artikel: lastig,
    omschrijving: lastig,
    invoer: fc.dictionary(lastig, waarde, { maxKeys: 4 }),
    parameters: fc.array(fc.record({ sleutel: lastig, waarde, vanaf: fc.constant('2026-01-01'), bron: lastig, status: fc.constantFrom('geverifieerd', 'onbevestigd'), laag: lastig }), { maxLength: 3 }),
    uitkomst: fc.oneof(waarde, fc.dictionary(lastig, waarde, { maxKeys: 3 })),
  },
  { requiredKeys: ['regel', 'artikel', 'omschrijving', 'uitkomst'] },
) as fc.Arbitrary<TraceStap>;
const trace: fc.Arbitrary<Trace> = fc.record({ stappen: fc.array(stap, { maxLength: 5 }), waarschuwingen: fc.array(lastig, { maxLength: 3 }) });

describe('traceJson', () => {
  it('eigenschap: gelijk aan JSON.stringify, en in CSV-vorm aan JSON met verdubbelde aanhalingstekens; ook de tweede keer (uit de caches)', () => {
    fc.assert(
      fc.property(trace, fc.boolean(), (t, bevries) => {
        if (bevries) for (const s of t.stappen) Object.freeze(s);
        for (let keer = 0; keer < 2; keer++) {
          expect(traceJson(t)).toBe(JSON.stringify(t));
          expect(traceJson(t, true)).toBe(JSON.stringify(t).replaceAll('"', '""'));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('twee stappen met dezelfde omschrijving maar een ander artikel krijgen elk hun eigen begin', () => {
    const a: TraceStap = { regel: 'R1', artikel: 'art 1', omschrijving: 'zelfde', uitkomst: 1 };
    const b: TraceStap = { regel: 'R1', artikel: 'art 2', omschrijving: 'zelfde', uitkomst: 1 };
    const t: Trace = { stappen: [a, b, a], waarschuwingen: [] };
    expect(traceJson(t)).toBe(JSON.stringify(t));
  });
});

describe('Rijopmaak', () => {
  interface R {
    id: string;
    n: number;
    ok: boolean;
    obj: unknown;
    trace: Trace;
  }
  const kolommen: Kolom<R>[] = [
    { naam: 'id', soort: 'tekst', waarde: (r) => r.id },
    { naam: 'n', soort: 'getal', waarde: (r) => r.n },
    { naam: 'ok', soort: 'ja_nee', waarde: (r) => r.ok },
    { naam: 'obj', soort: 'json', waarde: (r) => r.obj },
    { naam: 'trace', soort: 'trace', waarde: (r) => r.trace },
  ];

  it('eigenschap: een JSON-rij is JSON.stringify van het object met die kolommen', () => {
    const opmaak = new Rijopmaak('json', kolommen);
    fc.assert(
      fc.property(lastig, fc.integer(), fc.boolean(), fc.dictionary(lastig, waarde, { maxKeys: 3 }), trace, (id, n, ok, obj, t) => {
        const r = { id, n, ok, obj, trace: t };
        expect(opmaak.tekst(r)).toBe(JSON.stringify({ id, n, ok, obj, trace: t }));
      }),
    );
  });

  it('een CSV-rij zet velden met scheidingsteken, aanhalingsteken of regeleinde tussen aanhalingstekens', () => {
    const opmaak = new Rijopmaak('csv', kolommen);
    const t: Trace = { stappen: [], waarschuwingen: ['let "op"'] };
    expect(opmaak.tekst({ id: 'a,"b"', n: 3, ok: true, obj: { x: 'y' }, trace: t })).toBe('"a,""b""",3,true,"{""x"":""y""}","{""stappen"":[],""waarschuwingen"":[""let \\""op\\""""]}"');
  });
});
