/**
 * Leerlingenvervoer aan de rand: een regel uit AANVRAGEN.csv (spec: `szmh leerlingenvervoer
 * beoordeel`) naar een `Vervoersaanvraag`, en een beschikkingenbestand (csv, json of jsonl, de uitvoer van
 * `beoordeel`) terug naar regels voor het deelnamerapport. Elke fout noemt bestand, regel en kolom.
 */
import { closeSync, createReadStream, openSync, readFileSync, readSync } from 'node:fs';
import { createInterface } from 'node:readline';
import path from 'node:path';
import { Decimal, leesBedrag, type Bedrag } from '../../rules/kern/geld.js';
import { leesSchooljaar, type Schooljaar } from '../../rules/kern/datum.js';
import { leesGemeente, type GemeenteCode } from '../../rules/kern/gemeente.js';
import { InvoerFout, type Plaats } from '../../rules/kern/fouten.js';
import {
  AFWIJKINGSREDENEN,
  VERVOERSBESLUITEN,
  HANDICAPSOORTEN,
  SCHOOLSOORTEN,
  VERVOERSVORMEN,
  type Vervoersaanvraag,
  type Beschikkingsregel,
  type Vervoersbesluit,
  type Vervoersvorm,
} from '../../rules/leerlingenvervoer/index.js';
import { openCsv, type Encoding } from '../csv.js';
import { rijen, type Rij } from '../velden.js';

/** De kolommen van de spec; ze moeten alle in de kop staan (extra kolommen mogen). */
export const LEERLINGENVERVOER_KOLOMMEN = [
  'aanvraag_id',
  'gemeente',
  'schooljaar',
  'geboortedatum',
  'schoolsoort',
  'afstand_km',
  'afstand_dichtstbijzijnde_km',
  'handicap_structureel',
  'kan_zelfstandig_ov',
  'kan_ov_met_begeleiding',
  'kan_fietsen',
  'begeleiding_beschikbaar',
  'eigen_auto',
  'reistijd_ov_min',
  'reistijd_aangepast_min',
  'inkomen',
  'hardheidsclausule',
] as const;

/**
 * Optionele kolommen (leeg of afwezig: de standaard tussen haakjes):
 * `handicap_soort` (lichamelijk|verstandelijk|zintuiglijk|psychisch; -), `kan_fietsen_met_begeleiding`
 * (nee), `instemming_eigen_vervoer` (nee), `eigen_vervoer_ritten_per_dag` (parameter, 4),
 * `ov_beschikbaar` (ja), `richting` (-), `afwijking_dichtstbijzijnde` (nee) met `afwijking_reden`
 * (tlv|mdo_advies|cumulatie_van_factoren|goedkoper_voor_gemeente), `hardheid_motivering` (-),
 * `machtiging` (nee), `draagkracht_al_geheven` (nee), `bsn` (gecontroleerd, niet gebruikt).
 */
export const LEERLINGENVERVOER_OPTIONEEL = [
  'handicap_soort',
  'kan_fietsen_met_begeleiding',
  'instemming_eigen_vervoer',
  'eigen_vervoer_ritten_per_dag',
  'ov_beschikbaar',
  'richting',
  'afwijking_dichtstbijzijnde',
  'afwijking_reden',
  'hardheid_motivering',
  'machtiging',
  'draagkracht_al_geheven',
  'bsn',
] as const;

const KM = /^(-)?\s*(\d+)(?:[.,](\d{1,3}))?(?:\s*km)?$/i;

/** Een afstand in km: `7,2`, `6.001`, `12` (ook met `km`); ten hoogste drie decimalen, nooit negatief. */
function km(rij: Rij, kolom: string, verplicht: boolean): Bedrag | undefined {
  const tekst = verplicht ? rij.verplicht(kolom) : rij.tekst(kolom);
  if (tekst === undefined) return undefined;
  const m = KM.exec(tekst);
  if (!m) {
    if (/^-/.test(tekst)) throw rij.fout(kolom, `een negatieve afstand (${tekst}) is niet toegestaan`);
    throw rij.fout(kolom, `'${tekst}' is geen afstand in km (verwacht bijvoorbeeld 7,2 of 6,001: ten hoogste drie decimalen, zonder duizendtallen)`);
  }
  if (m[1]) throw rij.fout(kolom, `een negatieve afstand (${tekst}) is niet toegestaan`);
  return new Decimal(`${m[2]}.${m[3] ?? '0'}`);
}

