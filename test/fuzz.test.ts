/**
 * Fuzzing (RELIABILITY.md, "geen uitkomst op rommel"): willekeurige invoer voor de adapters en de
 * regels. Een adapter geeft records of een InvoerFout met plaats; een regel geeft een uitkomst of een
 * getypeerde weigering (SzmhFout), nooit een andere uitzondering; de invarianten houden.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { openCsv } from '../src/io/csv.js';
import { rijen } from '../src/io/velden.js';
import { leesBoeteZaak } from '../src/io/invoer/boete.js';
import { leesCamt053 } from '../src/io/camt053.js';
import { SzmhFout } from '../src/rules/kern/fouten.js';
import { bedrag } from '../src/rules/kern/geld.js';
import { datum, uitDagnummer, dagnummer, type Datum } from '../src/rules/kern/datum.js';
import { berekenBoete, type Verwijtbaarheid } from '../src/rules/boete/index.js';
import { berekenTerugvordering, OORZAKEN } from '../src/rules/terugvordering/index.js';
import { bepaalLeerplichtStatus } from '../src/rules/leerplicht/index.js';
import { ROOT, tijdelijkeMap } from './cli.js';
import { ingebouwd } from './parameters.js';

const map = tijdelijkeMap();
let teller = 0;
const schrijf = (inhoud: string | Uint8Array, ext: string) => {
  const pad = path.join(map, `f${teller++}.${ext}`);
  writeFileSync(pad, inhoud);
  return pad;
};

/** Alleen een SzmhFout (met een bestand als het om invoer gaat) is een toegestane uitzondering. */
function alleenGetypeerd(e: unknown, bestand?: string): void {
  expect(e, String((e as Error)?.stack ?? e)).toBeInstanceOf(SzmhFout);
  if (bestand) expect((e as SzmhFout).plaats.bestand).toBe(bestand);
}

const csvTeken = fc.constantFrom(';', ',', '"', '\n', '\r\n', 'a', '1', '€', 'é', ' ', '.', '-', '\t', '\u0000');

