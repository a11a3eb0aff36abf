/**
 * De rapportpagina's in een echte browser: headless Chromium (Debians pakket `chromium`) maakt er
 * een PNG van en geeft de DOM zoals gerenderd. De PNG moet een echte, niet-lege weergave zijn (met
 * de kleuren van de grafieken); de DOM moet elke grafiek als SVG hebben, en elke tabelcel en elk
 * totaal moet gelijk zijn aan de JSON-uitvoer van dezelfde database.
 *
 * De test installeert niets: zonder Chromium wordt hij overgeslagen, tenzij SZMH_BROWSER_VEREIST=1
 * (zo in .ci/run, dat Chromium installeert): dan faalt hij.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { execFile, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { inflateSync } from 'node:zlib';
import { formatEuro, bedrag } from '../src/rules/kern/geld.js';
import { tijdelijkeMap } from './cli.js';
import { PEIL, rapportdatabase } from './rapportdb.js';

const CHROMIUM = ['chromium', 'chromium-browser'].find((c) => spawnSync('sh', ['-c', `command -v ${c}`]).status === 0);
const VEREIST = process.env.SZMH_BROWSER_VEREIST === '1';
if (!CHROMIUM && !VEREIST) process.stderr.write('browser.test.ts overgeslagen: geen chromium op dit systeem (.ci/run installeert het; apt-get install chromium)\n');

const run = promisify(execFile);

/** Chromium headless op een lokaal bestand: een PNG of de gerenderde DOM. */
async function chromium(pagina: string, profiel: string, uitvoer: ['--screenshot', string] | ['--dump-dom']): Promise<string> {
  const args = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--hide-scrollbars', `--user-data-dir=${profiel}`, '--window-size=1200,1800'];
  const doel = uitvoer[0] === '--screenshot' ? [`--screenshot=${uitvoer[1]}`] : ['--dump-dom'];
  const { stdout } = await run(CHROMIUM!, [...args, ...doel, `file://${pagina}`], { maxBuffer: 64 << 20, timeout: 60_000 });
  return stdout;
}

/** Decodeert een PNG (8 bit, RGB of RGBA, zonder interlace) tot pixels, met zlib uit node. */
function leesPng(bestand: string): { breedte: number; hoogte: number; pixel: (x: number, y: number) => [number, number, number] } {
  const buf = readFileSync(bestand);
  expect(buf.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  let pos = 8;
  let breedte = 0;
  let hoogte = 0;
  let kanalen = 0;
  const idat: Buffer[] = [];
  while (pos < buf.length) {
    const lengte = buf.readUInt32BE(pos);
    const soort = buf.toString('latin1', pos + 4, pos + 8);
    const data = buf.subarray(pos + 8, pos + 8 + lengte);
    if (soort === 'IHDR') {
      breedte = data.readUInt32BE(0);
      hoogte = data.readUInt32BE(4);
      expect(data[8]).toBe(8); // bitdiepte
      expect(data[12]).toBe(0); // geen interlace
      kanalen = data[9] === 6 ? 4 : data[9] === 2 ? 3 : 0;
      expect(kanalen).toBeGreaterThan(0);
    }
    if (soort === 'IDAT') idat.push(data);
    pos += 12 + lengte;
  }
  const ruw = inflateSync(Buffer.concat(idat));
  const rij = breedte * kanalen;
  const px = Buffer.alloc(hoogte * rij);
  for (let y = 0; y < hoogte; y++) {
    const filter = ruw[y * (rij + 1)]!;
    for (let i = 0; i < rij; i++) {
      const x = ruw[y * (rij + 1) + 1 + i]!;
      const a = i >= kanalen ? px[y * rij + i - kanalen]! : 0;
      const b = y > 0 ? px[(y - 1) * rij + i]! : 0;
      const c = i >= kanalen && y > 0 ? px[(y - 1) * rij + i - kanalen]! : 0;
      const p = a + b - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      px[y * rij + i] = (x + [0, a, b, (a + b) >> 1, paeth][filter]!) & 0xff;
    }
  }
  return { breedte, hoogte, pixel: (x, y) => [px[y * rij + x * kanalen]!, px[y * rij + x * kanalen + 1]!, px[y * rij + x * kanalen + 2]!] };
}

/** De tabellen in de DOM: per `data-tabel` de rijen als { veld: JSON-waarde } en de getoonde tekst. */
function tabellen(dom: string): Map<string, { waarden: Record<string, unknown>; tekst: Record<string, string> }[]> {
  const uit = new Map<string, { waarden: Record<string, unknown>; tekst: Record<string, string> }[]>();
  const ontsnap = (t: string) => t.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  for (const [, naam, inhoud] of dom.matchAll(/<table data-tabel="([^"]+)">([\s\S]*?)<\/table>/g)) {
    const rijen = [...inhoud!.matchAll(/<tr data-rij[^>]*>([\s\S]*?)<\/tr>/g)].map(([, cellen]) => {
      const waarden: Record<string, unknown> = {};
      const tekst: Record<string, string> = {};
      for (const [, veld, waarde, t] of cellen!.matchAll(/<td data-veld="([^"]+)" data-waarde="([^"]*)"[^>]*>([\s\S]*?)<\/td>/g)) {
        waarden[veld!] = JSON.parse(ontsnap(waarde!));
        tekst[veld!] = ontsnap(t!);
      }
      return { waarden, tekst };
    });
    uit.set(naam!, rijen);
  }
  return uit;
}