/** ja/nee dat niet leeg mag zijn. */
function jaNeeVerplicht(rij: Rij, kolom: string): boolean {
  rij.verplicht(kolom);
  return rij.jaNee(kolom, false);
}

export interface Standaarden {
  /** `--gemeente`: voor regels zonder gemeente. */
  readonly gemeente?: GemeenteCode;
  /** `--schooljaar`: voor regels zonder schooljaar. */
  readonly schooljaar?: Schooljaar;
}

/** Het schooljaar van een regel (of de standaard), zonder de rest te lezen; voor het filter. */
export function schooljaarVan(rij: Rij, standaard?: Schooljaar): Schooljaar {
  const tekst = rij.tekst('schooljaar');
  if (tekst === undefined) {
    if (standaard) return standaard;
    throw rij.fout('schooljaar', 'verplicht veld is leeg (of geef --schooljaar)');
  }
  const s = leesSchooljaar(tekst);
  if (!s.ok) throw rij.fout('schooljaar', s.reden);
  return s.schooljaar;
}

export function leesAanvraag(rij: Rij, standaard: Standaarden = {}): Vervoersaanvraag {
  const aanvraagId = rij.verplicht('aanvraag_id');
  const gemeente = rij.gemeente('gemeente') ?? standaard.gemeente;
  if (!gemeente) throw rij.fout('gemeente', 'verplicht veld is leeg (of geef --gemeente)');
  const schooljaar = schooljaarVan(rij, standaard.schooljaar);
  const geboortedatum = rij.datum('geboortedatum', { verplicht: true });
  if (geboortedatum >= schooljaar.begin) {
    throw rij.fout('geboortedatum', `${geboortedatum} ligt niet vóór het begin van schooljaar ${schooljaar.naam} (${schooljaar.begin})`);
  }
  const schoolsoort = rij.keuze('schoolsoort', SCHOOLSOORTEN, { verplicht: true });
  const afstandKm = km(rij, 'afstand_km', true)!;
  const afstandDichtstbijzijndeKm = km(rij, 'afstand_dichtstbijzijnde_km', false);
  const handicapStructureel = jaNeeVerplicht(rij, 'handicap_structureel');
  const handicapSoort = rij.keuze('handicap_soort', HANDICAPSOORTEN);
  const kanZelfstandigOv = jaNeeVerplicht(rij, 'kan_zelfstandig_ov');
  const kanOvMetBegeleiding = jaNeeVerplicht(rij, 'kan_ov_met_begeleiding');
  const kanFietsen = jaNeeVerplicht(rij, 'kan_fietsen');
  const begeleidingBeschikbaar = jaNeeVerplicht(rij, 'begeleiding_beschikbaar');
  const eigenAuto = jaNeeVerplicht(rij, 'eigen_auto');
  const reistijdOvMin = rij.geheelGetal('reistijd_ov_min', { min: 0 });
  const reistijdAangepastMin = rij.geheelGetal('reistijd_aangepast_min', { min: 0 });
  if (reistijdOvMin === 0) throw rij.fout('reistijd_ov_min', 'een reistijd van 0 minuten kan niet; laat het veld leeg als hij onbekend is');
  const inkomen = rij.bedrag('inkomen');
  const hardheidsclausule = rij.jaNee('hardheidsclausule', false);

  const eigenVervoerRittenPerDag = rij.geheelGetal('eigen_vervoer_ritten_per_dag', { min: 1 });
  if (eigenVervoerRittenPerDag !== undefined && eigenVervoerRittenPerDag > 4) {
    throw rij.fout('eigen_vervoer_ritten_per_dag', `${eigenVervoerRittenPerDag} ritten per dag; verwacht 1 tot en met 4 (2 als de ouder de rit combineert, 4 bij leeg terugrijden)`);
  }
  const afwijkingReden = rij.keuze('afwijking_reden', AFWIJKINGSREDENEN);
  const afwijking = rij.tekst('afwijking_dichtstbijzijnde') === undefined ? afwijkingReden !== undefined : rij.jaNee('afwijking_dichtstbijzijnde', false);
  if (afwijking && afwijkingReden === undefined) {
    throw rij.fout('afwijking_reden', `een afwijking van de dichtstbijzijnde school vraagt een reden (${AFWIJKINGSREDENEN.join(', ')})`);
  }
  if (!afwijking && afwijkingReden !== undefined) {
    throw rij.fout('afwijking_reden', "er is een afwijkingsreden opgegeven, maar afwijking_dichtstbijzijnde is 'nee'");
  }
  const richting = rij.tekst('richting');
  const hardheidMotivering = rij.tekst('hardheid_motivering');
  rij.bsn('bsn'); // een meegeleverd BSN wordt aan de rand gecontroleerd; de beoordeling heeft het niet nodig

  return {
    aanvraagId,
    gemeente,
    schooljaar,
    geboortedatum,
    schoolsoort,
    afstandKm,
    afstandDichtstbijzijndeKm,
    richting,
    afwijkingReden,
    handicapStructureel,
    handicapSoort,
    kanZelfstandigOv,
    kanOvMetBegeleiding,
    kanFietsen,
    kanFietsenMetBegeleiding: rij.jaNee('kan_fietsen_met_begeleiding', false),
    begeleidingBeschikbaar,
    eigenAuto,
    instemmingEigenVervoer: rij.jaNee('instemming_eigen_vervoer', false),
    eigenVervoerRittenPerDag,
    ovBeschikbaar: rij.jaNee('ov_beschikbaar', true),
    reistijdOvMin,
    reistijdAangepastMin,
    inkomen,
    hardheidsclausule,
    hardheidMotivering,
    machtiging: rij.jaNee('machtiging', false),
    draagkrachtAlGeheven: rij.jaNee('draagkracht_al_geheven', false),
  };
}

