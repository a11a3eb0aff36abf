/**
 * Resultaten wegschrijven als tabel (voor mensen), CSV, JSON of JSONL (voor machines). Bedragen
 * zijn in CSV en JSON tekst met punt en twee decimalen ("1234.50"), in de tabel "€ 1.234,50".
 */
import { formatBedrag, formatEuro, type Bedrag } from '../rules/kern/geld.js';
import { csvRegel, csvVeld } from './csv.js';
import type { AtomischeUitvoer } from './bestand.js';

export const FORMATEN = ['table', 'csv', 'json', 'jsonl'] as const;
export type Formaat = (typeof FORMATEN)[number];

export type Kolomsoort = 'tekst' | 'bedrag' | 'ja_nee' | 'getal' | 'json';

export interface Kolom<T> {
  readonly naam: string;
  readonly soort: Kolomsoort;
  readonly waarde: (r: T) => unknown;
  /** In de tabelweergave tonen (standaard ja; per_maand en trace niet). */
  readonly inTabel?: boolean;
}

/** Standaard: een tabel op een terminal, anders CSV. */
export function kiesFormaat(opgegeven: Formaat | undefined, naarTerminal: boolean): Formaat {
  return opgegeven ?? (naarTerminal ? 'table' : 'csv');
}

function alsJson(soort: Kolomsoort, w: unknown): unknown {
  if (w === undefined || w === null) return null;
  if (soort === 'bedrag') return formatBedrag(w as Bedrag);
  return w;
}

function alsTekst(soort: Kolomsoort, w: unknown, voorMensen: boolean): string {
  if (w === undefined || w === null) return '';
  switch (soort) {
    case 'bedrag':
      return voorMensen ? formatEuro(w as Bedrag) : formatBedrag(w as Bedrag);
    case 'ja_nee':
      return voorMensen ? (w ? 'ja' : 'nee') : String(w);
    case 'json':
      return JSON.stringify(w);
    default:
      return String(w);
  }
}

export class Schrijver<T> {
  private aantal = 0;
  private readonly tabel: string[][] = [];

  constructor(
    private readonly formaat: Formaat,
    private readonly kolommen: readonly Kolom<T>[],
    private readonly uit: AtomischeUitvoer,
  ) {
    if (formaat === 'csv') uit.schrijf(`${csvRegel(kolommen.map((k) => k.naam))}\n`);
    if (formaat === 'json') uit.schrijf('[');
  }

  schrijf(r: T): void {
    switch (this.formaat) {
      case 'csv': {
        let regel = '';
        for (let i = 0; i < this.kolommen.length; i++) {
          const k = this.kolommen[i]!;
          const tekst = alsTekst(k.soort, k.waarde(r), false);
          // JSON bevat altijd aanhalingstekens: meteen quoten scheelt vier zoekslagen door een lange tekst.
          regel += (i ? ',' : '') + (k.soort === 'json' ? `"${tekst.replaceAll('"', '""')}"` : csvVeld(tekst));
        }
        this.uit.schrijf(`${regel}\n`);
        break;
      }
      case 'json':
      case 'jsonl': {
        const object = Object.fromEntries(this.kolommen.map((k) => [k.naam, alsJson(k.soort, k.waarde(r))]));
        const tekst = JSON.stringify(object);
        this.uit.schrijf(this.formaat === 'jsonl' ? `${tekst}\n` : `${this.aantal ? ',' : ''}\n  ${tekst}`);
        break;
      }
      case 'table':
        this.tabel.push(this.zichtbaar().map((k) => alsTekst(k.soort, k.waarde(r), true)));
        break;
    }
    this.aantal++;
  }

  private zichtbaar(): Kolom<T>[] {
    return this.kolommen.filter((k) => k.inTabel !== false);
  }

  /** Sluit het formaat af (de tabel wordt nu pas uitgelijnd). */
  sluit(): void {
    if (this.formaat === 'json') this.uit.schrijf(this.aantal ? '\n]\n' : ']\n');
    if (this.formaat === 'table') {
      const kolommen = this.zichtbaar();
      const breedte = kolommen.map((k, i) => Math.max(k.naam.length, ...this.tabel.map((r) => r[i]!.length)));
      const regel = (cellen: string[]) =>
        cellen
          .map((c, i) => (kolommen[i]!.soort === 'bedrag' || kolommen[i]!.soort === 'getal' ? c.padStart(breedte[i]!) : c.padEnd(breedte[i]!)))
          .join('  ')
          .trimEnd();
      this.uit.schrijf(`${regel(kolommen.map((k) => k.naam))}\n`);
      this.uit.schrijf(`${breedte.map((b) => '-'.repeat(b)).join('  ')}\n`);
      for (const r of this.tabel) this.uit.schrijf(`${regel(r)}\n`);
    }
  }
}
