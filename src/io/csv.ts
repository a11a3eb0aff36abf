/**
 * CSV lezen en schrijven zoals Excel en bronsystemen het aanleveren: scheidingsteken `;` of `,`
 * (herkend aan de kopregel), UTF-8 met of zonder BOM of Windows-1252 (herkend of via
 * `--encoding`), koppen ongevoelig voor hoofdletters en spaties, en een regelnummer bij elke fout.
 * Het lezen stroomt: een bestand van gigabytes past niet in het geheugen en hoeft dat ook niet.
 */
import { createReadStream } from 'node:fs';
import { isAscii, isUtf8 } from 'node:buffer';
import { InvoerFout } from '../rules/kern/fouten.js';

export type Encoding = 'auto' | 'utf-8' | 'windows-1252';

export interface CsvRecord {
  /** Regelnummer (1-based) waarop het record begint. */
  readonly regel: number;
  readonly velden: string[];
}

/**
 * Een record als ruwe regel, voor wie maar één veld nodig heeft (zie `veldVan`) of de regel aan een
 * werkthread doorgeeft: `tekst` zonder regeleinde, of `velden` als de regel aanhalingstekens heeft.
 */
export interface CsvRegel {
  readonly regel: number;
  readonly tekst?: string;
  readonly velden?: string[];
}

/** Eén veld van een ruwe regel, zonder de rest te splitsen. */
export function veldVan(r: CsvRegel, i: number, scheidingsteken: string): string {
  if (r.velden) return r.velden[i]!;
  const tekst = r.tekst!;
  let begin = 0;
  for (let k = 0; k < i; k++) begin = tekst.indexOf(scheidingsteken, begin) + 1;
  const eind = tekst.indexOf(scheidingsteken, begin);
  return tekst.slice(begin, eind < 0 ? tekst.length : eind);
}

