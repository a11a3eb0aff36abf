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

/**
 * Een database met vorderingen, het afschrift van 19 november, het verzuimregister, het
 * IB-signaalregister en een themacontrole (TC-2026-01) van de voorbeeldbestanden: de toestand
 * waartegen elk geval draait.
 */
const basis = (() => {
  let pad: string | undefined;
  return () => {
    if (pad) return pad;
    pad = path.join(tijdelijkeMap(), 'basis.db');
    for (const args of [
      ['debiteuren', 'vorderingen', 'samples/debiteuren/vorderingen.csv'],
      ['debiteuren', 'ontvangsten', 'samples/debiteuren/camt053-001.02-2026-11-19.xml'],
      ['verzuim', 'importeer', 'samples/verzuim/meldingen.csv', 'samples/verzuim/duo-meldingen.xml'],
      ['verzuim', 'actie', 'samples/verzuim/acties.csv'],
      ['ib', 'importeer', 'samples/ib/signalen.csv', '--uitkeringen', 'samples/ib/uitkeringen.csv'],
      ['themacontrole', 'selecteer', 'samples/themacontrole/thema.json', '--populatie', 'samples/themacontrole/populatie.csv'],
    ]) {
      expect(szmh([...args, '--db', pad, '--log-level', 'silent', '--format', 'json', '--peildatum', '2026-11-23']).code).toBe(0);
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
  verzuim_leerling: '*',
  verzuimmelding: '*',
  zorgmelding: '*',
  verzuim_actie: '*',
  audit: 'id, actie',
  ib_levering: '*',
  ib_signaal: '*',
  ib_signaalversie: '*',
  ib_herhaling: '*',
  ib_afwijzing: '*',
  ib_afhandeling: '*',
  themacontrole: '*',
  themacontrole_run: '*',
  themacontrole_selectie: '*',
  themacontrole_resultaat: '*',
};

/** Draait een geval; zonder `invoer` (een commando dat geen bestand leest) alleen het commando. */
function draai(invoer: string | undefined, geval: Pick<Geval, 'commando' | 'database'>) {
  const map = tijdelijkeMap();
  const uit = path.join(map, 'uitvoer.json');
  const db = path.join(map, 'szmh.db');
  if (geval.database) copyFileSync(basis(), db);
  const voor = geval.database ? dump(db, TABELLEN) : '';
  const r = szmh([...geval.commando, ...(invoer === undefined ? [] : [invoer]), '--db', db, '--output', uit, '--format', 'json', '--peildatum', '2026-11-23', '--log-level', 'error']);
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

  it('camt.053, Windows-1252 pas na 2 MiB aan goede posten: exit 2 op de regel van het teken, database ongewijzigd', () => {
    const pad = path.join(tijdelijkeMap(), 'laat-1252.xml');
    const bron = readFileSync(path.join(ROOT, 'samples/debiteuren/camt053-001.02-2026-11-20.xml'), 'utf8');
    // 100.000 regels commentaar in de eerste post, dan een é in Windows-1252 in de naam van een latere betaler
    const opgevuld = bron.replace('<Dbtr><Nm>J. de Vries</Nm></Dbtr>', `<Dbtr><Nm>J. de Vries</Nm></Dbtr>${'<!-- opvulling -->\n'.repeat(100_000)}`);
    const [voor, na] = opgevuld.split('A. Yilmaz');
    writeFileSync(pad, Buffer.concat([Buffer.from(`${voor}A. Yilmaz Caf`, 'utf8'), Buffer.from([0xe9]), Buffer.from(na!, 'utf8')]));
    const r = draai(pad, { commando: ['debiteuren', 'ontvangsten'], database: true });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`laat-1252\\.xml, regel ${voor!.split('\n').length}: het bestand is geen geldige UTF-8`));
    expect(r.na).toBe(r.voor);
  });

  // De DUO-meldingen: het eerste record begint op regel 10, zijn BRIN staat op regel 18.
  const duo = () => readFileSync(path.join(ROOT, 'samples/verzuim/duo-meldingen.xml'), 'utf8');
  const verzuim = { commando: ['verzuim', 'importeer'], database: true };

  it('verzuim importeer, een meldingenregel van 17 MiB: exit 2, database ongewijzigd', async () => {
    const pad = path.join(tijdelijkeMap(), 'lange-melding.csv');
    const s = createWriteStream(pad);
    s.write('recordsoort;melding_id;leerling_id;geboortedatum;gemeente;bron;meldingsdatum;soort;begindatum;verzuimuren\n');
    s.write('verzuimmelding;VZ-L-1;LL-L-1;3-6-2011;Maastricht;school;30-10-2026;relatief_16u;5-10-2026;17\nverzuimmelding;VZ-L-2;');
    const blok = 'x'.repeat(1 << 20);
    for (let i = 0; i < 17; i++) s.write(blok);
    s.write(';3-6-2011;Maastricht;school;30-10-2026;relatief_16u;5-10-2026;17\n');
    await new Promise((ok) => s.end(ok));
    const r = draai(pad, verzuim);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/lange-melding\.csv, regel 3: een record van meer dan 16 MiB/);
    expect(existsSync(r.uit)).toBe(false);
    expect(r.na).toBe(r.voor);
  });

  it('DUO-XML, 10.000 keer genest in een record: exit 2 op de regel van de 65e, database ongewijzigd', () => {
    const pad = path.join(tijdelijkeMap(), 'diep.xml');
    writeFileSync(pad, duo().replace('<BRIN>99ZZ</BRIN>', `<BRIN>99ZZ</BRIN>${'<A>'.repeat(10_000)}${'</A>'.repeat(10_000)}`));
    const r = draai(pad, verzuim);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/diep\.xml, regel 18: ongeldige XML: meer dan 64 geneste elementen/);
    expect(r.na).toBe(r.voor);
  });

  it('DUO-XML, een record van 5 MiB: exit 2, database ongewijzigd', () => {
    const pad = path.join(tijdelijkeMap(), 'groot-record.xml');
    writeFileSync(pad, duo().replace('<BRIN>99ZZ</BRIN>', `<BRIN>${'x'.repeat(5 << 20)}</BRIN>`));
    const r = draai(pad, verzuim);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/groot-record\.xml, regel 10: een record \(Verzuimmelding\) van meer dan 4 MiB: geen verzuimmelding/);
    expect(r.na).toBe(r.voor);
  });

  it('DUO-XML, een record dat niet sluit in 100 MB: exit 2 zodra het 4 MiB is, database ongewijzigd', async () => {
    const pad = path.join(tijdelijkeMap(), 'open-record.xml');
    const s = createWriteStream(pad);
    s.write(duo().replace('<BRIN>99ZZ</BRIN>', '<BRIN>').split('</Verzuimmelding>')[0]);
    const blok = 'x'.repeat(1 << 20);
    for (let i = 0; i < 100; i++) s.write(blok);
    await new Promise((ok) => s.end(ok));
    const r = draai(pad, verzuim);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/open-record\.xml, regel 10: een record \(Verzuimmelding\) van meer dan 4 MiB/);
    expect(r.na).toBe(r.voor);
  });

  it('DUO-XML, Windows-1252 pas na 2 MiB aan goede records: exit 2 op de regel van het teken, database ongewijzigd', () => {
    const pad = path.join(tijdelijkeMap(), 'laat-1252.xml');
    const bron = duo();
    const begin = bron.indexOf('  <Verzuimmelding>');
    const eind = bron.indexOf('</Verzuimmeldingen>');
    const commentaar = `<!-- ${'opvulling '.repeat(100)}-->\n`; // één regel van ruim 1 kB tussen de records
    const vulling = commentaar.repeat(2048);
    const regels = (t: string) => t.split('\n').length - 1;
    // de BRIN van het eerste record na de vulling, met een é in Windows-1252
    const voor = bron.slice(0, begin) + vulling + bron.slice(begin, eind).replace('<BRIN>99ZZ</BRIN>', '<BRIN>Caf');
    writeFileSync(pad, Buffer.concat([Buffer.from(voor, 'utf8'), Buffer.from([0xe9]), Buffer.from(`</BRIN>${bron.slice(bron.indexOf('</BRIN>') + 7)}`, 'utf8')]));
    const r = draai(pad, verzuim);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`laat-1252\\.xml, regel ${regels(voor) + 1}: het bestand is geen geldige UTF-8`));
    expect(r.na).toBe(r.voor);
  });
});

