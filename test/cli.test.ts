import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT, bestand, szmh, tijdelijkeMap } from './cli.js';

const KOP = 'zaak_id;benadelingsbedrag;verwijtbaarheid;overtredingsdatum;besluitdatum';

/** Draait een bereken-commando met --output in een lege map; geeft uitkomst en de bestanden in die map. */
function draai(commando: string[], invoer: string | Buffer, extra: string[] = []) {
  const map = tijdelijkeMap();
  const pad = bestand('invoer.csv', invoer, map);
  const uit = path.join(map, 'uit.json');
  const r = szmh([...commando, pad, '--output', uit, '--format', 'json', '--peildatum', '2026-11-23', '--log-level', 'warn', ...extra]);
  return { ...r, pad, uit, bestanden: readdirSync(map).sort() };
}

describe('szmh boete bereken', () => {
  it('geeft JSON met precies de velden van de spec', () => {
    const r = draai(['boete', 'bereken'], `${KOP}\nZ-1;1.800,00;grove_schuld;1-2-2026;16-11-2026\n`);
    expect(r.code).toBe(0);
    const rijen = JSON.parse(readFileSync(r.uit, 'utf8'));
    expect(Object.keys(rijen[0])).toEqual(['zaak_id', 'uitkomst', 'boete', 'boete_zonder_waarschuwing', 'recidive', 'grondslag', 'trace']);
    expect(rijen[0]).toMatchObject({ zaak_id: 'Z-1', uitkomst: 'boete', boete: '1350.00', boete_zonder_waarschuwing: '1350.00', recidive: false });
  });

  it('schrijft een uitvoerbestand met mode 0600', () => {
    const r = draai(['boete', 'bereken'], `${KOP}\nZ-1;100;normaal;2026-02-01;2026-11-16\n`);
    expect(r.code).toBe(0);
    expect(statSync(r.uit).mode & 0o777).toBe(0o600);
  });

  it.each([
    ['een ontbrekende kolom', 'zaak_id;benadelingsbedrag;overtredingsdatum;besluitdatum\nZ-1;100;2026-02-01;2026-11-16\n', /regel 1, kolom 'verwijtbaarheid': verplichte kolom/],
    ['een bedrag dat twee kanten op kan (1.234)', `${KOP}\nZ-1;1.234;normaal;2026-02-01;2026-11-16\n`, /regel 2, kolom 'benadelingsbedrag': '1.234' is dubbelzinnig/],
    ['een datum die niet bestaat (31-02-2026)', `${KOP}\nZ-1;100;normaal;31-02-2026;2026-11-16\n`, /regel 2, kolom 'overtredingsdatum': '31-02-2026' is geen bestaande datum/],
    ['een onbekende verwijtbaarheid', `${KOP}\nZ-1;100;roekeloos;2026-02-01;2026-11-16\n`, /regel 2, kolom 'verwijtbaarheid': 'roekeloos' is geen geldige waarde/],
    ['een ongeldig BSN', `${KOP};bsn\nZ-1;100;normaal;2026-02-01;2026-11-16;999725877\nZ-2;100;normaal;2026-02-01;2026-11-16;999725878\n`, /regel 3, kolom 'bsn': ongeldig BSN/],
    ['een zaak die twee keer voorkomt', `${KOP}\nZ-1;100;normaal;2026-02-01;2026-11-16\nZ-1;200;normaal;2026-02-01;2026-11-16\n`, /regel 3, kolom 'zaak_id'/],
  ])('%s: exitcode 2, bestand/regel/kolom in de melding, geen uitvoer', (_naam, invoer, melding) => {
    const r = draai(['boete', 'bereken'], invoer);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(melding);
    expect(r.stderr).toContain(r.pad);
    expect(r.bestanden).toEqual(['invoer.csv']);
  });

  it('noemt een BSN nooit in een foutmelding of log', () => {
    const r = draai(['boete', 'bereken'], `${KOP};bsn\nZ-1;100;normaal;2026-02-01;2026-11-16;999725878\n`, ['--log-level', 'debug']);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(/\d{9}/);
  });

  it('--continue-on-error: de goede zaken worden berekend, de slechte gemeld, exitcode 1', () => {
    const r = draai(
      ['boete', 'bereken'],
      `${KOP}\nZ-1;1.800,00;normaal;2026-02-01;2026-11-16\nZ-2;abc;normaal;2026-02-01;2026-11-16\nZ-3;1.800,00;verminderd;2026-02-01;2026-11-16\n`,
      ['--continue-on-error'],
    );
    expect(r.code).toBe(1);
    expect(JSON.parse(readFileSync(r.uit, 'utf8')).map((z: { zaak_id: string; boete: string }) => [z.zaak_id, z.boete])).toEqual([
      ['Z-1', '900.00'],
      ['Z-3', '450.00'],
    ]);
    expect(r.stderr).toMatch(/Afgekeurd \(1\):\n {2}\S+invoer\.csv, regel 3, kolom 'benadelingsbedrag': 'abc' is geen bedrag/);
  });

  it('leest een Excel-export in Windows-1252 met € en puntkomma', () => {
    const tekst = `${KOP};gemeente\nZ-1;\u20ac 1.800,00;normaal;1-2-2026;16-11-2026;Valkenburg a/d Geul\n`;
    const bytes = Buffer.from(tekst.replace('\u20ac', '\x80'), 'latin1');
    const r = draai(['boete', 'bereken'], bytes);
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(r.uit, 'utf8'))[0].boete).toBe('900.00');
  });

  it('--explain noemt per stap het artikel en de bron van elke parameter', () => {
    const map = tijdelijkeMap();
    const pad = bestand('zaken.csv', `${KOP}\nZ-1;1.800,00;normaal;1-2-2026;16-11-2026\n`, map);
    const r = szmh(['boete', 'bereken', pad, '--format', 'table', '--explain', '--peildatum', '2026-11-23', '--log-level', 'silent']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('[BO-2-4] art 2 lid 4 Boetebesluit socialezekerheidswetten');
    expect(r.stdout).toContain('parameter boete.percentage.normaal = 0.50 (vanaf 2017-01-01; geverifieerd; regio; bron: art 2 lid 4 BBSZ (Stb. 2016, 342))');
    expect(r.stdout).toContain('let op: parameter sr.geldboetecategorie.3 (vanaf 2026-01-01) is onbevestigd');
  });
});

