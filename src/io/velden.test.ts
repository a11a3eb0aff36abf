import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Rij, rijen, vereisKolommen } from './velden.js';
import { openCsv, type CsvBron } from './csv.js';
import { InvoerFout } from '../rules/kern/fouten.js';

const BESTAND = 'maanden.csv';
const REGEL = 7;

/** Een rij met één waarde per kolom, op regel 7 van maanden.csv. */
function rij(waarden: Record<string, string>): Rij {
  const kolommen = Object.keys(waarden);
  return new Rij(BESTAND, { regel: REGEL, velden: Object.values(waarden) }, new Map(kolommen.map((k, i) => [k, i] as const)));
}

/** Voert `doe` uit, verwacht een InvoerFout en controleert dat die bestand, regel en kolom noemt. */
function fout(kolom: string, doe: () => unknown): InvoerFout {
  let gevangen: unknown;
  try {
    doe();
  } catch (e) {
    gevangen = e;
  }
  expect(gevangen).toBeInstanceOf(InvoerFout);
  const e = gevangen as InvoerFout;
  expect(e.plaats).toEqual({ bestand: BESTAND, regel: REGEL, kolom });
  expect(e.exitcode).toBe(2);
  expect(e.code).toBe('VELD_ONGELDIG');
  expect(e.message).toContain(BESTAND);
  expect(e.message).toContain(`regel ${REGEL}`);
  expect(e.message).toContain(`kolom '${kolom}'`);
  return e;
}

describe('Rij.tekst en Rij.verplicht', () => {
  it('geeft de getrimde tekst; een leeg veld of een ontbrekende kolom geldt als afwezig', () => {
    const r = rij({ naam: '  Jansen  ', leeg: '   ' });
    expect(r.tekst('naam')).toBe('Jansen');
    expect(r.tekst('leeg')).toBeUndefined();
    expect(r.tekst('bestaat_niet')).toBeUndefined();
    expect(r.regel).toBe(REGEL);
  });

  it('verplicht gooit bij een leeg veld met bestand, regel en kolom', () => {
    const e = fout('leeg', () => rij({ leeg: '' }).verplicht('leeg'));
    expect(e.melding).toMatch(/leeg/);
  });
});

describe('Rij.bedrag', () => {
  it('leest Nederlandse en machinenotatie', () => {
    expect(rij({ bedrag: '1.234,56' }).bedrag('bedrag')?.toFixed(2)).toBe('1234.56');
    expect(rij({ bedrag: '€ 1.750.000,-' }).bedrag('bedrag', { verplicht: true }).toFixed()).toBe('1750000');
    expect(rij({ bedrag: '0' }).bedrag('bedrag')?.isZero()).toBe(true);
  });

  it('een leeg, niet-verplicht bedrag is undefined; een leeg verplicht bedrag is een fout', () => {
    expect(rij({ bedrag: '' }).bedrag('bedrag')).toBeUndefined();
    fout('bedrag', () => rij({ bedrag: '' }).bedrag('bedrag', { verplicht: true }));
  });

  it('een dubbelzinnig bedrag ("1.234") is een fout met bestand, regel en kolom', () => {
    const e = fout('bedrag', () => rij({ bedrag: '1.234' }).bedrag('bedrag'));
    expect(e.melding).toMatch(/dubbelzinnig/);
  });

  it('een bedrag dat geen bedrag is, is een fout', () => {
    fout('betaald', () => rij({ betaald: 'twaalf' }).bedrag('betaald'));
  });

  it('een negatief bedrag is een fout, tenzij negatief is toegestaan', () => {
    const e = fout('bedrag', () => rij({ bedrag: '-12,50' }).bedrag('bedrag'));
    expect(e.melding).toMatch(/negatief/);
    expect(rij({ bedrag: '-12,50' }).bedrag('bedrag', { negatiefToegestaan: true })?.toFixed(2)).toBe('-12.50');
  });

  it('"-0,00" is nul en dus geen negatief bedrag', () => {
    // Excel schrijft soms -0,00 bij een afgerond klein negatief getal; dat is € 0,00, geen negatief bedrag.
    expect(rij({ bedrag: '-0,00' }).bedrag('bedrag')?.isZero()).toBe(true);
  });
});

describe('Rij.datum en Rij.maand', () => {
  it('leest JJJJ-MM-DD en d-m-jjjj', () => {
    expect(rij({ datum: '1-3-2026' }).datum('datum')).toBe('2026-03-01');
    expect(rij({ datum: '2026-03-01' }).datum('datum', { verplicht: true })).toBe('2026-03-01');
    expect(rij({ datum: '' }).datum('datum')).toBeUndefined();
  });

  it('een datum die niet bestaat is een fout met bestand, regel en kolom', () => {
    const e = fout('begindatum', () => rij({ begindatum: '31-02-2026' }).datum('begindatum'));
    expect(e.melding).toContain('31-02-2026');
    fout('begindatum', () => rij({ begindatum: '' }).datum('begindatum', { verplicht: true }));
  });

  it('maand leest JJJJ-MM en is verplicht', () => {
    expect(rij({ maand: '2026-3' }).maand('maand')).toBe('2026-03');
    fout('maand', () => rij({ maand: '2026-13' }).maand('maand'));
    fout('maand', () => rij({ maand: '' }).maand('maand'));
  });
});

