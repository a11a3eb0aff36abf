/**
 * Verzuimmeldingen en zorgmeldingen inlezen uit CSV of uit XML in DUO-stijl, elk record als een `Rij`
 * met onze canonieke veldnamen, en gecontroleerd aan de rand: elke fout noemt bestand, regel en de
 * kolom (of het XML-pad) zoals die in het bestand staat.
 *
 * Canonieke velden (CSV-kop, of via een kolomkaart):
 *   recordsoort      verzuimmelding (standaard) of zorgmelding (R-LP-02)
 *   melding_id       meldingsnummer (DUO) of eigen nummer; verplicht
 *   leerling_id | bsn | onderwijsnummer   ten minste één; BSN met 11-proef
 *   geboortedatum    verplicht (de leerplichtdatums volgen eruit); startkwalificatie_op optioneel
 *   gemeente         woongemeente, naam of CBS-code; verplicht
 *   bron             school | eigen_administratie; verplicht (R-LP-01)
 *   meldingsdatum    verplicht, niet in de toekomst
 *   soort            verzuimsoort; verplicht bij een verzuimmelding (type volgt eruit, R-LP-01)
 *   begindatum       eerste verzuimdag; verplicht bij een verzuimmelding; einddatum optioneel
 *   verzuimuren, verzuimdagen, te_laat_keren   niet negatief
 *   type, brin, vestiging, status, reden_afgesloten   optioneel
 *
 * Een kolomkaart (`--kolommen KAART.json`) beschrijft een andere indeling:
 *
 * ```json
 * { "naam": "DUO-stijl XML", "formaat": "xml",
 *   "verzuimmelding": "Verzuimmelding", "zorgmelding": "Zorgmelding",
 *   "kolommen": { "melding_id": "Meldingsnummer", "bsn": "Leerling/BSN" },
 *   "codes": { "soort": { "V3": "relatief_16u", "L": "luxe" } },
 *   "standaard": { "bron": "school" } }
 * ```
 *
 * `kolommen`: canoniek veld → CSV-kop (ongevoelig voor hoofdletters en spaties) of XML-pad onder het
 * record (`Leerling/BSN`, attribuut `@id`); een veld zonder toewijzing wordt onder zijn eigen naam
 * gezocht. `codes`: per veld bronwaarde → onze waarde (ongevoelig voor hoofdletters, spaties en
 * leestekens). `standaard`: de waarde als het veld leeg is of ontbreekt.
 */
import { leesJsonBestand } from '../json.js';
import { openSync, readSync, closeSync } from 'node:fs';
import path from 'node:path';
import { Decimal, type Bedrag } from '../../rules/kern/geld.js';
import type { Datum } from '../../rules/kern/datum.js';
import { InvoerFout, SzmhFout, EXITCODE } from '../../rules/kern/fouten.js';
import type { GemeenteCode } from '../../rules/kern/gemeente.js';
import {
  ACTIES,
  MELDINGBRONNEN,
  MELDINGSTATUSSEN,
  PV_TEGEN,
  REDENEN_AFGESLOTEN,
  VERZUIMSOORTEN,
  VERZUIMTYPEN,
  type Actievoorstel,
  type Verzuimmelding,
  type Zorgmelding,
} from '../../rules/verzuim/types.js';
import { verzuimtypeVan } from '../../rules/verzuim/meldingstoets.js';
import type { Registerleerling } from '../../rules/verzuim/artikel25.js';
import { normaliseerKop, openCsv, type Encoding } from '../csv.js';
import { Rij } from '../velden.js';
import { leesXmlRecords, waardeOp } from '../duo.js';
import { leesLeerling } from './leerplicht.js';
import type { LeerlingInvoer } from '../store/verzuim.js';

export const MELDING_VELDEN = [
  'recordsoort',
  'melding_id',
  'leerling_id',
  'bsn',
  'onderwijsnummer',
  'geboortedatum',
  'startkwalificatie_op',
  'gemeente',
  'bron',
  'meldingsdatum',
  'soort',
  'type',
  'begindatum',
  'einddatum',
  'verzuimuren',
  'verzuimdagen',
  'te_laat_keren',
  'brin',
  'vestiging',
  'status',
  'reden_afgesloten',
] as const;
export type Meldingveld = (typeof MELDING_VELDEN)[number];

export const RECORDSOORTEN = ['verzuimmelding', 'zorgmelding'] as const;
export type Recordsoort = (typeof RECORDSOORTEN)[number];

