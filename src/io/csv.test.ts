import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { alsRecord, csvRegel, normaliseerKop, openCsv, veldVan, type CsvBron, type CsvRecord, type CsvRegel, type Encoding } from './csv.js';
import { InvoerFout } from '../rules/kern/fouten.js';

let map: string;
let teller = 0;

beforeAll(() => {
  map = mkdtempSync(join(tmpdir(), 'szmh-csv-test-'));
});

afterAll(() => {
  rmSync(map, { recursive: true, force: true });
});

/** Schrijft een tijdelijk bestand (tekst als UTF-8, of ruwe bytes) en geeft het pad terug. */
function bestand(inhoud: string | Uint8Array, naam = `invoer-${++teller}.csv`): string {
  const pad = join(map, naam);
  writeFileSync(pad, inhoud);
  return pad;
}

async function alle(bron: CsvBron): Promise<CsvRecord[]> {
  const uit: CsvRecord[] = [];
  for await (const r of bron.records) uit.push(r);
  return uit;
}

async function lees(pad: string, encoding?: Encoding): Promise<{ bron: CsvBron; records: CsvRecord[] }> {
  const bron = await openCsv(pad, encoding ? { encoding } : {});
  return { bron, records: await alle(bron) };
}

/** Verwacht een InvoerFout bij openen of lezen, en geeft hem terug voor verdere controles. */
async function fout(pad: string, encoding?: Encoding): Promise<InvoerFout> {
  try {
    await lees(pad, encoding);
  } catch (e) {
    expect(e).toBeInstanceOf(InvoerFout);
    return e as InvoerFout;
  }
  throw new Error(`verwacht een InvoerFout voor ${pad}`);
}

describe('normaliseerKop', () => {
  it('maakt kleine letters en vervangt witruimte en streepjes door één underscore', () => {
    expect(normaliseerKop('Zaak ID')).toBe('zaak_id');
    expect(normaliseerKop('  Bedrag  ')).toBe('bedrag');
    expect(normaliseerKop('Begin-Datum')).toBe('begin_datum');
    expect(normaliseerKop('Begin - Datum')).toBe('begin_datum');
    expect(normaliseerKop('zaak_id')).toBe('zaak_id');
  });
});

describe('openCsv: scheidingsteken', () => {
  it('herkent ; aan de kopregel', async () => {
    const { bron, records } = await lees(bestand('zaak_id;bedrag\n1;12,50\n2;3,00\n'));
    expect(bron.scheidingsteken).toBe(';');
    expect(bron.kolommen).toEqual(['zaak_id', 'bedrag']);
    expect(records).toEqual([
      { regel: 2, velden: ['1', '12,50'] },
      { regel: 3, velden: ['2', '3,00'] },
    ]);
  });

  it('herkent , aan de kopregel', async () => {
    const { bron, records } = await lees(bestand('zaak_id,bedrag\n1,12.50\n'));
    expect(bron.scheidingsteken).toBe(',');
    expect(records).toEqual([{ regel: 2, velden: ['1', '12.50'] }]);
  });

  it('telt alleen scheidingstekens buiten aanhalingstekens in de kop', async () => {
    const { bron } = await lees(bestand('naam;"bedrag, in euro, incl";x\na;1;2\n'));
    expect(bron.scheidingsteken).toBe(';');
    expect(bron.kolommen).toEqual(['naam', 'bedrag,_in_euro,_incl', 'x']);
  });

  it('kiest het teken dat het vaakst in de kop staat', async () => {
    const { bron } = await lees(bestand('a,b,c;d\n1,2,3;4\n'));
    expect(bron.scheidingsteken).toBe(',');
    expect(bron.kolommen).toEqual(['a', 'b', 'c;d']);
  });

  it('een lege regel boven de kop telt niet mee: de kop is de eerste niet-lege regel', async () => {
    // Lege regels worden overgeslagen; dan hoort het scheidingsteken ook uit de echte kopregel te komen.
    const { bron, records } = await lees(bestand('\nzaak_id;bedrag\n1;2\n'));
    expect(bron.scheidingsteken).toBe(';');
    expect(bron.kolommen).toEqual(['zaak_id', 'bedrag']);
    expect(records).toEqual([{ regel: 3, velden: ['1', '2'] }]);
  });
});

