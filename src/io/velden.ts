/**
 * Velden uit een CSV-record lezen en valideren aan de rand: elke fout noemt bestand, regel en
 * kolom. Meldingen over BSN's noemen het nummer zelf nooit.
 */
import { InvoerFout, type Plaats } from '../rules/kern/fouten.js';
import { leesBedrag, type Bedrag } from '../rules/kern/geld.js';
import { leesDatum, leesMaand, type Datum, type Maand } from '../rules/kern/datum.js';
import { leesGemeente, type GemeenteCode } from '../rules/kern/gemeente.js';
import { leesBsn, type Bsn } from '../rules/kern/bsn.js';
import { leesIban, type Iban } from '../rules/kern/iban.js';
import { leesBetalingskenmerk, type Betalingskenmerk } from '../rules/kern/betalingskenmerk.js';
import type { CsvBron, CsvRecord } from './csv.js';

/** Controleert dat de kop alle verplichte kolommen heeft. */
export function vereisKolommen(bron: CsvBron, verplicht: readonly string[]): void {
  for (const kolom of verplicht) {
    if (!bron.kolommen.includes(kolom)) {
      throw new InvoerFout(
        `verplichte kolom '${kolom}' ontbreekt (gevonden: ${bron.kolommen.join(', ') || 'geen'})`,
        { bestand: bron.bestand, regel: 1, kolom },
        'KOLOM_ONTBREEKT',
      );
    }
  }
}

/** Eén record met getypte toegang tot de velden. Lege velden gelden als afwezig. */
export class Rij {
  private readonly index: ReadonlyMap<string, number>;

  constructor(
    readonly bestand: string,
    readonly record: CsvRecord,
    index: ReadonlyMap<string, number>,
  ) {
    this.index = index;
  }

  get regel(): number {
    return this.record.regel;
  }

  fout(kolom: string, melding: string): InvoerFout {
    const plaats: Plaats = { bestand: this.bestand, regel: this.record.regel, kolom };
    return new InvoerFout(melding, plaats);
  }

  /** De getrimde tekst, of `undefined` als het veld leeg is of de kolom ontbreekt. */
  tekst(kolom: string): string | undefined {
    const i = this.index.get(kolom);
    const waarde = i === undefined ? undefined : this.record.velden[i]?.trim();
    return waarde === '' ? undefined : waarde;
  }

  verplicht(kolom: string): string {
    const waarde = this.tekst(kolom);
    if (waarde === undefined) throw this.fout(kolom, 'verplicht veld is leeg');
    return waarde;
  }

  bedrag(kolom: string, opties: { verplicht: true; negatiefToegestaan?: boolean }): Bedrag;
  bedrag(kolom: string, opties?: { verplicht?: false; negatiefToegestaan?: boolean }): Bedrag | undefined;
  bedrag(kolom: string, opties: { verplicht?: boolean; negatiefToegestaan?: boolean } = {}): Bedrag | undefined {
    const tekst = opties.verplicht ? this.verplicht(kolom) : this.tekst(kolom);
    if (tekst === undefined) return undefined;
    const uitkomst = leesBedrag(tekst);
    if (!uitkomst.ok) throw this.fout(kolom, uitkomst.reden);
    if (!opties.negatiefToegestaan && uitkomst.bedrag.isNegative()) throw this.fout(kolom, `een negatief bedrag (${tekst}) is hier niet toegestaan`);
    return uitkomst.bedrag;
  }

  datum(kolom: string, opties: { verplicht: true }): Datum;
  datum(kolom: string, opties?: { verplicht?: false }): Datum | undefined;
  datum(kolom: string, opties: { verplicht?: boolean } = {}): Datum | undefined {
    const tekst = opties.verplicht ? this.verplicht(kolom) : this.tekst(kolom);
    if (tekst === undefined) return undefined;
    const uitkomst = leesDatum(tekst);
    if (!uitkomst.ok) throw this.fout(kolom, uitkomst.reden);
    return uitkomst.datum;
  }

  maand(kolom: string): Maand {
    const uitkomst = leesMaand(this.verplicht(kolom));
    if (!uitkomst.ok) throw this.fout(kolom, uitkomst.reden);
    return uitkomst.maand;
  }

