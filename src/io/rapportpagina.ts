/**
 * Een rapport als één zelfstandige HTML-pagina: geen script, geen netwerk, geen externe fonts; de
 * grafieken zijn inline SVG. Afdrukbaar (A4 liggend). Alle tekst gaat door `esc`. Elke tabelcel
 * draagt zijn waarde zoals in JSON (`data-waarde`), zodat een test pagina en JSON kan vergelijken.
 */
import { esc } from './html.js';
import { staafdiagram } from './grafiek.js';
import { celJson, celTekst } from './uitvoer.js';
import type { Rapport, Rapporttabel } from './rapport.js';

const RECHTS = new Set(['bedrag', 'getal', 'procent']);

const STIJL = `
:root { color-scheme: light; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: #1a1a1a; margin: 24px auto; max-width: 1100px; padding: 0 16px; }
h1 { font-size: 22px; margin: 0 0 4px; } h2 { font-size: 18px; margin: 28px 0 6px; border-bottom: 2px solid #0072B2; padding-bottom: 2px; }
h3 { font-size: 15px; margin: 16px 0 4px; }
.kop { color: #444; margin: 0 0 12px; } .kop span { margin-right: 18px; white-space: nowrap; }
.toelichting { color: #444; max-width: 80ch; margin: 4px 0 8px; }
figure { margin: 10px 0 14px; break-inside: avoid; } figcaption { font-weight: 600; margin-bottom: 2px; }
svg.grafiek { max-width: 100%; height: auto; font-size: 12px; }
svg .legenda, svg .categorie { fill: #1a1a1a; } svg .as, svg .waarde { fill: #444; font-size: 11px; } svg .raster { stroke: #ddd; stroke-width: 1; }
table { border-collapse: collapse; margin: 6px 0 12px; font-size: 12.5px; width: 100%; }
.breed { overflow-x: auto; }
th, td { border-bottom: 1px solid #ddd; padding: 3px 8px; text-align: left; vertical-align: top; }
th { background: #f2f5f8; font-weight: 600; } td.getal { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.totaal td { font-weight: 700; border-top: 2px solid #888; }
.waarschuwingen { background: #fff8e1; border-left: 4px solid #E69F00; padding: 6px 12px; margin: 12px 0; }
footer { color: #666; font-size: 12px; margin-top: 28px; }
@page { size: A4 landscape; margin: 12mm; }
@media print { body { margin: 0; max-width: none; font-size: 11px; } h2 { break-after: avoid; } thead { display: table-header-group; } tr { break-inside: avoid; } }
`;

function tabel(t: Rapporttabel<unknown>): string {
  const kolommen = t.kolommen.filter((k) => k.inTabel !== false);
  // Een kolomnaam mag na een liggend streepje afbreken: smalle kolommen met brede namen.
  const kop = kolommen.map((k) => `<th scope="col">${esc(k.naam).replaceAll('_', '_<wbr>')}</th>`).join('');
  const rijen = t.rijen.map((r) => {
    const cellen = kolommen.map((k) => `<td data-veld="${esc(k.naam)}" data-waarde="${esc(celJson(k, r))}"${RECHTS.has(k.soort) ? ' class="getal"' : ''}>${esc(celTekst(k, r))}</td>`);
    const totaal = t.totaalregel?.(r) ? ' class="totaal"' : '';
    return `<tr data-rij${totaal}>${cellen.join('')}</tr>`;
  });
  return `<h3>${esc(t.titel)}</h3>${t.toelichting ? `<p class="toelichting">${esc(t.toelichting)}</p>` : ''}<div class="breed"><table data-tabel="${esc(t.naam)}"><thead><tr>${kop}</tr></thead><tbody>${rijen.join('')}</tbody></table></div>`;
}

export function rapportpagina(r: Rapport): string {
  const kop = Object.entries(r.kenmerken)
    .map(([k, w]) => `<span>${esc(k)}: <strong data-kenmerk="${esc(k)}">${esc(w)}</strong></span>`)
    .join('');
  const waarschuwingen = r.waarschuwingen.length
    ? `<div class="waarschuwingen"><strong>Let op</strong><ul>${r.waarschuwingen.map((w) => `<li>${esc(w)}</li>`).join('')}</ul></div>`
    : '';
  const secties = r.secties.map(
    (s) =>
      `<section><h2>${esc(s.titel)}</h2>${s.toelichting ? `<p class="toelichting">${esc(s.toelichting)}</p>` : ''}` +
      s.grafieken.map((g) => `<figure><figcaption>${esc(g.titel)}</figcaption>${staafdiagram(g)}</figure>`).join('') +
      s.tabellen.map(tabel).join('') +
      '</section>',
  );
  return (
    `<!DOCTYPE html>\n<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${esc(r.titel)}</title><style>${STIJL}</style></head><body>` +
    `<h1>${esc(r.titel)}</h1><p class="kop">${kop}</p>${waarschuwingen}${secties.join('')}` +
    `<footer>Gemaakt met szmh op ${esc(r.kenmerken.peildatum ?? '')}. Dezelfde cijfers als data: <code>--format json</code> of <code>--format xlsx</code>.</footer>` +
    `</body></html>\n`
  );
}