// ---- Het beschikkingenbestand terug lezen (voor `leerlingenvervoer rapport`) ---------------------

/** Toegang tot de velden van één beschikking, ongeacht het formaat. */
interface Velden {
  tekst(kolom: string): string | undefined;
  fout(kolom: string, melding: string): InvoerFout;
}

const RAPPORTKOLOMMEN = ['aanvraag_id', 'besluit', 'vervoersvorm', 'gemeente', 'schooljaar'] as const;

function bedragVeld(v: Velden, kolom: string): Bedrag | undefined {
  const tekst = v.tekst(kolom);
  if (tekst === undefined) return undefined;
  const b = leesBedrag(tekst);
  if (!b.ok) throw v.fout(kolom, b.reden);
  return b.bedrag;
}

function leesRegel(v: Velden): Beschikkingsregel {
  const verplicht = (kolom: string) => {
    const t = v.tekst(kolom);
    if (t === undefined) throw v.fout(kolom, 'verplicht veld is leeg');
    return t;
  };
  verplicht('aanvraag_id');
  const besluit = verplicht('besluit');
  if (!(VERVOERSBESLUITEN as readonly string[]).includes(besluit)) throw v.fout('besluit', `'${besluit}' is geen besluit; verwacht een van: ${VERVOERSBESLUITEN.join(', ')}`);
  const vorm = v.tekst('vervoersvorm');
  if (vorm !== undefined && !(VERVOERSVORMEN as readonly string[]).includes(vorm)) {
    throw v.fout('vervoersvorm', `'${vorm}' is geen vervoersvorm; verwacht een van: ${VERVOERSVORMEN.join(', ')}`);
  }
  if (besluit === 'toegekend' && vorm === undefined) throw v.fout('vervoersvorm', 'een toegekende beschikking heeft een vervoersvorm');
  const g = leesGemeente(verplicht('gemeente'));
  if (!g.ok) throw v.fout('gemeente', g.reden);
  const s = leesSchooljaar(verplicht('schooljaar'));
  if (!s.ok) throw v.fout('schooljaar', s.reden);
  const kostenJaar = bedragVeld(v, 'kosten_jaar');
  const vergoeding = bedragVeld(v, 'vergoeding');
  const ouderbijdrage = bedragVeld(v, 'ouderbijdrage');
  return {
    gemeente: g.code,
    schooljaar: s.schooljaar.naam,
    besluit: besluit as Vervoersbesluit,
    ...(vorm !== undefined ? { vervoersvorm: vorm as Vervoersvorm } : {}),
    ...(kostenJaar !== undefined ? { kostenJaar } : {}),
    ...(vergoeding !== undefined ? { vergoeding } : {}),
    ...(ouderbijdrage !== undefined ? { ouderbijdrage } : {}),
  };
}

