/**
 * Liggende staafdiagrammen als inline SVG: geen script, geen netwerk, scherp op papier. Elke staaf
 * draagt zijn waarde (`data-waarde`, zoals in JSON) en een `<title>` voor wie met de muis wijst.
 */
import { bedrag, formatBedrag, formatEuro, som, type Bedrag } from '../rules/kern/geld.js';
import { esc } from './html.js';

export type Eenheid = 'euro' | 'aantal' | 'procent';

export interface Reeks {
  readonly naam: string;
  readonly waarden: readonly (Bedrag | number | null)[];
}

export interface Staafdiagram {
  /** Uniek op de pagina; het `data-grafiek`-kenmerk van de SVG. */
  readonly id: string;
  readonly titel: string;
  readonly eenheid: Eenheid;
  readonly categorieen: readonly string[];
  readonly reeksen: readonly Reeks[];
  /** Gestapeld: één staaf per categorie met een deel per reeks; anders een staaf per reeks. */
  readonly gestapeld?: boolean;
}

/** Okabe-Ito (ook met kleurenblindheid te onderscheiden), aangevuld uit Tol's palet: elf afsluitcodes plus open. */
const KLEUREN = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#555555', '#882255', '#44AA99', '#999933', '#AA4499'];

const BREEDTE = 760;
const RECHTS = 110;
const STAAF = 16;
const KOP = 34;

function getal(w: Bedrag | number | null): number {
  return w === null ? 0 : typeof w === 'number' ? w : w.toNumber();
}

/** De waarde zoals in JSON (bedragen "1234.56"). */
function machine(w: Bedrag | number, eenheid: Eenheid): string {
  return eenheid === 'euro' ? formatBedrag(typeof w === 'number' ? bedrag(w) : w) : String(w);
}

export function formatWaarde(w: Bedrag | number, eenheid: Eenheid): string {
  if (eenheid === 'euro') return formatEuro(typeof w === 'number' ? bedrag(w) : w);
  const tekst = String(w).replace('.', ',');
  return eenheid === 'procent' ? `${tekst}%` : tekst;
}

/** Het schaalmaximum: vier ronde stappen (1, 2, 2,5 of 5 × een macht van tien; aantallen in hele stappen). */
function schaal(max: number, eenheid: Eenheid): number {
  const stap = Math.max(max, 0) / 4;
  if (stap === 0) return 4;
  const macht = 10 ** Math.floor(Math.log10(stap));
  const factoren = eenheid === 'aantal' ? [1, 2, 5, 10] : [1, 2, 2.5, 5, 10];
  return 4 * Math.max(eenheid === 'aantal' ? 1 : 0, factoren.map((f) => f * macht).find((s) => s >= stap)!);
}

export function staafdiagram(d: Staafdiagram): string {
  const reeksen = d.reeksen;
  const perCategorie = d.gestapeld ? 1 : reeksen.length;
  const groep = perCategorie * STAAF + 10;
  // De legenda loopt door op een volgende regel als hij niet op één regel past.
  const legenda: { x: number; y: number }[] = [];
  let lx = 0;
  let ly = 8;
  for (const r of reeksen) {
    const breed = 30 + r.naam.length * 6.5;
    if (lx > 0 && lx + breed > BREEDTE - 40) [lx, ly] = [0, ly + 18];
    legenda.push({ x: lx, y: ly });
    lx += breed;
  }
  const kop = KOP + ly - 8;
  const hoogte = kop + d.categorieen.length * groep + 28;
  const totalen = d.categorieen.map((_, c) => reeksen.map((r) => getal(r.waarden[c] ?? null)));
  const max = schaal(Math.max(0, ...totalen.map((ws) => (d.gestapeld ? ws.reduce((a, b) => a + b, 0) : Math.max(0, ...ws)))), d.eenheid);
  // Ruimte voor de langste categorienaam (ongeveer 7 px per teken bij 12 px).
  const LABELS = Math.min(320, Math.max(120, 16 + 7 * Math.max(...d.categorieen.map((c) => c.length))));
  const plot = BREEDTE - LABELS - RECHTS;
  const x = (w: number) => LABELS + (Math.max(0, w) / max) * plot;
  const delen: string[] = [];

  // Legenda boven (vanaf de linkerrand: ze past dan beter), rasterlijnen met hun waarde onder.
  reeksen.forEach((r, i) => {
    const { x: px, y: py } = legenda[i]!;
    delen.push(`<rect x="${px}" y="${py}" width="11" height="11" fill="${KLEUREN[i % KLEUREN.length]}"/><text x="${px + 15}" y="${py + 10}" class="legenda">${esc(r.naam)}</text>`);
  });
  const onder = hoogte - 22;
  for (let i = 0; i <= 4; i++) {
    const w = (max * i) / 4;
    const gx = x(w).toFixed(1);
    delen.push(`<line x1="${gx}" y1="${kop - 6}" x2="${gx}" y2="${onder}" class="raster"/>`);
    delen.push(`<text x="${gx}" y="${onder + 14}" class="as" text-anchor="middle">${esc(formatWaarde(d.eenheid === 'euro' ? Math.round(w) : Number(w.toFixed(1)), d.eenheid).replace(/,00$/, ''))}</text>`);
  }

  d.categorieen.forEach((cat, c) => {
    const y0 = kop + c * groep;
    delen.push(`<text x="${LABELS - 8}" y="${y0 + (perCategorie * STAAF) / 2 + 4}" class="categorie" text-anchor="end">${esc(cat)}</text>`);
    let stapel = 0;
    reeksen.forEach((r, i) => {
      const ruw = r.waarden[c] ?? null;
      if (ruw === null) return;
      const w = getal(ruw);
      const y = d.gestapeld ? y0 : y0 + i * STAAF;
      const van = x(stapel);
      const tot = x(stapel + w);
      if (d.gestapeld) stapel += w;
      const tekst = `${cat} · ${r.naam}: ${formatWaarde(ruw, d.eenheid)}`;
      delen.push(
        `<rect x="${van.toFixed(1)}" y="${y}" width="${Math.max(0, tot - van).toFixed(1)}" height="${STAAF - 2}" fill="${KLEUREN[i % KLEUREN.length]}" data-reeks="${esc(r.naam)}" data-categorie="${esc(cat)}" data-waarde="${esc(machine(ruw, d.eenheid))}"><title>${esc(tekst)}</title></rect>`,
      );
      if (!d.gestapeld) delen.push(`<text x="${(tot + 4).toFixed(1)}" y="${y + STAAF - 5}" class="waarde">${esc(formatWaarde(ruw, d.eenheid))}</text>`);
    });
    if (d.gestapeld && reeksen.length > 1) {
      // Het getoonde totaal exact (bedragen als Decimal), de staaflengte mag afronden.
      const totaal = som(reeksen.map((r) => r.waarden[c] ?? 0).map((w) => (typeof w === 'number' ? bedrag(w) : w)));
      const getoond = d.eenheid === 'euro' ? totaal : totaal.toNumber();
      delen.push(`<text x="${(x(totaal.toNumber()) + 4).toFixed(1)}" y="${y0 + STAAF - 5}" class="waarde" data-totaal="${esc(machine(getoond, d.eenheid))}">${esc(formatWaarde(getoond, d.eenheid))}</text>`);
    }
  });

  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="grafiek" data-grafiek="${esc(d.id)}" viewBox="0 0 ${BREEDTE} ${hoogte}" width="${BREEDTE}" height="${hoogte}" role="img" aria-label="${esc(d.titel)}">` +
    `<title>${esc(d.titel)}</title>${delen.join('')}</svg>`
  );
}
