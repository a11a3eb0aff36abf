/**
 * Rekenen in werkthreads (src/commands/rijtaak.ts) verandert niets aan wat de gebruiker ziet: voor
 * elk formaat, met --explain, bij een fout die de batch afbreekt en met --continue-on-error geven
 * 0 en 2 werkers (SZMH_WERKERS) dezelfde uitvoer, dezelfde meldingen en dezelfde exitcode.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { genereer } from '../bench/generate.mjs';
import { szmh, tijdelijkeMap } from './cli.js';

const PEIL = ['--peildatum', '2026-11-23'];

/** Draait hetzelfde commando zonder en met werkers; geeft beide uitkomsten met de geschreven uitvoer. */
let teller = 0;
function beide(args: string[], map: string) {
  const nr = ++teller;
  return [0, 2].map((werkers) => {
    const uit = path.join(map, `uit-${nr}-${werkers}`);
    const r = szmh([...args, '--output', uit, ...PEIL, '--log-level', 'warn'], { env: { SZMH_WERKERS: String(werkers) } });
    return {
      code: r.code,
      stdout: r.stdout,
      // pino-regels verschillen alleen in tijd en proces-id
      stderr: r.stderr.replace(/"time":\d+,/g, '').replace(/"pid":\d+,/g, ''),
      uitvoer: existsSync(uit) ? readFileSync(uit, 'utf8') : null,
    };
  });
}

