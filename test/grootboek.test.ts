/**
 * Eigenschappen van het grootboek over gegenereerde boeken: vorderingen, ontvangsten (op kenmerk,
 * op IBAN en onbekend) en terugboekingen, geboekt door de echte code in dit proces.
 *  - per debiteur: betaald + tegoed = ontvangen − teruggeboekt (wat de generator voor hem bedoelde);
 *  - per debiteur: openstaand = vorderingen − betaald, en nooit negatief;
 *  - per post: de toewijzingen tellen precies op tot het bedrag van de post, en een terugboeking
 *    draait precies terug wat de oorspronkelijke ontvangst kreeg.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { camt053, iban, kenmerk } from '../bench/generate.mjs';
import { maakContext } from '../src/commands/context.js';
import { debiteurenOntvangsten } from '../src/commands/debiteuren-ontvangsten.js';
import { debiteurenSaldo, debiteurenVorderingen } from '../src/commands/debiteuren.js';
import { tijdelijkeMap } from './cli.js';

const REK = 'NL92BNGH0285158813';
const cent = (s: string) => Math.round(Number(s) * 100);
const euro = (c: number) => (c / 100).toFixed(2);

interface Boek {
  debiteuren: { vorderingen: number[] }[];
  ontvangsten: { debiteur: number; hoe: 'kenmerk' | 'iban' | 'onbekend'; centen: number; terug: boolean }[];
}

const boek: fc.Arbitrary<Boek> = fc.integer({ min: 1, max: 4 }).chain((n) =>
  fc.record({
    debiteuren: fc.array(fc.record({ vorderingen: fc.array(fc.integer({ min: 0, max: 50_000 }), { minLength: 1, maxLength: 3 }) }), { minLength: n, maxLength: n }),
    ontvangsten: fc.array(
      fc.record({
        debiteur: fc.integer({ min: 0, max: n - 1 }),
        hoe: fc.constantFrom<'kenmerk' | 'iban' | 'onbekend'>('kenmerk', 'iban', 'onbekend'),
        centen: fc.integer({ min: 1, max: 60_000 }),
        terug: fc.boolean(),
      }),
      { maxLength: 12 },
    ),
  }),
);

async function boekIn(b: Boek) {
  const map = tijdelijkeMap();
  const db = path.join(map, 'g.db');
  const ctx = (extra: Record<string, string> = {}) =>
    maakContext({ db, format: 'json', output: path.join(map, 'uit.json'), logLevel: 'silent', peildatum: '2026-12-31', ...extra });
  const rekeningVan = (d: number) => iban('INGB', String(1_000_000 + d).padStart(10, '0'));
  const kenmerkVan = (d: number, v: number) => kenmerk(`2026${String(d).padStart(6, '0')}${String(v).padStart(5, '0')}`);
  const regels = ['vordering_id;debiteur_id;gemeente;soort;stroom;hoofdsom;opgelegd_op;betalingskenmerk;iban'];
  b.debiteuren.forEach((d, i) => d.vorderingen.forEach((c, v) => regels.push(`V${i}-${v};D${i};Maastricht;terugvordering;buig;${euro(c)};2026-0${1 + v}-01;${kenmerkVan(i, v)};${rekeningVan(i)}`)));
  writeFileSync(path.join(map, 'v.csv'), `${regels.join('\n')}\n`);
  await debiteurenVorderingen(path.join(map, 'v.csv'), ctx());

  const ontvangen = b.ontvangsten.map((o, i) => ({
    bedrag: euro(o.centen),
    richting: 'CRDT',
    ref: `R${i}`,
    e2e: `E2E-${i}`,
    tegenIban: o.hoe === 'onbekend' ? iban('RABO', String(9_000_000 + i).padStart(10, '0')) : rekeningVan(o.debiteur),
    ...(o.hoe === 'kenmerk' ? { kenmerk: kenmerkVan(o.debiteur, 0) } : {}),
  }));
  const xml1 = camt053({ iban: REK, id: 'A1', volgnummer: 1, datum: '2026-11-02', opening: '0.00', openingsdatum: '2026-11-01' }, ontvangen);
  writeFileSync(path.join(map, 'a1.xml'), xml1);
  await debiteurenOntvangsten([path.join(map, 'a1.xml')], ctx(), {});
  const saldo1 = cent(/<Cd>CLBD<\/Cd><\/CdOrPrtry><\/Tp><Amt Ccy="EUR">([\d.]+)</.exec(xml1)![1]!);
  const terug = b.ontvangsten.flatMap((o, i) => (o.terug ? [{ bedrag: euro(o.centen), richting: 'DBIT', terugboeking: true, ref: `T${i}`, origineleRef: `R${i}`, tegenIban: ontvangen[i]!.tegenIban }] : []));
  writeFileSync(path.join(map, 'a2.xml'), camt053({ iban: REK, id: 'A2', volgnummer: 2, datum: '2026-11-03', opening: euro(saldo1), openingsdatum: '2026-11-02' }, terug));
  await debiteurenOntvangsten([path.join(map, 'a2.xml')], ctx(), {});

  await debiteurenSaldo(ctx(), {});
  const saldi = JSON.parse(readFileSync(path.join(map, 'uit.json'), 'utf8')) as { debiteur_id: string; openstaand: string; betaald: string; vorderingen: number; tegoed: string }[];
  const d = new Database(db, { readonly: true });
  const postSommen = d
    .prepare(`SELECT p.bedrag_cent, p.soort,
                (SELECT coalesce(sum(bedrag_cent), 0) FROM toewijzing t WHERE t.post_sleutel = p.post_sleutel) AS toegewezen,
                (SELECT coalesce(sum(bedrag_cent), 0) FROM toewijzing t WHERE t.post_sleutel = p.origineel_sleutel) AS origineel
              FROM post p WHERE p.uitkomst IN ('geboekt', 'teruggeboekt')`)
    .all() as { bedrag_cent: number; soort: string; toegewezen: number; origineel: number }[];
  d.close();
  return { saldi, postSommen };
}

describe('grootboek: eigenschappen over gegenereerde boeken', () => {
  it('saldo = vorderingen − toegewezen ontvangsten + terugboekingen; toewijzingen tellen op tot elke post', async () => {
    await fc.assert(
      fc.asyncProperty(boek, async (b) => {
        const { saldi, postSommen } = await boekIn(b);
        b.debiteuren.forEach((deb, i) => {
          const s = saldi.find((x) => x.debiteur_id === `D${i}`)!;
          const vorderingen = deb.vorderingen.reduce((a, c) => a + c, 0);
          const netto = b.ontvangsten.filter((o) => o.debiteur === i && o.hoe !== 'onbekend' && !o.terug).reduce((a, o) => a + o.centen, 0);
          expect(cent(s.betaald) + cent(s.tegoed)).toBe(netto);
          expect(cent(s.openstaand)).toBe(vorderingen - cent(s.betaald));
          expect(cent(s.openstaand)).toBeGreaterThanOrEqual(0);
          expect(s.vorderingen).toBe(deb.vorderingen.length);
        });
        // een geboekte ontvangst is precies verdeeld; een terugboeking draait precies terug wat de ontvangst kreeg
        for (const p of postSommen) expect(p.toegewezen).toBe(p.soort === 'terugboeking' ? 0 - p.origineel : p.bedrag_cent);
      }),
      { numRuns: 25 },
    );
  });
});