describe('openCsv: koppen', () => {
  it('normaliseert kopnamen ("Zaak ID" → "zaak_id")', async () => {
    const { bron } = await lees(bestand('Zaak ID;  Bedrag  ;Begin-Datum;OORZAAK\n1;2;3;4\n'));
    expect(bron.kolommen).toEqual(['zaak_id', 'bedrag', 'begin_datum', 'oorzaak']);
  });

  it('een kolom die na normalisatie twee keer voorkomt is een fout', async () => {
    const pad = bestand('Zaak ID;zaak_id\n1;2\n');
    const e = await fout(pad);
    expect(e.plaats).toMatchObject({ bestand: pad, regel: 1, kolom: 'zaak_id' });
    expect(e.code).toBe('KOLOM_ONTBREEKT');
  });

  it('een leeg bestand is een fout (geen kopregel)', async () => {
    const pad = bestand('');
    const e = await fout(pad);
    expect(e.exitcode).toBe(2);
    expect(e.message).toContain(pad);
    expect(e.message).toMatch(/leeg/);
  });

  it('een bestand dat niet bestaat geeft een InvoerFout met exitcode 2', async () => {
    const pad = join(map, 'bestaat-niet.csv');
    const e = await fout(pad);
    expect(e.code).toBe('BESTAND_ONLEESBAAR');
    expect(e.exitcode).toBe(2);
    expect(e.plaats.bestand).toBe(pad);
  });
});

describe('openCsv: encodings', () => {
  it('verwijdert een UTF-8 BOM (de eerste kop heet dan gewoon zaak_id)', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Zaak ID;Naam\n1;Café\n', 'utf-8')]);
    const { bron, records } = await lees(bestand(bytes));
    expect(bron.kolommen).toEqual(['zaak_id', 'naam']);
    expect(records).toEqual([{ regel: 2, velden: ['1', 'Café'] }]);
  });

  it('leest UTF-8 zonder BOM met niet-ASCII-tekens', async () => {
    const { records } = await lees(bestand('naam;bedrag\nCafé;€ 5\n'));
    expect(records[0]!.velden).toEqual(['Café', '€ 5']);
  });

  it('herkent Windows-1252 (Excel-export): 0xE9 is é en 0x80 is €', async () => {
    // "naam;bedrag\nCafé;€ 5\n" in Windows-1252.
    const bytes = Buffer.concat([
      Buffer.from('naam;bedrag\nCaf', 'ascii'),
      Buffer.from([0xe9]),
      Buffer.from(';', 'ascii'),
      Buffer.from([0x80]),
      Buffer.from(' 5\n', 'ascii'),
    ]);
    const { records } = await lees(bestand(bytes));
    expect(records).toEqual([{ regel: 2, velden: ['Café', '€ 5'] }]);
  });

  it('leest Windows-1252 ook met --encoding windows-1252', async () => {
    const bytes = Buffer.from([...Buffer.from('a;b\n', 'ascii'), 0xeb, 0x3b, 0x80, 0x0a]); // "ë;€\n"
    const { records } = await lees(bestand(bytes), 'windows-1252');
    expect(records).toEqual([{ regel: 2, velden: ['ë', '€'] }]);
  });

  it('--encoding utf-8 op een Windows-1252-bestand geeft een duidelijke fout', async () => {
    const bytes = Buffer.from([...Buffer.from('naam;bedrag\nCaf', 'ascii'), 0xe9, ...Buffer.from(';5\n', 'ascii')]);
    const pad = bestand(bytes);
    const e = await fout(pad, 'utf-8');
    expect(e.code).toBe('BESTAND_ONLEESBAAR');
    expect(e.exitcode).toBe(2);
    expect(e.message).toContain(pad);
    expect(e.message).toMatch(/UTF-8/);
    expect(e.message).toMatch(/--encoding windows-1252/);
  });

  it('UTF-16 (Excel "Unicode-tekst") met en zonder BOM is een fout die zegt wat er mis is, zonder NUL-tekens', async () => {
    const tekst = 'zaak_id;naam\nZ1;Café\n';
    for (const bytes of [Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(tekst, 'utf16le')]), Buffer.from(tekst, 'utf16le')]) {
      const pad = bestand(bytes);
      const e = await fout(pad);
      expect(e.code).toBe('BESTAND_ONLEESBAAR');
      expect(e.message).toBe(`${pad}, regel 1: het bestand bevat NUL-tekens (UTF-16, of geen tekstbestand); sla het op als UTF-8 of Windows-1252`);
    }
  });

  it('een NUL-teken verderop noemt de regel waarop het staat', async () => {
    const e = await fout(bestand('a;b\n1;2\n3;\0\n'));
    expect(e.message).toMatch(/, regel 3: het bestand bevat NUL-tekens/);
  });
});