describe('Rij.keuze', () => {
  const keuzes = ['fraude', 'niet_verwijtbaar', 'verwijtbaar'] as const;

  it('normaliseert hoofdletters, spaties en streepjes', () => {
    expect(rij({ oorzaak: 'Niet verwijtbaar' }).keuze('oorzaak', keuzes)).toBe('niet_verwijtbaar');
    expect(rij({ oorzaak: 'NIET-VERWIJTBAAR' }).keuze('oorzaak', keuzes, { verplicht: true })).toBe('niet_verwijtbaar');
    expect(rij({ oorzaak: 'fraude' }).keuze('oorzaak', keuzes)).toBe('fraude');
    expect(rij({ oorzaak: '' }).keuze('oorzaak', keuzes)).toBeUndefined();
  });

  it('een onbekende waarde is een fout die de mogelijke waarden noemt', () => {
    const e = fout('oorzaak', () => rij({ oorzaak: 'onbekend' }).keuze('oorzaak', keuzes));
    expect(e.melding).toContain('onbekend');
    for (const k of keuzes) expect(e.melding).toContain(k);
    fout('oorzaak', () => rij({ oorzaak: '' }).keuze('oorzaak', keuzes, { verplicht: true }));
  });
});

describe('Rij.jaNee', () => {
  it('leest ja/j/true en nee/n/false, ongeacht hoofdletters', () => {
    for (const ja of ['ja', 'Ja', 'J', 'true', 'TRUE']) expect(rij({ x: ja }).jaNee('x', false)).toBe(true);
    for (const nee of ['nee', 'NEE', 'n', 'false']) expect(rij({ x: nee }).jaNee('x', true)).toBe(false);
  });

  it('een leeg veld geeft de standaardwaarde', () => {
    expect(rij({ x: '' }).jaNee('x', true)).toBe(true);
    expect(rij({ x: '' }).jaNee('x', false)).toBe(false);
    expect(rij({}).jaNee('x', true)).toBe(true);
  });

  it('iets anders is een fout met bestand, regel en kolom', () => {
    fout('opzet', () => rij({ opzet: 'misschien' }).jaNee('opzet', false));
    fout('opzet', () => rij({ opzet: '1' }).jaNee('opzet', false));
  });
});

describe('Rij.geheelGetal', () => {
  it('leest gehele getallen, ook negatief; leeg is undefined', () => {
    expect(rij({ n: '12' }).geheelGetal('n')).toBe(12);
    expect(rij({ n: '-3' }).geheelGetal('n')).toBe(-3);
    expect(rij({ n: ' 0 ' }).geheelGetal('n', { min: 0 })).toBe(0);
    expect(rij({ n: '' }).geheelGetal('n')).toBeUndefined();
  });

  it('een breuk of tekst is een fout', () => {
    fout('aantal', () => rij({ aantal: '1,5' }).geheelGetal('aantal'));
    fout('aantal', () => rij({ aantal: '1.5' }).geheelGetal('aantal'));
    fout('aantal', () => rij({ aantal: 'drie' }).geheelGetal('aantal'));
  });

  it('onder het minimum is een fout', () => {
    const e = fout('aantal', () => rij({ aantal: '-1' }).geheelGetal('aantal', { min: 0 }));
    expect(e.melding).toMatch(/kleiner dan 0/);
  });

  it('boven 2^53 - 1 is een fout, nooit een afgerond ander getal', () => {
    expect(rij({ n: '9007199254740991' }).geheelGetal('n')).toBe(9007199254740991);
    // 2^53 + 1 zou 2^53 worden: een ander signaal_id dan er staat
    expect(fout('n', () => rij({ n: '9007199254740993' }).geheelGetal('n')).melding).toBe("'9007199254740993' is te groot");
  });
});

describe('Rij.gemeente', () => {
  it('herkent namen, varianten en codes', () => {
    expect(rij({ gemeente: 'Gulpen-Witterm' }).gemeente('gemeente')).toBe('GM1729');
    expect(rij({ gemeente: '935' }).gemeente('gemeente')).toBe('GM0935');
    expect(rij({ gemeente: '' }).gemeente('gemeente')).toBeUndefined();
  });

  it('een onbekende gemeente is een fout met bestand, regel en kolom', () => {
    const e = fout('gemeente', () => rij({ gemeente: 'Heerlen' }).gemeente('gemeente'));
    expect(e.melding).toMatch(/geen SZMH-gemeente/);
  });
});

