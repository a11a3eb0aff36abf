/**
 * Rekenen in werkthreads (src/commands/werkers.ts) verandert niets aan wat de gebruiker ziet: voor
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

  describe('terugvordering: een zaak beslaat meer regels, niet per se aaneengesloten', () => {
    // 3.000 zaken in ruim 10.000 regels: tien blokken, dus meer dan er tegelijk onderweg zijn.
    const tv = path.join(map, 'tv.csv');
    const tvGegenereerd = genereer('terugvordering', 3000, tv);
    /** De kop en de regels van het gegenereerde bestand; regels[i] staat op regel i + 2. */
    async function tvRegels(): Promise<{ kop: string; regels: string[] }> {
      await tvGegenereerd;
      const [kop, ...regels] = readFileSync(tv, 'utf8').trimEnd().split('\n');
      return { kop: kop!, regels };
    }
    const schrijf = (naam: string, kop: string, regels: string[]) => {
      const pad = path.join(map, naam);
      writeFileSync(pad, `${[kop, ...regels].join('\n')}\n`);
      return pad;
    };
    const zaakVan = (regel: string) => regel.slice(0, regel.indexOf(';'));
    /** De zaken in een CSV-uitvoer, in volgorde. */
    const uitvoerZaken = (uitvoer: string) => uitvoer.trimEnd().split('\n').slice(1).map((r) => r.slice(0, r.indexOf(',')));

    it('goede invoer met verspreide zaken: dezelfde uitvoer, een zaak komt als zijn laatste regel gelezen is', async () => {
      const { kop, regels } = await tvRegels();
      // Van elke tiende zaak gaat de eerste regel naar het eind: die zaken zijn pas daar compleet.
      const verplaatst: string[] = [];
      const gezien = new Set<string>();
      const rest = regels.filter((r) => {
        const id = zaakVan(r);
        const eerste = !gezien.has(id);
        gezien.add(id);
        if (eerste && Number(id.slice(3)) % 10 === 0) {
          verplaatst.push(r);
          return false;
        }
        return true;
      });
      // Elke zevende regel met aanhalingstekens (ook om de zaak_id): die gaat door de volledige CSV-parser.
      const aangehaald = (r: string, i: number) => (i % 7 ? r : r.split(';').map((v) => `"${v}"`).join(';'));
      const verspreid = schrijf('tv-verspreid.csv', kop, [...rest, ...verplaatst].map(aangehaald));
      const r = szmh(['terugvordering', 'bereken', verspreid, '--format', 'csv', '--output', path.join(map, 'tv-controle.csv'), ...PEIL, '--log-level', 'trace'], { env: { SZMH_WERKERS: '2' } });
      expect(r.stderr).toMatch(/"werkers":2,"msg":"werkthreads"/);
      const [serieel, parallel] = beide(['terugvordering', 'bereken', verspreid, '--format', 'csv'], map);
      expect(serieel!.code).toBe(0);
      expect(parallel).toEqual(serieel);
      const [serieelJsonl, parallelJsonl] = beide(['terugvordering', 'bereken', verspreid, '--format', 'jsonl'], map);
      expect(parallelJsonl).toEqual(serieelJsonl);

      const aaneengesloten = path.join(map, 'tv-aaneengesloten.csv');
      expect(szmh(['terugvordering', 'bereken', tv, '--format', 'csv', '--output', aaneengesloten, ...PEIL], { env: { SZMH_WERKERS: '0' } }).code).toBe(0);
      const rijen = (u: string) => u.trimEnd().split('\n').slice(1);
      // Elke zaak rekent hetzelfde als toen zijn regels aaneengesloten stonden (de regel sorteert de maanden) ...
      expect(rijen(serieel!.uitvoer!).sort()).toEqual(rijen(readFileSync(aaneengesloten, 'utf8')).sort());
      // ... en de verplaatste zaken komen als laatste, in de volgorde van hun laatste regel.
      expect(uitvoerZaken(serieel!.uitvoer!).slice(-verplaatst.length)).toEqual(verplaatst.map(zaakVan));
    });

    /**
     * Zaak TV-00000002 (regels 3-6) heeft twee slechte regels (3: betaald, 5: een andere gemeente) en
     * zijn laatste regel staat achteraan: hij is als laatste compleet, maar zijn fouten staan vooraan.
     * Daartussen weigert de regel een zaak (een maand twee keer) en heeft een regel geen zaak_id.
     */
    /** Waar de regel een zaak weigert: de regels van zijn eerste tot zijn laatste regel. */
    const regelsVan = (regels: string[], zaak: string) => {
      const zaken = regels.map(zaakVan);
      return `regels ${zaken.indexOf(zaak) + 2}-${zaken.lastIndexOf(zaak) + 2}`;
    };

    async function tvFouten(): Promise<{ pad: string; geweigerd: string; weigering: string }> {
      const { kop, regels } = await tvRegels();
      const r = [...regels];
      expect(zaakVan(r[1]!)).toBe('TV-00000002');
      expect(zaakVan(r[4]!)).toBe('TV-00000002');
      r[1] = r[1]!.replace(';1.401,50;', ';abc;');
      r[3] = r[3]!.replace(';Vaals;', ';Maastricht;');
      const laatste = r.splice(4, 1)[0]!;
      const geweigerd = zaakVan(r[5000]!);
      r.splice(5001, 0, r[5000]!); // dezelfde maand nog eens
      r[8000] = r[8000]!.replace(/^TV-\d+;/, ';');
      r.push(laatste);
      return { pad: schrijf('tv-fouten.csv', kop, r), geweigerd, weigering: regelsVan(r, geweigerd) };
    }

    it('de eerste fout in bestandsvolgorde breekt af, ook als zijn zaak pas aan het eind compleet is', async () => {
      const { pad } = await tvFouten();
      const [serieel, parallel] = beide(['terugvordering', 'bereken', pad, '--format', 'csv'], map);
      expect(serieel!.code).toBe(2);
      expect(serieel!.stderr).toMatch(/regel 3, kolom 'betaald'/);
      expect(serieel!.uitvoer).toBeNull();
      expect(parallel).toEqual(serieel);
    });

    it('een weigering van de regel geldt bij de laatste regel van de zaak (exit 3)', async () => {
      const { kop, regels } = await tvRegels();
      const r = [...regels];
      r.splice(5001, 0, r[5000]!);
      const pad = schrijf('tv-weigering.csv', kop, r);
      const [serieel, parallel] = beide(['terugvordering', 'bereken', pad, '--format', 'jsonl'], map);
      expect(serieel!.code).toBe(3);
      // (de melding maskeert acht cijfers op een rij als mogelijk BSN, ook in een zaak_id)
      expect(serieel!.stderr).toContain(`${regelsVan(r, zaakVan(r[5000]!))}: zaak TV-[bsn?]: maand ${r[5000]!.split(';')[3]} komt twee keer voor`);
      expect(parallel).toEqual(serieel);
    });

    it('--continue-on-error: elke slechte regel van een zaak wordt gemeld, in bestandsvolgorde, en de zaak valt af', async () => {
      const { pad, geweigerd, weigering } = await tvFouten();
      const [serieel, parallel] = beide(['terugvordering', 'bereken', pad, '--format', 'csv', '--continue-on-error'], map);
      expect(serieel!.code).toBe(1);
      const afgekeurd = serieel!.stderr.slice(serieel!.stderr.indexOf('Afgekeurd')).trimEnd().split('\n');
      expect(afgekeurd[0]).toBe('Afgekeurd (4):');
      expect(afgekeurd[1]).toMatch(/regel 3, kolom 'betaald'/);
      expect(afgekeurd[2]).toMatch(/regel 5, kolom 'gemeente': zaak TV-\S+ staat al op een andere gemeente/);
      expect(afgekeurd[3]).toMatch(new RegExp(`${weigering}: zaak TV-\\S+: maand 2026-\\d\\d komt twee keer voor`));
      expect(afgekeurd[4]).toMatch(/regel 8002, kolom 'zaak_id': verplicht veld is leeg/);
      const zaken = uitvoerZaken(serieel!.uitvoer!);
      expect(zaken).toHaveLength(3000 - 2);
      expect(zaken).not.toContain('TV-00000002');
      expect(zaken).not.toContain(geweigerd);
      expect(parallel).toEqual(serieel);
    });
  });
});