/** Kolommen die elk meldingenbestand heeft (na de kolomkaart); één van leerling_id, bsn of onderwijsnummer daarbij. */
export const MELDING_KOLOMMEN: readonly Meldingveld[] = ['melding_id', 'geboortedatum', 'gemeente', 'bron', 'meldingsdatum'];

export interface Kolomkaart {
  readonly naam: string;
  readonly formaat?: 'csv' | 'xml';
  /** XML: de elementen van één verzuimmelding en van één zorgmelding. */
  readonly verzuimmelding: string;
  readonly zorgmelding: string;
  readonly kolommen: ReadonlyMap<Meldingveld, string>;
  readonly codes: ReadonlyMap<Meldingveld, ReadonlyMap<string, string>>;
  readonly standaard: ReadonlyMap<Meldingveld, string>;
}

/** Codes uit de bron: kleine letters, alleen letters en cijfers ("16 uur in 4 weken" → "16uurin4weken"). */
export function normaliseerCode(tekst: string): string {
  return tekst.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]/g, '');
}

/**
 * De ingebouwde kaart voor XML in DUO-stijl (zie samples/verzuim/kolommen-duo.json, dezelfde kaart
 * als bestand). De codes zijn de historische draadcodes van de IB-Groep/DUO (onderzoek §3.4, [V code;
 * de huidige ROD-codes zijn niet geverifieerd]) en de categorieën van het Besluit Verzuimmelding in
 * woorden. V1 en V2 (criteria van vóór 2012) staan er bewust niet in: die meldingen worden geweigerd
 * tot iemand beslist hoe ze te lezen.
 */
export const DUO_KAART: Kolomkaart = leesKaartJson(
  {
    naam: 'DUO-stijl XML (ingebouwd)',
    formaat: 'xml',
    verzuimmelding: 'Verzuimmelding',
    zorgmelding: 'Zorgmelding',
    kolommen: {
      melding_id: 'Meldingsnummer',
      leerling_id: 'Leerling/LeerlingId',
      bsn: 'Leerling/BSN',
      onderwijsnummer: 'Leerling/Onderwijsnummer',
      geboortedatum: 'Leerling/Geboortedatum',
      startkwalificatie_op: 'Leerling/DatumStartkwalificatie',
      gemeente: 'Woongemeente',
      bron: 'Bron',
      meldingsdatum: 'DatumMelding',
      soort: 'Verzuimsoort',
      begindatum: 'Begindatum',
      einddatum: 'Einddatum',
      verzuimuren: 'Verzuimspecificatie/Verzuimuren',
      verzuimdagen: 'Verzuimspecificatie/Verzuimdagen',
      te_laat_keren: 'Verzuimspecificatie/KerenTeLaat',
      brin: 'School/BRIN',
      vestiging: 'School/Vestiging',
      status: 'StatusMelding',
      reden_afgesloten: 'RedenAfgesloten',
    },
    codes: {
      soort: {
        V3: 'relatief_16u',
        '16 uur in 4 weken': 'relatief_16u',
        'ongeoorloofd verzuim van in totaal zestien uren in vier opeenvolgende lesweken': 'relatief_16u',
        V4: 'achttien_plus',
        RMC: 'achttien_plus',
        'doorstroompunt 18-plus verzuim': 'achttien_plus',
        L: 'luxe',
        'luxe verzuim': 'luxe',
        LRV: 'langdurig_relatief',
        'langdurig relatief verzuim': 'langdurig_relatief',
        'ongeoorloofd verzuim van 1 maand of langer': 'langdurig_relatief',
        O: 'overig',
        'overig verzuim': 'overig',
        'signaal verzuim': 'signaal',
        signaalverzuim: 'signaal',
        'beginnend verzuim': 'signaal',
        'te laat': 'te_laat',
        'absoluut verzuim': 'absoluut',
      },
      status: { R: 'geregistreerd', B: 'in_behandeling', G: 'afgesloten', K: 'ter_kennisneming', I: 'ingetrokken', D: 'ter_kennisneming' },
      bron: { S: 'school', G: 'eigen_administratie', school: 'school', gemeente: 'eigen_administratie' },
    },
    standaard: { bron: 'school' },
  },
  'ingebouwde DUO-kaart',
);

const LEGE_CSV_KAART: Kolomkaart = { naam: 'canonieke CSV', verzuimmelding: 'Verzuimmelding', zorgmelding: 'Zorgmelding', kolommen: new Map(), codes: new Map(), standaard: new Map() };

