/**
 * Crashtest (RELIABILITY.md, "atomair"): elke stateful batch wordt honderden keren op een
 * willekeurig moment met SIGKILL gedood. Zie test/kill.ts voor wat er na elke kill wordt geëist.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { camt053, genereer } from '../bench/generate.mjs';
import { isGeldigBsn } from '../src/rules/kern/bsn.js';
import { szmh, tijdelijkeMap } from './cli.js';
import { dump, killserie } from './kill.js';

const KILLS = Number(process.env.SZMH_KILLS ?? 200);
const PEIL = ['--peildatum', '2026-11-23'];

const GEMEENTEN = ['Maastricht', 'Eijsden-Margraten', 'Gulpen-Wittem', 'Meerssen', 'Vaals', 'Valkenburg aan de Geul'];
const SOORTEN = ['relatief_16u', 'luxe', 'signaal', 'overig', 'langdurig_relatief', 'absoluut'];

/**
 * Verzuimmeldingen voor `aantal` nieuwe leerlingen (elke soort, elke tiende met een zorgmelding,
 * elke zevende regel exact herhaald), met geldige BSN's buiten die van de voorbeeldbestanden.
 */
function meldingen(aantal: number): string {
  const regels = ['recordsoort;melding_id;leerling_id;bsn;geboortedatum;gemeente;bron;meldingsdatum;soort;begindatum;einddatum;verzuimuren'];
  let bsn = 999_500_000;
  for (let i = 0; i < aantal; i++) {
    while (!isGeldigBsn(String(bsn))) bsn++;
    const dag = 1 + (i % 28);
    const geboren = `${dag}-${1 + (i % 12)}-${2011 + (i % 5)}`;
    regels.push(`verzuimmelding;VZ-K-${i};LL-K-${i};${bsn++};${geboren};${GEMEENTEN[i % 6]};school;${dag}-10-2026;${SOORTEN[i % 6]};${dag}-9-2026;${dag}-9-2026;${16 + (i % 9)}`);
    if (i % 10 === 9) regels.push(`zorgmelding;ZM-K-${i};LL-K-${i};;${geboren};${GEMEENTEN[i % 6]};school;${dag}-10-2026;;;;`);
    if (i % 7 === 6) regels.push(regels.at(-1)!);
  }
  return `${regels.join('\n')}\n`;
}

/** Per melding uit `meldingen(aantal)` een gesprek, en bij elke derde daarna een waarschuwing. */
function acties(aantal: number): string {
  const regels = ['melding_id;actie;datum'];
  for (let i = 0; i < aantal; i++) {
    regels.push(`VZ-K-${i};gesprek;${1 + (i % 20)}-11-2026`);
    if (i % 3 === 0) regels.push(`VZ-K-${i};waarschuwing;22-11-2026`);
  }
  return `${regels.join('\n')}\n`;
}

/** Het verzuimregister zonder wat per run verschilt (run-id, tijd). */
const register = (db: string) =>
  dump(db, {
    verzuim_leerling: 'leerling_id, bsn, geboortedatum, startkwalificatie_op',
    verzuimmelding: 'melding_id, leerling_id, gemeente, soort, meldingsdatum, begindatum, einddatum, verzuimuren, status, reden_afgesloten, sha256',
    zorgmelding: 'zorgmelding_id, leerling_id, gemeente, datum, melding_id',
    verzuim_actie: 'melding_id, actie, datum, reden, tegen',
    invoerbestand: 'soort, sha256, aantal',
    audit: "actie, coalesce(sha256, ''), details",
  });

/** Het register van de voorbeeldbestanden: de begintoestand van de verzuimbatches. */
function voorbeeldregister(map: string): string {
  const db = path.join(map, 'begin.db');
  const r = szmh(['verzuim', 'importeer', 'samples/verzuim/meldingen.csv', 'samples/verzuim/duo-meldingen.xml', '--db', db, ...PEIL, '--log-level', 'silent', '--format', 'json']);
  expect(r.code, r.stderr).toBe(0);
  return db;
}

function controleer(naam: string, uitslag: Awaited<ReturnType<typeof killserie>>, kills = KILLS): void {
  console.log(naam, uitslag);
  expect(uitslag.onveranderd + uitslag.voltooid).toBe(kills);
  expect(uitslag.gedood).toBeGreaterThan(kills / 2);
  // de willekeurige momenten moeten echt midden in de transactie vallen, niet alleen ervoor of erna
  expect(uitslag.middenInTransactie).toBeGreaterThan(kills / 20);
}

