/**
 * Crashtest (RELIABILITY.md, "atomair"): elke stateful batch wordt honderden keren op een
 * willekeurig moment met SIGKILL gedood. Zie test/kill.ts voor wat er na elke kill wordt geëist.
 */
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { camt053 } from '../bench/generate.mjs';
import { szmh, tijdelijkeMap } from './cli.js';
import { dump, killserie } from './kill.js';

const KILLS = Number(process.env.SZMH_KILLS ?? 200);

describe('crashtest: SIGKILL op willekeurige momenten', () => {
  it(`debiteuren ontvangsten: ${KILLS} kills, nooit een halve batch, herhaling = ononderbroken run`, async () => {
    const map = tijdelijkeMap();
    const begin = path.join(map, 'begin.db');
    expect(szmh(['debiteuren', 'vorderingen', 'samples/debiteuren/vorderingen.csv', '--db', begin, '--log-level', 'silent', '--format', 'json']).code).toBe(0);
    const posten = Array.from({ length: 600 }, (_, i) => ({
      bedrag: `${1 + (i % 7)}.00`,
      richting: 'CRDT',
      ref: `K${String(i).padStart(5, '0')}`,
      tegenIban: i % 3 === 0 ? 'NL20INGB0001234567' : 'NL10ABNA0410798193',
      ...(i % 4 === 0 ? { kenmerk: '1202606023300001' } : {}),
    }));
    const afschrift = path.join(map, 'afschrift.xml');
    writeFileSync(afschrift, camt053({ iban: 'NL92BNGH0285158813', id: 'KILL', volgnummer: 1, datum: '2026-11-21', opening: '0.00', openingsdatum: '2026-11-20' }, posten));
    const uitslag = await killserie(
      {
        begin,
        args: ['debiteuren', 'ontvangsten', afschrift],
        kills: KILLS,
        maxMs: 700,
        toestand: (db) =>
          dump(db, {
            post: 'post_sleutel, uitkomst, bedrag_cent, debiteur_id, vordering_id',
            toewijzing: 'post_sleutel, vordering_id, component, bedrag_cent',
            afschrift: 'afschrift_sleutel, begin_cent, eind_cent',
            invoerbestand: 'soort, sha256, aantal',
            audit: "actie, coalesce(sha256, '')",
          }),
      },
      map,
    );
    console.log('debiteuren ontvangsten', uitslag);
    expect(uitslag.onveranderd + uitslag.voltooid).toBe(KILLS);
    expect(uitslag.gedood).toBeGreaterThan(KILLS / 2);
    // de willekeurige momenten moeten echt midden in de transactie vallen, niet alleen ervoor of erna
    expect(uitslag.middenInTransactie).toBeGreaterThan(KILLS / 20);
  }, 240_000);
});
