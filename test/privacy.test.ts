/**
 * Privacy (RELIABILITY.md, "geen BSN, IBAN of naam in een log"): elk commando over de voorbeelden
 * met --log-level trace. In stderr staat geen 9-cijferig getal dat de 11-proef doorstaat, geen IBAN
 * en geen naam uit de invoer; uitvoerbestanden met persoonsgegevens hebben mode 0600.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { leesBsn } from '../src/rules/kern/bsn.js';
import { ROOT, szmh, tijdelijkeMap } from './cli.js';

/** Alle namen die in de voorbeeldbestanden staan (XML <Nm>, CSV-kolommen met 'naam'). */
function namenInVoorbeelden(): string[] {
  const namen = new Set<string>();
  const loop = (map: string) => {
    for (const f of readdirSync(map)) {
      const pad = path.join(map, f);
      if (statSync(pad).isDirectory()) loop(pad);
      else if (f.endsWith('.xml')) for (const m of readFileSync(pad, 'utf8').matchAll(/<(?:\w+:)?Nm>([^<]+)</g)) namen.add(m[1]!);
      else if (f.endsWith('.csv')) {
        const [kop = '', ...regels] = readFileSync(pad, 'utf8').split(/\r?\n/);
        const scheiding = kop.includes(';') ? ';' : ',';
        const kolommen = kop.split(scheiding).map((k) => k.trim().toLowerCase());
        kolommen.forEach((k, i) => {
          if (!k.includes('naam')) return;
          for (const r of regels) {
            const waarde = r.split(scheiding)[i]?.trim();
            if (waarde) namen.add(waarde);
          }
        });
      }
    }
  };
  loop(path.join(ROOT, 'samples'));
  return [...namen].filter((n) => !n.startsWith('Gemeente') && n.length > 3);
}

export function lekken(tekst: string, namen: readonly string[]): string[] {
  const gevonden: string[] = [];
  for (const m of tekst.matchAll(/(?<!\d)\d{9}(?!\d)/g)) if (leesBsn(m[0]).ok) gevonden.push(`BSN-achtig getal op positie ${m.index}`);
  for (const m of tekst.matchAll(/\b[A-Z]{2}\d{2}[A-Z]{4}\d{10}\b/g)) gevonden.push(`IBAN op positie ${m.index}`);
  for (const n of namen) if (tekst.includes(n)) gevonden.push(`naam '${n.slice(0, 2)}…'`);
  return gevonden;
}

