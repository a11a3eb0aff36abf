/**
 * Werkbladen als xlsx (exceljs, streamend): een kopregel, bevroren onder de kop, filters, breedtes
 * naar de inhoud en getypte cellen. Een bedrag wordt een getal met euronotatie (Excel rekent ermee),
 * een datum een echte datum, een percentage een percentage; ja/nee blijft leesbaar als tekst.
 * Alleen geladen als om xlsx wordt gevraagd (zie `schrijfWerkboek` in uitvoer.ts).
 */
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Bedrag } from '../rules/kern/geld.js';
import { formatEuro } from '../rules/kern/geld.js';
import type { Blad, Kolomsoort } from './uitvoer.js';

/** Euro's met twee decimalen; Excel toont de scheidingstekens van de gebruiker (in het Nederlands 1.234,56). */
export const EURONOTATIE = '"€" #,##0.00;"€" -#,##0.00';
export const DATUMNOTATIE = 'dd-mm-yyyy';
export const PROCENTNOTATIE = '0.0%';

/** Een cel kan in Excel niet meer tekens bevatten. */
const MAX_CEL = 32767;
const MAX_BREEDTE = 60;

function celwaarde(soort: Kolomsoort, w: unknown): ExcelJS.CellValue {
  if (w === undefined || w === null || w === '') return null;
  switch (soort) {
    case 'bedrag':
      return (w as Bedrag).toNumber();
    case 'getal':
      return typeof w === 'number' ? w : Number(w);
    case 'datum': {
      const [j, m, d] = String(w).split('-').map(Number);
      // UTC-middernacht: exceljs rekent in UTC, dus het Excel-serienummer is een hele dag.
      return new Date(Date.UTC(j!, m! - 1, d!));
    }
    case 'procent':
      return Number(w) / 100;
    case 'ja_nee':
      return w ? 'ja' : 'nee';
    case 'json':
    case 'trace': {
      const tekst = JSON.stringify(w);
      return tekst.length > MAX_CEL ? `${tekst.slice(0, MAX_CEL - 40)} … (afgekapt; volledig in --format json)` : tekst;
    }
    default: {
      const tekst = String(w);
      return tekst.length > MAX_CEL ? `${tekst.slice(0, MAX_CEL - 12)} (afgekapt)` : tekst;
    }
  }
}

/** Hoe breed de waarde er in Excel uitziet, in tekens (voor de kolombreedte). */
function weergavebreedte(soort: Kolomsoort, w: unknown): number {
  if (w === undefined || w === null) return 0;
  if (soort === 'bedrag') return formatEuro(w as Bedrag).length;
  if (soort === 'datum') return 10;
  if (soort === 'json' || soort === 'trace') return MAX_BREEDTE;
  return String(w).length;
}

const NOTATIE: Partial<Record<Kolomsoort, string>> = { bedrag: EURONOTATIE, datum: DATUMNOTATIE, procent: PROCENTNOTATIE };

/** Een werkbladnaam: hooguit 31 tekens, zonder []:*?/\ en uniek in het werkboek. */
function bladnaam(naam: string, bezet: Set<string>): string {
  const basis = naam.replace(/[[\]:*?/\\]/g, ' ').trim().slice(0, 31) || 'blad';
  let kandidaat = basis;
  for (let i = 2; bezet.has(kandidaat.toLowerCase()); i++) kandidaat = `${basis.slice(0, 31 - String(i).length - 1)} ${i}`;
  bezet.add(kandidaat.toLowerCase());
  return kandidaat;
}

export async function schrijfXlsx(doel: Writable, bladen: readonly Blad[]): Promise<void> {
  const boek = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: doel, useStyles: true, useSharedStrings: false });
  boek.creator = 'szmh';
  const bezet = new Set<string>();
  for (const blad of bladen) {
    const n = blad.kolommen.length;
    const ws = boek.addWorksheet(bladnaam(blad.naam, bezet), { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
    const breedte = blad.kolommen.map((k) => k.naam.length);
    for (const rij of blad.rijen) for (let i = 0; i < n; i++) breedte[i] = Math.max(breedte[i]!, weergavebreedte(blad.kolommen[i]!.soort, rij[i]));
    ws.columns = blad.kolommen.map((k, i) => {
      const notatie = NOTATIE[k.soort];
      return { key: k.naam, width: Math.min(MAX_BREEDTE, breedte[i]! + 2), ...(notatie ? { style: { numFmt: notatie } } : {}) };
    });
    const kop = ws.addRow(blad.kolommen.map((k) => k.naam));
    kop.font = { bold: true };
    kop.commit();
    if (n > 0) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: n } };
    for (const rij of blad.rijen) ws.addRow(blad.kolommen.map((k, i) => celwaarde(k.soort, rij[i]))).commit();
    ws.commit();
  }
  await boek.commit();
}