describe('crashtest: SIGKILL op willekeurige momenten', () => {
  it(`debiteuren ontvangsten: ${KILLS} kills, nooit een halve batch, herhaling = ononderbroken run`, async () => {
    const map = tijdelijkeMap();
    const begin = path.join(map, 'begin.db');
    expect(szmh(['debiteuren', 'vorderingen', 'samples/debiteuren/vorderingen.csv', '--db', begin, '--log-level', 'silent', '--format', 'json']).code).toBe(0);
    const posten = Array.from({ length: 600 }, (_, i) => ({
      bedrag: `${1 + (i % 7)}.00`,
      richting: 'CRDT',
      ref: `K${String(i).padStart(5, '0')}`,
      tegenIban: i % 3 === 0 ? 'NL20INGB0001234567' : 'NL10ABNA0410798193',
      ...(i % 4 === 0 ? { kenmerk: '1202606023300001' } : {}),
    }));
    const afschrift = path.join(map, 'afschrift.xml');
    writeFileSync(afschrift, camt053({ iban: 'NL92BNGH0285158813', id: 'KILL', volgnummer: 1, datum: '2026-11-21', opening: '0.00', openingsdatum: '2026-11-20' }, posten));
    const uitslag = await killserie(
      {
        begin,
        args: ['debiteuren', 'ontvangsten', afschrift],
        kills: KILLS,
        toestand: (db) =>
          dump(db, {
            post: 'post_sleutel, uitkomst, bedrag_cent, debiteur_id, vordering_id',
            toewijzing: 'post_sleutel, vordering_id, component, bedrag_cent',
            afschrift: 'afschrift_sleutel, begin_cent, eind_cent',
            invoerbestand: 'soort, sha256, aantal',
            audit: "actie, coalesce(sha256, '')",
          }),
      },
      map,
    );
    controleer('debiteuren ontvangsten', uitslag);
  }, 240_000);

  it(`verzuim importeer: ${KILLS} kills, nooit een halve batch, herhaling = ononderbroken run`, async () => {
    const map = tijdelijkeMap();
    const invoer = path.join(map, 'meldingen.csv');
    writeFileSync(invoer, meldingen(800));
    const uitslag = await killserie({ begin: voorbeeldregister(map), args: ['verzuim', 'importeer', invoer, ...PEIL], kills: KILLS, toestand: register }, map);
    controleer('verzuim importeer', uitslag);
  }, 240_000);

  it(`ib importeer: ${KILLS} kills, nooit een halve batch, herhaling = ononderbroken run`, async () => {
    const map = tijdelijkeMap();
    // 6.000 signalen (herhalingen, correcties, ongeldige en onbekende BSN's) tegen 2.000 uitkeringen;
    // de eerste 2.000 staan al in het register en wat daarvan automatisch af kon, is afgesloten
    const { signalen, uitkeringen } = await genereer('ib', 6000, map, 11, { uitkeringen: 2000 });
    const eerste = path.join(map, 'eerste-levering.csv');
    writeFileSync(eerste, `${readFileSync(signalen, 'utf8').split('\n').slice(0, 2001).join('\n')}\n`);
    const begin = path.join(map, 'begin.db');
    for (const args of [['ib', 'importeer', eerste, '--uitkeringen', uitkeringen], ['ib', 'afhandelen', '--voorstel-overnemen']]) {
      const r = szmh([...args, '--db', begin, ...PEIL, '--log-level', 'silent', '--format', 'json']);
      expect(r.code, r.stderr).toBe(0);
    }
    const registerIb = (db: string) =>
      dump(db, {
        ib_levering: 'sha256, naam, formaat, kolomkaart, ontvangen_op, aantal, tellingen',
        ib_signaal: '*',
        ib_signaalversie: 'signaal_id, versie, inhoud_sha256, inhoud, levering, regel, uitkomst, voorstel, trace',
        ib_herhaling: 'signaal_id, levering, regel',
        ib_afwijzing: 'levering, regel, product, gemeente, reden',
        ib_afhandeling: 'signaal_id, actie, afsluitcode, datum, toelichting, automatisch, gebruiker',
        invoerbestand: 'soort, sha256, aantal',
        audit: "actie, coalesce(sha256, ''), details",
      });
    const uitslag = await killserie({ begin, args: ['ib', 'importeer', signalen, '--uitkeringen', uitkeringen, ...PEIL], kills: KILLS, toestand: registerIb }, map);
    controleer('ib importeer', uitslag);
  }, 240_000);

  // Niet een van de drie batches van de eis (ontvangsten, ib, verzuim importeer), wel stateful: een
  // kwart van de kills houdt het hele bestand binnen de tijd die CI ervoor heeft.
  const actieKills = Math.ceil(KILLS / 4);
  it(`verzuim actie: ${actieKills} kills, nooit een halve batch, herhaling = ononderbroken run`, async () => {
    const map = tijdelijkeMap();
    const begin = voorbeeldregister(map);
    const invoer = path.join(map, 'meldingen.csv');
    writeFileSync(invoer, meldingen(600));
    expect(szmh(['verzuim', 'importeer', invoer, '--db', begin, ...PEIL, '--log-level', 'silent', '--format', 'json']).code).toBe(0);
    const bestand = path.join(map, 'acties.csv');
    writeFileSync(bestand, acties(600));
    const uitslag = await killserie({ begin, args: ['verzuim', 'actie', bestand, ...PEIL], kills: actieKills, toestand: register }, map);
    controleer('verzuim actie', uitslag, actieKills);
  }, 240_000);
});
