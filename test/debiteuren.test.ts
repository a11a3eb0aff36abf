/**
 * Het debiteurengrootboek door de echte CLI: inlezen, boeken, idempotentie, weigeren zonder
 * wijziging, proefdraai, een gedood proces midden in een import, en de rapporten.
 */
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { camt053 } from '../bench/generate.mjs';
import { ROOT, bestand, szmh, tijdelijkeMap } from './cli.js';

const S = 'samples/debiteuren';
const REK = 'NL92BNGH0285158813';

/** Een lege database met de vorderingen uit samples/debiteuren/vorderingen.csv plus die van TV en BO. */
function grootboek(): { db: string; map: string; d: (...args: string[]) => ReturnType<typeof szmh> } {
  const map = tijdelijkeMap();
  const db = path.join(map, 'szmh.db');
  const d = (...args: string[]) => szmh(['debiteuren', ...args, '--db', db, '--peildatum', '2026-11-23', '--log-level', 'error']);
  const tv = path.join(map, 'tv.csv');
  const bo = path.join(map, 'bo.csv');
  expect(szmh(['terugvordering', 'bereken', 'samples/terugvordering/maanden.csv', '--peildatum', '2026-11-23', '--format', 'csv', '-o', tv, '--log-level', 'error']).code).toBe(0);
  expect(szmh(['boete', 'bereken', 'samples/boete/zaken.csv', '--peildatum', '2026-11-23', '--format', 'csv', '-o', bo, '--log-level', 'error']).code).toBe(0);
  for (const f of [tv, bo, `${S}/vorderingen.csv`]) expect(d('vorderingen', f, '--format', 'json').code).toBe(0);
  return { db, map, d };
}

const json = (r: { stdout: string; code: number; stderr: string }) => {
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
};

/** Alles wat het grootboek bevat, om "niets veranderd" te kunnen bewijzen. */
function inhoud(db: string): string {
  const d = new Database(db, { readonly: true });
  const tabellen = ['vordering', 'debiteur', 'debiteur_iban', 'afspraak', 'afschrift', 'post', 'toewijzing', 'invoerbestand', 'audit'];
  const uit = tabellen.map((t) => JSON.stringify(d.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all()));
  d.close();
  return uit.join('\n');
}