describe('Rij.bsn', () => {
  it('leest een geldig BSN en vult acht cijfers aan', () => {
    expect(rij({ bsn: '111222333' }).bsn('bsn')).toBe('111222333');
    expect(rij({ bsn: '12345672' }).bsn('bsn')).toBe('012345672');
  });

  it('een ongeldig BSN is een fout, en de melding noemt het nummer niet', () => {
    for (const ongeldig of ['111222334', '123456789', '1234567890']) {
      const e = fout('bsn', () => rij({ bsn: ongeldig }).bsn('bsn'));
      expect(e.message).not.toContain(ongeldig);
      expect(e.melding).not.toContain(ongeldig);
      expect(e.melding).toMatch(/BSN/);
    }
  });

  it('een leeg BSN is afwezig, tenzij het verplicht is: dan is het een fout', () => {
    expect(rij({ bsn: '' }).bsn('bsn')).toBeUndefined();
    fout('bsn', () => rij({ bsn: '' }).bsn('bsn', { verplicht: true }));
    expect(rij({ bsn: '111222333' }).bsn('bsn', { verplicht: true })).toBe('111222333');
  });
});

describe('Rij.iban en Rij.betalingskenmerk', () => {
  it('lezen geldige waarden genormaliseerd; leeg is undefined', () => {
    expect(rij({ iban: 'nl91 abna 0417 1643 00' }).iban('iban')).toBe('NL91ABNA0417164300');
    expect(rij({ iban: '' }).iban('iban')).toBeUndefined();
    expect(rij({ kenmerk: '0202 6048 2130 0001' }).betalingskenmerk('kenmerk')).toBe('0202604821300001');
    expect(rij({ kenmerk: '' }).betalingskenmerk('kenmerk')).toBeUndefined();
  });

  it('ongeldige waarden zijn fouten met bestand, regel en kolom', () => {
    expect(fout('iban', () => rij({ iban: 'NL91ABNA0417164301' }).iban('iban')).melding).toMatch(/IBAN/);
    expect(fout('kenmerk', () => rij({ kenmerk: '9001123412341234' }).betalingskenmerk('kenmerk')).melding).toMatch(/betalingskenmerk/);
  });
});

describe('vereisKolommen en rijen (via een echt bestand)', () => {
  let map: string;
  beforeAll(() => {
    map = mkdtempSync(join(tmpdir(), 'szmh-velden-test-'));
  });
  afterAll(() => {
    rmSync(map, { recursive: true, force: true });
  });

  async function bron(inhoud: string): Promise<CsvBron> {
    const pad = join(map, `b-${Math.random().toString(36).slice(2)}.csv`);
    writeFileSync(pad, inhoud);
    return openCsv(pad);
  }

  it('vereisKolommen noemt de ontbrekende kolom en wat er wel is', async () => {
    const b = await bron('Zaak ID;Bedrag\n1;2\n');
    expect(() => vereisKolommen(b, ['zaak_id', 'bedrag'])).not.toThrow();
    let gevangen: unknown;
    try {
      vereisKolommen(b, ['zaak_id', 'maand']);
    } catch (e) {
      gevangen = e;
    }
    expect(gevangen).toBeInstanceOf(InvoerFout);
    const e = gevangen as InvoerFout;
    expect(e.code).toBe('KOLOM_ONTBREEKT');
    expect(e.plaats).toEqual({ bestand: b.bestand, regel: 1, kolom: 'maand' });
    expect(e.melding).toContain('zaak_id, bedrag');
  });

  it('rijen geeft per record een Rij met het regelnummer uit het bestand en genormaliseerde kolomnamen', async () => {
    const b = await bron('Zaak ID;Bedrag;Datum\n\nZ1;1.234,56;1-3-2026\nZ2;"12,50";2026-04-01\n');
    const gelezen: Array<{ regel: number; zaak: string; bedrag: string; datum: string }> = [];
    for await (const r of rijen(b)) {
      gelezen.push({ regel: r.regel, zaak: r.verplicht('zaak_id'), bedrag: r.bedrag('bedrag', { verplicht: true }).toFixed(2), datum: r.datum('datum', { verplicht: true }) });
    }
    expect(gelezen).toEqual([
      { regel: 3, zaak: 'Z1', bedrag: '1234.56', datum: '2026-03-01' },
      { regel: 4, zaak: 'Z2', bedrag: '12.50', datum: '2026-04-01' },
    ]);
  });

  it('een veldfout in een bestand noemt dat bestand, de echte regel en de kolom', async () => {
    const b = await bron('zaak_id;bedrag\nZ1;10\nZ2;1,234\n');
    let gevangen: unknown;
    try {
      for await (const r of rijen(b)) r.bedrag('bedrag');
    } catch (e) {
      gevangen = e;
    }
    expect(gevangen).toBeInstanceOf(InvoerFout);
    expect((gevangen as InvoerFout).plaats).toEqual({ bestand: b.bestand, regel: 3, kolom: 'bedrag' });
  });
});