describe('IB en themacontroles: te groot om in te checken, of zonder invoerbestand', () => {
  // een nieuw signaal (regels 3-7) vóór het slechte (vanaf regel 8): zonder terugdraaien stond het in het register
  const signaal = (kenmerk: string, begin: string, extra = '') =>
    `  <Signaal Kenmerk="${kenmerk}">\n    <Informatieproduct>Detentie</Informatieproduct>\n    <Persoon><Burgerservicenummer>999846450</Burgerservicenummer></Persoon>\n    <Periode><Begin>${begin}</Begin></Periode>${extra}\n  </Signaal>\n`;
  const overzicht = (...signalen: string[]) => `<?xml version="1.0" encoding="UTF-8"?>\n<Signaaloverzicht>\n${signalen.join('')}</Signaaloverzicht>\n`;
  const ibXml = { commando: ['ib', 'importeer', '--uitkeringen', 'samples/ib/uitkeringen.csv', '--kolommen', 'samples/ib/kolommen-xml.json'], database: true };

  it('IB-XML, een signaal van 5 MiB: exit 2 op de regel waar het begint, database ongewijzigd', () => {
    const pad = path.join(tijdelijkeMap(), 'groot-signaal.xml');
    writeFileSync(pad, overzicht(signaal('N-1', '2026-11-15'), signaal('N-2', '2026-11-16', `<Gegevens><Soort>${'x'.repeat(5 << 20)}</Soort></Gegevens>`)));
    const r = draai(pad, ibXml);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/groot-signaal\.xml, regel 8: een record \(Signaal\) van meer dan 4 MiB: geen signaal/);
    expect(existsSync(r.uit)).toBe(false);
    expect(r.na).toBe(r.voor);
  });

  it('thema met een toelichting van 100.000 geneste lijsten: exit 2 (was: interne fout, stack overflow), database ongewijzigd', () => {
    const pad = path.join(tijdelijkeMap(), 'diep-thema.json');
    const thema = readFileSync(path.join(ROOT, 'samples/themacontrole/thema.json'), 'utf8').trimEnd();
    writeFileSync(pad, `${thema.slice(0, -1)}, "toelichting": ${'['.repeat(100_000)}${']'.repeat(100_000)}}\n`);
    const r = draai(pad, { commando: ['themacontrole', 'selecteer', '--populatie', 'samples/themacontrole/populatie.csv'], database: true });
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/diep-thema\.json: toelichting: verwacht tekst/);
    expect(existsSync(r.uit)).toBe(false);
    expect(r.na).toBe(r.voor);
  });

  // afsluiten leest geen bestand: de fout noemt de optie of het thema
  for (const [args, melding] of [
    [['TC-2099-01'], /thema TC-2099-01 staat niet in het register/],
    [['TC-2026-01', '--op', '2026-11-24'], /--op: 2026-11-24 ligt in de toekomst \(peildatum 2026-11-23\)/],
    [['TC-2026-01', '--op', '31-11-2026'], /--op: '31-11-2026' is geen bestaande datum/],
  ] as const) {
    it(`themacontrole afsluiten ${args.join(' ')}: exit 2, database ongewijzigd`, () => {
      const r = draai(undefined, { commando: ['themacontrole', 'afsluiten', ...args], database: true });
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toMatch(melding);
      expect(existsSync(r.uit)).toBe(false);
      expect(r.na).toBe(r.voor);
    });
  }
});
