import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { bestand, szmh, tijdelijkeMap } from './cli.js';
import { testParameters } from './parameters.js';
import { datum } from '../src/rules/kern/datum.js';
import { bedrag } from '../src/rules/kern/geld.js';
import { TraceBouwer } from '../src/rules/kern/trace.js';
import {
  Koppelaar,
  Sleutelregister,
  Uitkeringsindex,
  inhoudTekst,
  inhoudVingerafdruk,
  kostendelersfactor,
  PRODUCTREGELS,
  type IbSignaal,
  type Koppeling,
  type Ontdubbeling,
} from '../src/rules/ib/index.js';
import { openCsv } from '../src/io/csv.js';
import { traceJson } from '../src/io/uitvoer.js';

const PEIL = ['--peildatum', '2026-11-23'];
const SIGNALEN = 'samples/ib/signalen.csv';
const UITKERINGEN = 'samples/ib/uitkeringen.csv';
/** Elk BSN uit de voorbeeldbestanden: geen van deze mag ooit in een logregel staan. */
const BSNS = [...new Set([...readFileSync(SIGNALEN, 'utf8').matchAll(/\b\d{9}\b/g), ...readFileSync(UITKERINGEN, 'utf8').matchAll(/\b\d{9}\b/g)].map((m) => m[0]))];

interface Rij {
  bron_sleutel: string;
  product: string;
  uitkomst: string;
  voorstel: string;
  afsluitcode: string | null;
  prioriteit: string;
  gemeente: string | null;
  regel: number;
  trace: { stappen: { regel: string; uitkomst: unknown }[]; waarschuwingen: string[] };
}

function koppelJson(extra: string[] = [], signalen = SIGNALEN, uitkeringen = UITKERINGEN) {
  const r = szmh(['ib', 'koppel', signalen, '--uitkeringen', uitkeringen, '--format', 'json', ...PEIL, '--log-level', 'warn', ...extra]);
  return { ...r, json: r.code === 0 ? (JSON.parse(r.stdout) as { signalen: Rij[]; samenvatting: Record<string, unknown> }) : undefined };
}

describe('szmh ib koppel: de acceptatiefixture (samples/ib/signalen.csv)', () => {
  const { json, code, stderr } = koppelJson();

  it('geeft precies de verwachte telling per uitkomst', () => {
    expect(code, stderr).toBe(0);
    // 21 signalen: 2 dubbel (regels 20, 21), 1 correctie (22: OIB met ander netto), 1 ongeldig BSN
    // (17: 999725878 faalt de 11-proef), 1 onbekende cliënt (18), 2 zonder overlap (10: voertuig na
    // het einde van de IOAW op 31-10-2026; 19: inkomen in 2025 tussen twee uitkeringen), 14 relevant.
    expect(json!.samenvatting).toMatchObject({ totaal: 21, relevant: 14, geen_overlap: 2, onbekende_client: 1, ongeldig_bsn: 1, dubbel: 2, correctie: 1 });
    const telling: Record<string, number> = {};
    for (const s of json!.signalen) telling[s.uitkomst] = (telling[s.uitkomst] ?? 0) + 1;
    expect(telling).toEqual({ relevant: 14, geen_overlap: 2, onbekende_client: 1, ongeldig_bsn: 1, dubbel: 2, correctie: 1 });
  });

  it('per signaal de velden uit de spec, in volgorde, met uitkomst en voorstel', () => {
    const perRegel = new Map(json!.signalen.map((s) => [s.regel, s]));
    expect(Object.keys(json!.signalen[0]!).slice(0, 4)).toEqual(['bron_sleutel', 'product', 'uitkomst', 'voorstel']);
    expect(Object.keys(json!.signalen[0]!)).toContain('trace');
    const verwacht: [number, string, string, string | null][] = [
      [2, 'relevant', 'onderzoek_inlichtingenplicht', null], // onbekende inkomstenverhouding
      [3, 'relevant', 'afsluiten_bekend', 'BEKEND'], // loonheffingennummer staat in bekende_loonheffingennummers
      [4, 'relevant', 'corrigeer_verrekening', null], // 741,18 − 650,00 = 91,18 > tolerantie 5,00
      [5, 'relevant', 'onderzoek_inlichtingenplicht', null], // partner van 999846450
      [6, 'relevant', 'opschorten_of_beeindigen', null], // detentie
      [7, 'relevant', 'vraag_afschriften_op', null], // 9.120,55 + 7.250,00 = 16.370,55 > 15.650 (gezin 2025)
      [8, 'relevant', 'vraag_afschriften_op', null],
      [9, 'relevant', 'onderzoek_voertuig', null],
      [10, 'geen_overlap', 'afsluiten_geen_overlap', 'GEEN_OVERLAP'],
      [11, 'relevant', 'onderzoek_studiefinanciering', null], // 23 jaar
      [12, 'relevant', 'herbereken_kostendelersnorm', null], // 2 kostendelers, nu 1
      [13, 'relevant', 'contact_andere_gemeente', null],
      [14, 'relevant', 'vraag_afschriften_op', null], // rekening niet opgegeven
      [15, 'relevant', 'beeindigen_na_onderzoek', null],
      [16, 'relevant', 'onderzoek_vermogen', null], // box 3, peildatum 1-1-2025
      [17, 'ongeldig_bsn', 'afwijzen_ongeldig_bsn', null],
      [18, 'onbekende_client', 'controleer_bsn_administratie', null],
      [19, 'geen_overlap', 'afsluiten_geen_overlap', 'GEEN_OVERLAP'],
      [20, 'dubbel', 'afsluiten_duplicaat', 'DUPLICAAT'],
      [21, 'dubbel', 'afsluiten_duplicaat', 'DUPLICAAT'],
      [22, 'correctie', 'verwerk_correctie', null],
    ];
    for (const [regel, uitkomst, voorstel, code] of verwacht) {
      expect([regel, perRegel.get(regel)?.uitkomst, perRegel.get(regel)?.voorstel, perRegel.get(regel)?.afsluitcode]).toEqual([regel, uitkomst, voorstel, code]);
    }
  });

  it('prioriteit: detentie, voortvluchtig, andere gemeente, SF onder 27, vermogen boven de grens en een duur merk zijn hoog', () => {
    const hoog = json!.signalen.filter((s) => s.prioriteit === 'hoog').map((s) => s.regel).sort((a, b) => a - b);
    expect(hoog).toEqual([6, 7, 8, 9, 11, 13, 15, 16]);
  });

  it('de trace noemt de stappen; een onbevestigde vermogensgrens geeft een waarschuwing in de trace', () => {
    const vermogen = json!.signalen.find((s) => s.regel === 7)!;
    expect(vermogen.trace.stappen.map((s) => s.regel)).toEqual(['IB-BSN-DUBBEL', 'IB-KOPPEL', 'IB-VERMOGEN_SALDO_RENTE']);
    expect(vermogen.trace.waarschuwingen.join(' ')).toMatch(/ib\.vermogensgrens\.gezin .*onbevestigd/);
    const dubbel = json!.signalen.find((s) => s.regel === 20)!;
    expect(dubbel.trace.stappen.at(-1)).toMatchObject({ regel: 'IB-DUBBEL', uitkomst: 'dubbel' });
    expect(JSON.stringify(dubbel.trace)).toContain('regel 2');
  });

  it('geen BSN in de trace of in een logregel (ook op debugniveau)', () => {
    for (const s of json!.signalen) for (const b of BSNS) expect(JSON.stringify(s.trace)).not.toContain(b);
    const r = szmh(['ib', 'koppel', SIGNALEN, '--uitkeringen', UITKERINGEN, '--format', 'csv', '--output', path.join(tijdelijkeMap(), 'uit.csv'), ...PEIL, '--log-level', 'debug']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/"msg":"klaar"/);
    for (const b of BSNS) expect(r.stderr).not.toContain(b);
  });
});

