#!/usr/bin/env node
// Synthetische invoer voor benchmarks: geldige BSN's, Nederlandse CSV-stijl (puntkomma, decimale
// komma, d-m-jjjj), reproduceerbaar met --seed.
//
//   node bench/generate.mjs boete 100000 bench/data/boete.csv [--seed 1]
//   node bench/generate.mjs terugvordering 100000 bench/data/maanden.csv   (aantal zaken; 1-6 maanden per zaak)
import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';

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

export function bsn(r) {
  for (;;) {
    const cijfers = `999${String(Math.floor(r() * 1e6)).padStart(6, '0')}`;
    let som = 0;
    for (let i = 0; i < 8; i++) som += Number(cijfers[i]) * (9 - i);
    som -= Number(cijfers[8]);
    if (som > 0 && som % 11 === 0) return cijfers;
  }
}

const GEMEENTEN = ['Maastricht', 'Eijsden-Margraten', 'Gulpen-Wittem', 'Meerssen', 'Vaals', 'Valkenburg aan de Geul'];
const VERWIJTBAAR = ['opzet', 'grove_schuld', 'normaal', 'normaal', 'normaal', 'verminderd', 'geen'];
const OORZAKEN = ['inlichtingenplicht', 'inlichtingenplicht', 'inlichtingenplicht', 'gemeentefout', 'voorschot', 'onverschuldigd_kenbaar', 'anders'];

const nl = (centen) => {
  const euro = Math.floor(centen / 100);
  return `${String(euro).replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${String(centen % 100).padStart(2, '0')}`;
};
const kies = (r, lijst) => lijst[Math.floor(r() * lijst.length)];
const dag = (r, jaar) => `${1 + Math.floor(r() * 28)}-${1 + Math.floor(r() * 12)}-${jaar}`;

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

export async function genereer(soort, aantal, uit, seed = 1) {
  mkdirSync(path.dirname(path.resolve(uit)), { recursive: true });
  const r = willekeur(seed);
  const stroom = createWriteStream(uit);
  const schrijf = (regel) => (stroom.write(`${regel}\n`) ? undefined : new Promise((ok) => stroom.once('drain', ok)));
  if (soort === 'boete') {
    await schrijf('zaak_id;bsn;gemeente;benadelingsbedrag;verwijtbaarheid;overtredingsdatum;besluitdatum;eerdere_boete_onherroepelijk_op;eerdere_waarschuwing_op;zelf_gecorrigeerd_na_dagen;bijstandsnorm_maand;dringende_redenen');
    for (let i = 1; i <= aantal; i++) {
      const benadeling = r() < 0.1 ? 0 : Math.floor(r() * (r() < 0.9 ? 500_000 : 5_000_000));
      await schrijf(
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
  } else if (soort === 'terugvordering') {
    await schrijf('zaak_id;bsn;gemeente;maand;betaald;recht;oorzaak;loonheffing');
    for (let i = 1; i <= aantal; i++) {
      const id = `TV-${String(i).padStart(8, '0')}`;
      const persoon = bsn(r);
      const gemeente = kies(r, GEMEENTEN);
      const maanden = 1 + Math.floor(r() * 6);
      const start = Math.floor(r() * 6);
      for (let m = 0; m < maanden; m++) {
        const betaald = 140150;
        const recht = Math.max(0, betaald - Math.floor(r() * 90000));
        await schrijf([id, persoon, gemeente, `2026-${String(start + m + 1).padStart(2, '0')}`, nl(betaald), nl(recht), kies(r, OORZAKEN), r() < 0.3 ? nl(78000) : ''].join(';'));
      }
    }
  } else {
    throw new Error(`onbekende soort '${soort}' (boete, terugvordering)`);
  }
  await new Promise((ok) => stroom.end(ok));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [soort, aantal, uit] = process.argv.slice(2);
  const seedIndex = process.argv.indexOf('--seed');
  if (!soort || !aantal || !uit) {
    console.error('gebruik: node bench/generate.mjs <boete|terugvordering> <aantal> <uitvoer.csv> [--seed N]');
    process.exit(2);
  }
  await genereer(soort, Number(aantal), uit, seedIndex > 0 ? Number(process.argv[seedIndex + 1]) : 1);
}