/** Een ruwe regel als record. */
export function alsRecord(r: CsvRegel, scheidingsteken: string): CsvRecord {
  return { regel: r.regel, velden: r.velden ?? r.tekst!.split(scheidingsteken) };
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
  /** Dezelfde records als ruwe regels, in dezelfde blokken: het aantal velden is gecontroleerd, gesplitst zijn ze niet. */
  readonly regels: AsyncIterable<CsvRegel[]>;
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
  async function* blokken(ruw = false): AsyncGenerator<CsvRegel[]> {
    for (;;) {
      if (zonderRegeleinde > 0) await leesTotRegeleinde();
      else if (!klaar) await lees();
      const b = buffer;
      let pos = 0;
      let onvolledig = false;
      let q = -2; // het volgende aanhalingsteken (-2: nog niet gezocht): één keer zoeken, niet per regel
      while (pos < b.length && !onvolledig) {
        const blok: CsvRegel[] = [];
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
            let velden: string[] | undefined;
            let lijn: string | undefined;
            let volgende: number;
            let regeleinden: number;
            if (q < 0 || q > einde) {
              lijn = b.charCodeAt(einde - 1) === CR && einde > pos ? b.slice(pos, einde - 1) : b.slice(pos, einde);
              if (!ruw) velden = lijn.split(teken);
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
            if (velden ? velden.length === 1 && velden[0] === '' : lijn === '') continue; // lege regel
            const n = velden ? velden.length : telVelden(lijn!, teken);
            if (n !== aantal) throw new InvoerFout(`${n} velden, maar de kop heeft er ${aantal}`, { bestand, regel: begin });
            blok.push(velden ? { regel: begin, velden } : { regel: begin, tekst: lijn! });
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

  // Zonder `ruw` heeft elke regel zijn velden: een CsvRecord.
  const records = blokken as () => AsyncGenerator<CsvRecord[]>;
  async function* eenVoorEen(): AsyncGenerator<CsvRecord> {
    for await (const blok of records()) yield* blok;
  }

  return {
    bestand,
    scheidingsteken: teken,
    kolommen,
    blokken: { [Symbol.asyncIterator]: records },
    records: { [Symbol.asyncIterator]: eenVoorEen },
    regels: { [Symbol.asyncIterator]: () => blokken(true) },
  };
}

function telVelden(lijn: string, scheidingsteken: string): number {
  let n = 1;
  for (let i = lijn.indexOf(scheidingsteken); i >= 0; i = lijn.indexOf(scheidingsteken, i + 1)) n++;
  return n;
}

function teGroot(bestand: string, regel: number): InvoerFout {
  return new InvoerFout(`een record van meer dan ${MAX_RECORD >> 20} MiB: geen geldige invoer (ontbreekt een aanhalingsteken?)`, { bestand, regel });
}

/** Windows-1252 wijkt alleen in 0x80–0x9F af van Latin-1. */
const CP1252: Record<string, string> = Object.fromEntries(
  [
    [0x80, 0x20ac], [0x82, 0x201a], [0x83, 0x0192], [0x84, 0x201e], [0x85, 0x2026], [0x86, 0x2020], [0x87, 0x2021], [0x88, 0x02c6],
    [0x89, 0x2030], [0x8a, 0x0160], [0x8b, 0x2039], [0x8c, 0x0152], [0x8e, 0x017d], [0x91, 0x2018], [0x92, 0x2019], [0x93, 0x201c],
    [0x94, 0x201d], [0x95, 0x2022], [0x96, 0x2013], [0x97, 0x2014], [0x98, 0x02dc], [0x99, 0x2122], [0x9a, 0x0161], [0x9b, 0x203a],
    [0x9c, 0x0153], [0x9e, 0x017e], [0x9f, 0x0178],
  ].map(([van, naar]) => [String.fromCharCode(van!), String.fromCharCode(naar!)]),
);

function windows1252(bytes: Buffer): string {
  const tekst = bytes.toString('latin1');
  return /[\x80-\x9f]/.test(tekst) ? tekst.replace(/[\x80-\x9f]/g, (c) => CP1252[c] ?? c) : tekst;
}

/** Waar de laatste complete UTF-8-reeks eindigt: een afgebroken teken gaat mee naar het volgende stuk. */
function heleTekens(bytes: Buffer): number {
  const n = bytes.length;
  for (let terug = 1; terug <= Math.min(3, n); terug++) {
    const b = bytes[n - terug]!;
    if ((b & 0xc0) === 0x80) continue; // vervolgbyte
    const lengte = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return lengte > terug ? n - terug : n;
  }
  return n;
}

/**
 * Leest het bestand in stukken en decodeert. Bij `auto`: UTF-8 met BOM, of UTF-8 als het eerste stuk
 * geldige UTF-8 is, anders Windows-1252. Blijkt later ongeldige UTF-8 te staan terwijl alles
 * daarvoor ASCII was (gelijk in beide encodings), dan gaat het verder als Windows-1252. Via
 * `Buffer.toString` en niet TextDecoder: dan staat ASCII-tekst met één byte per teken in het geheugen.
 */
async function* decodeer(bestand: string, encoding: Encoding): AsyncGenerator<string> {
  let gekozen: 'utf-8' | 'windows-1252' | undefined = encoding === 'auto' ? undefined : encoding;
  let alleenAscii = true;
  let eerste = true;
  let regel = 1;
  let rest: Buffer = Buffer.alloc(0);
  const geenUtf8 = (waar: string) =>
    new InvoerFout(`het bestand is geen geldige UTF-8 (${waar}); geef --encoding windows-1252`, { bestand, regel }, 'BESTAND_ONLEESBAAR');
  const stroom = createReadStream(bestand, { highWaterMark: STUK });
  try {
    for await (const stuk of stroom as AsyncIterable<Buffer>) {
      let bytes: Buffer = stuk;
      if (eerste) {
        eerste = false;
        if (BOM.every((b, i) => stuk[i] === b)) {
          bytes = stuk.subarray(3);
          gekozen ??= 'utf-8';
          alleenAscii = false;
        }
      }
      // UTF-16 (met of zonder BOM) is vol NUL-bytes: geen kolom zou kloppen en de melding zou de
      // NUL-tekens herhalen. Geen CSV-export bevat ze.
      const nul = stuk.indexOf(0);
      if (nul >= 0) {
        for (let i = stuk.indexOf(LF); i >= 0 && i < nul; i = stuk.indexOf(LF, i + 1)) regel++;
        throw new InvoerFout('het bestand bevat NUL-tekens (UTF-16, of geen tekstbestand); sla het op als UTF-8 of Windows-1252', { bestand, regel }, 'BESTAND_ONLEESBAAR');
      }
      if (gekozen === 'windows-1252') {
        yield windows1252(bytes);
      } else {
        const data = rest.length ? Buffer.concat([rest, bytes]) : bytes;
        const heel = heleTekens(data);
        const deel = data.subarray(0, heel);
        if (!isUtf8(deel)) {
          if (encoding === 'utf-8' || (gekozen === 'utf-8' && !alleenAscii)) throw geenUtf8('na ongeveer deze regel');
          gekozen = 'windows-1252';
          rest = Buffer.alloc(0);
          yield windows1252(data);
        } else {
          gekozen ??= 'utf-8';
          if (alleenAscii) alleenAscii = isAscii(deel);
          rest = Buffer.from(data.subarray(heel));
          yield deel.toString('utf8');
        }
      }
      for (let i = stuk.indexOf(LF); i >= 0; i = stuk.indexOf(LF, i + 1)) regel++;
    }
    if (rest.length) {
      if (encoding === 'utf-8' || !alleenAscii) throw geenUtf8('het eindigt midden in een teken');
      yield windows1252(rest);
    }
  } catch (e) {
    if (e instanceof InvoerFout) throw e;
    throw new InvoerFout(`kan het bestand niet lezen (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, { bestand }, 'BESTAND_ONLEESBAAR');
  } finally {
    stroom.destroy();
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
  // één keer langs de tekens in plaats van vier keer zoeken: dit gebeurt voor elke cel van de uitvoer
  const s = scheidingsteken.length === 1 ? scheidingsteken.charCodeAt(0) : -1;
  let quoten = s < 0 && v.includes(scheidingsteken);
  for (let i = 0; i < v.length && !quoten; i++) {
    const c = v.charCodeAt(i);
    quoten = c === QUOTE || c === LF || c === CR || c === s;
  }
  return quoten ? `"${v.replaceAll('"', '""')}"` : v;
}

export function csvRegel(velden: readonly string[], scheidingsteken = ','): string {
  return velden.map((v) => csvVeld(v, scheidingsteken)).join(scheidingsteken);
}