describe('szmh ib koppel: formaten en adapters', () => {
  it('csv: de rijen op stdout, de samenvatting als tabel op stderr; jsonl: één signaal per regel', () => {
    const r = szmh(['ib', 'koppel', SIGNALEN, '--uitkeringen', UITKERINGEN, '--format', 'csv', ...PEIL, '--log-level', 'silent']);
    expect(r.code).toBe(0);
    const regels = r.stdout.trim().split('\n');
    expect(regels[0]).toBe('bron_sleutel,product,uitkomst,voorstel,afsluitcode,prioriteit,gemeente,regeling,ingangsdatum,bsn,regel,trace');
    expect(regels).toHaveLength(22);
    expect(r.stderr).toMatch(/relevant\s+14\n[\s\S]*dubbel\s+2\n[\s\S]*totaal\s+21/);
    const l = szmh(['ib', 'koppel', SIGNALEN, '--uitkeringen', UITKERINGEN, '--format', 'jsonl', ...PEIL, '--log-level', 'silent']);
    const rijen = l.stdout.trim().split('\n').map((x) => JSON.parse(x) as Rij);
    expect(rijen).toHaveLength(21);
    expect(rijen.every((x) => typeof x.uitkomst === 'string')).toBe(true);
  });

  it('table: de rijen en daaronder de samenvatting', () => {
    const r = szmh(['ib', 'koppel', SIGNALEN, '--uitkeringen', UITKERINGEN, '--format', 'table', ...PEIL, '--log-level', 'silent']);
    expect(r.stdout).toMatch(/^bron_sleutel\s+product\s+uitkomst\s+voorstel/);
    expect(r.stdout).toMatch(/uitkomst\s+aantal\n-+\s+-+\nrelevant\s+14/);
  });

  it('XML via de kolomkaart geeft dezelfde koppeling als de canonieke CSV; de canonieke kaart verandert niets', () => {
    const csv = koppelJson().json!.signalen.map((s) => [s.bron_sleutel, s.product, s.uitkomst, s.voorstel]);
    const xml = koppelJson(['--kolommen', 'samples/ib/kolommen-xml.json'], 'samples/ib/signalen.xml').json!.signalen.map((s) => [s.bron_sleutel, s.product, s.uitkomst, s.voorstel]);
    const kaart = koppelJson(['--kolommen', 'samples/ib/kolommen-canoniek.json']).json!.signalen.map((s) => [s.bron_sleutel, s.product, s.uitkomst, s.voorstel]);
    expect(xml).toEqual(csv);
    expect(kaart).toEqual(csv);
  });

  it('een andere CSV-indeling via een kaart: eigen koppen, eigen productnamen, bron_sleutel samengesteld', () => {
    const map = tijdelijkeMap();
    const kaart = bestand('kaart.json', JSON.stringify({ naam: 'test', kolommen: { bsn: 'Burgerservicenummer', van: 'Datum aanvang', product: 'Soort signaal', loonheffingennummer: 'LH-nummer' }, producten: { 'Nieuwe baan': 'START_IKV' } }), map);
    const sig = bestand('s.csv', 'Soort signaal;Burgerservicenummer;Datum aanvang;LH-nummer\nNieuwe baan;999725877;6-10-2026;123456789L01\n', map);
    const r = koppelJson(['--kolommen', kaart], sig);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json!.signalen[0]).toMatchObject({ product: 'START_IKV', bron_sleutel: '123456789L01||2026-10-06', uitkomst: 'relevant' });
  });

  it('fouten noemen bestand, regel en bronkolom; een onbekend product en een XML-bestand met een CSV-kaart zijn exit 2', () => {
    const map = tijdelijkeMap();
    const sig = bestand('s.csv', 'product;bsn;van;bron_sleutel\nSTART_IKV;999725877;31-02-2026;x\n', map);
    const r = szmh(['ib', 'koppel', sig, '--uitkeringen', UITKERINGEN, ...PEIL, '--log-level', 'silent']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/s\.csv, regel 2, kolom 'van': '31-02-2026' is geen bestaande datum/);
    const p = bestand('p.csv', 'product;bsn;van;bron_sleutel\nLOTERIJ;999725877;1-2-2026;x\n', map);
    expect(szmh(['ib', 'koppel', p, '--uitkeringen', UITKERINGEN, ...PEIL]).stderr).toMatch(/'LOTERIJ' is geen bekend IB-product/);
    const x = szmh(['ib', 'koppel', 'samples/ib/signalen.xml', '--uitkeringen', UITKERINGEN, '--kolommen', 'samples/ib/kolommen-canoniek.json', ...PEIL]);
    expect(x.code).toBe(2);
    expect(x.stderr).toMatch(/XML, maar de kolomkaart/);
  });

  it('XML: een signaal in commentaar telt niet mee; een tekenverwijzing (&#57; is 9) wordt gelezen als het teken', () => {
    const map = tijdelijkeMap();
    const signaal = (bsn: string, begin: string) =>
      `<Signaal Kenmerk="${begin}"><Informatieproduct>Detentie</Informatieproduct><Persoon><Burgerservicenummer>${bsn}</Burgerservicenummer></Persoon><Periode><Begin>${begin}</Begin></Periode></Signaal>`;
    const xml = bestand('s.xml', `<?xml version="1.0"?>\n<Signaaloverzicht>\n<!-- ingetrokken:\n${signaal('999846450', '2026-11-01')}\n-->\n${signaal('&#57;99725877', '2026-11-16')}\n</Signaaloverzicht>\n`, map);
    const r = koppelJson(['--kolommen', 'samples/ib/kolommen-xml.json'], xml);
    expect(r.code, r.stderr).toBe(0);
    // één signaal (regel 6), met het BSN 999725877 van de cliënt in Maastricht (GM0935, uitkeringen.csv regel 2)
    expect(r.json!.signalen.map((s) => [s.regel, s.bron_sleutel, s.uitkomst, s.gemeente])).toEqual([[6, '2026-11-16', 'relevant', 'GM0935']]);
  });

  it('een ongeldig BSN in de uitkeringen is een invoerfout die het nummer niet noemt; --continue-on-error meldt en gaat door', () => {
    const map = tijdelijkeMap();
    const u = bestand('u.csv', `${readFileSync(UITKERINGEN, 'utf8')}123456789;Vaals;PW-ALG;1-1-2026;;;;;;;\n`, map);
    const r = szmh(['ib', 'koppel', SIGNALEN, '--uitkeringen', u, ...PEIL, '--log-level', 'silent']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/u\.csv, regel 12, kolom 'bsn': ongeldig BSN: BSN voldoet niet aan de 11-proef/);
    expect(r.stderr).not.toContain('123456789');
    const d = szmh(['ib', 'koppel', SIGNALEN, '--uitkeringen', u, '--format', 'json', '--continue-on-error', ...PEIL, '--log-level', 'silent']);
    expect(d.code).toBe(1);
    expect(JSON.parse(d.stdout).samenvatting.totaal).toBe(21);
  });

  it('--zonder-trace laat in CSV alleen de trace-kolom weg; de rijen zijn verder gelijk', () => {
    const csv = (extra: string[]) => szmh(['ib', 'koppel', SIGNALEN, '--uitkeringen', UITKERINGEN, '--format', 'csv', ...PEIL, '--log-level', 'silent', ...extra]);
    const met = csv([]);
    const zonder = csv(['--zonder-trace']);
    expect(met.code).toBe(0);
    expect(zonder.code).toBe(0);
    const [kopMet, ...rijenMet] = met.stdout.trimEnd().split('\n');
    const [kopZonder, ...rijenZonder] = zonder.stdout.trimEnd().split('\n');
    expect(kopMet!.endsWith(',trace')).toBe(true);
    expect(kopZonder).toBe(kopMet!.slice(0, -',trace'.length));
    // elke rij met trace eindigt op ,"{...}": zonder die trace is ze gelijk aan de rij zonder trace
    expect(rijenMet.map((r) => r.slice(0, r.indexOf(',"{'))).join('\n')).toBe(rijenZonder.join('\n'));
    expect(zonder.stderr).toBe(met.stderr);
  });
});

