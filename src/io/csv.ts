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
  /** De records na de kop, per blok van ten hoogste ~1000: één belofte per blok, niet per record. */
  readonly blokken: AsyncIterable<CsvRecord[]>;
  /** Dezelfde records één voor één. */
  readonly records: AsyncIterable<CsvRecord>;
}

/** "Zaak ID" → "zaak_id": kleine letters, witruimte en streepjes worden één underscore. */
export function normaliseerKop(kop: string): string {
  return kop.trim().toLowerCase().replace(/[\s-]+/g, '_');
}

const BOM = [0xef, 0xbb, 0xbf];

/**
 * Leesstukken van 64 KiB en blokken van ten hoogste 1024 records: wat per stuk of blok wordt gemaakt,
 * sterft jong (in de jonge generatie van de garbage collector). Grotere stukken en blokken overleven
 * een opruimronde en vullen bij miljoenen regels de oude generatie.
 */
const STUK = 1 << 16;
const BLOK = 1024;

/** Een record (een regel, of meer bij velden met regeleinden) is nooit groter dan dit. */
const MAX_RECORD = 16 << 20;

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** Opent een CSV-bestand: leest de kop meteen (fouten komen dus direct), de records daarna op verzoek. */
export async function openCsv(bestand: string, opties: { encoding?: Encoding } = {}): Promise<CsvBron> {
  const stukken = decodeer(bestand, opties.encoding ?? 'auto')[Symbol.asyncIterator]();
  let buffer = '';
  let regel = 1;
  let klaar = false;
  const lees = async () => {
    const s = await stukken.next();
    if (s.done) klaar = true;
    else buffer += s.value;
  };

  // De kop: de eerste niet-lege regel (lege regels erboven tellen niet mee voor het scheidingsteken).
  let kop: string[] | undefined;
  let scheidingsteken: ';' | ',' | undefined;
  while (kop === undefined) {
    const nl = buffer.indexOf('\n');
    if (nl < 0 && !klaar) {
      if (buffer.length > MAX_RECORD) throw teGroot(bestand, regel);
      await lees();
      continue;
    }
    const lijn = buffer.slice(0, nl < 0 ? buffer.length : nl);
    if (lijn.trim() === '') {
      if (nl < 0) throw new InvoerFout('het bestand is leeg; verwacht een kopregel', { bestand, regel: 1 }, 'KOLOM_ONTBREEKT');
      buffer = buffer.slice(nl + 1);
      regel++;
      continue;
    }
    scheidingsteken = kiesScheidingsteken(lijn);
    // Een kop met aanhalingstekens kan over meer regels lopen: dan met de volledige parser.
    const r = leesRecord(buffer, 0, scheidingsteken.charCodeAt(0), klaar, bestand, regel);
    if (!r) {
      if (buffer.length > MAX_RECORD) throw teGroot(bestand, regel);
      await lees();
      continue;
    }
    kop = r.velden;
    buffer = buffer.slice(r.volgende);
    regel += r.regeleinden;
  }
  const kolommen = kop.map(normaliseerKop);
  const dubbel = kolommen.find((k, i) => kolommen.indexOf(k) !== i);
  if (dubbel !== undefined) throw new InvoerFout(`kolom '${dubbel}' staat twee keer in de kop`, { bestand, regel: 1, kolom: dubbel }, 'KOLOM_ONTBREEKT');
  const aantal = kolommen.length;
  const teken = scheidingsteken!;
  const scheiding = teken.charCodeAt(0);

  /**
   * Snel pad: een regel zonder aanhalingsteken wordt met `split` gelezen; alleen een regel met een
   * aanhalingsteken gaat door de volledige parser. Een fout komt ná de records die ervóór staan.
   */
  // Zoveel tekens aan het begin van de buffer bevatten al zeker geen regeleinde. Een lange regel
  // wordt dan niet bij elk nieuw leesstuk opnieuw doorzocht en aan elkaar geplakt, maar in één keer
  // als het regeleinde (of de grens van een record) in zicht is.
  let zonderRegeleinde = 0;
  const leesTotRegeleinde = async () => {
    const delen = [buffer];
    let lengte = buffer.length;
    while (!klaar && lengte <= MAX_RECORD) {
      const s = await stukken.next();
      if (s.done) klaar = true;
      else {
        delen.push(s.value);
        lengte += s.value.length;
        if (s.value.includes('\n')) break;
      }
    }
    buffer = delen.join('');
  };
  async function* blokken(): AsyncGenerator<CsvRecord[]> {
    for (;;) {
      if (zonderRegeleinde > 0) await leesTotRegeleinde();
      else if (!klaar) await lees();
      const b = buffer;
      let pos = 0;
      let onvolledig = false;
      let q = -2; // het volgende aanhalingsteken (-2: nog niet gezocht): één keer zoeken, niet per regel
      while (pos < b.length && !onvolledig) {
        const blok: CsvRecord[] = [];
        let fout: InvoerFout | undefined;
        try {
          while (pos < b.length && blok.length < BLOK) {
            const nl = b.indexOf('\n', pos === 0 ? zonderRegeleinde : pos);
            zonderRegeleinde = 0;
            if (nl < 0 && !klaar) {
              zonderRegeleinde = b.length - pos;
              onvolledig = true;
              break;
            }
            const einde = nl < 0 ? b.length : nl;
            if (q === -2 || (q >= 0 && q < pos)) q = b.indexOf('"', pos);
            let velden: string[];
            let volgende: number;
            let regeleinden: number;
            if (q < 0 || q > einde) {
              const lijn = b.charCodeAt(einde - 1) === CR && einde > pos ? b.slice(pos, einde - 1) : b.slice(pos, einde);
              velden = lijn.split(teken);
              volgende = nl < 0 ? b.length : nl + 1;
              regeleinden = nl < 0 ? 0 : 1;
            } else {
              const r = leesRecord(b, pos, scheiding, klaar, bestand, regel);
              if (!r) {
                onvolledig = true;
                break;
              }
              ({ velden, volgende, regeleinden } = r);
            }
            const begin = regel;
            regel += regeleinden;
            pos = volgende;
            if (velden.length === 1 && velden[0] === '') continue; // lege regel
            if (velden.length !== aantal) throw new InvoerFout(`${velden.length} velden, maar de kop heeft er ${aantal}`, { bestand, regel: begin });
            blok.push({ regel: begin, velden });
          }
        } catch (e) {
          if (!(e instanceof InvoerFout)) throw e;
          fout = e;
        }
        if (blok.length) yield blok;
        if (fout) throw fout;
      }
      buffer = b.slice(pos);
      if (klaar && buffer.length === 0) return;
      if (buffer.length > MAX_RECORD) throw teGroot(bestand, regel);
    }
  }

  async function* records(): AsyncGenerator<CsvRecord> {
    for await (const blok of blokken()) yield* blok;
  }

  return { bestand, scheidingsteken: teken, kolommen, blokken: { [Symbol.asyncIterator]: blokken }, records: { [Symbol.asyncIterator]: records } };
}

