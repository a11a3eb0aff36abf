/**
 * UITKERINGEN.csv voor `szmh ib koppel|importeer`: onze eigen uitkeringsadministratie, één regel per
 * uitkering. Verplicht `bsn, gemeente, regeling, begin`; `eind` leeg = lopend. Optioneel, voor de
 * voorcontroles per product: `partner_bsn` (signalen over de partner horen bij het huishouden),
 * `leefvorm` (alleenstaande|alleenstaande_ouder|gehuwden; zonder leefvorm maar met partner: gehuwden),
 * `geboortedatum`, `bekende_loonheffingennummers` en `bekende_ibans` (gescheiden door `|`, `;` of `,`),
 * `kostendelers` (het aantal A waarmee de norm nu is vastgesteld).
 *
 * Een fout in dit bestand is een invoerfout met bestand, regel en kolom; een BSN wordt nooit genoemd.
 */
import { statSync } from 'node:fs';
import { leesBsn } from '../../rules/kern/bsn.js';
import { leesIban } from '../../rules/kern/iban.js';
import { leesGemeente, type GemeenteCode } from '../../rules/kern/gemeente.js';
import { leesDatum, type Datum } from '../../rules/kern/datum.js';
import { LEEFVORMEN, type Leefvorm, type Uitkering, type UitkeringExtra } from '../../rules/ib/types.js';
import { Uitkeringsindex } from '../../rules/ib/uitkeringsindex.js';
import { lijst, norm } from '../../rules/ib/voorstel.js';
import { Rij } from '../velden.js';
import { openCsv, type Encoding } from '../csv.js';
import { InvoerFout } from '../../rules/kern/fouten.js';
import { snelleDatum } from '../ib/signalen.js';

export const UITKERING_KOLOMMEN = ['bsn', 'gemeente', 'regeling', 'begin'] as const;
const EXTRA_KOLOMMEN = ['leefvorm', 'geboortedatum', 'bekende_loonheffingennummers', 'bekende_ibans', 'kostendelers'];

/** Alleen de leefvorm uit de partner: één gedeeld object voor al die uitkeringen. */
const GEHUWDEN: UitkeringExtra = Object.freeze({ leefvorm: 'gehuwden' });

export class Uitkeringlezer {
  private readonly gemeenten = new Map<string, GemeenteCode>();

  private gemeente(rij: Rij): GemeenteCode {
    const t = rij.verplicht('gemeente');
    let g = this.gemeenten.get(t);
    if (g === undefined) {
      const u = leesGemeente(t);
      if (!u.ok) throw rij.fout('gemeente', u.reden);
      g = u.code;
      this.gemeenten.set(t, g);
    }
    return g;
  }

  private datum(rij: Rij, kolom: string, verplicht: boolean): Datum | undefined {
    const t = verplicht ? rij.verplicht(kolom) : rij.tekst(kolom);
    if (t === undefined) return undefined;
    const snel = snelleDatum(t);
    if (snel) return snel;
    const d = leesDatum(t);
    if (!d.ok) throw rij.fout(kolom, d.reden);
    return d.datum;
  }

  /** Een bekende IBAN wordt gecontroleerd zoals elke IBAN die binnenkomt (mod 97). */
  private iban(rij: Rij, tekst: string): string {
    const i = leesIban(tekst);
    if (!i.ok) throw rij.fout('bekende_ibans', `ongeldige IBAN: ${i.reden}`);
    return norm(tekst);
  }