/** De staven van een grafiek: reeks, categorie en waarde. */
function staven(dom: string, id: string): { reeks: string; categorie: string; waarde: number }[] {
  const svg = new RegExp(`<svg[^>]*data-grafiek="${id}"[^>]*>([\\s\\S]*?)</svg>`).exec(dom);
  expect(svg, `grafiek ${id} ontbreekt in de gerenderde pagina`).not.toBeNull();
  return [...svg![1]!.matchAll(/<rect [^>]*data-reeks="([^"]*)" data-categorie="([^"]*)" data-waarde="([^"]*)"/g)].map(([, reeks, categorie, waarde]) => ({ reeks: reeks!, categorie: categorie!, waarde: Number(waarde) }));
}

const centen = (w: unknown) => Math.round(Number(w) * 100);

describe.runIf(CHROMIUM || VEREIST)('rapporten in headless Chromium', () => {
  const map = tijdelijkeMap();
  let s: ReturnType<typeof rapportdatabase>;
  const pagina = { marap: path.join(map, 'marap.html'), artikel25: path.join(map, 'art25.html') };
  const dom: Record<string, string> = {};
  const json: Record<string, Record<string, unknown>> = {};

  beforeAll(async () => {
    expect(CHROMIUM, 'SZMH_BROWSER_VEREIST=1 maar chromium is niet geïnstalleerd (apt-get install chromium)').toBeDefined();
    s = rapportdatabase(map);
    const marap = ['rapport', 'marap', '--periode', '2026-T3'];
    const a25 = ['rapport', 'artikel25', '--schooljaar', '2025-2026', '--leerlingen', 'samples/verzuim/leerlingen.csv'];
    expect(s(...marap, '-o', pagina.marap).code).toBe(0);
    expect(s(...a25, '-o', pagina.artikel25).code).toBe(0);
    json.marap = JSON.parse(s(...marap, '--format', 'json').stdout);
    json.artikel25 = JSON.parse(s(...a25, '--format', 'json').stdout);
    // Vier browsers tegelijk: twee PNG's en twee DOM's, elk met een eigen profiel.
    const [, , marapDom, a25Dom] = await Promise.all([
      chromium(pagina.marap, path.join(map, 'p1'), ['--screenshot', path.join(map, 'marap.png')]),
      chromium(pagina.artikel25, path.join(map, 'p2'), ['--screenshot', path.join(map, 'art25.png')]),
      chromium(pagina.marap, path.join(map, 'p3'), ['--dump-dom']),
      chromium(pagina.artikel25, path.join(map, 'p4'), ['--dump-dom']),
    ]);
    dom.marap = marapDom;
    dom.artikel25 = a25Dom;
  }, 120_000);

  it.each(['marap', 'art25'])('%s.png is een echte weergave: volle grootte, grotendeels wit papier, tekst en de blauwe staven van de grafieken', (naam) => {
    const png = leesPng(path.join(map, `${naam}.png`));
    expect([png.breedte, png.hoogte]).toEqual([1200, 1800]);
    let wit = 0;
    let donker = 0;
    let blauw = 0;
    const kleuren = new Set<number>();
    for (let y = 0; y < png.hoogte; y += 2) {
      for (let x = 0; x < png.breedte; x += 2) {
        const [r, g, b] = png.pixel(x, y);
        kleuren.add((r << 16) | (g << 8) | b);
        if (r > 245 && g > 245 && b > 245) wit++;
        if (r < 80 && g < 80 && b < 80) donker++;
        if (Math.abs(r - 0x00) < 12 && Math.abs(g - 0x72) < 12 && Math.abs(b - 0xb2) < 12) blauw++;
      }
    }
    const totaal = (png.breedte / 2) * (png.hoogte / 2);
    expect(wit / totaal).toBeGreaterThan(0.5);
    expect(wit / totaal).toBeLessThan(0.98);
    expect(donker).toBeGreaterThan(2000); // tekst
    expect(blauw).toBeGreaterThan(200); // de eerste reeks van elke grafiek, en de lijn onder elke kop
    expect(kleuren.size).toBeGreaterThan(50);
  });

  it('marap: elke grafiek is er als SVG; elke tabelcel in de gerenderde pagina is gelijk aan de JSON', () => {
    const d = dom.marap!;
    for (const id of ['ontvangsten-doel', 'ontvangsten-gemeente', 'fraude-doel', 'fraude-gemeente', 'ib-afsluitcodes', 'werkvoorraad']) expect(staven(d, id).length).toBeGreaterThan(0);
    const t = tabellen(d);
    expect([...t.keys()]).toEqual(['ontvangsten', 'fraude', 'ib', 'werkvoorraad']);
    for (const [naam, rijen] of t) {
      const verwacht = json.marap![naam] as Record<string, unknown>[];
      expect(rijen.map((r) => r.waarden)).toEqual(verwacht);
      for (const [i, r] of rijen.entries()) {
        for (const [veld, w] of Object.entries(r.waarden)) if (typeof w === 'string' && /^-?\d+\.\d\d$/.test(w) && veld !== 'realisatie_pct') expect(r.tekst[veld]).toBe(formatEuro(bedrag(w)));
        expect(Object.keys(r.waarden)).toEqual(Object.keys(verwacht[i]!));
      }
    }
    for (const [k, w] of Object.entries({ periode: '2026-T3', peildatum: PEIL })) expect(d).toContain(`data-kenmerk="${k}">${w}<`);
  });

  it('marap: de totalen in de grafieken zijn de SZMH-totalen uit de JSON', () => {
    const d = dom.marap!;
    const ontvangsten = json.marap!.ontvangsten as Record<string, string>[];
    const totaal = (stroom: string) => ontvangsten.find((r) => r.stroom === stroom && r.gemeente === 'SZMH totaal')!;
    const perGemeente = staven(d, 'ontvangsten-gemeente');
    for (const [stroom, reeks] of [['buig', 'BUIG'], ['bijzondere_bijstand', 'bijzondere bijstand'], ['fraude', 'fraude'], ['overig', 'overig']]) {
      expect(perGemeente.filter((b) => b.reeks === reeks).reduce((som, b) => som + centen(b.waarde), 0)).toBe(centen(totaal(stroom!).ontvangen_periode));
    }
    const doel = staven(d, 'ontvangsten-doel');
    expect(centen(doel.find((b) => b.categorie === 'BUIG' && b.reeks === 'verwacht naar rato')!.waarde)).toBe(centen(totaal('buig').verwacht_naar_rato));
    const fraude = (json.marap!.fraude as Record<string, string>[]).at(-1)!;
    expect(staven(d, 'fraude-gemeente').filter((b) => b.reeks === 'vastgesteld').reduce((som, b) => som + centen(b.waarde), 0)).toBe(centen(fraude.vastgesteld_periode));
    for (const r of json.marap!.ib as { gemeente: string; ontvangen: number }[]) {
      if (r.gemeente === 'SZMH totaal') expect(staven(d, 'ib-afsluitcodes').reduce((som, b) => som + b.waarde, 0)).toBe(r.ontvangen);
      else expect(staven(d, 'ib-afsluitcodes').filter((b) => b.categorie === r.gemeente).reduce((som, b) => som + b.waarde, 0)).toBe(r.ontvangen);
    }
    const werk = json.marap!.werkvoorraad as { werklijst: string; klasse: string; aantal: number }[];
    for (const w of werk.filter((r) => r.klasse === 'totaal')) {
      expect(staven(d, 'werkvoorraad').filter((b) => b.categorie === w.werklijst).reduce((som, b) => som + b.waarde, 0)).toBe(w.aantal);
    }
  });

  it('artikel25: de grafieken en de tabellen; de stapel per gemeente is het aantal verzuimmeldingen, de aandelen tellen op tot 100%', () => {
    const d = dom.artikel25!;
    const t = tabellen(d);
    const a25 = json.artikel25!.artikel25 as Record<string, unknown>[];
    const zichtbaar = (r: Record<string, unknown>) => Object.fromEntries(Object.entries(r).filter(([k]) => k !== 'trace'));
    expect(t.get('artikel25')!.map((r) => r.waarden)).toEqual(a25.map(zichtbaar));
    expect(t.get('termijnen')!.map((r) => r.waarden)).toEqual((json.artikel25!.termijnen as Record<string, unknown>[]).map(zichtbaar));
    const verzuim = staven(d, 'verzuim-gemeente');
    for (const r of a25.filter((r) => r.gemeente !== 'SZMH totaal')) {
      expect(verzuim.filter((b) => b.categorie === r.gemeente).reduce((som, b) => som + b.waarde, 0)).toBe(r.verzuimmeldingen);
    }
    expect(verzuim.reduce((som, b) => som + b.waarde, 0)).toBe(a25.find((r) => r.gemeente === 'SZMH totaal')!.verzuimmeldingen);
    expect(staven(d, 'interventies').length).toBe(18);
    expect(staven(d, 'kostendragers').reduce((som, b) => som + centen(b.waarde), 0)).toBe(10000);
  });
});
