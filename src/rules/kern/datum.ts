/**
 * Kalenderdatums zonder tijd en zonder tijdzone.
 *
 * Een `Datum` is een gevalideerde tekst `YYYY-MM-DD`; zo vergelijken datums als tekst (`a < b`)
 * en komt geen regel ooit een `Date` of een tijdzone tegen. Rekenen gaat via een dagnummer
 * (dagen sinds 1970-01-01, proleptisch gregoriaans) met gehele getallen.
 */

declare const datumMerk: unique symbol;
export type Datum = string & { readonly [datumMerk]: true };

/** Een kalendermaand als `YYYY-MM`. */
declare const maandMerk: unique symbol;
export type Maand = string & { readonly [maandMerk]: true };

export function isSchrikkeljaar(jaar: number): boolean {
  return (jaar % 4 === 0 && jaar % 100 !== 0) || jaar % 400 === 0;
}

export function dagenInMaand(jaar: number, maand: number): number {
  if (maand === 2) return isSchrikkeljaar(jaar) ? 29 : 28;
  return maand === 4 || maand === 6 || maand === 9 || maand === 11 ? 30 : 31;
}

// Datums worden in batches miljoenen keren opgebouwd: de tweecijferige delen liggen klaar.
const TWEE = Array.from({ length: 32 }, (_, n) => String(n).padStart(2, '0'));
const twee = (n: number) => TWEE[n] ?? String(n).padStart(2, '0');

/** Een datum uit jaar, maand en dag; gooit bij een datum die niet bestaat (31 februari). */
export function maakDatum(jaar: number, maand: number, dag: number): Datum {
  if (!isGeldigeDag(jaar, maand, dag)) {
    throw new RangeError(`${jaar}-${twee(maand)}-${twee(dag)} bestaat niet`);
  }
  return `${jaar >= 1000 ? jaar : String(jaar).padStart(4, '0')}-${twee(maand)}-${twee(dag)}` as Datum;
}

function isGeldigeDag(jaar: number, maand: number, dag: number): boolean {
  return (
    Number.isInteger(jaar) && jaar >= 1 && jaar <= 9999 &&
    Number.isInteger(maand) && maand >= 1 && maand <= 12 &&
    Number.isInteger(dag) && dag >= 1 && dag <= dagenInMaand(jaar, maand)
  );
}

export type LeesDatumUitkomst = { ok: true; datum: Datum } | { ok: false; reden: string };

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const NL = /^(\d{1,2})-(\d{1,2})-(\d{4})$/;

/** Leest `YYYY-MM-DD` of `d-m-yyyy`; een datum die niet bestaat (`31-02-2026`) is een fout. */
export function leesDatum(invoer: string): LeesDatumUitkomst {
  const tekst = invoer.trim();
  let jaar: number, maand: number, dag: number;
  const iso = ISO.exec(tekst);
  const nl = iso ? null : NL.exec(tekst);
  if (iso) [jaar, maand, dag] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (nl) [dag, maand, jaar] = [Number(nl[1]), Number(nl[2]), Number(nl[3])];
  else return { ok: false, reden: `'${tekst}' is geen datum (verwacht JJJJ-MM-DD of d-m-jjjj)` };
  if (!isGeldigeDag(jaar, maand, dag)) return { ok: false, reden: `'${tekst}' is geen bestaande datum` };
  return { ok: true, datum: maakDatum(jaar, maand, dag) };
}

/** Een datum uit vertrouwde tekst (code, parameterbestanden); gooit bij ongeldige invoer. */
export function datum(tekst: string): Datum {
  const uitkomst = leesDatum(tekst);
  if (!uitkomst.ok) throw new RangeError(uitkomst.reden);
  return uitkomst.datum;
}

// Cijfers rechtstreeks uit de vaste posities van `YYYY-MM-DD`: zonder tussenstrings.
const cijfer = (d: string, i: number) => d.charCodeAt(i) - 48;
const maandVanDatum = (d: string) => cijfer(d, 5) * 10 + cijfer(d, 6);
const dagVanDatum = (d: string) => cijfer(d, 8) * 10 + cijfer(d, 9);

export function delen(d: Datum): { jaar: number; maand: number; dag: number } {
  return { jaar: jaarVan(d), maand: maandVanDatum(d), dag: dagVanDatum(d) };
}