/** Controleert en leest de JSON van een kolomkaart. */
export function leesKaartJson(json: unknown, bestand: string): Kolomkaart {
  const fout = (melding: string): never => {
    throw new SzmhFout('PARAMETERS_ONGELDIG', EXITCODE.invoer, `kolomkaart: ${melding}`, { bestand });
  };
  const object = (w: unknown, waar: string): Record<string, unknown> => {
    if (typeof w !== 'object' || w === null || Array.isArray(w)) fout(`${waar}: verwacht een object`);
    return w as Record<string, unknown>;
  };
  const tekst = (w: unknown, waar: string): string => {
    if (typeof w !== 'string' || w.trim() === '') fout(`${waar}: verwacht een niet-lege tekst`);
    return (w as string).trim();
  };
  const veld = (k: string, waar: string): Meldingveld => {
    if (!(MELDING_VELDEN as readonly string[]).includes(k)) fout(`${waar}: '${k}' is geen veld; verwacht een van ${MELDING_VELDEN.join(', ')}`);
    return k as Meldingveld;
  };
  const root = object(json, 'bestand');
  const bekend = ['naam', 'omschrijving', 'formaat', 'verzuimmelding', 'zorgmelding', 'kolommen', 'codes', 'standaard'];
  for (const k of Object.keys(root)) if (!bekend.includes(k)) fout(`onbekende sleutel '${k}' (verwacht: ${bekend.join(', ')})`);
  if (root.formaat !== undefined && root.formaat !== 'csv' && root.formaat !== 'xml') fout("formaat moet 'csv' of 'xml' zijn");
  const kolommen = new Map<Meldingveld, string>();
  for (const [k, v] of Object.entries(object(root.kolommen ?? {}, 'kolommen'))) kolommen.set(veld(k, 'kolommen'), tekst(v, `kolommen.${k}`));
  const codes = new Map<Meldingveld, Map<string, string>>();
  for (const [k, v] of Object.entries(object(root.codes ?? {}, 'codes'))) {
    const f = veld(k, 'codes');
    const m = new Map<string, string>();
    for (const [bronwaarde, waarde] of Object.entries(object(v, `codes.${k}`))) m.set(normaliseerCode(bronwaarde), tekst(waarde, `codes.${k}.${bronwaarde}`));
    codes.set(f, m);
  }
  const standaard = new Map<Meldingveld, string>();
  for (const [k, v] of Object.entries(object(root.standaard ?? {}, 'standaard'))) standaard.set(veld(k, 'standaard'), tekst(v, `standaard.${k}`));
  return {
    naam: root.naam === undefined ? path.basename(bestand) : tekst(root.naam, 'naam'),
    ...(root.formaat ? { formaat: root.formaat as 'csv' | 'xml' } : {}),
    verzuimmelding: root.verzuimmelding === undefined ? 'Verzuimmelding' : tekst(root.verzuimmelding, 'verzuimmelding'),
    zorgmelding: root.zorgmelding === undefined ? 'Zorgmelding' : tekst(root.zorgmelding, 'zorgmelding'),
    kolommen,
    codes,
    standaard,
  };
}

export function leesKolomkaart(bestand: string): Kolomkaart {
  const json = leesJsonBestand(bestand, 'de kolomkaart', 'PARAMETERS_ONGELDIG');
  return leesKaartJson(json, bestand);
}

/** XML (extensie .xml, of het bestand begint met '<') of CSV. */
export function herkenFormaat(bestand: string): 'csv' | 'xml' {
  const ext = path.extname(bestand).toLowerCase();
  if (ext === '.xml') return 'xml';
  if (ext === '.csv') return 'csv';
  let fd: number;
  try {
    fd = openSync(bestand, 'r');
  } catch (e) {
    throw new InvoerFout(`kan het bestand niet lezen (${(e as NodeJS.ErrnoException).code ?? 'fout'})`, { bestand }, 'BESTAND_ONLEESBAAR');
  }
  const kop = Buffer.alloc(512);
  const n = readSync(fd, kop, 0, kop.length, 0);
  closeSync(fd);
  return /^(\uFEFF)?\s*</.test(kop.subarray(0, n).toString('utf8')) ? 'xml' : 'csv';
}

/** Een record met canonieke veldnamen; een fout noemt de kolom of het pad zoals in het bestand. */
class KaartRij extends Rij {
  constructor(
    bestand: string,
    regel: number,
    private readonly waarden: ReadonlyMap<string, string | undefined>,
    private readonly bronnamen: ReadonlyMap<string, string>,
  ) {
    super(bestand, { regel, velden: [] }, new Map());
  }

