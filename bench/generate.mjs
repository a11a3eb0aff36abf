#!/usr/bin/env node
// Synthetische invoer op landelijke schaal voor elke benchmark: geldige BSN's, IBAN's en
// betalingskenmerken, Nederlandse CSV-stijl (puntkomma, decimale komma, d-m-jjjj), camt.053, en
// IB-signalen met herhalingen en correcties. Reproduceerbaar: dezelfde soort, hetzelfde aantal en
// dezelfde seed geven byte voor byte hetzelfde bestand.
//
//   node bench/generate.mjs <soort> --aantal N --uit PAD [--seed S] [--uitkeringen M]
//
//   boete              N zaken                                  PAD = CSV-bestand
//   terugvordering     N zaken, 1-6 maanden per zaak            PAD = CSV-bestand
//   leerplicht         N leerlingen van 0 tot 30 jaar           PAD = CSV-bestand
//   leerlingenvervoer  N aanvragen                              PAD = CSV-bestand
//   verzuim            N verzuimmeldingen (+ zorgmeldingen)     PAD = CSV-bestand
//   debiteuren         camt.053 met N posten, 2N vorderingen    PAD = map (vorderingen.csv, camt053.xml)
//   ib                 N signalen, M uitkeringen (standaard N/2) PAD = map (signalen.csv, uitkeringen.csv)
import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export function willekeur(seed) {
  let s = seed >>> 0 || 1;
  return () => {
    // xorshift32: snel en reproduceerbaar
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

/** Het negende cijfer van een BSN bij de eerste acht (11-proef), of undefined als dat 10 zou zijn. */
function controlecijfer(acht) {
  let som = 0;
  for (let i = 0; i < 8; i++) som += (acht.charCodeAt(i) - 48) * (9 - i);
  return som % 11 < 10 ? som % 11 : undefined;
}

/** Een willekeurig BSN dat de 11-proef doorstaat: '99', zes cijfers en het controlecijfer (ruim 900.000 verschillende). */
export function bsn(r) {
  for (;;) {
    const acht = `99${String(Math.floor(r() * 1e6)).padStart(6, '0')}`;
    const c = controlecijfer(acht);
    if (c !== undefined) return `${acht}${c}`;
  }
}

/** Oplopende geldige BSN's vanaf 90000000x, elk één keer: voor een register dat een BSN aan één leerling bindt. */
function* uniekeBsns() {
  for (let n = 90_000_000; ; n++) {
    const c = controlecijfer(String(n));
    if (c !== undefined) yield `${n}${c}`;
  }
}

/** Een geldige Nederlandse IBAN bij een bankcode en een rekeningnummer van 10 cijfers. */
export function iban(bank, nummer) {
  const tekens = `${bank}${nummer}NL00`.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let rest = 0;
  for (const c of tekens) rest = (rest * 10 + Number(c)) % 97;
  return `NL${String(98 - rest).padStart(2, '0')}${bank}${nummer}`;
}

/** Betalingskenmerk: controlecijfer + 15 cijfers (Betaalvereniging, gewichten 2,4,8,5,10,9,7,3,6,1). */
export function kenmerk(vijftien) {
  const w = [2, 4, 8, 5, 10, 9, 7, 3, 6, 1];
  let som = 0;
  for (let i = 0; i < 15; i++) som += Number(vijftien[14 - i]) * w[i % 10];
  const c = 11 - (som % 11);
  return `${c === 10 ? 1 : c === 11 ? 0 : c}${vijftien}`;
}

const GEMEENTEN = ['Maastricht', 'Eijsden-Margraten', 'Gulpen-Wittem', 'Meerssen', 'Vaals', 'Valkenburg aan de Geul'];
/** Maastricht is de grootste: drie keer zo vaak als elk van de andere vijf. */
const GEMEENTEN_GEWOGEN = ['Maastricht', 'Maastricht', 'Maastricht', 'Eijsden-Margraten', 'Gulpen-Wittem', 'Meerssen', 'Vaals', 'Valkenburg aan de Geul'];

const kies = (r, lijst) => lijst[Math.floor(r() * lijst.length)];
/** Centen als Nederlands bedrag: 123456 → '1.234,56'. */
const nl = (centen) => `${String(Math.floor(centen / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${String(centen % 100).padStart(2, '0')}`;
const dag = (r, jaar) => `${1 + Math.floor(r() * 28)}-${1 + Math.floor(r() * 12)}-${jaar}`;
/** Dagnummers (dagen sinds 1-1-1970, UTC) naar ISO en naar d-m-jjjj. */
const DAG = 86_400_000;
const dagnummer = (iso) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAG;
const iso = (d) => new Date(d * DAG).toISOString().slice(0, 10);
const nlDatum = (d) => {
  const t = new Date(d * DAG);
  return `${t.getUTCDate()}-${t.getUTCMonth() + 1}-${t.getUTCFullYear()}`;
};

/** Regels naar een bestand, gebufferd per MiB (een `write` per regel kost bij miljoenen regels meer dan het genereren). */
class Schrijver {
  constructor(bestand) {
    mkdirSync(path.dirname(path.resolve(bestand)), { recursive: true });
    this.stroom = createWriteStream(bestand);
    this.buffer = '';
  }
  async regel(tekst) {
    this.buffer += `${tekst}\n`;
    if (this.buffer.length > 1 << 20) await this.spoel();
  }
  async spoel() {
    const tekst = this.buffer;
    this.buffer = '';
    if (!this.stroom.write(tekst)) await new Promise((ok) => this.stroom.once('drain', ok));
  }
  async sluit() {
    await this.spoel();
    await new Promise((ok, fout) => this.stroom.end((e) => (e ? fout(e) : ok())));
  }
}

const xmlTekst = (t) => String(t).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Een camt.053-afschrift als tekst. `afschrift`: { versie ('02'|'08'), iban, id, volgnummer, datum,
 * opening ('1234.56', mag negatief), openingsdatum }. `posten`: { bedrag ('12.50'), richting, status?,
 * ref?, btc?, terugboeking?, e2e?, mandaat?, tegenIban?, naam?, kenmerk?, ustrd?, origineleRef?,
 * retourReden?, batch?: [{ bedrag, e2e, tegenIban, naam, ustrd }] }. Het eindsaldo en TxsSummry
 * worden uitgerekend (in centen).
 */
export function camt053(afschrift, posten) {
  const v = afschrift.versie ?? '02';
  const cent = (b) => Math.round(Number(b) * 100);
  const fmt = (c) => `${(Math.abs(c) / 100).toFixed(2)}`;
  let saldo = cent(afschrift.opening);
  let sumCredit = 0;
  let sumDebet = 0;
  for (const p of posten) {
    if ((p.status ?? 'BOOK') !== 'BOOK') continue;
    if (p.richting === 'CRDT') saldo += cent(p.bedrag);
    else saldo -= cent(p.bedrag);
  }
  for (const p of posten) (p.richting === 'CRDT' ? (sumCredit += cent(p.bedrag)) : (sumDebet += cent(p.bedrag)));
  const bal = (cd, c, d) => `<Bal><Tp><CdOrPrtry><Cd>${cd}</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">${fmt(c)}</Amt><CdtDbtInd>${c < 0 ? 'DBIT' : 'CRDT'}</CdtDbtInd><Dt><Dt>${d}</Dt></Dt></Bal>`;
  const naam = (n) => (v === '08' ? `<Pty><Nm>${xmlTekst(n)}</Nm></Pty>` : `<Nm>${xmlTekst(n)}</Nm>`);
  const tx = (t, p) => {
    const refs = [t.origineleRef ? `<AcctSvcrRef>${t.origineleRef}</AcctSvcrRef>` : '', t.e2e ? `<EndToEndId>${t.e2e}</EndToEndId>` : '', t.mandaat ? `<MndtId>${t.mandaat}</MndtId>` : ''].join('');
    const bedrag = v === '08' ? `<Amt Ccy="EUR">${t.bedrag}</Amt><CdtDbtInd>${p.richting}</CdtDbtInd>` : `<AmtDtls><TxAmt><Amt Ccy="EUR">${t.bedrag}</Amt></TxAmt></AmtDtls>`;
    const partij = p.richting === 'CRDT' || p.terugboeking || t.retourReden ? 'Dbtr' : 'Cdtr';
    const partijen = t.tegenIban ? `<RltdPties><${partij}>${naam(t.naam ?? 'Onbekend')}</${partij}><${partij}Acct><Id><IBAN>${t.tegenIban}</IBAN></Id></${partij}Acct></RltdPties>` : '';
    const rmt = t.kenmerk
      ? `<RmtInf><Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry><Issr>CUR</Issr></Tp><Ref>${t.kenmerk}</Ref></CdtrRefInf></Strd></RmtInf>`
      : t.ustrd
        ? `<RmtInf><Ustrd>${xmlTekst(t.ustrd)}</Ustrd></RmtInf>`
        : '';
    const rtr = t.retourReden ? `<RtrInf><Rsn><Cd>${t.retourReden}</Cd></Rsn></RtrInf>` : '';
    return `<TxDtls><Refs>${refs || '<EndToEndId>NOTPROVIDED</EndToEndId>'}</Refs>${bedrag}${partijen}${rmt}${rtr}</TxDtls>`;
  };
  const ntry = (p) => {
    const [dom, fam, sub] = (p.btc ?? (p.richting === 'CRDT' ? 'PMNT/RCDT/ESCT' : 'PMNT/ICDT/ESCT')).split('/');
    const sts = v === '08' ? `<Sts><Cd>${p.status ?? 'BOOK'}</Cd></Sts>` : `<Sts>${p.status ?? 'BOOK'}</Sts>`;
    const details = p.batch
      ? `<NtryDtls><Btch><PmtInfId>${p.pmtInfId ?? 'BATCH'}</PmtInfId><NbOfTxs>${p.batch.length}</NbOfTxs></Btch>${p.batch.map((t) => tx(t, p)).join('')}</NtryDtls>`
      : `<NtryDtls>${tx(p, p)}</NtryDtls>`;
    return `<Ntry><Amt Ccy="EUR">${p.bedrag}</Amt><CdtDbtInd>${p.richting}</CdtDbtInd>${p.terugboeking ? '<RvslInd>true</RvslInd>' : ''}${sts}<BookgDt><Dt>${afschrift.datum}</Dt></BookgDt><ValDt><Dt>${afschrift.datum}</Dt></ValDt>${p.ref ? `<AcctSvcrRef>${p.ref}</AcctSvcrRef>` : ''}<BkTxCd><Domn><Cd>${dom}</Cd><Fmly><Cd>${fam}</Cd><SubFmlyCd>${sub}</SubFmlyCd></Fmly></Domn></BkTxCd>${details}</Ntry>`;
  };
  const bic = v === '08' ? '<BICFI>BNGHNL2G</BICFI>' : '<BIC>BNGHNL2G</BIC>';
  return `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.${v}">
<BkToCstmrStmt>
<GrpHdr><MsgId>${afschrift.id}</MsgId><CreDtTm>${afschrift.datum}T06:00:00</CreDtTm></GrpHdr>
<Stmt>
<Id>${afschrift.id}</Id><ElctrncSeqNb>${afschrift.volgnummer}</ElctrncSeqNb><CreDtTm>${afschrift.datum}T06:00:00</CreDtTm>
<FrToDt><FrDtTm>${afschrift.datum}T00:00:00</FrDtTm><ToDtTm>${afschrift.datum}T23:59:59</ToDtTm></FrToDt>
<Acct><Id><IBAN>${afschrift.iban}</IBAN></Id><Ccy>EUR</Ccy><Svcr><FinInstnId>${bic}</FinInstnId></Svcr></Acct>
${bal('OPBD', cent(afschrift.opening), afschrift.openingsdatum)}
${bal('CLBD', saldo, afschrift.datum)}
<TxsSummry><TtlNtries><NbOfNtries>${posten.length}</NbOfNtries></TtlNtries><TtlCdtNtries><NbOfNtries>${posten.filter((p) => p.richting === 'CRDT').length}</NbOfNtries><Sum>${fmt(sumCredit)}</Sum></TtlCdtNtries><TtlDbtNtries><NbOfNtries>${posten.filter((p) => p.richting === 'DBIT').length}</NbOfNtries><Sum>${fmt(sumDebet)}</Sum></TtlDbtNtries></TxsSummry>
${posten.map(ntry).join('\n')}
</Stmt>
</BkToCstmrStmt>
</Document>
`;
}

// ---- De generatoren, één per soort -------------------------------------------------------------

const VERWIJTBAAR = ['opzet', 'grove_schuld', 'normaal', 'normaal', 'normaal', 'verminderd', 'geen'];
const OORZAKEN = ['inlichtingenplicht', 'inlichtingenplicht', 'inlichtingenplicht', 'gemeentefout', 'voorschot', 'onverschuldigd_kenbaar', 'anders'];

async function boete(aantal, uit, r) {
  const s = new Schrijver(uit);
  await s.regel('zaak_id;bsn;gemeente;benadelingsbedrag;verwijtbaarheid;overtredingsdatum;besluitdatum;eerdere_boete_onherroepelijk_op;eerdere_waarschuwing_op;zelf_gecorrigeerd_na_dagen;bijstandsnorm_maand;dringende_redenen');
  for (let i = 1; i <= aantal; i++) {
    const benadeling = r() < 0.1 ? 0 : Math.floor(r() * (r() < 0.9 ? 500_000 : 5_000_000));
    await s.regel(
      [
        `BO-${String(i).padStart(8, '0')}`,
        bsn(r),
        kies(r, GEMEENTEN),
        nl(benadeling),
        kies(r, VERWIJTBAAR),
        dag(r, 2025),
        dag(r, 2026),
        r() < 0.1 ? dag(r, 2022) : '',
        r() < 0.1 ? dag(r, 2024) : '',
        r() < 0.05 ? String(Math.floor(r() * 90)) : '',
        r() < 0.5 ? '1.419,46' : '',
        r() < 0.02 ? 'ja' : 'nee',
      ].join(';'),
    );
  }
  await s.sluit();
  return { bestand: uit };
}

async function terugvordering(aantal, uit, r) {
  const s = new Schrijver(uit);
  await s.regel('zaak_id;bsn;gemeente;maand;betaald;recht;oorzaak;loonheffing');
  for (let i = 1; i <= aantal; i++) {
    const id = `TV-${String(i).padStart(8, '0')}`;
    const persoon = bsn(r);
    const gemeente = kies(r, GEMEENTEN);
    const maanden = 1 + Math.floor(r() * 6);
    const start = Math.floor(r() * 6);
    for (let m = 0; m < maanden; m++) {
      const betaald = 140150;
      const recht = Math.max(0, betaald - Math.floor(r() * 90000));
      await s.regel([id, persoon, gemeente, `2026-${String(start + m + 1).padStart(2, '0')}`, nl(betaald), nl(recht), kies(r, OORZAKEN), r() < 0.3 ? nl(78000) : ''].join(';'));
    }
  }
  await s.sluit();
  return { bestand: uit };
}

/** De peildatum van de benchmarks; leerlingen en meldingen liggen er niet na. */
const PEIL = dagnummer('2026-11-23');

/**
 * Leerlingen zoals een Excel-export: geboren tussen 24-11-1996 en de peildatum (0 tot 30 jaar), een op
 * de vijf met een startkwalificatie tussen de 16e en 21e verjaardag (niet na de peildatum).
 */
async function leerplicht(aantal, uit, r) {
  const eerste = dagnummer('1996-11-24');
  const s = new Schrijver(uit);
  await s.regel('leerling_id;bsn;gemeente;geboortedatum;startkwalificatie_op');
  for (let i = 1; i <= aantal; i++) {
    const geboren = eerste + Math.floor(r() * (PEIL - eerste + 1));
    const skq = r() < 0.2 ? geboren + 16 * 365 + Math.floor(r() * 5 * 365) : Infinity;
    await s.regel(`LL-${String(i).padStart(8, '0')};${bsn(r)};${kies(r, GEMEENTEN_GEWOGEN)};${nlDatum(geboren)};${skq <= PEIL ? nlDatum(skq) : ''}`);
  }
  await s.sluit();
  return { bestand: uit };
}

const SCHOOLSOORTEN = ['bo', 'bo', 'sbo', 'sbo', 'so', 'so', 'vso', 'vo'];

/** Aanvragen voor 2024-2025 en 2025-2026 over alle schoolsoorten, gemeenten en routes (handicap, afstand, hardheidsclausule). */
async function leerlingenvervoer(aantal, uit, r) {
  const ja = (kans) => (r() < kans ? 'ja' : 'nee');
  const km = (meter) => `${Math.floor(meter / 1000)},${String(meter % 1000).padStart(3, '0')}`;
  const s = new Schrijver(uit);
  await s.regel(
    'aanvraag_id;bsn;gemeente;schooljaar;geboortedatum;schoolsoort;afstand_km;afstand_dichtstbijzijnde_km;handicap_structureel;kan_zelfstandig_ov;kan_ov_met_begeleiding;kan_fietsen;kan_fietsen_met_begeleiding;begeleiding_beschikbaar;eigen_auto;instemming_eigen_vervoer;ov_beschikbaar;reistijd_ov_min;reistijd_aangepast_min;inkomen;hardheidsclausule;machtiging;draagkracht_al_geheven',
  );
  for (let i = 1; i <= aantal; i++) {
    const jaar = r() < 0.5 ? 2024 : 2025;
    const schoolsoort = kies(r, SCHOOLSOORTEN);
    const leeftijd = schoolsoort === 'vo' || schoolsoort === 'vso' ? 12 + Math.floor(r() * 6) : 4 + Math.floor(r() * 9);
    const meter = Math.floor(r() * (r() < 0.1 ? 40_000 : 15_000));
    const handicap = ja(schoolsoort === 'so' || schoolsoort === 'vso' ? 0.6 : 0.1);
    const zelfstandig = handicap === 'ja' ? ja(0.3) : ja(leeftijd >= 9 ? 0.8 : 0.2);
    const reistijdOv = r() < 0.6 ? 15 + Math.floor(r() * 120) : undefined;
    const reistijdAangepast = reistijdOv !== undefined && r() < 0.9 ? 10 + Math.floor(r() * 60) : undefined;
    // tot € 71.100: daarboven heeft de draagkrachttabel vanaf 2023-08-01 geen stapbedrag en weigert de regel (exit 3)
    const inkomen = r() < 0.85 ? Math.floor(r() * 7_110_000) : undefined;
    await s.regel(
      [
        `LLV-${String(i).padStart(8, '0')}`,
        bsn(r),
        kies(r, GEMEENTEN_GEWOGEN),
        `${jaar}-${jaar + 1}`,
        `15-${1 + Math.floor(r() * 12)}-${jaar - leeftijd}`,
        schoolsoort,
        km(meter + (r() < 0.1 ? Math.floor(r() * 5000) : 0)),
        km(meter),
        handicap,
        zelfstandig,
        ja(0.7),
        ja(0.3),
        ja(0.2),
        ja(0.7),
        ja(0.6),
        ja(0.4),
        ja(0.95),
        reistijdOv ?? '',
        reistijdAangepast ?? '',
        inkomen === undefined ? '' : nl(inkomen),
        ja(0.02),
        ja(0.5),
        ja(0.05),
      ].join(';'),
    );
  }
  await s.sluit();
  return { bestand: uit };
}

const VERZUIMSOORTEN = ['relatief_16u', 'relatief_16u', 'relatief_16u', 'langdurig_relatief', 'luxe', 'luxe', 'signaal', 'overig', 'absoluut'];

/**
 * Verzuimmeldingen van scholen en de eigen administratie over leer- en kwalificatieplichtigen (6 tot
 * 17 jaar op de eerste verzuimdag), in het schooljaar 2025-2026 tot de peildatum. Een op de tien krijgt
 * een zorgmelding erbij en 3% van de regels is een exacte herhaling (dubbel). Een gewijzigde
 * herhaling in hetzelfde bestand weigert de import; die hoort in een latere levering.
 */
async function verzuim(aantal, uit, r) {
  const begin = dagnummer('2025-08-25');
  const s = new Schrijver(uit);
  await s.regel('recordsoort;melding_id;leerling_id;bsn;geboortedatum;gemeente;bron;meldingsdatum;soort;begindatum;einddatum;verzuimuren;verzuimdagen');
  const bsns = uniekeBsns();
  const recent = [];
  for (let i = 1; i <= aantal; i++) {
    const kans = r();
    if (recent.length > 100 && kans < 0.03) {
      await s.regel(recent[Math.floor(r() * recent.length)]);
      continue;
    }
    const eerste = begin + Math.floor(r() * (PEIL - 30 - begin));
    const geboren = eerste - Math.floor((6 + r() * 11) * 365.25);
    const soort = kies(r, VERZUIMSOORTEN);
    const laatste = eerste + Math.floor(r() * 20);
    const uren = soort === 'relatief_16u' ? 16 + Math.floor(r() * 40) : soort === 'absoluut' ? '' : 1 + Math.floor(r() * 60);
    const gemeente = kies(r, GEMEENTEN_GEWOGEN);
    const regel = [
      'verzuimmelding',
      `VZ-${String(i).padStart(8, '0')}`,
      `LL-${String(i).padStart(8, '0')}`,
      bsns.next().value,
      nlDatum(geboren),
      gemeente,
      r() < 0.9 ? 'school' : 'eigen_administratie',
      nlDatum(laatste + 1 + Math.floor(r() * 7)),
      soort,
      nlDatum(eerste),
      soort === 'absoluut' ? '' : nlDatum(laatste),
      uren,
      soort === 'absoluut' ? '' : String(1 + Math.floor((laatste - eerste) * 0.7)),
    ].join(';');
    await s.regel(regel);
    if (recent.length < 10_000) recent.push(regel);
    else recent[Math.floor(r() * recent.length)] = regel;
    if (r() < 0.1) await s.regel(['zorgmelding', `ZM-${String(i).padStart(8, '0')}`, `LL-${String(i).padStart(8, '0')}`, '', nlDatum(geboren), gemeente, 'school', nlDatum(laatste + 2), '', '', '', '', ''].join(';'));
  }
  await s.sluit();
  return { bestand: uit };
}

/**
 * Debiteuren: `vorderingen.csv` met 2 vorderingen per debiteur (buig en fraude, elk met een geldig
 * betalingskenmerk en de IBAN van de debiteur) en `camt053.xml`, één afschrift met `aantal` posten
 * over `aantal` debiteuren: 60% met kenmerk, 25% alleen op IBAN, 10% onbekend, 5% incassobatches.
 */
async function debiteuren(aantal, map, r) {
  const vorderingen = path.join(map, 'vorderingen.csv');
  const rekening = (d) => iban('INGB', String(1_000_000 + d).padStart(10, '0'));
  const km = (d, v) => kenmerk(`2026${String(d).padStart(6, '0')}${String(v).padStart(5, '0')}`);
  const s = new Schrijver(vorderingen);
  await s.regel('vordering_id;debiteur_id;gemeente;soort;stroom;hoofdsom;opgelegd_op;betalingskenmerk;iban');
  for (let d = 0; d < aantal; d++) {
    for (let v = 1; v <= 2; v++) {
      await s.regel(`V${d}-${v};D${d};${GEMEENTEN[d % 6]};terugvordering;${v === 1 ? 'buig' : 'fraude'};${(100 + Math.floor(r() * 2000)).toFixed(2)};2026-0${v}-15;${km(d, v)};${rekening(d)}`);
    }
  }
  await s.sluit();
  const posten = [];
  for (let i = 0; i < aantal; i++) {
    const d = Math.floor(r() * aantal);
    const bedrag = (1 + Math.floor(r() * 15000) / 100).toFixed(2);
    const soort = r();
    if (soort < 0.6) posten.push({ bedrag, richting: 'CRDT', ref: `B${i}`, e2e: `E${i}`, tegenIban: rekening(d), kenmerk: km(d, 1 + (i % 2)) });
    else if (soort < 0.85) posten.push({ bedrag, richting: 'CRDT', ref: `B${i}`, tegenIban: rekening(d), ustrd: 'aflossing' });
    else if (soort < 0.95) posten.push({ bedrag, richting: 'CRDT', ref: `B${i}`, tegenIban: iban('RABO', String(5_000_000 + i).padStart(10, '0')), ustrd: 'onbekend' });
    else {
      const batch = [1, 2, 3].map((k) => ({ bedrag: '10.00', e2e: `INC${i}-${k}`, tegenIban: rekening((d + k) % aantal), ustrd: 'incasso' }));
      posten.push({ bedrag: '30.00', richting: 'CRDT', ref: `B${i}`, btc: 'PMNT/IDDT/ESDD', pmtInfId: `INC${i}`, batch });
    }
  }
  const afschrift = path.join(map, 'camt053.xml');
  const a = new Schrijver(afschrift);
  await a.regel(camt053({ iban: 'NL92BNGH0285158813', id: `BENCH-${aantal}`, volgnummer: 1, datum: '2026-11-20', opening: '0.00', openingsdatum: '2026-11-19' }, posten));
  await a.sluit();
  return { vorderingen, afschrift };
}

const REGELINGEN = ['PW-ALG', 'PW-ALG', 'PW-ALG', 'IOAW', 'IOAZ', 'BBZ'];
// product, aandeel in de levering, soort periode
const PRODUCTEN = [
  ['START_IKV', 40, 'van'],
  ['OIB', 20, 'periode'],
  ['STUDIEFINANCIERING', 5, 'van'],
  ['DETENTIE', 2, 'van'],
  ['VOORTVLUCHTIG', 1, 'van'],
  ['UITKERING_ANDERE_GEMEENTE', 2, 'periode'],
  ['KOSTENDELERS', 3, 'van'],
  ['VOERTUIGBEZIT', 6, 'van'],
  ['VERMOGEN_SALDO_RENTE', 3, 'peil'],
  ['BANKREKENINGNUMMERS', 6, 'peil'],
  ['BOX1', 8, 'periode'],
  ['BOX3', 2, 'peil'],
  ['HEFFINGSKORTINGEN', 2, 'van'],
];
const PRODUCTTABEL = PRODUCTEN.flatMap(([p, n, soort]) => Array.from({ length: n }, () => [p, soort]));

/**
 * IB: `uitkeringen.csv` (`bsn,gemeente,regeling,begin,eind,partner_bsn`) en `signalen.csv` (canoniek,
 * plus `loonheffingennummer` en `saldo`). Ongeveer 80% van de signalen gaat over een cliënt of
 * partner met een uitkering, 12% over een onbekend BSN, 0,5% heeft een ongeldig BSN, 3% is een
 * exacte herhaling en 1% een correctie van een eerder signaal.
 */
async function ib(aantal, map, r, aantalUitkeringen = Math.ceil(aantal / 2)) {
  const dag0 = dagnummer('2015-01-01');
  const uitkeringen = path.join(map, 'uitkeringen.csv');
  const signalen = path.join(map, 'signalen.csv');
  const personen = [];
  const u = new Schrijver(uitkeringen);
  await u.regel('bsn,gemeente,regeling,begin,eind,partner_bsn');
  for (let i = 0; i < aantalUitkeringen; i++) {
    // 15% een tweede uitkering van iemand die er al een had
    const wie = personen.length > 100 && r() < 0.15 ? personen[Math.floor(r() * personen.length)] : bsn(r);
    const begin = dag0 + Math.floor(r() * 4300);
    const eind = r() < 0.4 ? Math.min(begin + 30 + Math.floor(r() * 1500), dag0 + 4500) : undefined;
    const partner = r() < 0.15 ? bsn(r) : '';
    personen.push(wie);
    if (partner) personen.push(partner);
    await u.regel(`${wie},${kies(r, GEMEENTEN_GEWOGEN)},${kies(r, REGELINGEN)},${iso(begin)},${eind === undefined ? '' : iso(eind)},${partner}`);
  }
  await u.sluit();

  const s = new Schrijver(signalen);
  await s.regel('product,bsn,van,tot,peildatum,bron_sleutel,loonheffingennummer,saldo');
  const recent = [];
  for (let i = 0; i < aantal; i++) {
    const kans = r();
    let regel;
    if (recent.length > 1000 && kans < 0.03) {
      regel = recent[Math.floor(r() * recent.length)];
    } else if (recent.length > 1000 && kans < 0.04) {
      const velden = recent[Math.floor(r() * recent.length)].split(',');
      velden[7] = `${1 + Math.floor(r() * 9999)}.${String(Math.floor(r() * 100)).padStart(2, '0')}`;
      regel = velden.join(',');
    } else {
      const [product, soort] = kies(r, PRODUCTTABEL);
      const wie = r();
      let nummer;
      if (wie < 0.8 && personen.length > 0) nummer = personen[Math.floor(r() * personen.length)];
      else if (wie < 0.995) nummer = bsn(r);
      else {
        const b = bsn(r);
        nummer = b.slice(0, 8) + ((Number(b[8]) + 1) % 10);
      }
      const d = dag0 + 3300 + Math.floor(r() * 1300);
      let van = '';
      let tot = '';
      let peil = '';
      if (soort === 'peil') peil = r() < 0.5 ? '2025-12-31' : '2024-12-31';
      else {
        van = iso(d);
        if (soort === 'periode') tot = iso(d + Math.floor(r() * 60));
      }
      const lhnr = product === 'START_IKV' || product === 'OIB' ? `${String(Math.floor(r() * 1e9)).padStart(9, '0')}L01` : '';
      const saldo = product === 'VERMOGEN_SALDO_RENTE' ? `${Math.floor(r() * 30000)}.${String(Math.floor(r() * 100)).padStart(2, '0')}` : '';
      regel = `${product},${nummer},${van},${tot},${peil},S${i}|${van || peil},${lhnr},${saldo}`;
    }
    if (recent.length < 50_000) recent.push(regel);
    else recent[Math.floor(r() * recent.length)] = regel;
    await s.regel(regel);
  }
  await s.sluit();
  return { uitkeringen, signalen };
}

/** Per soort: de generator, of `uit` een map is, en de standaardseed. */
const GENERATOREN = {
  boete: { maak: boete, map: false, seed: 1 },
  terugvordering: { maak: terugvordering, map: false, seed: 1 },
  leerplicht: { maak: leerplicht, map: false, seed: 25 },
  leerlingenvervoer: { maak: leerlingenvervoer, map: false, seed: 6 },
  verzuim: { maak: verzuim, map: false, seed: 11 },
  debiteuren: { maak: debiteuren, map: true, seed: 3 },
  ib: { maak: ib, map: true, seed: 7 },
};
export const SOORTEN = Object.keys(GENERATOREN);

/**
 * Schrijft `aantal` eenheden van `soort` naar `uit` (een bestand, of een map voor debiteuren en ib) en
 * geeft de geschreven paden terug. `opties.uitkeringen`: het aantal uitkeringen bij ib.
 */
export async function genereer(soort, aantal, uit, seed, opties = {}) {
  const g = GENERATOREN[soort];
  if (!g) throw new Error(`onbekende soort '${soort}' (${SOORTEN.join(', ')})`);
  if (!Number.isInteger(aantal) || aantal <= 0) throw new Error(`--aantal: verwacht een positief geheel getal, niet ${aantal}`);
  if (g.map) mkdirSync(uit, { recursive: true });
  return g.maak(aantal, uit, willekeur(seed ?? g.seed), opties.uitkeringen);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [soort, ...rest] = process.argv.slice(2);
  const optie = (naam) => {
    const i = rest.indexOf(naam);
    return i >= 0 ? rest[i + 1] : undefined;
  };
  const aantal = Number(optie('--aantal'));
  const uit = optie('--uit');
  if (!GENERATOREN[soort] || !uit || !Number.isInteger(aantal) || aantal <= 0) {
    console.error(`gebruik: node bench/generate.mjs <${SOORTEN.join('|')}> --aantal N --uit PAD [--seed S] [--uitkeringen M]`);
    process.exit(2);
  }
  const seed = optie('--seed');
  const uitkeringen = optie('--uitkeringen');
  const paden = await genereer(soort, aantal, uit, seed === undefined ? undefined : Number(seed), uitkeringen === undefined ? {} : { uitkeringen: Number(uitkeringen) });
  for (const p of Object.values(paden)) console.log(p);
}