export function jaarVan(d: Datum | Maand): number {
  return cijfer(d, 0) * 1000 + cijfer(d, 1) * 100 + cijfer(d, 2) * 10 + cijfer(d, 3);
}

// Dagnummer: algoritme "days from civil" van H. Hinnant, exact voor elke gregoriaanse datum.
export function dagnummer(d: Datum): number {
  const { jaar, maand, dag } = delen(d);
  const j = maand <= 2 ? jaar - 1 : jaar;
  const era = Math.floor(j / 400);
  const jaarInEra = j - era * 400;
  const dagInJaar = Math.floor((153 * (maand + (maand > 2 ? -3 : 9)) + 2) / 5) + dag - 1;
  const dagInEra = jaarInEra * 365 + Math.floor(jaarInEra / 4) - Math.floor(jaarInEra / 100) + dagInJaar;
  return era * 146097 + dagInEra - 719468;
}

export function uitDagnummer(n: number): Datum {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const dagInEra = z - era * 146097;
  const jaarInEra = Math.floor((dagInEra - Math.floor(dagInEra / 1460) + Math.floor(dagInEra / 36524) - Math.floor(dagInEra / 146096)) / 365);
  const dagInJaar = dagInEra - (365 * jaarInEra + Math.floor(jaarInEra / 4) - Math.floor(jaarInEra / 100));
  const mp = Math.floor((5 * dagInJaar + 2) / 153);
  const dag = dagInJaar - Math.floor((153 * mp + 2) / 5) + 1;
  const maand = mp < 10 ? mp + 3 : mp - 9;
  const jaar = jaarInEra + era * 400 + (maand <= 2 ? 1 : 0);
  // Het algoritme geeft altijd een bestaande dag; alleen het jaar kan buiten 1–9999 vallen.
  return jaar >= 1000 && jaar <= 9999 ? (`${jaar}-${twee(maand)}-${twee(dag)}` as Datum) : maakDatum(jaar, maand, dag);
}

export function plusDagen(d: Datum, dagen: number): Datum {
  // Blijft de dag binnen 1–28, dan blijft hij in dezelfde maand (die heeft er altijd minstens 28).
  const dag = dagVanDatum(d) + dagen;
  if (dag >= 1 && dag <= 28) return `${d.slice(0, 8)}${twee(dag)}` as Datum;
  return uitDagnummer(dagnummer(d) + dagen);
}

/** Aantal dagen van `van` tot `tot` (positief als `tot` later is). */
export function verschilInDagen(van: Datum, tot: Datum): number {
  return dagnummer(tot) - dagnummer(van);
}

/** Maanden erbij of eraf; bestaat de dag niet in de doelmaand, dan de laatste dag ervan (31 jan + 1 mnd = 28/29 feb). */
export function plusMaanden(d: Datum, maanden: number): Datum {
  const { jaar, maand, dag } = delen(d);
  const index = jaar * 12 + (maand - 1) + maanden;
  const nieuwJaar = Math.floor(index / 12);
  const nieuweMaand = index - nieuwJaar * 12 + 1;
  return maakDatum(nieuwJaar, nieuweMaand, Math.min(dag, dagenInMaand(nieuwJaar, nieuweMaand)));
}

/** Jaren erbij of eraf, met dezelfde regel voor 29 februari als `plusMaanden` (→ 28 februari). */
export function plusJaren(d: Datum, jaren: number): Datum {
  return plusMaanden(d, jaren * 12);
}

export function eersteVanMaand(d: Datum): Datum {
  return `${d.slice(0, 7)}-01` as Datum;
}

export function laatsteVanMaand(d: Datum): Datum {
  const { jaar, maand } = delen(d);
  return maakDatum(jaar, maand, dagenInMaand(jaar, maand));
}

export function vroegste(a: Datum, b: Datum): Datum {
  return a <= b ? a : b;
}

export function laatste(a: Datum, b: Datum): Datum {
  return a >= b ? a : b;
}

/**
 * De dag waarop iemand in `jaar` verjaart. Wie op 29 februari is geboren, wordt in een
 * niet-schrikkeljaar op 1 maart een jaar ouder (juridisch gangbaar; zie README, "Datums").
 */
export function verjaardagIn(geboortedatum: Datum, jaar: number): Datum {
  const { maand, dag } = delen(geboortedatum);
  if (maand === 2 && dag === 29 && !isSchrikkeljaar(jaar)) return maakDatum(jaar, 3, 1);
  return maakDatum(jaar, maand, dag);
}

