import { describe, expect, it } from 'vitest';
import { copyFileSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { bestand, szmh, tijdelijkeMap } from './cli.js';

const PEIL = ['--peildatum', '2026-11-23'];
const CSV = 'samples/verzuim/meldingen.csv';
const XML = 'samples/verzuim/duo-meldingen.xml';
const ACTIES = 'samples/verzuim/acties.csv';
const LEERLINGEN = 'samples/verzuim/leerlingen.csv';
/** De BSN's in de voorbeeldbestanden: geen daarvan mag ooit in uitvoer, log of auditlog staan. */
const BSNS = [...new Set([...readFileSync(CSV, 'utf8').matchAll(/\b999\d{6}\b/g), ...readFileSync(XML, 'utf8').matchAll(/\b999\d{6}\b/g)].map((m) => m[0]))];

function nieuweDb(): string {
  return path.join(tijdelijkeMap(), 'szmh.db');
}

function vz(db: string, args: string[], extra: string[] = []) {
  return szmh(['verzuim', ...args, '--db', db, ...PEIL, '--log-level', 'warn', ...extra]);
}

/** De inhoud van het register (alle tabellen van het verzuimregister), om "niets veranderd" te toetsen. */
function inhoud(db: string) {
  const d = new Database(db, { readonly: true });
  try {
    const alles = (tabel: string, orde: string) => d.prepare(`SELECT * FROM ${tabel} ORDER BY ${orde}`).all();
    return {
      leerlingen: alles('verzuim_leerling', 'leerling_id'),
      meldingen: alles('verzuimmelding', 'melding_id'),
      zorgmeldingen: alles('zorgmelding', 'zorgmelding_id'),
      acties: alles('verzuim_actie', 'id'),
      bestanden: alles('invoerbestand', 'sha256'),
      audit: d.prepare('SELECT actie, bestand, details FROM audit ORDER BY id').all() as { actie: string; bestand: string | null; details: string }[],
    };
  } finally {
    d.close();
  }
}

function importeerSamples(db: string) {
  const r = vz(db, ['importeer', CSV, XML, '--format', 'json']);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Record<string, unknown>[];
}

describe('szmh verzuim importeer', () => {
  it('de voorbeeldbestanden: elke soort, een zorgmelding per bestand, en dubbelen die niets toevoegen', () => {
    const db = nieuweDb();
    // meldingen.csv: 10 verzuimregels waarvan één exact dubbel (2026-4471902) → 9 nieuw, 1 dubbel; 1 zorgmelding.
    // duo-meldingen.xml: 2026-4471902 staat er al (zelfde inhoud) → ongewijzigd; 2026-4390001 is dezelfde leerling (via het BSN),
    // soort en eerste verzuimdag als VZ-2026-0010 → dubbel; 3 nieuwe verzuimmeldingen en 1 zorgmelding.
    expect(importeerSamples(db)).toEqual([
      { bestand: 'meldingen.csv', formaat: 'csv', al_verwerkt: false, verzuimmeldingen: 9, zorgmeldingen: 1, gewijzigd: 0, ongewijzigd: 0, dubbel: 1, afgekeurd: 0 },
      { bestand: 'duo-meldingen.xml', formaat: 'xml', al_verwerkt: false, verzuimmeldingen: 3, zorgmeldingen: 1, gewijzigd: 0, ongewijzigd: 1, dubbel: 1, afgekeurd: 0 },
    ]);
    const i = inhoud(db);
    expect((i.meldingen as { soort: string }[]).map((m) => m.soort).sort()).toEqual(
      ['absoluut', 'achttien_plus', 'langdurig_relatief', 'luxe', 'luxe', 'overig', 'relatief_16u', 'relatief_16u', 'relatief_16u', 'relatief_16u', 'signaal', 'te_laat'].sort(),
    );
    // R-LP-01: type en bron bij elke melding; absoluut verzuim komt uit de eigen administratie (registervergelijking).
    expect(i.meldingen.find((m) => (m as { melding_id: string }).melding_id === 'VZ-2025-0002')).toMatchObject({ type: 'absoluut', bron: 'eigen_administratie', status: 'geregistreerd' });
    expect(i.meldingen.every((m) => ['absoluut', 'relatief'].includes((m as { type: string }).type) && ['school', 'eigen_administratie'].includes((m as { bron: string }).bron))).toBe(true);
    // R-LP-02: zorgmeldingen in een eigen tabel. Leerlingen zonder eigen id krijgen een id van het register.
    expect((i.zorgmeldingen as { zorgmelding_id: string; leerling_id: string }[]).map((z) => [z.zorgmelding_id, z.leerling_id])).toEqual([
      ['ZM-2026-0001', 'LL-1009'],
      ['ZM-DUO-2026-0002', 'LL-1001'],
    ]);
    expect((i.leerlingen as { leerling_id: string }[]).map((l) => l.leerling_id).filter((id) => id.startsWith('VZL-'))).toEqual(['VZL-000001', 'VZL-000002', 'VZL-000003']);
    // Uren met decimale komma; een XML-datum met tijd telt als de datum.
    expect(i.meldingen.find((m) => (m as { melding_id: string }).melding_id === 'VZ-2026-0003')).toMatchObject({ verzuimuren: '8.5' });
    expect(i.audit.map((a) => [a.actie, a.bestand])).toEqual([
      ['verzuimmeldingen_ingelezen', 'meldingen.csv'],
      ['verzuimmeldingen_ingelezen', 'duo-meldingen.xml'],
    ]);
  });

  it('hetzelfde bestand twee keer inlezen voegt niets toe (ook geen auditrecord); een kopie onder een andere naam met andere bytes ook niet', () => {
    const db = nieuweDb();
    importeerSamples(db);
    const voor = inhoud(db);
    expect(importeerSamples(db).map((s) => [s.bestand, s.al_verwerkt, s.verzuimmeldingen])).toEqual([
      ['meldingen.csv', true, 0],
      ['duo-meldingen.xml', true, 0],
    ]);
    expect(inhoud(db)).toEqual(voor);
    // Dezelfde meldingen in een ander bestand (de kop met een hoofdletter: een andere sha256): alles ongewijzigd of dubbel.
    const kopie = bestand('export-2.csv', readFileSync(CSV, 'utf8').replace('recordsoort;melding_id', 'Recordsoort;Melding_ID'));
    const r = vz(db, ['importeer', kopie, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)[0]).toMatchObject({ verzuimmeldingen: 0, zorgmeldingen: 0, gewijzigd: 0, ongewijzigd: 10, dubbel: 1 });
    const na = inhoud(db);
    expect({ ...na, bestanden: [], audit: [] }).toEqual({ ...voor, bestanden: [], audit: [] });
  });

  it('met de kolomkaart kolommen-duo.json leest de XML precies zo in als met de ingebouwde kaart', () => {
    const zonder = nieuweDb();
    const met = nieuweDb();
    expect(vz(zonder, ['importeer', XML]).code).toBe(0);
    expect(vz(met, ['importeer', XML, '--kolommen', 'samples/verzuim/kolommen-duo.json']).code).toBe(0);
    const zonderRun = (db: string) => inhoud(db).meldingen.map((m) => ({ ...(m as object), run_id: undefined }));
    expect(zonderRun(met)).toEqual(zonderRun(zonder));
  });

  it('een CSV-export met eigen kopnamen en codes via kolommen-pakket.json; zonder kaart: de ontbrekende kolom met regel 1', () => {
    const db = nieuweDb();
    const r = vz(db, ['importeer', 'samples/verzuim/pakket-export.csv', '--kolommen', 'samples/verzuim/kolommen-pakket.json', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)[0]).toMatchObject({ verzuimmeldingen: 2, zorgmeldingen: 1 });
    expect(inhoud(db).meldingen.map((m) => [(m as { melding_id: string }).melding_id, (m as { soort: string }).soort, (m as { bron: string }).bron, (m as { verzuimuren: string | null }).verzuimuren])).toEqual([
      ['PK-2026-0101', 'relatief_16u', 'school', '16.5'],
      ['PK-2026-0102', 'absoluut', 'eigen_administratie', null],
    ]);
    const zonder = vz(nieuweDb(), ['importeer', 'samples/verzuim/pakket-export.csv']);
    expect(zonder.code).toBe(2);
    expect(zonder.stderr).toMatch(/pakket-export\.csv, regel 1, kolom 'melding_id': verplichte kolom 'melding_id' ontbreekt/);
    const verkeerd = vz(nieuweDb(), ['importeer', CSV, '--kolommen', 'samples/verzuim/kolommen-duo.json']);
    expect(verkeerd.code).toBe(2);
    expect(verkeerd.stderr).toContain("de kolomkaart 'DUO-stijl XML (Register Onderwijsdeelnemers, export leerplichtpakket)' is voor xml, dit bestand is csv");
  });

  const KOP = 'melding_id;leerling_id;geboortedatum;gemeente;bron;meldingsdatum;soort;begindatum;einddatum;verzuimuren';
  const GOED = 'M-1;L-1;3-6-2011;Maastricht;school;30-10-2026;relatief_16u;5-10-2026;29-10-2026;17';

  it.each([
    ['een onbekende gemeente', 'M-2;L-2;1-2-2012;Heerlen;school;2-11-2026;signaal;12-10-2026;;4', /regel 3, kolom 'gemeente': 'Heerlen' is geen SZMH-gemeente/],
    ['een negatief aantal uren', 'M-2;L-2;1-2-2012;Vaals;school;2-11-2026;signaal;12-10-2026;;-3', /regel 3, kolom 'verzuimuren': een negatief aantal uren \(-3\) is niet mogelijk/],
    ['een meldingsdatum in de toekomst (peildatum 23-11-2026)', 'M-2;L-2;1-2-2012;Vaals;school;24-11-2026;signaal;12-10-2026;;4', /regel 3, kolom 'meldingsdatum': 2026-11-24 ligt in de toekomst \(peildatum 2026-11-23\)/],
    ['een einddatum in de toekomst', 'M-2;L-2;1-2-2012;Vaals;school;20-11-2026;signaal;12-10-2026;30-11-2026;4', /regel 3, kolom 'einddatum': 2026-11-30 ligt in de toekomst/],
    ['een melding zonder bron (R-LP-01)', 'M-2;L-2;1-2-2012;Vaals;;2-11-2026;signaal;12-10-2026;;4', /regel 3, kolom 'bron': verplicht veld is leeg/],
    ['een melding zonder soort (R-LP-01)', 'M-2;L-2;1-2-2012;Vaals;school;2-11-2026;;12-10-2026;;4', /regel 3, kolom 'soort': verplicht veld is leeg/],
    ['15,5 uur als 16-urenmelding', 'M-2;L-2;1-2-2012;Vaals;school;2-11-2026;relatief_16u;12-10-2026;;15,5', /regel 3, kolom 'verzuimuren': 15\.5 verzuimde uren is minder dan de meldgrens van 16 uur in 4 lesweken: meld dit als signaal of overig \[VZ-MT-16u\]/],
    ['een leerling die niet meer leerplichtig is', 'M-2;L-2;1-2-2003;Vaals;school;2-11-2026;signaal;12-10-2026;;4', /regel 3, kolom 'geboortedatum': Op 2026-10-12 is de leerling niet leer- of kwalificatieplichtig \(geen, 23 jaar\) \[VZ-MT-plicht\]/],
    ['dezelfde melding met andere gegevens', 'M-1;L-1;3-6-2011;Maastricht;school;30-10-2026;relatief_16u;5-10-2026;29-10-2026;18', /regel 3, kolom 'melding_id': verzuimmelding M-1 staat al op regel 2 met andere gegevens/],
  ])('%s: exitcode 2, bestand en regel in de melding, niets vastgelegd', (_naam, regel, melding) => {
    const db = nieuweDb();
    const pad = bestand('meldingen.csv', `${KOP}\n${GOED}\n${regel}\n`);
    const r = vz(db, ['importeer', pad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(melding);
    expect(r.stderr).toContain(pad);
    expect(r.stdout).toBe('');
    const i = inhoud(db);
    expect([i.meldingen.length, i.leerlingen.length, i.bestanden.length, i.audit.length]).toEqual([0, 0, 0, 0]);
  });

  it('XML: een onbekende gemeente (0999, zoals het voorbeeld in het onderzoek) noemt het bestand, de regel van het record en het element', () => {
    const xml = readFileSync(XML, 'utf8').replace('<Woongemeente>0994</Woongemeente>', '<Woongemeente>0999</Woongemeente>');
    const pad = bestand('levering.xml', xml);
    const regel = xml.split('\n').findIndex((l) => l.includes('2026-4480117')) ; // 0-based regel van het meldingsnummer = 1-based regel van <Verzuimmelding>
    const r = vz(nieuweDb(), ['importeer', pad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${pad}, regel ${regel}, kolom 'Woongemeente': '0999' is geen SZMH-gemeente`);
  });

  it('XML: een afgebroken bestand wordt herkend', () => {
    const xml = readFileSync(XML, 'utf8');
    const pad = bestand('afgebroken.xml', xml.slice(0, xml.indexOf('<Zorgmelding>') + 40));
    const r = vz(nieuweDb(), ['importeer', pad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/afgebroken\.xml, regel \d+: element Zorgmelding wordt niet afgesloten: bestand afgebroken\?/);
  });

  it('XML: een record in commentaar of CDATA is geen record (de levering heeft er 5 verzuimmeldingen en 1 zorgmelding)', () => {
    const xml = readFileSync(XML, 'utf8');
    const zorg = xml.slice(xml.indexOf('<Zorgmelding>'), xml.indexOf('</Zorgmelding>') + '</Zorgmelding>'.length);
    const melding = xml.slice(xml.indexOf('<Verzuimmelding>'), xml.indexOf('</Verzuimmelding>') + '</Verzuimmelding>'.length);
    for (const [naam, verpakt] of [
      ['commentaar.xml', (x: string) => `<!-- vastgehouden:\n${x}\n-->`],
      ['cdata.xml', (x: string) => `<Opmerking><![CDATA[\n${x}\n]]></Opmerking>`],
    ] as const) {
      // de zorgmelding ingepakt, en de eerste verzuimmelding ingepakt nog eens herhaald na de laatste
      const pad = bestand(naam, xml.replace(zorg, verpakt(zorg)).replace('</Verzuimmeldingen>', `${verpakt(melding)}\n</Verzuimmeldingen>`));
      const r = vz(nieuweDb(), ['importeer', pad, '--format', 'json']);
      expect(r.code, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout)[0]).toMatchObject({ verzuimmeldingen: 5, zorgmeldingen: 0, dubbel: 0, ongewijzigd: 0 });
    }
  });

  it('XML: tekenverwijzingen worden gelezen als het teken (&#52; is 4, &#x5A; is Z)', () => {
    const xml = readFileSync(XML, 'utf8').replace('<Meldingsnummer>2026-4480117<', '<Meldingsnummer>2026-&#52;480117<').replace('<BRIN>99ZZ<', '<BRIN>99&#x5A;Z<');
    const db = nieuweDb();
    const r = vz(db, ['importeer', bestand('tekens.xml', xml)]);
    expect(r.code, r.stderr).toBe(0);
    const meldingen = inhoud(db).meldingen as { melding_id: string; brin: string }[];
    expect(meldingen.map((m) => m.melding_id)).toContain('2026-4480117');
    expect(meldingen.find((m) => m.melding_id === '2026-4471902')?.brin).toBe('99ZZ');
  });

  it('--continue-on-error: de goede meldingen worden ingelezen, de slechte gemeld (exitcode 1)', () => {
    const db = nieuweDb();
    const pad = bestand('meldingen.csv', `${KOP}\n${GOED}\nM-2;L-2;1-2-2012;Heerlen;school;2-11-2026;signaal;12-10-2026;;4\nM-3;L-3;1-2-2012;Vaals;school;2-11-2026;signaal;12-10-2026;;4\n`);
    const r = vz(db, ['importeer', pad, '--format', 'json', '--continue-on-error']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)[0]).toMatchObject({ verzuimmeldingen: 2, afgekeurd: 1 });
    expect(r.stderr).toMatch(/Afgekeurd \(1\):\n {2}\S+meldingen\.csv, regel 3, kolom 'gemeente'/);
    // De afgekeurde regel laat niets achter: ook de leerling L-2 niet.
    expect((inhoud(db).leerlingen as { leerling_id: string }[]).map((l) => l.leerling_id)).toEqual(['L-1', 'L-3']);
  });

  it('een kopie van een bestand in een andere map is een ander pad, maar dezelfde sha256', () => {
    const db = nieuweDb();
    importeerSamples(db);
    const kopie = path.join(tijdelijkeMap(), 'meldingen.csv');
    copyFileSync(CSV, kopie);
    const r = vz(db, ['importeer', kopie, '--format', 'json']);
    expect(JSON.parse(r.stdout)[0]).toMatchObject({ al_verwerkt: true, verzuimmeldingen: 0 });
  });
});

describe('szmh verzuim actie: de escalatieladder', () => {
  it('een proces-verbaal zonder eerdere interventie: exitcode 3 met de reden, niets vastgelegd, de weigering wél in het auditlog', () => {
    const db = nieuweDb();
    importeerSamples(db);
    const r = vz(db, ['actie', '--melding', '2026-4471902', '--actie', 'proces_verbaal', '--datum', '2026-11-20']);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(
      'szmh: --melding: actie proces_verbaal op melding 2026-4471902 (2026-11-20) geweigerd: Een proces-verbaal is de laatste stap: er staat nog geen eerdere interventie (gesprek, waarschuwing, halt, zorgmelding) op of vóór 2026-11-20 in het open dossier [VZ-PV-interventie]',
    );
    expect(r.stdout).toBe('');
    const i = inhoud(db);
    expect(i.acties).toEqual([]);
    expect(i.meldingen.find((m) => (m as { melding_id: string }).melding_id === '2026-4471902')).toMatchObject({ status: 'geregistreerd' });
    const weigering = i.audit.filter((a) => a.actie === 'verzuim_actie_geweigerd');
    expect(weigering).toHaveLength(1);
    expect(JSON.parse(weigering[0]!.details)).toMatchObject({
      melding_id: '2026-4471902',
      leerling_id: 'LL-1001',
      actie: 'proces_verbaal',
      datum: '2026-11-20',
      weigeringen: [{ regel: 'VZ-PV-interventie', artikel: 'art 22 lid 1 en 2 Leerplichtwet 1969; R-LP-03' }],
    });
  });

  it('Halt voor een jongere van 11 (geboren 24-11-2014) op 23-11-2026 geweigerd; op de 12e verjaardag toegestaan', () => {
    const db = nieuweDb();
    importeerSamples(db);
    const r = vz(db, ['actie', '--melding', 'VZ-2026-0006', '--actie', 'halt']);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('actie halt op melding VZ-2026-0006 (2026-11-23) geweigerd: De jongere is 11 jaar op 2026-11-23; Halt is alleen voor jongeren van 12 tot 18 jaar [VZ-HALT-leeftijd]');
    expect(JSON.parse(inhoud(db).audit.at(-1)!.details).weigeringen.map((w: { regel: string }) => w.regel)).toEqual(['VZ-HALT-leeftijd']);
    // 14 keer te laat ≥ 12: het minimum is gehaald; op 24-11-2026 is de jongere 12.
    const ok = szmh(['verzuim', 'actie', '--melding', 'VZ-2026-0006', '--actie', 'halt', '--db', db, '--peildatum', '2026-11-24', '--format', 'json', '--log-level', 'warn']);
    expect(ok.code, ok.stderr).toBe(0);
    expect(JSON.parse(ok.stdout)[0]).toMatchObject({ melding_id: 'VZ-2026-0006', actie: 'halt', datum: '2026-11-24', uitkomst: 'vastgelegd', status: 'in_behandeling' });
    expect(inhoud(db).audit.filter((a) => a.actie === 'verzuim_actie')).toHaveLength(1);
  });

  it('het actiebestand: 13 acties vastgelegd (statussen volgen), een tweede keer verandert niets', () => {
    const db = nieuweDb();
    importeerSamples(db);
    const r = vz(db, ['actie', ACTIES, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const rijen = JSON.parse(r.stdout) as { uitkomst: string; status: string; melding_id: string }[];
    expect(rijen).toHaveLength(13);
    expect(rijen.every((x) => x.uitkomst === 'vastgelegd')).toBe(true);
    expect(rijen.filter((x) => x.status === 'afgesloten').map((x) => x.melding_id)).toEqual(['VZ-2025-0001', 'VZ-2025-0002']);
    const voor = inhoud(db);
    // De zorgmelding als actie wordt ook een zorgmelding in het register (R-LP-02).
    expect((voor.zorgmeldingen as { zorgmelding_id: string }[]).map((z) => z.zorgmelding_id)).toContain('VZ-2026-0004/zorg/2026-03-27');
    const nogmaals = vz(db, ['actie', ACTIES, '--format', 'json']);
    expect(nogmaals.code, nogmaals.stderr).toBe(0);
    expect((JSON.parse(nogmaals.stdout) as { uitkomst: string }[]).every((x) => x.uitkomst === 'al_vastgelegd')).toBe(true);
    expect(inhoud(db)).toEqual(voor);
  });

  it('een weigering in een actiebestand draait de goede acties terug (exit 3); met --continue-on-error blijven ze staan (exit 1)', () => {
    const acties = 'melding_id;actie;datum\n2026-4471902;gesprek;9-11-2026\nVZ-2026-0005;proces_verbaal;20-11-2026\n';
    const db = nieuweDb();
    importeerSamples(db);
    const r = vz(db, ['actie', bestand('acties.csv', acties)]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/acties\.csv, regel 3: actie proces_verbaal op melding VZ-2026-0005 \(2026-11-20\) geweigerd/);
    expect(inhoud(db).acties).toEqual([]);
    const door = vz(db, ['actie', bestand('acties.csv', acties), '--continue-on-error', '--format', 'json']);
    expect(door.code).toBe(1);
    expect((JSON.parse(door.stdout) as { melding_id: string; uitkomst: string }[]).map((x) => [x.melding_id, x.uitkomst])).toEqual([
      ['2026-4471902', 'vastgelegd'],
      ['VZ-2026-0005', 'geweigerd'],
    ]);
    expect(door.stderr).toMatch(/Afgekeurd \(1\):\n {2}acties\.csv, regel 3: actie proces_verbaal/);
    const i = inhoud(db);
    expect(i.acties).toHaveLength(1);
    expect(i.audit.filter((a) => a.actie === 'verzuim_actie_geweigerd')).toHaveLength(2);
  });

  it.each([
    [['--melding', 'VZ-9999', '--actie', 'gesprek'], /--melding: melding VZ-9999 staat niet in het register/],
    [['--actie', 'gesprek'], /geef --melding en --actie samen/],
    [['--melding', '2026-4471902', '--actie', 'boete'], /--actie: 'boete' is geen actie/],
    [['--melding', '2026-4471902', '--actie', 'gesprek', '--tegen', 'jongere'], /--tegen geldt alleen bij --actie proces_verbaal/],
    [[], /geef een ACTIES\.csv en\/of --melding ID --actie ACTIE/],
  ])('verkeerde aanroep %j: exitcode 2', (args, melding) => {
    const db = nieuweDb();
    importeerSamples(db);
    const r = vz(db, ['actie', ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(melding);
  });
});

describe('szmh verzuim werklijst', () => {
  it('de open meldingen van de voorbeelden na het actiebestand, op 23-11-2026: volgende stap en uiterste datum, met de hand nagerekend', () => {
    const db = nieuweDb();
    importeerSamples(db);
    expect(vz(db, ['actie', ACTIES]).code).toBe(0);
    const r = vz(db, ['werklijst', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const rijen = (JSON.parse(r.stdout) as Record<string, unknown>[]).map((x) => [x.melding_id, x.volgende_stap, x.uiterlijk, x.verlopen]);
    expect(rijen).toEqual([
      ['VZ-2026-0003', 'gesprek', '2026-01-27', true], // gemeld 20-1, geen actie: +7
      ['VZ-2026-0005', 'gesprek', '2026-04-21', true], // gemeld 14-4: +7
      ['VZ-2026-0004', 'afgesloten', '2026-05-08', true], // waarschuwing 10-4 + 28; Halt kan niet: 96 uur > 60
      ['2026-4472210', 'gesprek', '2026-07-13', true], // gemeld 6-7: +7
      ['VZ-2026-0006', 'waarschuwing', '2026-07-13', true], // gesprek 15-6 + 28
      ['VZ-2026-0010', 'afgesloten', '2026-07-27', true], // Halt 29-6 + 28; geen PV-voorstel (R-LP-03)
      ['VZ-2026-0011', 'gesprek', '2026-10-02', true], // het dossier met de PV is gesloten: opnieuw beginnen; gemeld 25-9 + 7
      ['2026-4480555', 'gesprek', '2026-10-05', true], // 18-plus (RMC), gemeld 28-9 + 7
      ['2026-4480117', 'gesprek', '2026-11-09', true], // gemeld 2-11 + 7
      ['2026-4471902', 'waarschuwing', '2026-12-07', false], // gesprek 9-11 + 28
    ]);
  });

  it('--gemeente Vaals toont alleen Vaals; --explain noemt de regels; --output schrijft met mode 0600', () => {
    const db = nieuweDb();
    importeerSamples(db);
    const map = tijdelijkeMap();
    const uit = path.join(map, 'werklijst.csv');
    const r = vz(db, ['werklijst', '--gemeente', 'Vaals', '--format', 'csv', '--output', uit, '--explain']);
    expect(r.code, r.stderr).toBe(0);
    const regels = readFileSync(uit, 'utf8').trim().split('\n');
    expect(regels[0]).toBe('melding_id,leerling_id,gemeente,soort,meldingsdatum,status,leerplichtstatus,leeftijd,laatste_actie,laatste_actie_op,volgende_stap,uiterlijk,verlopen,toelichting,trace');
    expect(regels.slice(1).map((l) => l.split(',').slice(0, 3).join(','))).toEqual(['VZ-2026-0006,LL-1002,Vaals']);
    expect(statSync(uit).mode & 0o777).toBe(0o600);
    expect(r.stdout).toContain('[VZ-WL-nieuw] art 22 Leerplichtwet 1969');
    expect(r.stdout).toContain('parameter verzuim.termijn.reactie_dagen = 7');
  });
});

describe('szmh verzuim rapport', () => {
  it('schooljaar 2025-2026 met het leerlingenregister: de cijfers ex art 25 en de aandelen, met de hand nagerekend', () => {
    const db = nieuweDb();
    importeerSamples(db);
    expect(vz(db, ['actie', ACTIES]).code).toBe(0);
    const r = vz(db, ['rapport', '--schooljaar', '2025-2026', '--leerlingen', LEERLINGEN, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const rijen = JSON.parse(r.stdout) as Record<string, unknown>[];
    const kolommen = ['gemeente', 'registraties', 'buitenland', 'rmc', 'vsv', 'verzuimmeldingen', 'absoluut', 'relatief', 'verzuimleerlingen', 'zorgmeldingen', 'zorgleerlingen', 'halt', 'processen_verbaal', 'aandeel_pct'];
    // Meldingen met meldingsdatum 1-8-2025 t/m 31-7-2026: Maastricht 4 (langdurig, overig, 16 uur, luxe), Meerssen, Eijsden-Margraten,
    // Vaals en Valkenburg elk 1; de meldingen van augustus-november 2026 tellen in 2026-2027. Zorgmeldingen: Gulpen-Wittem (school,
    // 3-2-2026) en Maastricht (de actie zorgmelding van 27-3-2026). Halt 29-6-2026 (Maastricht), proces-verbaal 1-12-2025 (Meerssen).
    // Register (samples/verzuim/leerlingen.csv, elke regel heeft een toelichting): zie rapportage.test.ts voor de aandelen.
    expect(rijen.map((x) => kolommen.map((k) => x[k]))).toEqual([
      ['Eijsden-Margraten', 1, 0, 0, 0, 1, 1, 0, 1, 0, 0, 0, 0, '3.75'],
      ['Gulpen-Wittem', 2, 0, 1, 0, 0, 0, 0, 0, 1, 1, 0, 0, '16.50'],
      ['Maastricht', 7, 1, 2, 1, 4, 0, 4, 4, 1, 1, 1, 0, '43.42'],
      ['Meerssen', 1, 0, 1, 0, 1, 0, 1, 1, 0, 0, 0, 1, '7.75'],
      ['Vaals', 3, 2, 0, 0, 1, 0, 1, 1, 0, 0, 0, 0, '19.58'],
      ['Valkenburg aan de Geul', 2, 0, 1, 1, 1, 0, 1, 1, 0, 0, 0, 0, '9.00'],
      ['SZMH totaal', 16, 3, 5, 2, 8, 1, 7, 8, 2, 2, 1, 1, '100.00'],
    ]);
    expect(rijen.find((x) => x.gemeente === 'Maastricht')).toMatchObject({ relatief_16u: 1, langdurig_relatief: 1, luxe: 1, overig: 1, signaal: 0, te_laat: 0, achttien_plus: 0 });
    expect(r.stderr).toContain('verzuim.kostendrager.methode');
  });

  it('zonder --leerlingen: de meldingen wel, de registercijfers en aandelen leeg, met een waarschuwing', () => {
    const db = nieuweDb();
    importeerSamples(db);
    const r = vz(db, ['rapport', '--schooljaar', '2025-2026', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const totaal = (JSON.parse(r.stdout) as Record<string, unknown>[]).at(-1)!;
    expect(totaal).toMatchObject({ gemeente: 'SZMH totaal', verzuimmeldingen: 8, registraties: null, aandeel_pct: null });
    expect(r.stderr).toContain('zonder --leerlingen');
  });

  it('--termijnen voor 2017-2018: 2018-10-01 (art 25) en 2019-03-01 (RMC), zoals R-LP-06 vraagt', () => {
    const r = vz(nieuweDb(), ['rapport', '--schooljaar', '2017-2018', '--termijnen', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as Record<string, unknown>[]).map((x) => [x.termijn, x.voor, x.uiterlijk, x.verstreken])).toEqual([
      ['artikel25', '2018-10-01', '2018-09-30', true],
      ['rmc_jaarverslag', '2019-03-01', '2019-02-28', true],
    ]);
  });

  it.each([
    [[], /geef --schooljaar/],
    [['--schooljaar', '2025-2027'], /--schooljaar: '2025-2027' is geen schooljaar/],
  ])('verkeerde aanroep %j: exitcode 2', (args, melding) => {
    const r = vz(nieuweDb(), ['rapport', ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(melding);
  });
});

describe('privacy', () => {
  it('met --log-level debug staat er in geen enkele uitvoer, log of auditrecord een BSN-achtig getal van negen cijfers', () => {
    const db = nieuweDb();
    const dbg = ['--log-level', 'debug'];
    const runs = [
      szmh(['verzuim', 'importeer', CSV, XML, '--db', db, ...PEIL, ...dbg, '--format', 'json']),
      szmh(['verzuim', 'importeer', 'samples/verzuim/pakket-export.csv', '--kolommen', 'samples/verzuim/kolommen-pakket.json', '--db', db, ...PEIL, ...dbg]),
      szmh(['verzuim', 'importeer', CSV, XML, '--db', db, ...PEIL, ...dbg]),
      szmh(['verzuim', 'actie', ACTIES, '--db', db, ...PEIL, ...dbg, '--format', 'json']),
      szmh(['verzuim', 'actie', '--melding', 'VZ-2026-0006', '--actie', 'halt', '--db', db, ...PEIL, ...dbg]),
      szmh(['verzuim', 'werklijst', '--db', db, ...PEIL, ...dbg, '--format', 'json', '--explain']),
      szmh(['verzuim', 'rapport', '--schooljaar', '2025-2026', '--leerlingen', LEERLINGEN, '--db', db, ...PEIL, ...dbg, '--format', 'json']),
    ];
    expect(runs.map((r) => r.code)).toEqual([0, 0, 0, 0, 3, 0, 0]);
    expect(BSNS.length).toBeGreaterThan(8);
    for (const r of runs) {
      expect(r.stderr).not.toMatch(/(?<!\d)\d{9}(?!\d)/);
      for (const bsn of BSNS) expect(r.stdout).not.toContain(bsn);
    }
    // De debug-run logt echt per melding (met het pseudonieme leerling_id), anders bewijst de toets niets.
    expect(runs[0]!.stderr).toMatch(/"level":20.*"leerling_id":"VZL-000001"/);
    const audit = JSON.stringify(inhoud(db).audit);
    for (const bsn of BSNS) expect(audit).not.toContain(bsn);
  });
});