  override tekst(kolom: string): string | undefined {
    const w = this.waarden.get(kolom)?.trim();
    return w === '' ? undefined : w;
  }

  override fout(kolom: string, melding: string): InvoerFout {
    return super.fout(this.bronnamen.get(kolom) ?? kolom, melding);
  }
}

function vertaal(kaart: Kolomkaart, veld: Meldingveld, ruw: string | undefined): string | undefined {
  const tekst = ruw?.trim();
  if (tekst === undefined || tekst === '') return kaart.standaard.get(veld);
  return kaart.codes.get(veld)?.get(normaliseerCode(tekst)) ?? tekst;
}

/**
 * De records van een meldingenbestand als canonieke `Rij`en. CSV: de kop wordt meteen gecontroleerd
 * (verplichte kolommen, na de kaart). XML: elk record-element van de kaart; datums met een tijd
 * (`2026-10-30T09:14:00+01:00`) tellen als de datum zoals geschreven.
 */
export async function* meldingRijen(bestand: string, formaat: 'csv' | 'xml', kaart: Kolomkaart | undefined, encoding: Encoding): AsyncGenerator<Rij> {
  const k = kaart ?? (formaat === 'xml' ? DUO_KAART : LEGE_CSV_KAART);
  if (k.formaat !== undefined && k.formaat !== formaat) {
    throw new InvoerFout(`de kolomkaart '${k.naam}' is voor ${k.formaat}, dit bestand is ${formaat}`, { bestand }, 'AANROEP_ONGELDIG');
  }
  const bronnaam = (veld: Meldingveld) => k.kolommen.get(veld) ?? veld;
  if (formaat === 'csv') {
    const bron = await openCsv(bestand, { encoding });
    const index = new Map<Meldingveld, number>();
    for (const veld of MELDING_VELDEN) {
      const i = bron.kolommen.indexOf(normaliseerKop(bronnaam(veld)));
      if (i >= 0) index.set(veld, i);
    }
    for (const veld of MELDING_KOLOMMEN) {
      if (!index.has(veld) && !k.standaard.has(veld)) {
        throw new InvoerFout(`verplichte kolom '${bronnaam(veld)}' ontbreekt (gevonden: ${bron.kolommen.join(', ') || 'geen'})`, { bestand, regel: 1, kolom: bronnaam(veld) }, 'KOLOM_ONTBREEKT');
      }
    }
    if (!index.has('leerling_id') && !index.has('bsn') && !index.has('onderwijsnummer')) {
      throw new InvoerFout(`een kolom '${bronnaam('leerling_id')}', '${bronnaam('bsn')}' of '${bronnaam('onderwijsnummer')}' is verplicht`, { bestand, regel: 1, kolom: bronnaam('leerling_id') }, 'KOLOM_ONTBREEKT');
    }
    const namen = new Map(MELDING_VELDEN.map((v) => [v as string, bronnaam(v)]));
    for await (const record of bron.records) {
      const waarden = new Map<string, string | undefined>();
      for (const veld of MELDING_VELDEN) waarden.set(veld, vertaal(k, veld, index.has(veld) ? record.velden[index.get(veld)!] : undefined));
      yield new KaartRij(bestand, record.regel, waarden, namen);
    }
    return;
  }
  const namen = new Map(MELDING_VELDEN.map((v) => [v as string, bronnaam(v)]));
  for await (const r of leesXmlRecords(bestand, [k.verzuimmelding, k.zorgmelding])) {
    const waarden = new Map<string, string | undefined>();
    for (const veld of MELDING_VELDEN) {
      let w = vertaal(k, veld, waardeOp(r.knoop, bronnaam(veld)));
      if (w !== undefined && /^\d{4}-\d{2}-\d{2}T/.test(w)) w = w.slice(0, 10);
      waarden.set(veld, w);
    }
    waarden.set('recordsoort', r.element === k.zorgmelding ? 'zorgmelding' : 'verzuimmelding');
    yield new KaartRij(bestand, r.regel, waarden, namen);
  }
}

export type Meldingrecord =
  | { readonly recordsoort: 'verzuimmelding'; readonly leerling: LeerlingInvoer; readonly melding: Omit<Verzuimmelding, 'leerlingId'> }
  | { readonly recordsoort: 'zorgmelding'; readonly leerling: LeerlingInvoer; readonly zorgmelding: Omit<Zorgmelding, 'leerlingId'> };

