/**
 * Een rapport (`szmh rapport marap|artikel25`): kenmerken, secties met grafieken en tabellen. Eén
 * model, vier vormen: JSON (de cijfers als data, elke tabel zoals het broncommando hem schrijft),
 * de tabelweergave, xlsx (een blad per tabel) en één HTML-pagina. De grafieken worden gemaakt uit
 * dezelfde rijen als de tabellen.
 */
import { InvoerFout } from '../rules/kern/fouten.js';
import type { AtomischeUitvoer } from './bestand.js';
import type { Staafdiagram } from './grafiek.js';
import { Schrijver, jsonObject, schrijfWerkboek, xlsxKolommen, type Formaat, type Kolom } from './uitvoer.js';

export interface Rapporttabel<T> {
  /** De sleutel in JSON en de naam van het werkblad. */
  readonly naam: string;
  readonly titel: string;
  readonly toelichting?: string;
  readonly kolommen: readonly Kolom<T>[];
  readonly rijen: readonly T[];
  /** Vet in de pagina: de totaalregels. */
  readonly totaalregel?: (r: T) => boolean;
}

export interface Rapportsectie {
  readonly titel: string;
  readonly toelichting?: string;
  readonly grafieken: readonly Staafdiagram[];
  readonly tabellen: readonly Rapporttabel<unknown>[];
}

export interface Rapport {
  /** `marap` of `artikel25`: het veld `rapport` in JSON. */
  readonly soort: string;
  readonly titel: string;
  /** Periode, peildatum en dergelijke: bovenaan de pagina en als velden in JSON. */
  readonly kenmerken: Readonly<Record<string, string>>;
  readonly secties: readonly Rapportsectie[];
  readonly waarschuwingen: readonly string[];
}

/** Een getypte tabel in een rapport (de rijtypen van de secties verschillen). */
export function rapporttabel<T>(t: Rapporttabel<T>): Rapporttabel<unknown> {
  return t as Rapporttabel<unknown>;
}

export const RAPPORTFORMATEN: readonly Formaat[] = ['html', 'json', 'xlsx', 'table'];

/** Het formaat van een rapport: een rapport heeft meer dan één tabel, dus geen CSV of JSONL. */
export function rapportformaat(formaat: Formaat, expliciet: boolean): Formaat {
  if (RAPPORTFORMATEN.includes(formaat)) return formaat;
  // Zonder --format naar een pijp of bestand: JSON (de standaard voor machines zou CSV zijn).
  if (!expliciet) return 'json';
  throw new InvoerFout(`--format ${formaat}: een rapport bestaat uit meer tabellen; kies ${RAPPORTFORMATEN.join(', ')}`, {}, 'AANROEP_ONGELDIG');
}

function tabellen(r: Rapport): Rapporttabel<unknown>[] {
  return r.secties.flatMap((s) => s.tabellen);
}

/** Schrijft het rapport in de uitvoer (synchroon; xlsx wordt bij het voltooien gemaakt). */
export async function schrijfRapport(uit: AtomischeUitvoer, formaat: Formaat, r: Rapport): Promise<void> {
  switch (formaat) {
    case 'html': {
      const { rapportpagina } = await import('./rapportpagina.js');
      uit.schrijf(rapportpagina(r));
      break;
    }
    case 'json': {
      const velden = [`"rapport":${JSON.stringify(r.soort)}`, ...Object.entries(r.kenmerken).map(([k, w]) => `${JSON.stringify(k)}:${JSON.stringify(w)}`)];
      for (const t of tabellen(r)) velden.push(`${JSON.stringify(t.naam)}:[${t.rijen.map((rij) => `\n    ${jsonObject(t.kolommen, rij)}`).join(',')}${t.rijen.length ? '\n  ' : ''}]`);
      velden.push(`"waarschuwingen":${JSON.stringify(r.waarschuwingen)}`);
      uit.schrijf(`{\n  ${velden.join(',\n  ')}\n}\n`);
      break;
    }
    case 'xlsx':
      schrijfWerkboek(
        uit,
        tabellen(r).map((t) => {
          const kolommen = xlsxKolommen(t.kolommen);
          return { naam: t.naam, kolommen, rijen: t.rijen.map((rij) => kolommen.map((k) => k.waarde(rij))) };
        }),
      );
      break;
    default: {
      uit.schrijf(`${r.titel}\n${Object.entries(r.kenmerken).map(([k, w]) => `${k}: ${w}`).join('  ')}\n`);
      for (const t of tabellen(r)) {
        uit.schrijf(`\n${t.titel}\n\n`);
        const schrijver = new Schrijver('table', t.kolommen, uit);
        for (const rij of t.rijen) schrijver.schrijf(rij);
        schrijver.sluit();
      }
      for (const w of r.waarschuwingen) uit.schrijf(`\nlet op: ${w}`);
      if (r.waarschuwingen.length) uit.schrijf('\n');
    }
  }
}