/** Velden van een JSON-object: `null` en lege tekst gelden als afwezig, getallen en ja/nee als tekst. */
function jsonVelden(object: unknown, bestand: string, waar: Plaats & { element?: number }): Velden {
  const fout = (kolom: string, melding: string) =>
    new InvoerFout(waar.element !== undefined ? `beschikking ${waar.element}, veld '${kolom}': ${melding}` : melding, {
      bestand,
      ...(waar.regel !== undefined ? { regel: waar.regel, kolom } : {}),
    });
  if (typeof object !== 'object' || object === null || Array.isArray(object)) {
    throw new InvoerFout(waar.element !== undefined ? `beschikking ${waar.element}: verwacht een object` : 'verwacht een JSON-object', { bestand, ...(waar.regel !== undefined ? { regel: waar.regel } : {}) });
  }
  const o = object as Record<string, unknown>;
  return {
    tekst(kolom) {
      const w = o[kolom];
      if (w === undefined || w === null) return undefined;
      if (typeof w === 'string') return w.trim() === '' ? undefined : w.trim();
      if (typeof w === 'number' || typeof w === 'boolean') return String(w);
      throw fout(kolom, 'verwacht tekst of een getal');
    },
    fout,
  };
}

type Formaat = 'csv' | 'json' | 'jsonl';

/** Herkent het formaat aan de extensie, anders aan het eerste teken: `[` json, `{` jsonl, anders csv. */
export function herkenFormaat(bestand: string): Formaat {
  const ext = path.extname(bestand).toLowerCase();
  if (ext === '.json') return 'json';
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  if (ext === '.csv') return 'csv';
  let begin: string;
  try {
    const fd = openSync(bestand, 'r');
    try {
      const buffer = Buffer.alloc(4096);
      const gelezen = readSync(fd, buffer, 0, buffer.length, 0);
      begin = buffer.subarray(0, gelezen).toString('utf8').replace(/^\uFEFF/, '').trimStart();
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    throw new InvoerFout(`kan het bestand niet lezen (${(e as NodeJS.ErrnoException).code ?? 'fout'})`, { bestand }, 'BESTAND_ONLEESBAAR');
  }
  if (begin.startsWith('[')) return 'json';
  if (begin.startsWith('{')) return 'jsonl';
  return 'csv';
}

/**
 * Leest een beschikkingenbestand van `leerlingenvervoer beoordeel` (csv, json of jsonl) en geeft
 * per beschikking wat het deelnamerapport nodig heeft. Een fout noemt bestand en regel (of het
 * volgnummer van de beschikking in een JSON-lijst) en het veld.
 */
export async function* leesBeschikkingen(bestand: string, encoding: Encoding): AsyncGenerator<Beschikkingsregel> {
  const formaat = herkenFormaat(bestand);
  if (formaat === 'csv') {
    const bron = await openCsv(bestand, { encoding });
    for (const kolom of RAPPORTKOLOMMEN) {
      if (!bron.kolommen.includes(kolom)) {
        throw new InvoerFout(
          `kolom '${kolom}' ontbreekt; is dit de uitvoer van 'szmh leerlingenvervoer beoordeel'? (gevonden: ${bron.kolommen.join(', ') || 'geen'})`,
          { bestand, regel: 1, kolom },
          'KOLOM_ONTBREEKT',
        );
      }
    }
    for await (const rij of rijen(bron)) yield leesRegel(rij);
    return;
  }
  if (formaat === 'json') {
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(bestand, 'utf8').replace(/^\uFEFF/, ''));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code) throw new InvoerFout(`kan het bestand niet lezen (${(e as NodeJS.ErrnoException).code})`, { bestand }, 'BESTAND_ONLEESBAAR');
      throw new InvoerFout(`geen geldige JSON: ${(e as Error).message}`, { bestand });
    }
    if (!Array.isArray(data)) throw new InvoerFout('verwacht een JSON-lijst met beschikkingen', { bestand });
    for (let i = 0; i < data.length; i++) yield leesRegel(jsonVelden(data[i], bestand, { element: i + 1 }));
    return;
  }
  const regels = createInterface({ input: createReadStream(bestand, { encoding: 'utf8' }), crlfDelay: Infinity });
  let nummer = 0;
  try {
    for await (const regel of regels) {
      nummer++;
      const tekst = nummer === 1 ? regel.replace(/^\uFEFF/, '') : regel;
      if (tekst.trim() === '') continue;
      let object: unknown;
      try {
        object = JSON.parse(tekst);
      } catch (e) {
        throw new InvoerFout(`geen geldige JSON: ${(e as Error).message}`, { bestand, regel: nummer });
      }
      yield leesRegel(jsonVelden(object, bestand, { regel: nummer }));
    }
  } catch (e) {
    if (e instanceof InvoerFout) throw e;
    throw new InvoerFout(`kan het bestand niet lezen (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, { bestand }, 'BESTAND_ONLEESBAAR');
  } finally {
    regels.close();
  }
}