/** Uren: niet negatief, ten hoogste twee decimalen, met punt of komma ("16,5"). */
function uren(rij: Rij, kolom: string): Bedrag | undefined {
  const tekst = rij.tekst(kolom);
  if (tekst === undefined) return undefined;
  if (!/^-?\d+([.,]\d{1,2})?$/.test(tekst)) throw rij.fout(kolom, `'${tekst}' is geen aantal uren (verwacht bijvoorbeeld 17 of 16,5)`);
  const waarde = new Decimal(tekst.replace(',', '.'));
  if (waarde.isNegative()) throw rij.fout(kolom, `een negatief aantal uren (${tekst}) is niet mogelijk`);
  return waarde;
}

function aantal(rij: Rij, kolom: string): number | undefined {
  const getal = rij.geheelGetal(kolom);
  if (getal !== undefined && getal < 0) throw rij.fout(kolom, `een negatief aantal (${getal}) is niet mogelijk`);
  return getal;
}

function nietInToekomst(rij: Rij, kolom: string, d: Datum | undefined, peildatum: Datum): void {
  if (d !== undefined && d > peildatum) throw rij.fout(kolom, `${d} ligt in de toekomst (peildatum ${peildatum})`);
}

/**
 * Leest en controleert één verzuim- of zorgmelding. Een onbekende gemeente, een negatief aantal uren,
 * dagen of keren te laat, een datum in de toekomst of een datum die niet past (einde vóór begin,
 * gemeld vóór de eerste verzuimdag, verzuim vóór de geboorte) is een invoerfout met bestand, regel en
 * kolom.
 */
export function leesMeldingrecord(rij: Rij, peildatum: Datum): Meldingrecord {
  const recordsoort = rij.keuze('recordsoort', RECORDSOORTEN) ?? 'verzuimmelding';
  const meldingId = rij.verplicht('melding_id');
  const leerlingId = rij.tekst('leerling_id');
  const bsn = rij.bsn('bsn');
  const onderwijsnummer = rij.tekst('onderwijsnummer');
  if (onderwijsnummer !== undefined && !/^\d{9}$/.test(onderwijsnummer)) throw rij.fout('onderwijsnummer', 'een onderwijsnummer heeft 9 cijfers');
  if (leerlingId === undefined && bsn === undefined && onderwijsnummer === undefined) {
    throw rij.fout('leerling_id', 'geef een leerling_id, BSN of onderwijsnummer');
  }
  const geboortedatum = rij.datum('geboortedatum', { verplicht: true });
  nietInToekomst(rij, 'geboortedatum', geboortedatum, peildatum);
  const startkwalificatieOp = rij.datum('startkwalificatie_op');
  nietInToekomst(rij, 'startkwalificatie_op', startkwalificatieOp, peildatum);
  if (startkwalificatieOp !== undefined && startkwalificatieOp < geboortedatum) throw rij.fout('startkwalificatie_op', `${startkwalificatieOp} ligt vóór de geboortedatum`);
  rij.verplicht('gemeente');
  const gemeente = rij.gemeente('gemeente')!;
  const bron = rij.keuze('bron', MELDINGBRONNEN, { verplicht: true });
  const meldingsdatum = rij.datum('meldingsdatum', { verplicht: true });
  nietInToekomst(rij, 'meldingsdatum', meldingsdatum, peildatum);
  if (meldingsdatum < geboortedatum) throw rij.fout('meldingsdatum', `${meldingsdatum} ligt vóór de geboortedatum`);
  const leerling: LeerlingInvoer = {
    ...(leerlingId !== undefined ? { leerlingId } : {}),
    ...(bsn !== undefined ? { bsn } : {}),
    ...(onderwijsnummer !== undefined ? { onderwijsnummer } : {}),
    geboortedatum,
    ...(startkwalificatieOp ? { startkwalificatieOp } : {}),
  };
  if (recordsoort === 'zorgmelding') {
    return { recordsoort, leerling, zorgmelding: { zorgmeldingId: meldingId, gemeente, datum: meldingsdatum, bron } };
  }

  const soort = rij.keuze('soort', VERZUIMSOORTEN, { verplicht: true });
  const type = rij.keuze('type', VERZUIMTYPEN);
  if (type !== undefined && type !== verzuimtypeVan(soort)) throw rij.fout('type', `soort ${soort} is ${verzuimtypeVan(soort)} verzuim, niet ${type}`);
  const begindatum = rij.datum('begindatum', { verplicht: true });
  nietInToekomst(rij, 'begindatum', begindatum, peildatum);
  if (begindatum < geboortedatum) throw rij.fout('begindatum', `${begindatum} ligt vóór de geboortedatum`);
  if (meldingsdatum < begindatum) throw rij.fout('meldingsdatum', `${meldingsdatum} ligt vóór de eerste verzuimdag ${begindatum}`);
  const einddatum = rij.datum('einddatum');
  nietInToekomst(rij, 'einddatum', einddatum, peildatum);
  if (einddatum !== undefined && einddatum < begindatum) throw rij.fout('einddatum', `${einddatum} ligt vóór de eerste verzuimdag ${begindatum}`);
  const verzuimuren = uren(rij, 'verzuimuren');
  const verzuimdagen = aantal(rij, 'verzuimdagen');
  const teLaatKeren = aantal(rij, 'te_laat_keren');
  const status = rij.keuze('status', MELDINGSTATUSSEN) ?? 'geregistreerd';
  const redenAfgesloten = rij.keuze('reden_afgesloten', REDENEN_AFGESLOTEN);
  if (redenAfgesloten !== undefined && status !== 'afgesloten') throw rij.fout('reden_afgesloten', 'een reden hoort alleen bij een afgesloten melding');
  if (status === 'afgesloten' && redenAfgesloten === undefined) throw rij.fout('reden_afgesloten', 'een afgesloten melding heeft een reden (Besluit Verzuimmelding)');
  const brin = rij.tekst('brin');
  const vestiging = rij.tekst('vestiging');
  return {
    recordsoort,
    leerling,
    melding: {
      meldingId,
      gemeente,
      soort,
      bron,
      meldingsdatum,
      begindatum,
      ...(einddatum ? { einddatum } : {}),
      ...(verzuimuren ? { verzuimuren } : {}),
      ...(verzuimdagen !== undefined ? { verzuimdagen } : {}),
      ...(teLaatKeren !== undefined ? { teLaatKeren } : {}),
      ...(brin ? { brin } : {}),
      ...(vestiging ? { vestiging } : {}),
      status,
      ...(redenAfgesloten ? { redenAfgesloten } : {}),
    },
  };
}