describe('szmh terugvordering bereken', () => {
  const kop = 'zaak_id;maand;betaald;recht;norm;inkomsten;oorzaak';
  const tvT2 = ['2026-02', '2026-03', '2026-04'].map((m) => `T2;${m};1.401,50;;1.401,50;600,00;inlichtingenplicht`).join('\n');

  it('TV-T2/T3 via de CLI: netto € 1.800, in 2027 bruto € 2.801,52, met per_maand en trace', () => {
    const map = tijdelijkeMap();
    const pad = bestand('maanden.csv', `${kop}\n${tvT2}\n`, map);
    const r = szmh(['terugvordering', 'bereken', pad, '--format', 'json', '--peildatum', '2027-01-04', '--log-level', 'warn']);
    expect(r.code).toBe(0);
    const [zaak] = JSON.parse(r.stdout);
    expect(Object.keys(zaak)).toEqual(['zaak_id', 'terugvordering_netto', 'benadelingsbedrag', 'verplicht', 'grondslag', 'bruto_bedrag', 'per_maand', 'trace']);
    expect(zaak).toMatchObject({ terugvordering_netto: '1800.00', benadelingsbedrag: '1800.00', verplicht: true, grondslag: 'art 58 lid 1 Pw', bruto_bedrag: '2801.52' });
    expect(zaak.per_maand[0]).toEqual({
      maand: '2026-02',
      betaald: '1401.50',
      recht: '801.50',
      te_veel: '600.00',
      oorzaak: 'inlichtingenplicht',
      grondslag: 'art 58 lid 1 Pw',
      terugvorderbaar: '600.00',
      brutering: '333.84',
      bruto: '933.84',
    });
  });

  it('een ontbrekende parameter: exitcode 3, de parameter genoemd, geen uitvoer', () => {
    const r = draai(['terugvordering', 'bereken'], `${kop}\nP;2025-06;1.401,50;801,50;;;inlichtingenplicht\n`);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain("parameter 'terugvordering.brutering.percentage'");
    expect(r.bestanden).toEqual(['invoer.csv']);
  });

  it('--continue-on-error: een zaak met één slechte maand valt in zijn geheel af', () => {
    const r = draai(
      ['terugvordering', 'bereken'],
      `${kop}\nA;2026-02;1.401,50;801,50;;;inlichtingenplicht\nB;2026-02;1.401,50;801,50;;;inlichtingenplicht\nA;2026-03;1.401,50;801,50;;;onbekend\n`,
      ['--continue-on-error'],
    );
    expect(r.code).toBe(1);
    expect(JSON.parse(readFileSync(r.uit, 'utf8')).map((z: { zaak_id: string }) => z.zaak_id)).toEqual(['B']);
    expect(r.stderr).toMatch(/invoer\.csv, regel 4, kolom 'oorzaak': 'onbekend' is geen geldige waarde/);
  });
});

