import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { ParameterVerwijzing, Trace, TraceStap } from '../rules/kern/trace.js';
import { datum } from '../rules/kern/datum.js';
import { Decimal } from '../rules/kern/geld.js';
import { Rijopmaak, traceJson, type Kolom } from './uitvoer.js';
import { Utf8Buffer } from './utf8.js';

/** Tekst met alles wat JSON moet escapen: aanhalingstekens, backslash, stuurtekens, ongepaarde surrogaten. */
const lastig = fc.string({ unit: fc.constantFrom('a', 'é', '€', '"', '\\', '\n', '\t', '\u0001', '😀', '\ud800', ' ', '1') });
const enkel = fc.oneof(lastig, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.integer().map((n) => new Decimal(n).div(100)));
// genest zoals per_maand en alternatieven: lijsten van objecten, objecten met lijsten
const waarde = fc.letrec((t) => ({
  w: fc.oneof({ depthSize: 'small' }, enkel, fc.array(t('w'), { maxLength: 3 }), fc.dictionary(lastig, t('w'), { maxKeys: 3 })),
})).w;
const stap: fc.Arbitrary<TraceStap> = fc.record(
  {
    regel: lastig,
    artikel: lastig,
    omschrijving: lastig,
    invoer: fc.dictionary(lastig, waarde, { maxKeys: 4 }),
    parameters: fc.array(fc.record({ sleutel: lastig, waarde, vanaf: fc.constant('2026-01-01'), bron: lastig, status: fc.constantFrom('geverifieerd', 'onbevestigd'), laag: lastig }), { maxLength: 3 }),
    // TraceBouwer maakt van een ontbrekende uitkomst null: undefined komt hier niet voor
    uitkomst: fc.oneof(lastig, fc.integer(), fc.boolean(), fc.constant(null), fc.dictionary(lastig, waarde, { maxKeys: 3 })),
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

  it('parameterlijsten met dezelfde eerste verwijzing: als geheel herhaald, en voorbij de grens per verwijzing', () => {
    const verwijzing = (sleutel: string): ParameterVerwijzing => ({ sleutel, waarde: '1.00', vanaf: datum('2026-01-01'), bron: 'Stcrt. "x"', status: 'geverifieerd', laag: 'regio' });
    const eerste = verwijzing('a');
    const anderen = Array.from({ length: 24 }, (_, i) => verwijzing(`b${i}`));
    for (let i = 0; i < 72; i++) {
      const stap: TraceStap = { regel: 'R-p', artikel: 'art 1', omschrijving: 'x', parameters: [eerste, anderen[i % 24]!, ...(i % 3 ? [] : [eerste])], uitkomst: i };
      const t: Trace = { stappen: [stap], waarschuwingen: [] };
      expect(traceJson(t)).toBe(JSON.stringify(t));
      expect(traceJson(t, true)).toBe(JSON.stringify(t).replaceAll('"', '""'));
    }
  });

  it('een omschrijving die per stap wisselt (een bedrag erin), ook voorbij de grens waarop het begin niet meer als geheel wordt bewaard', () => {
    for (let i = 0; i < 100; i++) {
      // 0..49 nieuw, daarna weer eerdere: eerst met, dan zonder de hele begins in de cache
      const stap: TraceStap = { regel: 'R-wissel', artikel: 'art "9"', omschrijving: `Kosten: ${i % 50} km × "tarief" = € ${i % 50},00`, uitkomst: i };
      const t: Trace = { stappen: [stap, { ...stap, artikel: 'ander' }], waarschuwingen: [] };
      expect(traceJson(t)).toBe(JSON.stringify(t));
      expect(traceJson(t, true)).toBe(JSON.stringify(t).replaceAll('"', '""'));
    }
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

  it('eigenschap: naar een UTF-8-buffer geschreven (met de herhaalde stukken als bytes) zijn het precies de bytes van de tekst', () => {
    const opmaak = { csv: new Rijopmaak('csv', kolommen), json: new Rijopmaak('json', kolommen) };
    fc.assert(
      fc.property(fc.constantFrom('csv' as const, 'json' as const), lastig, fc.dictionary(lastig, waarde, { maxKeys: 3 }), fc.array(trace, { minLength: 1, maxLength: 3 }), (formaat, id, obj, traces) => {
        const buffer = new Utf8Buffer();
        let verwacht = '';
        // Dezelfde stappen in meer rijen: de tweede keer komen ze uit de caches.
        for (const t of [...traces, ...traces]) {
          const r = { id, n: 1, ok: false, obj, trace: t };
          opmaak[formaat].schrijf(r, buffer);
          verwacht += opmaak[formaat].tekst(r);
        }
        expect(Buffer.from(buffer.neem())).toEqual(Buffer.from(verwacht, 'utf8'));
      }),
      { numRuns: 200 },
    );
  });

  it('een CSV-rij zet velden met scheidingsteken, aanhalingsteken of regeleinde tussen aanhalingstekens', () => {
    const opmaak = new Rijopmaak('csv', kolommen);
    const t: Trace = { stappen: [], waarschuwingen: ['let "op"'] };
    expect(opmaak.tekst({ id: 'a,"b"', n: 3, ok: true, obj: { x: 'y' }, trace: t })).toBe('"a,""b""",3,true,"{""x"":""y""}","{""stappen"":[],""waarschuwingen"":[""let \\""op\\""""]}"');
  });
});