describe('openCsv: aanhalingstekens en regeleinden', () => {
  it('velden tussen aanhalingstekens mogen scheidingsteken, regeleinde en verdubbelde aanhalingstekens bevatten', async () => {
    const { records } = await lees(bestand('a;b;c\n"x;y";"regel1\nregel2";"zei ""hoi"""\n'));
    expect(records).toEqual([{ regel: 2, velden: ['x;y', 'regel1\nregel2', 'zei "hoi"'] }]);
  });

  it('een leeg veld tussen aanhalingstekens is een lege tekst', async () => {
    const { records } = await lees(bestand('a;b\n"";x\n'));
    expect(records).toEqual([{ regel: 2, velden: ['', 'x'] }]);
  });

  it('CRLF-regeleinden laten geen \\r achter in het laatste veld', async () => {
    const { bron, records } = await lees(bestand('a;b\r\n1;2\r\n3;"vier"\r\n'));
    expect(bron.kolommen).toEqual(['a', 'b']);
    expect(records).toEqual([
      { regel: 2, velden: ['1', '2'] },
      { regel: 3, velden: ['3', 'vier'] },
    ]);
  });

  it('lege regels worden overgeslagen, ook met CRLF, en de regelnummers blijven kloppen', async () => {
    const { records } = await lees(bestand('a;b\n\n1;2\n\n\n3;4\n\r\n5;6\n'));
    expect(records).toEqual([
      { regel: 3, velden: ['1', '2'] },
      { regel: 6, velden: ['3', '4'] },
      { regel: 8, velden: ['5', '6'] },
    ]);
  });

  it('de laatste regel zonder regeleinde telt mee', async () => {
    const { records } = await lees(bestand('a;b\n1;2\n3;4'));
    expect(records).toEqual([
      { regel: 2, velden: ['1', '2'] },
      { regel: 3, velden: ['3', '4'] },
    ]);
  });

  it('na een veld over meerdere regels krijgt het volgende record het juiste regelnummer', async () => {
    const { records } = await lees(bestand('a;b\n1;"x\ny\nz"\n2;w\n3;"p\r\nq"\r\n4;v\n'));
    expect(records).toEqual([
      { regel: 2, velden: ['1', 'x\ny\nz'] },
      { regel: 5, velden: ['2', 'w'] },
      { regel: 6, velden: ['3', 'p\r\nq'] },
      { regel: 8, velden: ['4', 'v'] },
    ]);
  });

  it('een record met te weinig of te veel velden geeft een InvoerFout met bestand en regel', async () => {
    for (const [inhoud, regel] of [
      ['a;b\n1;2\n3\n', 3],
      ['a;b\n1;2\n\n3;4;5\n', 4],
      ['a;b\n1;"x\ny"\n3\n', 4],
    ] as const) {
      const pad = bestand(inhoud);
      const e = await fout(pad);
      expect(e.plaats).toEqual({ bestand: pad, regel });
      expect(e.message).toContain(pad);
      expect(e.message).toContain(`regel ${regel}`);
      expect(e.exitcode).toBe(2);
    }
  });

  it('de goede records vóór een fout record komen nog door', async () => {
    const bron = await openCsv(bestand('a;b\n1;2\n3\n'));
    const gezien: number[] = [];
    await expect(
      (async () => {
        for await (const r of bron.records) gezien.push(r.regel);
      })(),
    ).rejects.toBeInstanceOf(InvoerFout);
    expect(gezien).toEqual([2]);
  });

  it('een aanhalingsteken dat niet wordt gesloten is een fout op de regel waar het veld begint', async () => {
    const pad = bestand('a;b\n1;2\n3;"abc\ndef\n');
    const e = await fout(pad);
    expect(e.message).toMatch(/aanhalingsteken/);
    expect(e.plaats).toEqual({ bestand: pad, regel: 3 });
  });

  it('een niet gesloten aanhalingsteken in de kop is ook een fout', async () => {
    const e = await fout(bestand('a;"b\n1;2\n'));
    expect(e.message).toMatch(/aanhalingsteken/);
  });

  it('tekst na een afsluitend aanhalingsteken en een los aanhalingsteken midden in een veld zijn fouten', async () => {
    const e1 = await fout(bestand('a;b\n"ab"c;d\n'));
    expect(e1.message).toMatch(/na een afsluitend aanhalingsteken/);
    expect(e1.plaats.regel).toBe(2);
    const e2 = await fout(bestand('a;b\n1;2\nab"c;d\n'));
    expect(e2.message).toMatch(/midden in een veld/);
    expect(e2.plaats.regel).toBe(3);
  });
});