describe('debiteuren vorderingen', () => {
  it('leest de uitvoer van terugvordering en boete rechtstreeks in; een waarschuwing of nul wordt overgeslagen', () => {
    const { d } = grootboek();
    const saldo = json(d('saldo', '--format', 'json'));
    expect(saldo.find((s: { debiteur_id: string }) => s.debiteur_id === 'D-048213')).toEqual({ debiteur_id: 'D-048213', openstaand: '3150.00', betaald: '0.00', vorderingen: 2, tegoed: '0.00' });
    expect(saldo.map((s: { debiteur_id: string }) => s.debiteur_id)).not.toContain('D-070090'); // dringende redenen: geen boete
  });

  it('hetzelfde bestand twee keer: de tweede keer verandert er niets', () => {
    const { d, db } = grootboek();
    const voor = inhoud(db);
    expect(json(d('vorderingen', `${S}/vorderingen.csv`, '--format', 'json'))).toEqual([
      { bestand: 'vorderingen.csv', soort: 'vorderingen', al_verwerkt: true, nieuw: 0, gewijzigd: 0, ongewijzigd: 0, overgeslagen: 0, afgekeurd: 0 },
    ]);
    expect(inhoud(db)).toBe(voor);
  });

  it('een gewijzigde hoofdsom wordt bijgewerkt met oude en nieuwe waarde in het auditlog', () => {
    const { d, db, map } = grootboek();
    const f = bestand('wijziging.csv', readFileSync(`${S}/vorderingen.csv`, 'utf8').replace('2.400,00', '2.500,00'), map);
    expect(json(d('vorderingen', f, '--format', 'json'))[0]).toMatchObject({ nieuw: 0, gewijzigd: 1, ongewijzigd: 1 });
    const audit = new Database(db, { readonly: true }).prepare("SELECT details FROM audit WHERE actie = 'vordering_gewijzigd'").get() as { details: string };
    expect(JSON.parse(audit.details)).toMatchObject({ vordering_id: 'V-070111-VH', oud: { hoofdsom: '2400.00' }, nieuw: { hoofdsom: '2500.00' } });
  });

  it('een ongeldig kenmerk, een onbekende gemeente of een tweede vordering met hetzelfde kenmerk: exit 2 met regel en kolom, niets ingelezen', () => {
    const { d, db, map } = grootboek();
    const voor = inhoud(db);
    const kop = 'vordering_id;debiteur_id;gemeente;soort;stroom;hoofdsom;opgelegd_op;betalingskenmerk';
    for (const [regel, melding] of [
      ['V-1;D-1;Maastricht;boete;fraude;10,00;1-1-2026;0202604821300009', /regel 2, kolom 'betalingskenmerk': ongeldig betalingskenmerk/],
      ['V-1;D-1;Heerlen;boete;fraude;10,00;1-1-2026;', /regel 2, kolom 'gemeente': 'Heerlen' is geen SZMH-gemeente/],
      ['V-1;D-1;Maastricht;boete;fraude;10,00;1-1-2026;0202604821300001', /regel 2, kolom 'betalingskenmerk': dit kenmerk hoort al bij vordering TV-2026-0001/],
    ] as const) {
      const r = d('vorderingen', bestand('fout.csv', `${kop}\n${regel}\n`, map));
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(melding);
    }
    expect(inhoud(db)).toBe(voor);
  });
});