// ---- de regels, zonder CLI -----------------------------------------------------------------

const params = testParameters();

function index(...uitkeringen: Parameters<Uitkeringsindex['voegToe']>[0][]): Uitkeringsindex {
  const i = new Uitkeringsindex();
  for (const u of uitkeringen) i.voegToe(u);
  return i;
}

function signaal(s: Partial<IbSignaal> & { product: IbSignaal['product'] }): IbSignaal {
  return { bsn: '999725877', bronSleutel: 'k', labels: [], velden: {}, ...s };
}

function stateloos(): Ontdubbeling {
  const reg = new Sleutelregister(16);
  return (s, regel) => {
    const h = reg.registreer(s.product, s.bsn, s.bronSleutel, inhoudVingerafdruk(s), regel);
    return h && { zelfdeInhoud: h.zelfdeInhoud, eerder: `regel ${h.eersteRegel}` };
  };
}

describe('koppelen: overlap, partner, peildatum', () => {
  const idx = index(
    { bsn: '999725877', gemeente: 'GM0935', regeling: 'PW-ALG', begin: datum('2026-01-01'), eind: datum('2026-06-30') },
    { bsn: '999846450', gemeente: 'GM0981', regeling: 'PW-ALG', begin: datum('2025-09-15'), partnerBsn: '999911028' },
  );

  it('grenzen: van op de laatste dag overlapt, de dag erna niet; tot op de eerste dag overlapt; de peildatum telt inclusief', () => {
    expect(idx.zoek('999725877', { van: datum('2026-06-30') })).toMatchObject({ regeling: 'PW-ALG', begin: '2026-01-01', eind: '2026-06-30' });
    expect(idx.zoek('999725877', { van: datum('2026-07-01') })).toBe(1);
    expect(idx.zoek('999725877', { van: datum('2025-12-01'), tot: datum('2026-01-01') })).toMatchObject({ regeling: 'PW-ALG' });
    expect(idx.zoek('999725877', { van: datum('2025-12-01'), tot: datum('2025-12-31') })).toBe(1);
    expect(idx.zoek('999725877', { peildatum: datum('2026-01-01') })).toMatchObject({ regeling: 'PW-ALG' });
    expect(idx.zoek('999725877', { peildatum: datum('2025-12-31') })).toBe(1);
    // begin en eind zijn getters: als JSON (bibliotheekgebruik) staan ze er toch in, een open eind niet
    expect(JSON.parse(JSON.stringify(idx.zoek('999725877', { van: datum('2026-06-30') })))).toEqual({ uitkering: 0, gemeente: 'GM0935', regeling: 'PW-ALG', begin: '2026-01-01', eind: '2026-06-30', alsPartner: false });
    expect(JSON.parse(JSON.stringify(idx.zoek('999911028', { van: datum('2026-10-01') })))).toEqual({ uitkering: 1, gemeente: 'GM0981', regeling: 'PW-ALG', begin: '2025-09-15', alsPartner: true });
    expect(idx.zoek('999288751', { van: datum('2026-01-01') })).toBe(0);
  });

  it('een signaal over de partner koppelt aan de uitkering van het huishouden', () => {
    expect(idx.zoek('999911028', { van: datum('2026-10-01') })).toMatchObject({ gemeente: 'GM0981', alsPartner: true });
    expect(idx.personen).toBe(3);
  });

  it('bij meer overlappende uitkeringen: de gemeente van het signaal, dan de cliënt, dan de laatst begonnen', () => {
    const i = index(
      { bsn: '999725877', gemeente: 'GM0935', regeling: 'IOAW', begin: datum('2020-01-01') },
      { bsn: '999725877', gemeente: 'GM0981', regeling: 'PW-ALG', begin: datum('2024-01-01') },
    );
    expect(i.zoek('999725877', { van: datum('2026-01-01') })).toMatchObject({ regeling: 'PW-ALG' });
    expect(i.zoek('999725877', { van: datum('2026-01-01'), gemeente: 'GM0935' })).toMatchObject({ regeling: 'IOAW' });
    expect(i.aantalVoor('999725877')).toBe(2);
  });

  it('een half miljoen sleutels: de index groeit en vindt ze allemaal terug', () => {
    const i = new Uitkeringsindex();
    for (let n = 0; n < 20000; n++) i.voegToe({ bsn: String(100000000 + n * 37), gemeente: 'GM0935', regeling: n % 2 ? 'A' : 'B', begin: datum('2020-01-01') });
    let gevonden = 0;
    for (let n = 0; n < 20000; n++) if (typeof i.zoek(String(100000000 + n * 37), { van: datum('2021-01-01') }) !== 'number') gevonden++;
    expect(gevonden).toBe(20000);
  });
});