// ---- acties ----------------------------------------------------------------------------------

export const ACTIE_KOLOMMEN = ['melding_id', 'actie', 'datum'] as const;

/** Een actie uit ACTIES.csv (`melding_id, actie, datum` en optioneel `reden`, `tegen`). */
export function leesActievoorstel(rij: Rij): { meldingId: string; voorstel: Actievoorstel } {
  const meldingId = rij.verplicht('melding_id');
  const actie = rij.keuze('actie', ACTIES, { verplicht: true });
  const datum = rij.datum('datum', { verplicht: true });
  const tegen = rij.keuze('tegen', PV_TEGEN);
  if (tegen !== undefined && actie !== 'proces_verbaal') throw rij.fout('tegen', 'tegen wie geldt alleen bij een proces_verbaal');
  const reden = rij.tekst('reden');
  return { meldingId, voorstel: { actie, datum, ...(reden !== undefined ? { reden: actie === 'afgesloten' ? reden.toLowerCase() : reden } : {}), ...(tegen ? { tegen } : {}) } };
}

// ---- leerlingenregister (voor het rapport) ---------------------------------------------------

export const REGISTER_KOLOMMEN = ['leerling_id', 'geboortedatum', 'gemeente'] as const;

/**
 * Een leerling uit het leerplichtregister (`--leerlingen`): de kolommen van `szmh leerplicht status`
 * met een verplichte gemeente, en optioneel `buitenland` (ja/nee: onderwijs in het buitenland,
 * vrijstelling art 5 onder c) en `vsv_op` (datum van registratie als voortijdig schoolverlater).
 */
export function leesRegisterleerling(rij: Rij, peildatum: Datum): Registerleerling {
  const l = leesLeerling(rij, peildatum, undefined);
  if (l.gemeente === undefined) throw rij.fout('gemeente', 'verplicht veld is leeg');
  const vsvOp = rij.datum('vsv_op');
  nietInToekomst(rij, 'vsv_op', vsvOp, peildatum);
  return { ...l, gemeente: l.gemeente as GemeenteCode, buitenland: rij.jaNee('buitenland', false), ...(vsvOp ? { vsvOp } : {}) };
}