describe('debiteuren ontvangsten', () => {
  const afschriften = ['camt053-001.02-2026-11-19.xml', 'camt053-001.02-2026-11-20.xml', 'camt053-001.08-2026-11-23.xml'].map((f) => `${S}/${f}`);

  it('boekt de voorbeeldafschriften: kenmerk, kenmerk in tekst, IBAN, batch, storno, terugboeking, onbekende betaler, ongeldig kenmerk', () => {
    const { d } = grootboek();
    const r = afschriften.map((f) => json(d('ontvangsten', f, '--format', 'json')));
    const velden = ['bestanden', 'posten', 'geboekt', 'al_verwerkt', 'niet_gematcht', 'teruggeboekt', 'ongeldig_kenmerk', 'bedrag_geboekt'];
    expect(Object.keys(r[0]).slice(0, velden.length)).toEqual(velden);
    // 19 nov: dubbele creditering (kenmerk) en een incasso (IBAN): € 125 + € 40
    expect(r[0]).toMatchObject({ posten: 2, geboekt: 2, niet_gematcht: 0, teruggeboekt: 0, bedrag_geboekt: '165.00' });
    // 20 nov: kenmerk € 125, kenmerk in tekst € 50, batch 45,50 (onbekend) + 40 (IBAN), storno MD06 en RvslInd op de 19e, uitgaande restitutie
    expect(r[1]).toMatchObject({ posten: 7, geboekt: 3, niet_gematcht: 1, teruggeboekt: 2, overig: 1, bedrag_geboekt: '215.00' });
    // 23 nov (.08): IBAN € 200, kenmerk boete € 150, onbekend € 75, ongeldig kenmerk + IBAN € 60, PDNG € 25
    expect(r[2]).toMatchObject({ posten: 5, geboekt: 3, niet_gematcht: 1, ongeldig_kenmerk: 1, overig: 1, bedrag_geboekt: '410.00' });
    expect(r[2].niet_gematcht_lijst).toEqual([
      expect.objectContaining({ bedrag: '75.00', reden: 'geen bekend kenmerk en onbekende tegenrekening', bestand: 'camt053-001.08-2026-11-23.xml' }),
    ]);
    const saldo = Object.fromEntries(json(d('saldo', '--format', 'json')).map((s: { debiteur_id: string }) => [s.debiteur_id, s]));
    // D-048213: 1.800 + 1.350 aan vorderingen; 125 + 125 − 125 (terugboeking) + 200 + 150 = 475 betaald
    expect(saldo['D-048213']).toEqual({ debiteur_id: 'D-048213', openstaand: '2675.00', betaald: '475.00', vorderingen: 2, tegoed: '0.00' });
    // D-060233: 400 + 640; 40 − 40 (storno) + 40 + 60 = 100
    expect(saldo['D-060233']).toMatchObject({ openstaand: '940.00', betaald: '100.00' });
  });

  it('hetzelfde afschrift twee keer: de tweede keer niets geboekt, en dat zegt het ook', () => {
    const { d, db } = grootboek();
    json(d('ontvangsten', afschriften[0]!, '--format', 'json'));
    const voor = inhoud(db);
    expect(json(d('ontvangsten', afschriften[0]!, '--format', 'json'))).toMatchObject({ posten: 2, geboekt: 0, al_verwerkt: 2 });
    const tabel = szmh(['debiteuren', 'ontvangsten', afschriften[0]!, '--db', db, '--format', 'table', '--log-level', 'info']);
    expect(tabel.stderr).toContain('alles was al verwerkt: niets geboekt');
    expect(inhoud(db)).toBe(voor);
  });

  it('hetzelfde afschrift in een ander bestand, en een post die al in een ander afschrift stond, worden niet nog eens geboekt', () => {
    const { d, map } = grootboek();
    json(d('ontvangsten', afschriften[0]!, '--format', 'json'));
    const kopie = bestand('opnieuw-gedownload.xml', readFileSync(afschriften[0]!, 'utf8').replace('<MsgId>', '<MsgId>X'), map);
    expect(json(d('ontvangsten', kopie, '--format', 'json'))).toMatchObject({ geboekt: 0, al_verwerkt: 2 });
    const ander = bestand(
      'ander.xml',
      camt053({ iban: REK, id: 'ANDER-2026-11-19', volgnummer: 900, datum: '2026-11-19', opening: '500.00', openingsdatum: '2026-11-18' }, [
        { bedrag: '125.00', richting: 'CRDT', ref: '2026111800000877', tegenIban: 'NL87RABO0373091141', kenmerk: '0202604821300001' },
      ]).replaceAll(REK, 'NL20INGB0001234567'),
      map,
    );
    // andere rekening, dus een andere post: wel geboekt; dezelfde rekening + bankreferentie niet
    expect(json(d('ontvangsten', ander, '--format', 'json'))).toMatchObject({ geboekt: 1 });
    const zelfde = bestand('zelfde-ref.xml', readFileSync(ander, 'utf8').replaceAll('NL20INGB0001234567', REK).replace('ANDER-2026-11-19</Id>', 'ANDER2-2026-11-19</Id>'), map);
    expect(json(d('ontvangsten', zelfde, '--dry-run', '--format', 'json'))).toMatchObject({ geboekt: 0, al_verwerkt: 1 });
  });

  it('--dry-run laat zien wat er geboekt zou worden en boekt niets', () => {
    const { d, db } = grootboek();
    const voor = inhoud(db);
    expect(json(d('ontvangsten', afschriften[0]!, '--dry-run', '--format', 'json'))).toMatchObject({ geboekt: 2, bedrag_geboekt: '165.00', proefdraai: true });
    expect(inhoud(db)).toBe(voor);
  });

  describe('weigert zonder iets te wijzigen (exit 2, bestand en regel)', () => {
    const geval = (naam: string, maak: (xml: string) => string, melding: RegExp) => {
      it(naam, () => {
        const { d, db, map } = grootboek();
        json(d('ontvangsten', afschriften[0]!, '--format', 'json'));
        const voor = inhoud(db);
        const f = bestand('fout.xml', maak(readFileSync(afschriften[1]!, 'utf8')), map);
        const r = d('ontvangsten', f, '--format', 'json');
        expect(r.code).toBe(2);
        expect(r.stderr).toMatch(melding);
        expect(r.stdout).toBe('');
        expect(inhoud(db)).toBe(voor);
      });
    };
    geval('ongeldige XML', (x) => x.replace('<CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts>', '<CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Stx>'), /fout\.xml, regel 29: ongeldige XML: sluittag <\/Stx> past niet bij de open tag/);
    geval('afgebroken bestand', (x) => x.slice(0, x.indexOf('<!-- 4.')), /fout\.xml, regel \d+: .*afgebroken/);
    geval('onbekende camt-versie', (x) => x.replace('camt.053.001.02', 'camt.053.001.13'), /onbekende camt-versie 'urn:iso:std:iso:20022:tech:xsd:camt\.053\.001\.13'/);
    geval('een bedrag met drie decimalen', (x) => x.replace('<Amt Ccy="EUR">50.00</Amt><CdtDbtInd>', '<Amt Ccy="EUR">50.001</Amt><CdtDbtInd>'), /regel 45: postbedrag: '50\.001' is geen geldig bedrag/);
    geval('een beginsaldo dat niet aansluit op het vorige eindsaldo', (x) => x.replace('>10000.00<', '>10000.01<').replace('>10065.50<', '>10065.51<'), /beginsaldo 10000\.01 sluit niet aan op het eindsaldo 10000\.00 van het vorige afschrift/);
    geval('posten die niet optellen tot het eindsaldo', (x) => x.replace('>10065.50<', '>10065.60<'), /beginsaldo 10000\.00 \+ geboekte posten 65\.50 = 10065\.50, maar het eindsaldo is 10065\.60/);
  });

  it('een proces dat midden in een import wordt gedood (SIGKILL) laat de database zoals hij was; de volgende run boekt alles één keer', async () => {
    const { d, db, map } = grootboek();
    const posten = Array.from({ length: 400 }, (_, i) => ({ bedrag: '1.00', richting: 'CRDT', ref: `KILL${String(i).padStart(6, '0')}`, tegenIban: 'NL87RABO0373091141' }));
    const f = bestand('groot.xml', camt053({ iban: 'NL20INGB0001234567', id: 'KILL', volgnummer: 1, datum: '2026-11-21', opening: '0.00', openingsdatum: '2026-11-20' }, posten), map);
    const voor = inhoud(db);
    const kind = spawn(process.execPath, [path.join(ROOT, 'bin/szmh'), 'debiteuren', 'ontvangsten', f, '--db', db, '--log-level', 'error'], {
      env: { ...process.env, SZMH_TEST_PAUZE_NA_POSTEN: '200' },
    });
    await new Promise<void>((klaar, mis) => {
      kind.stderr.on('data', (b: Buffer) => {
        if (b.toString().includes('gepauzeerd in de transactie')) {
          kind.kill('SIGKILL');
          klaar();
        }
      });
      kind.on('exit', () => mis(new Error('het kindproces stopte voordat het gepauzeerd was')));
    });
    await new Promise((r) => kind.on('exit', r));
    expect(kind.signalCode).toBe('SIGKILL');
    expect(inhoud(db)).toBe(voor);
    expect(json(d('ontvangsten', f, '--format', 'json'))).toMatchObject({ posten: 400, geboekt: 400, bedrag_geboekt: '400.00' });
    expect(json(d('ontvangsten', f, '--format', 'json'))).toMatchObject({ geboekt: 0, al_verwerkt: 400 });
  });
});