function teGroot(bestand: string, regel: number): InvoerFout {
  return new InvoerFout(`een record van meer dan ${MAX_RECORD >> 20} MiB: geen geldige invoer (ontbreekt een aanhalingsteken?)`, { bestand, regel });
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
  const stroom = createReadStream(bestand, { highWaterMark: STUK });
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
      for (let i = stuk.indexOf(LF); i >= 0; i = stuk.indexOf(LF, i + 1)) regel++;
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

/**
 * Eén record volgens RFC 4180 vanaf `pos`, of `undefined` als het nog niet compleet in de buffer
 * staat. Velden tussen aanhalingstekens mogen scheidingstekens, regeleinden en verdubbelde
 * aanhalingstekens bevatten.
 */
function leesRecord(
  b: string,
  pos: number,
  scheiding: number,
  laatste: boolean,
  bestand: string,
  regel: number,
): { velden: string[]; volgende: number; regeleinden: number } | undefined {
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
          throw new InvoerFout('aanhalingsteken wordt niet gesloten', { bestand, regel });
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
      throw new InvoerFout('tekst na een afsluitend aanhalingsteken', { bestand, regel: regel + regeleinden });
    }
    // Veld zonder aanhalingstekens: tot het volgende scheidingsteken of regeleinde.
    let j = i;
    while (j < b.length) {
      const c = b.charCodeAt(j);
      if (c === scheiding || c === LF) break;
      if (c === QUOTE) throw new InvoerFout('aanhalingsteken midden in een veld', { bestand, regel: regel + regeleinden });
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