describe('openCsv: ruwe regels', () => {
  it('geven dezelfde records als de gesplitste, met elk veld apart op te vragen', async () => {
    const inhoud = 'a;b;c\r\n1;2;3\r\n\r\n" x ";"p;q";\r\n4;"r\ns";t\n;;\n7;8;9';
    const bron = await openCsv(bestand(inhoud));
    const regels: CsvRegel[] = [];
    for await (const blok of bron.regels) regels.push(...blok);
    expect(regels.map((r) => alsRecord(r, bron.scheidingsteken))).toEqual(await alle(await openCsv(bestand(inhoud))));
    expect(regels.map((r) => [0, 1, 2].map((i) => veldVan(r, i, bron.scheidingsteken)))).toEqual([
      ['1', '2', '3'],
      [' x ', 'p;q', ''],
      ['4', 'r\ns', 't'],
      ['', '', ''],
      ['7', '8', '9'],
    ]);
    // Zonder aanhalingstekens blijft de regel ongesplitst.
    expect(regels[0]).toEqual({ regel: 2, tekst: '1;2;3' });
  });

  it('een regel met te weinig of te veel velden is dezelfde fout', async () => {
    for (const inhoud of ['a;b\n1;2\n3\n', 'a;b\n1;2\n\n3;4;5\n']) {
      const pad = bestand(inhoud);
      const bron = await openCsv(pad);
      const e = await (async () => {
        for await (const blok of bron.regels) void blok;
      })().catch((e: unknown) => e);
      expect(e).toBeInstanceOf(InvoerFout);
      expect(e).toEqual(await fout(pad));
    }
  });
});