describe('szmh params', () => {
  const overlay = JSON.stringify({
    gemeenten: { Vaals: { parameters: { 'boete.waarschuwing_waar_mogelijk': { waarden: [{ vanaf: '2026-01-01', waarde: false, bron: 'test: beleidsregel Vaals', status: 'onbevestigd' }] } } } },
  });

  it('params verschil --gemeente Vaals toont de afwijking met de regionale waarde ernaast', () => {
    const pad = bestand('vaals.json', overlay);
    const r = szmh(['params', 'verschil', '--gemeente', 'Vaals', '--params', pad, '--format', 'json', '--log-level', 'silent']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([
      {
        sleutel: 'boete.waarschuwing_waar_mogelijk',
        vanaf: '2026-01-01',
        gemeente_waarde: 'false',
        regio_waarde: 'true',
        laag: 'lokaal vaals.json (GM0981)',
        status: 'onbevestigd',
        bron: 'test: beleidsregel Vaals',
      },
    ]);
  });

  it('dezelfde overlay verandert alleen de zaken van Vaals', () => {
    const pad = bestand('vaals.json', overlay);
    const map = tijdelijkeMap();
    const zaken = bestand('zaken.csv', `${KOP};gemeente\nV;150,00;normaal;1-2-2026;16-11-2026;Vaals\nM;150,00;normaal;1-2-2026;16-11-2026;Maastricht\n`, map);
    const met = JSON.parse(szmh(['boete', 'bereken', zaken, '--params', pad, '--format', 'json', '--log-level', 'silent']).stdout);
    const zonder = JSON.parse(szmh(['boete', 'bereken', zaken, '--format', 'json', '--log-level', 'silent']).stdout);
    expect(zonder.map((z: { uitkomst: string }) => z.uitkomst)).toEqual(['waarschuwing', 'waarschuwing']);
    expect(met.map((z: { uitkomst: string }) => z.uitkomst)).toEqual(['boete', 'waarschuwing']);
  });

  it('params toon geeft elke parameter met waarde, ingangsdatum, status en bron', () => {
    const r = szmh(['params', 'toon', '--peildatum', '2026-11-23', '--format', 'json', '--log-level', 'silent']);
    expect(r.code).toBe(0);
    const rijen = JSON.parse(r.stdout);
    expect(rijen.find((p: { sleutel: string }) => p.sleutel === 'bijstand.norm.21a')).toMatchObject({
      waarde: '1419.46',
      vanaf: '2026-07-01',
      status: 'geverifieerd',
      laag: 'regio',
    });
  });

  it('een gemeente-overlay mag geen wettelijke parameter wijzigen', () => {
    const pad = bestand('fout.json', JSON.stringify({ gemeenten: { Meerssen: { parameters: {} } }, parameters: { nee: { waarden: [] } } }));
    const r = szmh(['params', 'toon', '--params', pad, '--log-level', 'silent']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("nee: onbekende parameter");
  });
});

describe('szmh zelf', () => {
  it('--version geeft de versie en exitcode 0', () => {
    const r = szmh(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
  });

  it('een lezer die de pijp sluit (szmh … | head) is geen fout: geen stack, geen interne fout, de exitcode van de run', () => {
    // `true` leest niets en is al weg voordat szmh schrijft: elke schrijfpoging geeft EPIPE.
    for (const args of ['--help', 'boete bereken samples/boete/zaken.csv --peildatum 2026-11-23 --log-level error']) {
      const r = spawnSync('bash', ['-c', `"${process.execPath}" bin/szmh ${args} | true; echo "exit \${PIPESTATUS[0]}" >&2`], { cwd: ROOT, encoding: 'utf8' });
      expect(r.stderr).toBe('exit 0\n');
    }
  });

  it('een onbekend commando geeft exitcode 2', () => {
    expect(szmh(['vergeet']).code).toBe(2);
  });

  it('een onleesbaar invoerbestand geeft exitcode 2 en laat niets achter', () => {
    const r = szmh(['boete', 'bereken', '/bestaat/niet.csv', '--log-level', 'silent']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('/bestaat/niet.csv');
    expect(existsSync('/bestaat')).toBe(false);
  });
});