describe('debiteuren overzichten', () => {
  function gevuld() {
    const g = grootboek();
    for (const f of ['camt053-001.02-2026-11-19.xml', 'camt053-001.02-2026-11-20.xml', 'camt053-001.08-2026-11-23.xml']) json(g.d('ontvangsten', `${S}/${f}`, '--format', 'json'));
    json(g.d('afspraken', `${S}/afspraken.csv`, '--format', 'json'));
    json(g.d('beslag', `${S}/beslag.csv`, '--format', 'json'));
    return g;
  }

  it('achterstanden: elke openstaande termijn na het respijt precies één keer, met zijn leeftijd', () => {
    const { d } = gevuld();
    // D-051907: € 75 per kwartaal vanaf 1 juli; sinds 1 april € 50 betaald → termijn 1 nog € 25, termijn 2 € 75
    expect(json(d('achterstanden', '--format', 'json'))).toEqual([
      { debiteur_id: 'D-051907', gemeente: 'Meerssen', termijn: 1, vervaldatum: '2026-07-01', termijnbedrag: '75.00', open: '25.00', leeftijd_dagen: 145 },
      { debiteur_id: 'D-051907', gemeente: 'Meerssen', termijn: 2, vervaldatum: '2026-10-01', termijnbedrag: '75.00', open: '75.00', leeftijd_dagen: 53 },
    ]);
  });

  it('rapport 2026-T3: ontvangsten per stroom en gemeente, totaal als som; beslag door derden en niet-gekoppelde ontvangsten tellen niet mee', () => {
    const { d } = gevuld();
    const rijen = json(d('rapport', '--periode', '2026-T3', '--format', 'json')) as { stroom: string; gemeente: string; ontvangen_periode: string; verwacht_naar_rato: string | null }[];
    const vind = (stroom: string, gemeente: string) => rijen.find((r) => r.stroom === stroom && r.gemeente === gemeente);
    // BUIG Maastricht: 125 + 125 − 125 + 200 = 325; Meerssen 50
    expect(vind('buig', 'Maastricht')?.ontvangen_periode).toBe('325.00');
    expect(vind('buig', 'SZMH totaal')).toMatchObject({ ontvangen_periode: '375.00', verwacht_naar_rato: '1500000.00' });
    expect(vind('fraude', 'SZMH totaal')?.ontvangen_periode).toBe('150.00');
    expect(vind('bijzondere_bijstand', 'Vaals')?.ontvangen_periode).toBe('100.00');
    expect(vind('beslag_derden', 'Vaals')?.ontvangen_periode).toBe('120.00');
    expect(vind('niet_gekoppeld', 'SZMH totaal')?.ontvangen_periode).toBe('120.50');
    const totaal = rijen.filter((r) => ['buig', 'bijzondere_bijstand', 'fraude', 'overig'].includes(r.stroom) && r.gemeente === 'SZMH totaal');
    expect(totaal.reduce((s, r) => s + Number(r.ontvangen_periode), 0)).toBe(625); // 325 + 50 + 100 + 150: geen beslag, geen werklijst
  });

  it('ouderdom: het SZMH-totaal is de som van de gemeenten', () => {
    const { d } = gevuld();
    const rijen = json(d('ouderdom', '--format', 'json')) as { gemeente: string; klasse: string; aantal: number; openstaand: string }[];
    for (const klasse of new Set(rijen.map((r) => r.klasse))) {
      const perGemeente = rijen.filter((r) => r.klasse === klasse && r.gemeente !== 'SZMH totaal');
      const totaal = rijen.find((r) => r.klasse === klasse && r.gemeente === 'SZMH totaal')!;
      expect(perGemeente.reduce((s, r) => s + Math.round(Number(r.openstaand) * 100), 0)).toBe(Math.round(Number(totaal.openstaand) * 100));
    }
    expect(rijen.find((r) => r.gemeente === 'Maastricht' && r.klasse === '181-365')).toEqual({ gemeente: 'Maastricht', klasse: '181-365', aantal: 1, openstaand: '1475.00' });
  });
});