  lees(rij: Rij, metExtra: boolean): Uitkering {
    const bsn = leesBsn(rij.verplicht('bsn'));
    if (!bsn.ok) throw rij.fout('bsn', `ongeldig BSN: ${bsn.reden}`);
    const gemeente = this.gemeente(rij);
    const regeling = rij.verplicht('regeling');
    const begin = this.datum(rij, 'begin', true)!;
    const eind = this.datum(rij, 'eind', false);
    if (eind !== undefined && eind < begin) throw rij.fout('eind', `${eind} ligt vóór het begin ${begin}`);
    const partnerTekst = rij.tekst('partner_bsn');
    let partnerBsn: string | undefined;
    if (partnerTekst !== undefined) {
      const p = leesBsn(partnerTekst);
      if (!p.ok) throw rij.fout('partner_bsn', `ongeldig BSN van de partner: ${p.reden}`);
      partnerBsn = p.bsn;
    }
    let extra: UitkeringExtra | undefined;
    if (metExtra) {
      const leefvorm: Leefvorm | undefined = rij.keuze('leefvorm', LEEFVORMEN) ?? (partnerBsn ? 'gehuwden' : undefined);
      const geboortedatum = this.datum(rij, 'geboortedatum', false);
      const lhnr = rij.tekst('bekende_loonheffingennummers');
      const ibans = rij.tekst('bekende_ibans');
      const kostendelers = rij.geheelGetal('kostendelers', { min: 1 });
      const e: UitkeringExtra = {
        ...(leefvorm ? { leefvorm } : {}),
        ...(geboortedatum ? { geboortedatum } : {}),
        ...(lhnr !== undefined ? { bekendeLoonheffingennummers: lijst(lhnr).map(norm) } : {}),
        ...(ibans !== undefined ? { bekendeIbans: lijst(ibans).map((i) => this.iban(rij, i)) } : {}),
        ...(kostendelers !== undefined ? { kostendelers } : {}),
      };
      if (Object.keys(e).length) extra = e;
    } else if (partnerBsn) {
      extra = GEHUWDEN;
    }
    // altijd dezelfde velden (ontbrekend = undefined): geen tussenobjecten per regel, één vorm voor de index
    return { bsn: bsn.bsn, gemeente, regeling, begin, eind, partnerBsn, extra };
  }
}

/**
 * Leest het hele uitkeringenbestand in een compacte index. `probeer` is de foutafhandeling van de
 * batch (afbreken, of met --continue-on-error melden en doorgaan). Zonder enkele uitkering: een fout.
 */
export async function leesUitkeringen(bestand: string, encoding: Encoding, probeer: (waar: string | (() => string), stap: () => void) => boolean): Promise<Uitkeringsindex> {
  const bron = await openCsv(bestand, { encoding });
  for (const kolom of UITKERING_KOLOMMEN) {
    if (!bron.kolommen.includes(kolom)) {
      throw new InvoerFout(`verplichte kolom '${kolom}' ontbreekt (gevonden: ${bron.kolommen.join(', ') || 'geen'})`, { bestand, regel: 1, kolom }, 'KOLOM_ONTBREEKT');
    }
  }
  const kolomIndex = new Map(bron.kolommen.map((k, i) => [k, i] as const));
  const metExtra = EXTRA_KOLOMMEN.some((k) => bron.kolommen.includes(k));
  const lezer = new Uitkeringlezer();
  // ongeveer 48 bytes per regel: de tabel op maat, zodat hij niet steeds opnieuw hoeft te worden verdeeld
  const index = new Uitkeringsindex(statSync(bestand).size / 48);
  for await (const blok of bron.blokken) {
    for (const record of blok) {
      const rij = new Rij(bestand, record, kolomIndex);
      // zoals probeer, maar zonder twee functies per regel (afval bij een half miljoen regels)
      try {
        index.voegToe(lezer.lees(rij, metExtra));
      } catch (e) {
        probeer(`${bestand}, regel ${rij.regel}`, () => {
          throw e;
        });
      }
    }
  }
  // een lege export is nooit de echte uitkeringsadministratie; importeer legde anders elk signaal vast als onbekende cliënt
  if (index.aantal === 0) throw new InvoerFout('geen enkele uitkering in het bestand: elk signaal zou een onbekende cliënt worden', { bestand, regel: 1 }, 'BESTAND_ONLEESBAAR');
  return index;
}