describe('privacy: elk commando met --log-level trace', () => {
  const namen = namenInVoorbeelden();

  it('de voorbeelden bevatten namen, BSNs en IBANs (anders bewijst deze test niets)', () => {
    expect(namen.length).toBeGreaterThan(3);
  });

  it('geen BSN, IBAN of naam in stderr; uitvoer met persoonsgegevens is 0600', () => {
    const map = tijdelijkeMap();
    const db = path.join(map, 'szmh.db');
    const u = (f: string) => path.join(map, f);
    const stappen: string[][] = [
      ['terugvordering', 'bereken', 'samples/terugvordering/maanden.csv', '-o', u('tv.csv')],
      ['boete', 'bereken', 'samples/boete/zaken.csv', '-o', u('bo.csv'), '--explain'],
      ['debiteuren', 'vorderingen', u('tv.csv')],
      ['debiteuren', 'vorderingen', 'samples/debiteuren/vorderingen.csv'],
      ['debiteuren', 'afspraken', 'samples/debiteuren/afspraken.csv'],
      ['debiteuren', 'beslag', 'samples/debiteuren/beslag.csv'],
      ['debiteuren', 'ontvangsten', 'samples/debiteuren/camt053-001.02-2026-11-19.xml', 'samples/debiteuren/camt053-001.02-2026-11-20.xml', 'samples/debiteuren/camt053-001.08-2026-11-23.xml', '--explain', '-o', u('ontvangsten.json')],
      ['debiteuren', 'saldo', '-o', u('saldo.csv')],
      ['debiteuren', 'achterstanden'],
      ['debiteuren', 'ouderdom'],
      ['debiteuren', 'rapport', '--periode', '2026-T3'],
      ['leerplicht', 'status', 'samples/leerplicht/leerlingen.csv', '-o', u('lp.csv')],
      ['verzuim', 'importeer', 'samples/verzuim/meldingen.csv', 'samples/verzuim/duo-meldingen.xml'],
      ['verzuim', 'actie', 'samples/verzuim/acties.csv'],
      ['verzuim', 'werklijst', '-o', u('werklijst.csv')],
      ['verzuim', 'rapport', '--schooljaar', '2025-2026'],
      ['leerlingenvervoer', 'beoordeel', 'samples/leerlingenvervoer/aanvragen.csv', '--format', 'jsonl', '-o', u('llv.jsonl')],
      ['leerlingenvervoer', 'rapport', u('llv.jsonl')],
      ['ib', 'koppel', 'samples/ib/signalen.csv', '--uitkeringen', 'samples/ib/uitkeringen.csv', '--explain', '-o', u('ib-koppel.csv')],
      ['ib', 'koppel', 'samples/ib/signalen.xml', '--uitkeringen', 'samples/ib/uitkeringen.csv', '--kolommen', 'samples/ib/kolommen-xml.json', '--format', 'json', '-o', u('ib-koppel.json')],
      ['ib', 'importeer', 'samples/ib/signalen.csv', '--uitkeringen', 'samples/ib/uitkeringen.csv'],
      ['ib', 'werklijst', '-o', u('ib-werklijst.csv')],
      ['ib', 'afhandelen', '--voorstel-overnemen'],
      ['ib', 'rapport'],
      ['themacontrole', 'selecteer', 'samples/themacontrole/thema.json', '--populatie', 'samples/themacontrole/populatie.csv', '-o', u('selectie.csv')],
      ['themacontrole', 'resultaat', 'samples/themacontrole/resultaten.csv'],
      ['themacontrole', 'afsluiten', 'TC-2026-01'],
      ['themacontrole', 'rapport'],
      ['params', 'toon'],
      ['rapport', 'marap', '--periode', '2026-T3', '-o', u('marap.html')],
      ['rapport', 'artikel25', '--schooljaar', '2025-2026', '--leerlingen', 'samples/verzuim/leerlingen.csv', '-o', u('art25.html')],
      ['verzuim', 'werklijst', '-o', u('werklijst.xlsx')],
      // een fout met een BSN in de invoer: ook de foutmelding noemt het niet
      ['boete', 'bereken', 'test/corpus/boete/ongeldig-bsn.csv'],
    ];
    for (const args of stappen) {
      const r = szmh([...args, '--db', db, '--log-level', 'trace', '--peildatum', '2026-11-23']);
      expect(r.code, `${args.join(' ')}\n${r.stderr}`).toBeLessThanOrEqual(3);
      expect(lekken(r.stderr, namen), `${args.join(' ')}: ${r.stderr.slice(0, 500)}`).toEqual([]);
    }
    // De rapportpagina's gaan naar raden en ministerie: alleen tellingen en bedragen, geen persoon.
    for (const f of ['marap.html', 'art25.html']) expect(lekken(readFileSync(u(f), 'utf8'), namen), f).toEqual([]);
    for (const f of readdirSync(map)) {
      if (f.startsWith('szmh.db')) continue;
      expect(statSync(path.join(map, f)).mode & 0o777, f).toBe(0o600);
    }
    expect(statSync(db).mode & 0o777).toBe(0o600);
  });
});

describe('afhankelijkheden', () => {
  it('npm audit: geen hoge of kritieke bevinding in de runtime-afhankelijkheden', (ctx) => {
    const r = spawnSync('npm', ['audit', '--omit=dev', '--json'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    let rapport: { metadata?: { vulnerabilities?: Record<string, number> } };
    try {
      rapport = JSON.parse(r.stdout);
    } catch {
      rapport = {};
    }
    const telling = rapport.metadata?.vulnerabilities;
    // Zonder bereikbare advisory-dienst (zoals op een machine met alleen een registry-spiegel) valt er niets te toetsen.
    if (!telling) return ctx.skip();
    expect({ high: telling.high ?? 0, critical: telling.critical ?? 0 }).toEqual({ high: 0, critical: 0 });
  });
});