describe('ontdubbelen: dubbel en correctie', () => {
  it('zelfde sleutel en inhoud is dubbel; andere inhoud is correctie; de correctie wordt de nieuwe versie', () => {
    const idx = index({ bsn: '999725877', gemeente: 'GM0935', regeling: 'PW-ALG', begin: datum('2024-01-01') });
    const k = new Koppelaar(idx, params, stateloos());
    const a = signaal({ product: 'OIB', van: datum('2026-10-01'), velden: { netto_indicatief: '100.00' } });
    const b = signaal({ product: 'OIB', van: datum('2026-10-01'), velden: { netto_indicatief: '120.00' } });
    expect(k.koppel(a, 1)!.uitkomst).toBe('relevant');
    expect(k.koppel(a, 2)!.uitkomst).toBe('dubbel');
    expect(k.koppel(b, 3)!.uitkomst).toBe('correctie');
    expect(k.koppel(b, 4)!.uitkomst).toBe('dubbel'); // gelijk aan de laatste versie
    expect(k.koppel(a, 5)!.uitkomst).toBe('correctie'); // terug naar de oude inhoud: weer een wijziging
    expect(k.koppel({ ...a, product: 'START_IKV' }, 6)!.uitkomst).toBe('relevant'); // ander product: andere sleutel
    expect(k.samenvatting).toMatchObject({ totaal: 6, relevant: 2, dubbel: 2, correctie: 2 });
  });

  it('een ongeldig BSN telt niet mee voor dubbel; het wordt nooit geraden', () => {
    const k = new Koppelaar(index(), params, stateloos());
    const r = k.koppel(signaal({ product: 'DETENTIE', bsn: '999725878', van: datum('2026-01-01') }), 1)!;
    expect(r.uitkomst).toBe('ongeldig_bsn');
    expect(k.koppel(signaal({ product: 'DETENTIE', bsn: '999725878', van: datum('2026-01-01') }), 2)!.uitkomst).toBe('ongeldig_bsn');
    expect(JSON.stringify(r.trace)).not.toContain('999725878');
  });

  it('de vingerafdruk van de inhoud volgt inhoudTekst, ongeacht de volgorde van de velden', () => {
    const a = signaal({ product: 'OIB', velden: { a: '1', b: '2' } });
    const b = signaal({ product: 'OIB', velden: { b: '2', a: '1' } });
    expect(inhoudTekst(a)).toBe(inhoudTekst(b));
    expect(inhoudVingerafdruk(a)).toBe(inhoudVingerafdruk(b));
    expect(inhoudVingerafdruk(signaal({ product: 'OIB', velden: { a: '1', b: '3' } }))).not.toBe(inhoudVingerafdruk(a));
  });

  it('het sleutelregister groeit zonder iets te verliezen', () => {
    const reg = new Sleutelregister(8);
    for (let i = 0; i < 50000; i++) expect(reg.registreer('P', String(i), 'k', 1, i)).toBeUndefined();
    for (let i = 0; i < 50000; i += 997) expect(reg.registreer('P', String(i), 'k', 1, 0)).toEqual({ eersteRegel: i, zelfdeInhoud: true });
    expect(reg.aantal).toBe(50000);
  });
});