describe('openCsv: grote bestanden stromen', () => {
  it('leest een bestand van ~3 MB (meer dan het leesstuk van 1 MiB) met het juiste aantal records en regelnummers', async () => {
    // Elk record met i % 1000 === 999 heeft een veld over twee regels (een \n binnen aanhalingstekens).
    // Niet-ASCII-tekens (é, €) zorgen dat een leesstuk midden in een multibyte-teken kan eindigen.
    const aantal = 60_000;
    const regels: string[] = ['Nr;Omschrijving;Bedrag'];
    for (let i = 0; i < aantal; i++) {
      const omschrijving = i % 1000 === 999 ? `"café ${i};\nvervolg ""${i}"""` : `café € ${i} ${'x'.repeat(i % 37)}`;
      regels.push(`${i};${omschrijving};${i},${String(i % 100).padStart(2, '0')}`);
    }
    const inhoud = `${regels.join('\r\n')}\r\n`;
    expect(Buffer.byteLength(inhoud)).toBeGreaterThan(2 * (1 << 20));
    const bron = await openCsv(bestand(inhoud));
    expect(bron.kolommen).toEqual(['nr', 'omschrijving', 'bedrag']);

    let n = 0;
    let verwachteRegel = 2;
    let laatste: CsvRecord | undefined;
    for await (const r of bron.records) {
      expect(r.regel).toBe(verwachteRegel);
      expect(r.velden[0]).toBe(String(n));
      if (n % 1000 === 999) {
        expect(r.velden[1]).toBe(`café ${n};\nvervolg "${n}"`);
        verwachteRegel += 2;
      } else {
        expect(r.velden[1]).toBe(`café € ${n} ${'x'.repeat(n % 37)}`);
        verwachteRegel += 1;
      }
      expect(r.velden[2]).toBe(`${n},${String(n % 100).padStart(2, '0')}`);
      laatste = r;
      n++;
    }
    expect(n).toBe(aantal);
    // Record i begint op regel 2 + i + (aantal tweeregelige records vóór i). Voor het laatste record
    // (i = 59.999) liggen daarvóór 999, 1999, …, 58.999: 59 stuks → regel 2 + 59.999 + 59 = 60.060.
    expect(laatste!.regel).toBe(60_060);
  });

  it('een Windows-1252-bestand groter dan één leesstuk wordt als geheel herkend en gelezen', async () => {
    const kop = Buffer.from('nr;naam\n', 'ascii');
    const delen: Buffer[] = [kop];
    const aantal = 150_000;
    for (let i = 0; i < aantal; i++) {
      delen.push(Buffer.from(`${i};Ren`, 'ascii'), Buffer.from([0xe9]), Buffer.from(` ${i}\n`, 'ascii'));
    }
    const bytes = Buffer.concat(delen);
    expect(bytes.length).toBeGreaterThan(1 << 20);
    const { records } = await lees(bestand(bytes));
    expect(records).toHaveLength(aantal);
    expect(records[aantal - 1]).toEqual({ regel: aantal + 1, velden: [String(aantal - 1), `René ${aantal - 1}`] });
  });

  it('een Windows-1252-teken pas na het eerste leesstuk (daarvoor alleen ASCII) wordt alsnog als Windows-1252 gelezen', async () => {
    const delen: Buffer[] = [Buffer.from('nr;naam\n', 'ascii')];
    const aantal = 100_000; // ~1,4 MB ASCII, dus voorbij het eerste stuk van 1 MiB
    for (let i = 0; i < aantal; i++) delen.push(Buffer.from(`${i};Jansen\n`, 'ascii'));
    delen.push(Buffer.from('laatste;Ren', 'ascii'), Buffer.from([0xe9, 0x0a]));
    const bytes = Buffer.concat(delen);
    expect(bytes.length).toBeGreaterThan(1 << 20);
    const { records } = await lees(bestand(bytes));
    expect(records).toHaveLength(aantal + 1);
    expect(records[aantal]).toEqual({ regel: aantal + 2, velden: ['laatste', 'René'] });
  });

  it('ongeldige UTF-8 na eerdere niet-ASCII UTF-8 blijft een fout: dat bestand is gemengd', async () => {
    const delen: Buffer[] = [Buffer.from('nr;naam\n1;Zoë\n', 'utf8')];
    for (let i = 0; i < 100_000; i++) delen.push(Buffer.from(`${i};Jansen\n`, 'ascii'));
    delen.push(Buffer.from('laatste;Ren', 'ascii'), Buffer.from([0xe9, 0x0a]));
    const e = await fout(bestand(Buffer.concat(delen)));
    expect(e.message).toContain('geen geldige UTF-8');
  });
});

describe('csvRegel', () => {
  it('zet velden zonder bijzondere tekens zonder aanhalingstekens neer', () => {
    expect(csvRegel(['a', 'b', '1234.56'])).toBe('a,b,1234.56');
    expect(csvRegel(['', ''])).toBe(',');
    expect(csvRegel(['a', 'b'], ';')).toBe('a;b');
  });

  it('zet velden met scheidingsteken, aanhalingsteken of regeleinde tussen aanhalingstekens', () => {
    expect(csvRegel(['a,b', 'c'])).toBe('"a,b",c');
    expect(csvRegel(['zei "hoi"'])).toBe('"zei ""hoi"""');
    expect(csvRegel(['r1\nr2', 'x'])).toBe('"r1\nr2",x');
    expect(csvRegel(['r1\rr2'])).toBe('"r1\rr2"');
  });

  it('kijkt naar het gekozen scheidingsteken: met ; blijft een komma onbeschermd', () => {
    expect(csvRegel(['a,b', 'c;d'], ';')).toBe('a,b;"c;d"');
  });

  it('property: wat csvRegel schrijft, leest openCsv ongewijzigd terug', async () => {
    const teken = fc.constantFrom('a', 'Z', '1', ' ', ';', ',', '"', '\n', '\r', 'é', '€');
    const veld = fc.string({ unit: teken, maxLength: 8 });
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(';' as const, ',' as const),
        fc.constantFrom('\n', '\r\n'),
        fc.array(fc.tuple(veld, veld, veld), { minLength: 1, maxLength: 6 }),
        async (scheiding, einde, rijen) => {
          const tekst = [csvRegel(['a', 'b', 'c'], scheiding), ...rijen.map((r) => csvRegel(r, scheiding))].join(einde) + einde;
          const { bron, records } = await lees(bestand(tekst));
          expect(bron.scheidingsteken).toBe(scheiding);
          expect(records.map((r) => r.velden)).toEqual(rijen);
        },
      ),
      { numRuns: 150 },
    );
  });
});