  keuze<K extends string>(kolom: string, keuzes: readonly K[], opties: { verplicht: true }): K;
  keuze<K extends string>(kolom: string, keuzes: readonly K[], opties?: { verplicht?: false }): K | undefined;
  keuze<K extends string>(kolom: string, keuzes: readonly K[], opties: { verplicht?: boolean } = {}): K | undefined {
    const tekst = opties.verplicht ? this.verplicht(kolom) : this.tekst(kolom);
    if (tekst === undefined) return undefined;
    // Meestal staat er al precies een van de keuzes: dan niet eerst omzetten.
    if ((keuzes as readonly string[]).includes(tekst)) return tekst as K;
    const waarde = tekst.toLowerCase().replace(/[\s-]+/g, '_');
    if (!(keuzes as readonly string[]).includes(waarde)) {
      throw this.fout(kolom, `'${tekst}' is geen geldige waarde; verwacht een van: ${keuzes.join(', ')}`);
    }
    return waarde as K;
  }

  /** `ja`/`nee` (ook `j`/`n`, `true`/`false`); leeg geeft `standaard`. */
  jaNee(kolom: string, standaard: boolean): boolean {
    const tekst = this.tekst(kolom)?.toLowerCase();
    if (tekst === undefined) return standaard;
    if (['ja', 'j', 'true'].includes(tekst)) return true;
    if (['nee', 'n', 'false'].includes(tekst)) return false;
    throw this.fout(kolom, `'${tekst}' is geen ja of nee`);
  }

  geheelGetal(kolom: string, opties: { min?: number } = {}): number | undefined {
    const tekst = this.tekst(kolom);
    if (tekst === undefined) return undefined;
    if (!/^-?\d+$/.test(tekst)) throw this.fout(kolom, `'${tekst}' is geen geheel getal`);
    const getal = Number(tekst);
    // boven 2^53 rondt Number af: 99999999999999999999 werd 1e20, een ander getal dan er stond
    if (!Number.isSafeInteger(getal)) throw this.fout(kolom, `'${tekst}' is te groot`);
    if (opties.min !== undefined && getal < opties.min) throw this.fout(kolom, `${getal} is kleiner dan ${opties.min}`);
    return getal;
  }

  gemeente(kolom: string): GemeenteCode | undefined {
    const tekst = this.tekst(kolom);
    if (tekst === undefined) return undefined;
    const uitkomst = leesGemeente(tekst);
    if (!uitkomst.ok) throw this.fout(kolom, uitkomst.reden);
    return uitkomst.code;
  }

  bsn(kolom: string, opties: { verplicht: true }): Bsn;
  bsn(kolom: string, opties?: { verplicht?: false }): Bsn | undefined;
  bsn(kolom: string, opties: { verplicht?: boolean } = {}): Bsn | undefined {
    const tekst = opties.verplicht ? this.verplicht(kolom) : this.tekst(kolom);
    if (tekst === undefined) return undefined;
    const uitkomst = leesBsn(tekst);
    if (!uitkomst.ok) throw this.fout(kolom, `ongeldig BSN: ${uitkomst.reden}`);
    return uitkomst.bsn;
  }

  iban(kolom: string): Iban | undefined {
    const tekst = this.tekst(kolom);
    if (tekst === undefined) return undefined;
    const uitkomst = leesIban(tekst);
    if (!uitkomst.ok) throw this.fout(kolom, `ongeldige IBAN: ${uitkomst.reden}`);
    return uitkomst.iban;
  }

  betalingskenmerk(kolom: string): Betalingskenmerk | undefined {
    const tekst = this.tekst(kolom);
    if (tekst === undefined) return undefined;
    const uitkomst = leesBetalingskenmerk(tekst);
    if (!uitkomst.ok) throw this.fout(kolom, `ongeldig betalingskenmerk: ${uitkomst.reden}`);
    return uitkomst.kenmerk;
  }
}

/** Per kolomnaam zijn plaats in een record: wat `Rij` nodig heeft. */
export function kolomIndex(kolommen: readonly string[]): ReadonlyMap<string, number> {
  return new Map(kolommen.map((k, i) => [k, i] as const));
}

/** Loopt de records van een bron af als `Rij`en. */
export async function* rijen(bron: CsvBron): AsyncGenerator<Rij> {
  const index = kolomIndex(bron.kolommen);
  for await (const blok of bron.blokken) for (const record of blok) yield new Rij(bron.bestand, record, index);
}
