/**
 * CSV lezen en schrijven zoals Excel en bronsystemen het aanleveren: scheidingsteken `;` of `,`
 * (herkend aan de kopregel), UTF-8 met of zonder BOM of Windows-1252 (herkend of via
 * `--encoding`), koppen ongevoelig voor hoofdletters en spaties, en een regelnummer bij elke fout.
 * Het lezen stroomt: een bestand van gigabytes past niet in het geheugen en hoeft dat ook niet.
 */
import { createReadStream } from 'node:fs';
import { TextDecoder } from 'node:util';
import { InvoerFout } from '../rules/kern/fouten.js';

export type Encoding = 'auto' | 'utf-8' | 'windows-1252';

export interface CsvRecord {
  /** Regelnummer (1-based) waarop het record begint. */
  readonly regel: number;
  readonly velden: string[];
}

export interface CsvBron {
  readonly bestand: string;
  readonly scheidingsteken: ';' | ',';
  /** Genormaliseerde kopnamen, in volgorde. */
  readonly kolommen: readonly string[];
  readonly records: AsyncIterable<CsvRecord>;
}

/** "Zaak ID" → "zaak_id": kleine letters, witruimte en streepjes worden één underscore. */
export function normaliseerKop(kop: string): string {
  return kop.trim().toLowerCase().replace(/[\s-]+/g, '_');
}

const BOM = [0xef, 0xbb, 0xbf];

/** Opent een CSV-bestand: leest de kop meteen (fouten komen dus direct), de records daarna op verzoek. */
export async function openCsv(bestand: string, opties: { encoding?: Encoding } = {}): Promise<CsvBron> {
  const tekst = decodeer(bestand, opties.encoding ?? 'auto');
  const parser = new CsvParser(bestand);
  const iterator = records(parser, tekst)[Symbol.asyncIterator]();
  const eerste = await iterator.next();
  if (eerste.done) throw new InvoerFout('het bestand is leeg; verwacht een kopregel', { bestand, regel: 1 }, 'KOLOM_ONTBREEKT');
  const kolommen = eerste.value.velden.map(normaliseerKop);
  const dubbel = kolommen.find((k, i) => kolommen.indexOf(k) !== i);
  if (dubbel !== undefined) throw new InvoerFout(`kolom '${dubbel}' staat twee keer in de kop`, { bestand, regel: 1, kolom: dubbel }, 'KOLOM_ONTBREEKT');
  const aantal = kolommen.length;
  return {
    bestand,
    scheidingsteken: parser.scheidingsteken!,
    kolommen,
    records: {
      async *[Symbol.asyncIterator]() {
        for (let r = await iterator.next(); !r.done; r = await iterator.next()) {
          if (r.value.velden.length !== aantal) {
            throw new InvoerFout(`${r.value.velden.length} velden, maar de kop heeft er ${aantal}`, { bestand, regel: r.value.regel });
          }
          yield r.value;
        }
      },
    },
  };
}

async function* records(parser: CsvParser, tekst: AsyncIterable<string>): AsyncGenerator<CsvRecord> {
  for await (const stuk of tekst) yield* parser.voer(stuk);
  yield* parser.einde();
}

/**
 * Leest het bestand in stukken en decodeert. Bij `auto`: UTF-8 met BOM, of UTF-8 als het eerste stuk
 * geldige UTF-8 is, anders Windows-1252. Blijkt later ongeldige UTF-8 te staan terwijl alles
 * daarvoor ASCII was (gelijk in beide encodings), dan gaat het verder als Windows-1252.
 */