describe('fuzzing: adapters', () => {
  it('CSV: willekeurige tekst geeft records of een InvoerFout met het bestand, nooit iets anders', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(csvTeken, { maxLength: 200 }), async (tekens) => {
        const pad = schrijf(tekens.join(''), 'csv');
        try {
          const bron = await openCsv(pad);
          for await (const r of bron.records) expect(r.velden.length).toBe(bron.kolommen.length);
        } catch (e) {
          alleenGetypeerd(e, pad);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('CSV: willekeurige bytes (ook geen UTF-8) idem', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => {
        const pad = schrijf(bytes, 'csv');
        try {
          for await (const _ of (await openCsv(pad)).records);
        } catch (e) {
          alleenGetypeerd(e, pad);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('boeteregels: willekeurige velden geven een zaak of een InvoerFout met regel en kolom', async () => {
    const veld = fc.oneof(fc.constantFrom('', '0', '1.234', '1.234,56', '-5', '31-02-2026', '2026-02-28', 'ja', 'nee', 'opzet', 'geen', '999725877', 'x'), fc.string({ maxLength: 8 }));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(veld, { minLength: 6, maxLength: 6 }), { minLength: 1, maxLength: 5 }), async (regels) => {
        const kop = 'zaak_id;benadelingsbedrag;verwijtbaarheid;overtredingsdatum;besluitdatum;bsn';
        const pad = schrijf(`${kop}\n${regels.map((r) => r.map((v) => v.replace(/[;"\r\n]/g, '')).join(';')).join('\n')}\n`, 'csv');
        for await (const rij of rijen(await openCsv(pad))) {
          try {
            const zaak = leesBoeteZaak(rij, undefined);
            expect(zaak.besluitdatum >= zaak.overtredingsdatum).toBe(true);
          } catch (e) {
            alleenGetypeerd(e, pad);
            expect((e as SzmhFout).plaats.regel).toBe(rij.regel);
            expect((e as SzmhFout).plaats.kolom).toBeDefined();
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('camt.053: een afschrift met willekeurige wijzigingen geeft gebeurtenissen of een InvoerFout met bestand en regel', async () => {
    const bron = readFileSync(path.join(ROOT, 'samples/debiteuren/camt053-001.02-2026-11-20.xml'), 'utf8');
    const wijziging = fc.record({
      plek: fc.nat({ max: bron.length - 1 }),
      weg: fc.nat({ max: 40 }),
      erbij: fc.oneof(fc.constant(''), fc.constantFrom('<', '>', '&', '</Ntry>', '<Ntry>', '"', '<!DOCTYPE x>', '&amp;', '<A>', '1.001', '-'), fc.string({ maxLength: 6 })),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(wijziging, { minLength: 1, maxLength: 4 }), async (wijzigingen) => {
        let xml = bron;
        for (const w of wijzigingen) xml = xml.slice(0, w.plek) + w.erbij + xml.slice(w.plek + w.weg);
        const pad = schrijf(xml, 'xml');
        try {
          for await (const g of leesCamt053(pad)) if (g.soort === 'post') expect(g.post.bedrag.isNegative()).toBe(false);
        } catch (e) {
          alleenGetypeerd(e, pad);
          expect((e as SzmhFout).plaats.regel).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });
});

const dag = (van: string, tot: string) => fc.integer({ min: dagnummer(datum(van)), max: dagnummer(datum(tot)) }).map((n) => uitDagnummer(n));

describe('fuzzing: regels', () => {
  it('boete: elke getypeerde zaak geeft een uitkomst binnen het maximum, of een getypeerde weigering', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000_000 }),
        fc.constantFrom<Verwijtbaarheid>('opzet', 'grove_schuld', 'normaal', 'verminderd', 'geen'),
        dag('2010-01-01', '2027-12-31'),
        fc.integer({ min: 0, max: 4000 }),
        fc.option(dag('2000-01-01', '2027-12-31')),
        fc.option(dag('2000-01-01', '2027-12-31')),
        fc.option(fc.integer({ min: 0, max: 400 })),
        fc.option(fc.integer({ min: 0, max: 500_000 })),
        fc.boolean(),
        (centen, v, overtreding, dagen, eerdereBoete, eerdereWaarschuwing, hersteld, norm, dringend) => {
          const besluit = uitDagnummer(dagnummer(overtreding) + dagen);
          try {
            const r = berekenBoete(
              {
                zaakId: 'F',
                benadelingsbedrag: bedrag(centen).div(100),
                verwijtbaarheid: v,
                overtredingsdatum: overtreding,
                besluitdatum: besluit,
                eerdereGevangenisstraf: false,
                dringendeRedenen: dringend,
                ...(eerdereBoete ? { eerdereBoeteOnherroepelijkOp: eerdereBoete } : {}),
                ...(eerdereWaarschuwing ? { eerdereWaarschuwingOp: eerdereWaarschuwing } : {}),
                ...(hersteld !== null ? { zelfGecorrigeerdNaDagen: hersteld } : {}),
                ...(norm !== null ? { bijstandsnormMaand: bedrag(norm).div(100) } : {}),
              },
              ingebouwd,
            );
            // Sinds 2017: categorie 5 bij opzet, anders categorie 3; onder de Fraudewet (2013-2016) categorie 5.
            const categorie = v === 'opzet' || r.regime === 'fraudewet_2013' ? 'sr.geldboetecategorie.5' : 'sr.geldboetecategorie.3';
            const cat = ingebouwd.bedrag(categorie, overtreding).waarde;
            expect(r.boete.lte(r.boeteZonderWaarschuwing)).toBe(true);
            expect(r.boeteZonderWaarschuwing.lte(cat)).toBe(true);
            expect(r.boete.isNegative()).toBe(false);
            if (r.uitkomst !== 'boete') expect(r.boete.isZero()).toBe(true);
          } catch (e) {
            alleenGetypeerd(e);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('terugvordering: elke getypeerde zaak geeft een uitkomst met netto ≥ 0 en bruto ≥ netto, of een getypeerde weigering', () => {
    const maand = fc.record({ m: fc.integer({ min: 0, max: 47 }), betaald: fc.integer({ min: 0, max: 400_000 }), recht: fc.integer({ min: 0, max: 400_000 }), oorzaak: fc.constantFrom(...OORZAKEN) });
    fc.assert(
      fc.property(fc.array(maand, { minLength: 1, maxLength: 8 }), dag('2024-01-01', '2028-12-31'), (maanden, peil) => {
        try {
          const r = berekenTerugvordering(
            {
              zaakId: 'F',
              maanden: maanden.map((x) => ({
                maand: `${2024 + Math.floor(x.m / 12)}-${String((x.m % 12) + 1).padStart(2, '0')}` as never,
                betaald: bedrag(x.betaald).div(100),
                recht: bedrag(x.recht).div(100),
                oorzaak: x.oorzaak,
              })),
            },
            ingebouwd,
            peil,
          );
          expect(r.terugvorderingNetto.isNegative()).toBe(false);
          expect(r.brutoBedrag.gte(r.terugvorderingNetto)).toBe(true);
          expect(r.benadelingsbedrag.lte(r.terugvorderingNetto)).toBe(true);
        } catch (e) {
          alleenGetypeerd(e);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('leerplicht: geen datum ligt vóór de geboorte, de volgorde klopt, of een getypeerde weigering', () => {
    fc.assert(
      fc.property(dag('1990-01-01', '2026-11-23'), fc.option(dag('1990-01-01', '2030-12-31')), dag('2007-08-01', '2035-12-31'), (geboren, diploma, peil) => {
        try {
          const r = bepaalLeerplichtStatus(
            { leerlingId: 'F', geboortedatum: geboren, ...(diploma && diploma >= geboren ? { startkwalificatieOp: diploma } : {}) },
            peil as Datum,
            ingebouwd,
          );
          for (const d of [r.leerplichtigVanaf, r.leerplichtTot, r.kwalificatieplichtTot, r.rmcTot]) if (d) expect(d > geboren).toBe(true);
          expect(r.leerplichtigVanaf < r.leerplichtTot).toBe(true);
          expect(r.leerplichtTot <= r.kwalificatieplichtTot).toBe(true);
        } catch (e) {
          alleenGetypeerd(e);
        }
      }),
      { numRuns: 500 },
    );
  });
});
