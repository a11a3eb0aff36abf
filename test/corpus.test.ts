/**
 * Het corpus van slechte invoer (RELIABILITY.md, "slechte invoer verandert niets"): elk geval in
 * test/corpus/gevallen.json, plus een paar die te groot zijn om in te checken en hier worden gemaakt.
 * Per geval: de exacte exitcode, een melding met het bestand en (waar het kan) regel en kolom, geen
 * uitvoerbestand, en een database die er precies zo uitziet als ervoor.
 */
import { describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, readFileSync, writeFileSync, createWriteStream } from 'node:fs';
import path from 'node:path';
import { ROOT, szmh, tijdelijkeMap } from './cli.js';
import { dump } from './kill.js';

interface Geval {
  bestand: string;
  commando: string[];
  exitcode: number;
  melding: string | null;
  database: boolean;
}

const GEVALLEN = JSON.parse(readFileSync(path.join(ROOT, 'test/corpus/gevallen.json'), 'utf8')) as Geval[];

/** Een database met vorderingen en het afschrift van 19 november: de toestand waartegen elk geval draait. */
const basis = (() => {
  let pad: string | undefined;
  return () => {
    if (pad) return pad;
    pad = path.join(tijdelijkeMap(), 'basis.db');
    for (const args of [
      ['debiteuren', 'vorderingen', 'samples/debiteuren/vorderingen.csv'],
      ['debiteuren', 'ontvangsten', 'samples/debiteuren/camt053-001.02-2026-11-19.xml'],
    ]) {
      expect(szmh([...args, '--db', pad, '--log-level', 'silent', '--format', 'json']).code).toBe(0);
    }
    szmh(['debiteuren', 'saldo', '--db', pad, '--format', 'json']); // checkpoint van de WAL
    return pad;
  };
})();

const TABELLEN = {
  vordering: '*',
  debiteur: '*',
  afspraak: '*',
  beslag_derden: 'beslag_id, bedrag_cent',
  afschrift: 'afschrift_sleutel, eind_cent',
  post: 'post_sleutel, uitkomst',
  toewijzing: 'post_sleutel, bedrag_cent',
  invoerbestand: 'soort, sha256',
  audit: 'id, actie',
};

function draai(invoer: string, geval: Pick<Geval, 'commando' | 'database'>) {
  const map = tijdelijkeMap();
  const uit = path.join(map, 'uitvoer.json');
  const db = path.join(map, 'szmh.db');
  if (geval.database) copyFileSync(basis(), db);
  const voor = geval.database ? dump(db, TABELLEN) : '';
  const r = szmh([...geval.commando, invoer, '--db', db, '--output', uit, '--format', 'json', '--peildatum', '2026-11-23', '--log-level', 'error']);
  return { ...r, uit, db, voor, na: geval.database ? dump(db, TABELLEN) : '' };
}

describe(`corpus van slechte invoer (${GEVALLEN.length} bestanden)`, () => {
  it('heeft minstens 60 gevallen', () => {
    expect(GEVALLEN.length).toBeGreaterThanOrEqual(60);
  });

  for (const geval of GEVALLEN) {
    it(`${geval.bestand}: exit ${geval.exitcode}`, () => {
      const invoer = path.join(ROOT, 'test/corpus', geval.bestand);
      const r = draai(invoer, geval);
      expect(r.code, r.stderr).toBe(geval.exitcode);
      if (geval.exitcode === 0) {
        expect(existsSync(r.uit)).toBe(true);
        return;
      }
      expect(r.stderr).toMatch(new RegExp(geval.melding!));
      expect(r.stderr).toContain(invoer);
      expect(existsSync(r.uit)).toBe(false);
      expect(r.na).toBe(r.voor);
    });
  }
});

describe('te groot om in te checken: hier gemaakt', () => {
  const kop = 'zaak_id;benadelingsbedrag;verwijtbaarheid;overtredingsdatum;besluitdatum';

  it('een regel van 100 MB: exit 2, regel 2, niets geschreven', async () => {
    const pad = path.join(tijdelijkeMap(), 'lange-regel.csv');
    const s = createWriteStream(pad);
    s.write(`${kop}\nZ;`);
    const blok = '9'.repeat(1 << 20);
    for (let i = 0; i < 100; i++) s.write(blok);
    s.write(';normaal;1-1-2026;1-2-2026\n');
    await new Promise((ok) => s.end(ok));
    const r = draai(pad, { commando: ['boete', 'bereken'], database: false });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/lange-regel\.csv, regel 2: een record van meer dan 16 MiB/);
    expect(existsSync(r.uit)).toBe(false);
  });

  it('10.000 keer genest in een post: exit 2, database ongewijzigd', () => {
    const pad = path.join(tijdelijkeMap(), 'diep.xml');
    const bron = readFileSync(path.join(ROOT, 'samples/debiteuren/camt053-001.02-2026-11-20.xml'), 'utf8');
    writeFileSync(pad, bron.replace('<RmtInf><Ustrd>aflossing', `${'<A>'.repeat(10_000)}${'</A>'.repeat(10_000)}<RmtInf><Ustrd>aflossing`));
    const r = draai(pad, { commando: ['debiteuren', 'ontvangsten'], database: true });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/diep\.xml, regel \d+: ongeldige XML: meer dan 64 geneste elementen/);
    expect(r.na).toBe(r.voor);
  });

  it('een post van 5 MiB: exit 2, database ongewijzigd', () => {
    const pad = path.join(tijdelijkeMap(), 'grote-post.xml');
    const bron = readFileSync(path.join(ROOT, 'samples/debiteuren/camt053-001.02-2026-11-20.xml'), 'utf8');
    writeFileSync(pad, bron.replace('aflossing vordering', `${'x'.repeat(5 << 20)} aflossing vordering`));
    const r = draai(pad, { commando: ['debiteuren', 'ontvangsten'], database: true });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/grote-post\.xml, regel \d+: een post \(Ntry\) van meer dan 4 MiB/);
    expect(r.na).toBe(r.voor);
  });
});