async function* decodeer(bestand: string, encoding: Encoding): AsyncGenerator<string> {
  let decoder: TextDecoder | undefined;
  let alleenAscii = true;
  let regel = 1;
  const stroom = createReadStream(bestand, { highWaterMark: 1 << 20 });
  try {
    for await (const stuk of stroom as AsyncIterable<Buffer>) {
      let bytes: Uint8Array = stuk;
      if (!decoder) {
        const heeftBom = BOM.every((b, i) => stuk[i] === b);
        if (heeftBom) bytes = stuk.subarray(3);
        const gekozen = encoding !== 'auto' ? encoding : heeftBom || isUtf8(bytes) ? 'utf-8' : 'windows-1252';
        decoder = new TextDecoder(gekozen, { fatal: gekozen === 'utf-8' });
        if (heeftBom) alleenAscii = false;
      }
      let tekst: string;
      try {
        tekst = decoder.decode(bytes, { stream: true });
      } catch {
        if (encoding !== 'auto' || !alleenAscii) {
          throw new InvoerFout('het bestand is geen geldige UTF-8 (na ongeveer deze regel); geef --encoding windows-1252', { bestand, regel }, 'BESTAND_ONLEESBAAR');
        }
        decoder = new TextDecoder('windows-1252');
        tekst = decoder.decode(bytes, { stream: true });
      }
      if (alleenAscii) alleenAscii = isAscii(bytes);
      // UTF-16 (met of zonder BOM) decodeert als tekst vol NUL-tekens: geen kolom zou kloppen en de
      // melding zou de NUL-tekens herhalen. Geen CSV-export bevat ze.
      const nul = tekst.indexOf('\0');
      if (nul >= 0) {
        throw new InvoerFout('het bestand bevat NUL-tekens (UTF-16, of geen tekstbestand); sla het op als UTF-8 of Windows-1252', { bestand, regel: regel + tekst.slice(0, nul).split('\n').length - 1 }, 'BESTAND_ONLEESBAAR');
      }
      for (let i = tekst.indexOf('\n'); i >= 0; i = tekst.indexOf('\n', i + 1)) regel++;
      yield tekst;
    }
    if (decoder) {
      const rest = decoder.decode();
      if (rest) yield rest;
    }
  } catch (e) {
    if (e instanceof InvoerFout) throw e;
    throw new InvoerFout(`kan het bestand niet lezen (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, { bestand }, 'BESTAND_ONLEESBAAR');
  } finally {
    stroom.destroy();
  }
}

function isAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! > 0x7f) return false;
  return true;
}

/** Geldige UTF-8? Een afgebroken teken aan het eind van het stuk telt niet als fout. */
function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** Een record (een regel, of meer bij velden met regeleinden) is nooit groter dan dit. */
const MAX_RECORD = 16 << 20;

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * Een RFC 4180-parser die stukken tekst krijgt en complete records teruggeeft. Velden tussen
 * aanhalingstekens mogen scheidingstekens, regeleinden en verdubbelde aanhalingstekens bevatten.
 */
class CsvParser {
  scheidingsteken: ';' | ',' | undefined;
  private buffer = '';
  private regel = 1;

  constructor(private readonly bestand: string) {}

  *voer(stuk: string): Generator<CsvRecord> {
    this.buffer += stuk;
    yield* this.verwerk(false);
  }

  *einde(): Generator<CsvRecord> {
    yield* this.verwerk(true);
  }

  private *verwerk(laatste: boolean): Generator<CsvRecord> {
    const b = this.buffer;
    let pos = 0;
    while (pos < b.length) {
      if (this.scheidingsteken === undefined) {
        const eindeKop = b.indexOf('\n', pos);
        if (eindeKop < 0 && !laatste) break;
        const kop = b.slice(pos, eindeKop < 0 ? b.length : eindeKop);
        if (kop.trim() === '' && eindeKop >= 0) {
          // lege regels boven de kop tellen niet mee voor het scheidingsteken
          pos = eindeKop + 1;
          this.regel++;
          continue;
        }
        this.scheidingsteken = kiesScheidingsteken(kop);
      }
      const r = this.leesRecord(b, pos, laatste);
      if (!r) {
        if (b.length - pos > MAX_RECORD) {
          throw new InvoerFout(`een record van meer dan ${MAX_RECORD >> 20} MiB: geen geldige invoer (ontbreekt een aanhalingsteken?)`, { bestand: this.bestand, regel: this.regel });
        }
        break;
      }
      pos = r.volgende;
      const begin = this.regel;
      this.regel += r.regeleinden;
      if (r.velden.length === 1 && r.velden[0] === '') continue; // lege regel
      yield { regel: begin, velden: r.velden };
    }
    this.buffer = b.slice(pos);
  }

  /** Eén record vanaf `pos`, of `undefined` als het nog niet compleet in de buffer staat. */
  private leesRecord(b: string, pos: number, laatste: boolean): { velden: string[]; volgende: number; regeleinden: number } | undefined {
    const scheiding = this.scheidingsteken!.charCodeAt(0);
    const velden: string[] = [];
    let regeleinden = 0;
    let i = pos;
    for (;;) {
      if (b.charCodeAt(i) === QUOTE) {
        let waarde = '';
        let j = i + 1;
        for (;;) {
          const q = b.indexOf('"', j);
          if (q < 0) {
            if (!laatste) return undefined;
            throw new InvoerFout('aanhalingsteken wordt niet gesloten', { bestand: this.bestand, regel: this.regel });
          }
          const stuk = b.slice(j, q);
          for (let k = stuk.indexOf('\n'); k >= 0; k = stuk.indexOf('\n', k + 1)) regeleinden++;
          waarde += stuk;
          if (b.charCodeAt(q + 1) === QUOTE) {
            waarde += '"';
            j = q + 2;
            continue;
          }
          if (q + 1 >= b.length && !laatste) return undefined;
          i = q + 1;
          break;
        }
        velden.push(waarde);
        const c = b.charCodeAt(i);
        if (i >= b.length) return { velden, volgende: i, regeleinden };
        if (c === scheiding) {
          i++;
          continue;
        }
        if (c === CR && b.charCodeAt(i + 1) === LF) return { velden, volgende: i + 2, regeleinden: regeleinden + 1 };
        if (c === LF) return { velden, volgende: i + 1, regeleinden: regeleinden + 1 };
        if (c === CR && i + 1 >= b.length && !laatste) return undefined;
        throw new InvoerFout('tekst na een afsluitend aanhalingsteken', { bestand: this.bestand, regel: this.regel + regeleinden });
      }
      // Veld zonder aanhalingstekens: tot het volgende scheidingsteken of regeleinde.
      let j = i;
      while (j < b.length) {
        const c = b.charCodeAt(j);
        if (c === scheiding || c === LF) break;
        if (c === QUOTE) {
          throw new InvoerFout('aanhalingsteken midden in een veld', { bestand: this.bestand, regel: this.regel + regeleinden });
        }
        j++;
      }
      if (j >= b.length && !laatste) return undefined;
      let eind = j;
      if (eind > i && b.charCodeAt(eind - 1) === CR && (j >= b.length || b.charCodeAt(j) === LF)) eind--;
      velden.push(b.slice(i, eind));
      if (j >= b.length) return { velden, volgende: j, regeleinden };
      if (b.charCodeAt(j) === LF) return { velden, volgende: j + 1, regeleinden: regeleinden + 1 };
      i = j + 1;
    }
  }
}

/** Het scheidingsteken dat in de kopregel (buiten aanhalingstekens) het vaakst voorkomt. */
function kiesScheidingsteken(kop: string): ';' | ',' {
  let puntkomma = 0;
  let komma = 0;
  let binnen = false;
  for (const c of kop) {
    if (c === '"') binnen = !binnen;
    else if (!binnen && c === ';') puntkomma++;
    else if (!binnen && c === ',') komma++;
  }
  return puntkomma > komma ? ';' : ',';
}

// ---- Schrijven -------------------------------------------------------------------------------

/** Eén CSV-veld; met scheidingsteken, aanhalingsteken of regeleinde komt het tussen aanhalingstekens. */
export function csvVeld(v: string, scheidingsteken = ','): string {
  return v.includes(scheidingsteken) || v.includes('"') || v.includes('\n') || v.includes('\r') ? `"${v.replaceAll('"', '""')}"` : v;
}

export function csvRegel(velden: readonly string[], scheidingsteken = ','): string {
  return velden.map((v) => csvVeld(v, scheidingsteken)).join(scheidingsteken);
}