describe('werkthreads: dezelfde uitkomst als zonder', () => {
  const map = tijdelijkeMap();
  // 5.000 zaken: vijf blokken van 1024, dus over beide werkers verdeeld.
  const basis = path.join(map, 'boete.csv');
  const fouten = path.join(map, 'boete-fouten.csv');
  const gegenereerd = genereer('boete', 5000, basis);

  /** Dezelfde zaken met fouten in verschillende blokken: een dubbele zaak, een ongeldig BSN, een weigering van de regel. */
  async function metFouten(): Promise<void> {
    await gegenereerd;
    const regels = readFileSync(basis, 'utf8').trimEnd().split('\n');
    regels[1500] = regels[20]!; // dubbel: dezelfde zaak als regel 21
    regels[3100] = regels[3100]!.replace(/^(BO-\d+);\d{9};/, '$1;123456789;'); // BSN zonder 11-proef
    regels[4200] = regels[4200]!.replace(/;(\d{1,2}-\d{1,2}-\d{4});(\d{1,2}-\d{1,2}-\d{4});/, ';1-6-2012;1-2-2013;'); // vóór 2013: geen regime
    writeFileSync(fouten, `${regels.join('\n')}\n`);
  }

  it('SZMH_WERKERS=2 rekent echt in twee werkthreads (anders bewijzen deze tests niets)', async () => {
    await gegenereerd;
    const r = szmh(['boete', 'bereken', basis, '--format', 'csv', '--output', path.join(map, 'controle.csv'), ...PEIL, '--log-level', 'trace'], { env: { SZMH_WERKERS: '2' } });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/"werkers":2,"msg":"werkthreads"/);
  });

  it.each(['csv', 'json', 'jsonl'])('boete bereken, %s', async (formaat) => {
    await gegenereerd;
    const [serieel, parallel] = beide(['boete', 'bereken', basis, '--format', formaat], map);
    expect(serieel!.code).toBe(0);
    expect(serieel!.uitvoer!.length).toBeGreaterThan(5000 * 500);
    expect(parallel).toEqual(serieel);
  });

  it('leerplicht status, csv en --explain', async () => {
    const lp = path.join(map, 'leerlingen.csv');
    const regels = ['leerling_id;geboortedatum;startkwalificatie_op'];
    for (let i = 0; i < 3000; i++) regels.push(`L-${i};${1 + (i % 28)}-${1 + (i % 12)}-${2000 + (i % 10)};${i % 5 === 0 ? `1-7-${2020 + (i % 6)}` : ''}`);
    writeFileSync(lp, `${regels.join('\n')}\n`);
    for (const extra of [[], ['--explain']]) {
      const [serieel, parallel] = beide(['leerplicht', 'status', lp, '--format', 'csv', ...extra], map);
      expect(serieel!.code).toBe(0);
      expect(parallel).toEqual(serieel);
    }
  });

  it('leerlingenvervoer beoordeel met --schooljaar (overgeslagen regels), weigeringen en de telling per besluit', () => {
    const llv = path.join(map, 'aanvragen.csv');
    const kop = 'aanvraag_id;gemeente;schooljaar;geboortedatum;schoolsoort;afstand_km;afstand_dichtstbijzijnde_km;handicap_structureel;kan_zelfstandig_ov;kan_ov_met_begeleiding;kan_fietsen;begeleiding_beschikbaar;eigen_auto;reistijd_ov_min;reistijd_aangepast_min;inkomen;hardheidsclausule';
    const regels = [kop];
    const soorten = ['bo', 'sbo', 'so', 'vso', 'vo'];
    const gemeenten = ['Maastricht', 'Vaals', 'Meerssen', 'Eijsden-Margraten', 'Gulpen-Wittem', 'Valkenburg'];
    const jn = (b: boolean) => (b ? 'ja' : 'nee');
    for (let i = 0; i < 3000; i++) {
      const weiger = i % 97 === 1; // BO boven 20 km met een inkomen boven de draagkrachttabel: de regel weigert (exit 3)
      const soort = weiger ? 'bo' : soorten[i % 5]!;
      const jaar = i % 3 === 0 ? 2025 : 2026;
      const leeftijd = soort === 'vo' || soort === 'vso' ? 12 + (i % 5) : 5 + (i % 7);
      const inkomen = weiger ? '95000,00' : i % 4 === 0 ? '' : `${20000 + ((i * 37) % 50000)},00`;
      regels.push(
        [`A-${i}`, gemeenten[i % 6], `${jaar}-${jaar + 1}`, `${1 + (i % 28)}-${1 + (i % 12)}-${jaar - leeftijd}`, soort, weiger ? '25' : `${(i % 40) / 2 + 0.5}`.replace('.', ','), '', jn(i % 3 === 0), jn(i % 2 === 0), jn(i % 5 !== 0), jn(i % 7 === 0), jn(i % 4 !== 0), jn(i % 2 === 1), i % 3 ? String(20 + (i % 100)) : '', i % 3 ? String(10 + (i % 50)) : '', inkomen, jn(i % 50 === 0)].join(';'),
      );
    }
    writeFileSync(llv, `${regels.join('\n')}\n`);
    const args = ['leerlingenvervoer', 'beoordeel', llv, '--format', 'csv', '--schooljaar', '2026-2027', '--continue-on-error'];
    const [serieel, parallel] = [0, 2].map((werkers) => {
      const uit = path.join(map, 'llv.csv'); // dezelfde naam: die staat ook in de logregel "klaar"
      const r = szmh([...args, '--output', uit, ...PEIL, '--log-level', 'info'], { env: { SZMH_WERKERS: String(werkers) } });
      return { code: r.code, stderr: r.stderr.replace(/"time":\d+,/g, '').replace(/"pid":\d+,/g, ''), uitvoer: readFileSync(uit, 'utf8') };
    });
    expect(serieel!.stderr).toMatch(/"overgeslagen":1000,/);
    expect(serieel!.stderr).toMatch(/"toegekend":\d+,"afgewezen":\d+,"handmatig":\d+,"msg":"besluiten"/);
    expect(serieel!.stderr).toMatch(/Afgekeurd \(\d+\)/);
    expect(parallel).toEqual(serieel);
  });

  it('de eerste fout in bestandsvolgorde breekt af: exit 2, geen uitvoer, dezelfde melding', async () => {
    await metFouten();
    const [serieel, parallel] = beide(['boete', 'bereken', fouten, '--format', 'csv'], map);
    expect(serieel!.code).toBe(2);
    expect(serieel!.stderr).toMatch(/regel 1501, kolom 'zaak_id': zaak BO-.* staat al eerder in het bestand/);
    expect(serieel!.uitvoer).toBeNull();
    expect(parallel).toEqual(serieel);
  });

  it('een fout vroeg in een groot bestand: de batch breekt meteen af, ook met meer blokken onderweg dan er uitvoer in de buffer past', async () => {
    // 12 blokken van 1024: bij de fout zijn er nog 8 onderweg (4 per werker), met meer dan 1 MiB uitvoer.
    const groot = path.join(map, 'boete-groot.csv');
    await genereer('boete', 12_000, groot);
    const regels = readFileSync(groot, 'utf8').trimEnd().split('\n');
    regels[1500] = regels[1500]!.replace(/^(BO-\d+);\d{9};/, '$1;123456789;');
    writeFileSync(groot, `${regels.join('\n')}\n`);
    const [serieel, parallel] = beide(['boete', 'bereken', groot, '--format', 'csv'], map);
    expect(serieel!.code).toBe(2);
    expect(serieel!.stderr).toMatch(/regel 1501, kolom 'bsn': ongeldig BSN/);
    expect(parallel).toEqual(serieel);
  });

  it('--continue-on-error: dezelfde afgekeurde regels (exit 1) en dezelfde uitvoer van de rest', async () => {
    await metFouten();
    const [serieel, parallel] = beide(['boete', 'bereken', fouten, '--format', 'jsonl', '--continue-on-error'], map);
    expect(serieel!.code).toBe(1);
    expect(serieel!.stderr).toMatch(/Afgekeurd \(3\)/);
    expect(serieel!.stderr).toMatch(/regel 1501, kolom 'zaak_id'/);
    expect(serieel!.stderr).toMatch(/regel 3101, kolom 'bsn': ongeldig BSN/);
    expect(serieel!.stderr).toMatch(/regel 4201: .*geen boeteregime/);
    expect(serieel!.uitvoer!.trimEnd().split('\n')).toHaveLength(5000 - 3);
    expect(parallel).toEqual(serieel);
  });

  it('een fout in de CSV zelf (te weinig velden) komt na de regels ervóór, ook met werkers', async () => {
    await metFouten();
    const kapot = path.join(map, 'kapot.csv');
    writeFileSync(kapot, `${readFileSync(fouten, 'utf8')}BO-X;999147250\n`);
    const [serieel, parallel] = beide(['boete', 'bereken', kapot, '--format', 'csv', '--continue-on-error'], map);
    expect(serieel!.code).toBe(2);
    expect(serieel!.stderr).toMatch(/regel 5002: 2 velden, maar de kop heeft er 12/);
    expect(parallel).toEqual(serieel);
  });
});