describe('relevantieregels per product', () => {
  const koppeling = (extra: Koppeling['extra'] = {}): Koppeling => ({ uitkering: 0, gemeente: 'GM0935', regeling: 'PW-ALG', begin: datum('2020-01-01'), alsPartner: false, extra });
  const regel = (s: IbSignaal, k = koppeling(), huishoudsaldo?: string) => {
    const trace = new TraceBouwer();
    const v = PRODUCTREGELS[s.product]({ signaal: s, koppeling: k, params, trace, ...(huishoudsaldo ? { huishoudsaldo: bedrag(huishoudsaldo) } : {}) });
    return { ...v, trace: trace.klaar() };
  };

  it('vermogen: de som van het huishouden tegen de grens van de leefvorm in het peiljaar (2025: 7.825 / 15.650)', () => {
    const s = signaal({ product: 'VERMOGEN_SALDO_RENTE', peildatum: datum('2025-12-31'), velden: { saldo: '5000.00' } });
    expect(regel(s, koppeling({ leefvorm: 'alleenstaande' }), '7825.00').voorstel).toBe('afsluiten_niet_relevant');
    expect(regel(s, koppeling({ leefvorm: 'alleenstaande' }), '7825.01').voorstel).toBe('vraag_afschriften_op');
    expect(regel(s, koppeling({ leefvorm: 'alleenstaande_ouder' }), '15650.00').afsluitcode).toBe('NIET_RELEVANT');
    expect(regel(s, koppeling({ leefvorm: 'gehuwden' }), '15650.01').prioriteit).toBe('hoog');
    // 2023 (geverifieerd in het onderzoek): 7.605
    const s23 = signaal({ product: 'VERMOGEN_SALDO_RENTE', peildatum: datum('2023-12-31'), velden: { saldo: '7605.01' } });
    expect(regel(s23, koppeling({ leefvorm: 'alleenstaande' })).voorstel).toBe('vraag_afschriften_op');
    // onder de grens maar met rente: beoordelen; leefvorm onbekend: handmatig
    expect(regel(signaal({ ...s, velden: { saldo: '100.00', rente: '12.00' } }), koppeling({ leefvorm: 'alleenstaande' })).voorstel).toBe('beoordeel_rente');
    expect(regel(s, koppeling({})).voorstel).toBe('onderzoek_vermogen');
  });

  it('vermogen: een peiljaar zonder grens in de tabel weigert (exit 3), nooit geraden', () => {
    const s = signaal({ product: 'VERMOGEN_SALDO_RENTE', peildatum: datum('2020-12-31'), velden: { saldo: '1.00' } });
    expect(() => regel(s, koppeling({ leefvorm: 'alleenstaande' }))).toThrow(/ib\.vermogensgrens\.alleenstaande.*geen waarde op 2020-12-31/);
  });

  it('kostendelers: (40 + A·30) / (A·100); A = 1 is 70%, 2 is 50%, 3 is 43,33%; leeftijd 27 sinds 2023, daarvoor 21', () => {
    expect(kostendelersfactor(1).toString()).toBe('0.7');
    expect(kostendelersfactor(2).toString()).toBe('0.5');
    expect(kostendelersfactor(3).toDecimalPlaces(4).toString()).toBe('0.4333');
    // medebewoners van 24 en 30 op de mutatiedatum: in 2026 telt alleen die van 30 (A = 2), in 2022 beide (A = 3)
    const s = (van: string) => signaal({ product: 'KOSTENDELERS', van: datum(van), velden: { medebewoner_geboortedata: `${Number(van.slice(0, 4)) - 24}-01-01|${Number(van.slice(0, 4)) - 30}-01-01` } });
    expect(regel(s('2026-06-01'), koppeling({ kostendelers: 2 })).afsluitcode).toBe('BEKEND');
    expect(regel(s('2022-06-01'), koppeling({ kostendelers: 2 }))).toMatchObject({ voorstel: 'herbereken_kostendelersnorm', ingangsdatum: '2022-06-01' });
  });

  it('studiefinanciering: 26 is jonger dan 27 (hoog), op de 27e verjaardag niet meer', () => {
    const s = signaal({ product: 'STUDIEFINANCIERING', van: datum('2026-09-01') });
    expect(regel(s, koppeling({ geboortedatum: datum('1999-09-02') })).prioriteit).toBe('hoog');
    expect(regel(s, koppeling({ geboortedatum: datum('1999-09-01') })).voorstel).toBe('beoordeel_inkomsten_en_arbeidsplicht');
  });

  it('START_IKV en bankrekeningen: bekend is BEKEND; OIB: een verschil tot en met de tolerantie (5,00) is bekend', () => {
    const ikv = signaal({ product: 'START_IKV', van: datum('2026-10-01'), velden: { loonheffingennummer: '123456789l01' } });
    expect(regel(ikv, koppeling({ bekendeLoonheffingennummers: ['123456789L01'] })).afsluitcode).toBe('BEKEND');
    expect(regel(ikv, koppeling({ bekendeLoonheffingennummers: ['999999999L01'] })).voorstel).toBe('onderzoek_inlichtingenplicht');
    const bank = signaal({ product: 'BANKREKENINGNUMMERS', peildatum: datum('2025-12-31'), velden: { iban: 'NL91 ABNA 0417 1643 00' } });
    expect(regel(bank, koppeling({ bekendeIbans: ['NL91ABNA0417164300'] })).afsluitcode).toBe('BEKEND');
    const oib = (n: string) => signaal({ product: 'OIB', van: datum('2026-10-01'), velden: { netto_indicatief: n, netto_verrekend: '100.00' } });
    expect(regel(oib('105.00')).afsluitcode).toBe('BEKEND');
    expect(regel(oib('105.01')).voorstel).toBe('corrigeer_verrekening');
    expect(regel(oib('94.99')).voorstel).toBe('corrigeer_verrekening');
  });

  it('detentie gaat in op de dag van insluiting; voertuig met label DUUR_MERK is hoog', () => {
    expect(regel(signaal({ product: 'DETENTIE', van: datum('2026-10-28') }))).toMatchObject({ voorstel: 'opschorten_of_beeindigen', ingangsdatum: '2026-10-28', prioriteit: 'hoog' });
    expect(regel(signaal({ product: 'VOERTUIGBEZIT', van: datum('2026-09-02'), labels: ['duur-merk'] })).prioriteit).toBe('hoog');
    expect(regel(signaal({ product: 'VOERTUIGBEZIT', van: datum('2026-09-02') })).prioriteit).toBe('normaal');
  });
});