/** De dag waarop iemand `leeftijd` jaar wordt. */
export function datumVanLeeftijd(geboortedatum: Datum, leeftijd: number): Datum {
  return verjaardagIn(geboortedatum, jaarVan(geboortedatum) + leeftijd);
}

/** Leeftijd in hele jaren op `peildatum` (op de verjaardag zelf is de nieuwe leeftijd bereikt). */
export function leeftijdOp(geboortedatum: Datum, peildatum: Datum): number {
  const jaren = jaarVan(peildatum) - jaarVan(geboortedatum);
  return peildatum >= verjaardagIn(geboortedatum, jaarVan(peildatum)) ? jaren : jaren - 1;
}

// ---- Maanden ------------------------------------------------------------------------------

export type LeesMaandUitkomst = { ok: true; maand: Maand } | { ok: false; reden: string };

/** Leest `YYYY-MM` (ook `m-yyyy` en `YYYY-M`). */
export function leesMaand(invoer: string): LeesMaandUitkomst {
  // Snel pad: al in de vorm JJJJ-MM (zo staat het in bijna elk bestand), dan is de tekst zelf de maand.
  if (isIsoMaand(invoer)) return { ok: true, maand: invoer as Maand };
  const tekst = invoer.trim();
  const iso = /^(\d{4})-(\d{1,2})$/.exec(tekst);
  const nl = iso ? null : /^(\d{1,2})-(\d{4})$/.exec(tekst);
  const jaar = Number(iso ? iso[1] : nl?.[2]);
  const maand = Number(iso ? iso[2] : nl?.[1]);
  if ((!iso && !nl) || maand < 1 || maand > 12) {
    return { ok: false, reden: `'${tekst}' is geen maand (verwacht JJJJ-MM)` };
  }
  return { ok: true, maand: `${String(jaar).padStart(4, '0')}-${twee(maand)}` as Maand };
}

/** `JJJJ-MM` met een maand van 01 tot en met 12, zonder spaties. */
function isIsoMaand(t: string): boolean {
  if (t.length !== 7 || t.charCodeAt(4) !== 45) return false;
  const isCijfer = (i: number) => cijfer(t, i) >= 0 && cijfer(t, i) <= 9;
  if (!(isCijfer(0) && isCijfer(1) && isCijfer(2) && isCijfer(3) && isCijfer(5) && isCijfer(6))) return false;
  const maand = cijfer(t, 5) * 10 + cijfer(t, 6);
  return maand >= 1 && maand <= 12;
}

export function maandVan(d: Datum): Maand {
  return d.slice(0, 7) as Maand;
}

export function eersteDagVan(m: Maand): Datum {
  return `${m}-01` as Datum;
}

export function laatsteDagVan(m: Maand): Datum {
  return laatsteVanMaand(eersteDagVan(m));
}

// ---- Schooljaren -------------------------------------------------------------------------

/** Een schooljaar loopt van 1 augustus tot en met 31 juli; naam `2025-2026`. */
export interface Schooljaar {
  readonly naam: string;
  readonly begin: Datum;
  readonly eind: Datum;
}

export function schooljaarVanafJaar(beginjaar: number): Schooljaar {
  return {
    naam: `${beginjaar}-${beginjaar + 1}`,
    begin: maakDatum(beginjaar, 8, 1),
    eind: maakDatum(beginjaar + 1, 7, 31),
  };
}

export function schooljaarVan(d: Datum): Schooljaar {
  const { jaar, maand } = delen(d);
  return schooljaarVanafJaar(maand >= 8 ? jaar : jaar - 1);
}

export type LeesSchooljaarUitkomst = { ok: true; schooljaar: Schooljaar } | { ok: false; reden: string };

/** Leest `2025-2026` (ook `2025/2026`). */
export function leesSchooljaar(invoer: string): LeesSchooljaarUitkomst {
  const m = /^(\d{4})\s*[-/]\s*(\d{4})$/.exec(invoer.trim());
  if (!m || Number(m[2]) !== Number(m[1]) + 1) {
    return { ok: false, reden: `'${invoer.trim()}' is geen schooljaar (verwacht bijvoorbeeld 2025-2026)` };
  }
  return { ok: true, schooljaar: schooljaarVanafJaar(Number(m[1])) };
}