describe('snelle serialisatie van de trace', () => {
  it('is gelijk aan JSON.stringify, en in CSV-vorm aan JSON met verdubbelde aanhalingstekens', () => {
    const { json } = koppelJson();
    const lastig = { stappen: [{ regel: 'R"1', artikel: 'a\\b', omschrijving: 'tab\there é ✓ 😀', invoer: { x: null, y: 1.5, z: true, q: 'aan"hal' }, uitkomst: { lijst: [1, 2] } }], waarschuwingen: ['w"1'] };
    for (const t of [...json!.signalen.map((s) => s.trace), lastig] as never[]) {
      expect(traceJson(t)).toBe(JSON.stringify(t));
      expect(traceJson(t, true)).toBe(JSON.stringify(t).replaceAll('"', '""'));
      expect(traceJson(t)).toBe(JSON.stringify(t)); // tweede keer: uit de caches (bevroren stappen)
    }
  });
});

// ---- het register ----------------------------------------------------------------------------

describe('szmh ib importeer | werklijst | afhandelen | rapport', () => {
  const map = tijdelijkeMap();
  const db = path.join(map, 'szmh.db');
  const run = (args: string[], peil = '2026-11-23') => szmh([...args, '--db', db, '--peildatum', peil, '--log-level', 'debug']);
  const json = (args: string[], peil?: string) => {
    const r = run([...args, '--format', 'json'], peil);
    expect(r.code, r.stderr).toBe(0);
    for (const b of BSNS) expect(r.stderr, 'BSN in een logregel').not.toContain(b);
    return JSON.parse(r.stdout);
  };
  const tel = (sql: string) => (new Database(db, { readonly: true }).prepare(sql).get() as { n: number }).n;

  it('importeert een levering één keer; dezelfde levering nog eens voegt niets toe', () => {
    const [eerste] = json(['ib', 'importeer', SIGNALEN, '--uitkeringen', UITKERINGEN], '2026-11-12');
    // 21 regels: 1 ongeldig BSN (afgewezen), 2 dubbel (herhaling), 18 signalen waarvan 1 correctie (versie 2)
    expect(eerste).toMatchObject({ al_verwerkt: false, signalen: 21, relevant: 14, geen_overlap: 2, onbekende_client: 1, ongeldig_bsn: 1, dubbel: 2, correctie: 1, nieuw: 17, automatisch_afgesloten: 2 });
    const voor = [tel('SELECT count(*) n FROM ib_signaal'), tel('SELECT count(*) n FROM ib_signaalversie'), tel('SELECT count(*) n FROM ib_herhaling'), tel('SELECT count(*) n FROM audit')];
    expect(voor.slice(0, 3)).toEqual([17, 18, 2]);
    const [tweede] = json(['ib', 'importeer', SIGNALEN, '--uitkeringen', UITKERINGEN], '2026-11-13');
    expect(tweede).toMatchObject({ al_verwerkt: true, signalen: 0, nieuw: 0 });
    expect([tel('SELECT count(*) n FROM ib_signaal'), tel('SELECT count(*) n FROM ib_signaalversie'), tel('SELECT count(*) n FROM ib_herhaling'), tel('SELECT count(*) n FROM audit')]).toEqual(voor);
    expect(tel('SELECT count(*) n FROM ib_afwijzing')).toBe(1);
    expect(tel("SELECT count(*) n FROM ib_afwijzing WHERE reden LIKE '%999725878%'")).toBe(0);
  });

  it('een volgende levering met dezelfde signalen: dubbel (gekoppeld aan het eerste); een gewijzigde: correctie die het signaal heropent', () => {
    const inhoud = readFileSync(SIGNALEN, 'utf8').trim().split('\n');
    // regel 3 (bekend IKV) en regel 14 (bankrekening) opnieuw; regel 14 met een ander soort rekening
    const levering = bestand('levering2.csv', `${inhoud[0]}\n${inhoud[2]}\n${inhoud[13]}\n${inhoud[13]!.replace('NL44RABO0123456789;;', 'NL44RABO0123456789;1,00;')}\n`, map);
    const [r] = json(['ib', 'importeer', levering, '--uitkeringen', UITKERINGEN], '2026-12-01');
    expect(r).toMatchObject({ signalen: 3, dubbel: 2, correctie: 1, nieuw: 0 });
    expect(tel("SELECT versies n FROM ib_signaal WHERE bron_sleutel = 'NL44RABO0123456789|2025'")).toBe(2);
  });

  it('werklijst: open signalen met termijn (56 dagen, beleid) en ouderdom; hoog eerst; geen_overlap staat er niet op', () => {
    const lijst = json(['ib', 'werklijst'], '2027-01-15') as { signaal_id: number; prioriteit: string; uitkomst: string; ontvangen_op: string; uiterlijk: string; ouderdom: string; dagen_over: number; bsn: string }[];
    expect(lijst.length).toBe(15); // 17 signalen − 2 automatisch afgesloten (geen overlap)
    expect(lijst.every((s) => s.uitkomst !== 'geen_overlap')).toBe(true);
    expect(lijst[0]!.prioriteit).toBe('hoog');
    const eerste = lijst.find((s) => s.ontvangen_op === '2026-11-12')!;
    expect(eerste.uiterlijk).toBe('2027-01-07'); // 12-11-2026 + 56 dagen
    expect(eerste).toMatchObject({ ouderdom: 'te_laat', dagen_over: -8 });
    const gecorrigeerd = lijst.find((s) => s.ontvangen_op === '2026-12-01')!;
    expect(gecorrigeerd).toMatchObject({ uiterlijk: '2027-01-26', ouderdom: 'bijna_te_laat' });
    expect(json(['ib', 'werklijst', '--te-laat'], '2027-01-15').length).toBe(14);
    const overzicht = json(['ib', 'werklijst', '--overzicht'], '2027-01-15') as { gemeente: string; product: string; open: number; te_laat: number }[];
    expect(overzicht.at(-1)).toMatchObject({ gemeente: 'alle', product: 'alle', open: 15, te_laat: 14 });
  });

  it('afhandelen: een bestand met codes (één keer), één signaal, en het voorstel overnemen; rapport telt op', () => {
    const lijst = json(['ib', 'werklijst'], '2027-01-15') as { signaal_id: number; product: string; voorgestelde_code: string | null }[];
    const detentie = lijst.find((s) => s.product === 'DETENTIE')!.signaal_id;
    const ikv = lijst.filter((s) => s.product === 'START_IKV' && s.voorgestelde_code === null).map((s) => s.signaal_id);
    const afh = bestand('afhandeling.csv', `signaal_id;afsluitcode;toelichting\n${detentie};beeindigd;uitkering beëindigd per insluiting\n${ikv[0]};TERUGVORDERING;\n`, map);
    expect(json(['ib', 'afhandelen', afh], '2027-01-20')[0]).toMatchObject({ afgesloten: 2, al_verwerkt: false });
    expect(json(['ib', 'afhandelen', afh], '2027-01-21')[0]).toMatchObject({ afgesloten: 0, al_verwerkt: true });
    expect(json(['ib', 'afhandelen', '--signaal', String(ikv[1]), '--code', 'ONDERZOEK_GESTART'], '2027-01-20')[0]).toMatchObject({ afgesloten: 1 });
    expect(json(['ib', 'afhandelen', '--signaal', String(detentie), '--code', 'BOETE'], '2027-01-22')[0]).toMatchObject({ gewijzigd: 1 });
    expect(json(['ib', 'afhandelen', '--voorstel-overnemen'], '2027-01-20')[0]).toMatchObject({ afgesloten: 1 }); // het bekende IKV (BEKEND)
    const fout = run(['ib', 'afhandelen', '--signaal', '9999', '--code', 'BEKEND']);
    expect(fout.code).toBe(2);
    expect(tel("SELECT count(*) n FROM ib_afhandeling WHERE automatisch = 0")).toBe(5);

    const rapport = json(['ib', 'rapport', '--periode', '2026'], '2027-01-25') as Record<string, number | string>[];
    const szmhTotaal = rapport.find((r) => r.gemeente === 'SZMH')!;
    expect(szmhTotaal).toMatchObject({ ontvangen: 17, afgesloten: 6, open: 11, geen_overlap: 2, beeindigd: 0, boete: 1, terugvordering: 1, onderzoek_gestart: 1, bekend: 1 });
    const codes = ['bekend', 'niet_relevant', 'geen_overlap', 'onderzoek_gestart', 'herzien', 'beeindigd', 'terugvordering', 'boete', 'fraudeonderzoek', 'duplicaat'];
    for (const r of rapport) {
      expect(r.ontvangen).toBe((r.open as number) + (r.afgesloten as number));
      expect(r.afgesloten).toBe(codes.reduce((s, c) => s + (r[c] as number), 0));
    }
    // per gemeente opgeteld = heel SZMH
    const perGemeente = rapport.filter((r) => r.product === 'alle producten' && r.gemeente !== 'SZMH');
    expect(perGemeente.reduce((s, r) => s + (r.ontvangen as number), 0)).toBe(17);
    expect(rapport.some((r) => r.gemeente === 'onbekend')).toBe(true); // de onbekende cliënt
  });

  it('dezelfde signalen als XML-levering (andere indeling): niets nieuws, alleen herhalingen', () => {
    const db2 = path.join(tijdelijkeMap(), 'x.db');
    const r1 = szmh(['ib', 'importeer', SIGNALEN, '--uitkeringen', UITKERINGEN, '--db', db2, '--format', 'json', ...PEIL, '--log-level', 'silent']);
    expect(r1.code, r1.stderr).toBe(0);
    const r2 = szmh(['ib', 'importeer', 'samples/ib/signalen.xml', '--kolommen', 'samples/ib/kolommen-xml.json', '--uitkeringen', UITKERINGEN, '--db', db2, '--format', 'json', ...PEIL, '--log-level', 'silent']);
    // de eerste OIB-versie (regel 4) is nu een wijziging ten opzichte van de laatste versie (regel 22), en regel 22 daarna weer
    expect(JSON.parse(r2.stdout)[0]).toMatchObject({ signalen: 21, nieuw: 0, dubbel: 18, correctie: 2, ongeldig_bsn: 1 });
  });

  it('--dry-run legt niets vast', () => {
    const levering = bestand('levering3.csv', `${readFileSync(SIGNALEN, 'utf8').split('\n')[0]}\nDETENTIE;999214731;2026-12-01;;;999214731|2026-12-01;;;;;;;;;;;;;;\n`, map);
    const voor = tel('SELECT count(*) n FROM ib_signaal');
    expect(json(['ib', 'importeer', levering, '--uitkeringen', UITKERINGEN, '--dry-run'])[0]).toMatchObject({ nieuw: 1 });
    expect(tel('SELECT count(*) n FROM ib_signaal')).toBe(voor);
    expect(tel('SELECT count(*) n FROM ib_levering')).toBe(2);
  });
});
