import { leesBetalingskenmerk } from '../kern/betalingskenmerk.js';
import type { TraceBouwer } from '../kern/trace.js';

/** Wat een ontvangst over zichzelf zegt, zoals de bank het doorgeeft. */
export interface Ontvangstgegevens {
  /** Gestructureerde referentie (CdtrRefInf): `uitgever` CUR is een betalingskenmerk. */
  readonly referentie?: { readonly ref: string; readonly uitgever?: string };
  /** Vrije tekst, EndToEndId en extra informatie, waar betalers een kenmerk soms intikken. */
  readonly vrijeTekst: readonly string[];
  readonly tegenIban?: string;
}

export interface BekendKenmerk {
  readonly vorderingId: string;
  readonly debiteurId: string;
}

export type Kenmerkstatus = 'geen' | 'geldig' | 'ongeldig';

export interface Koppeling {
  /** Welke regel de koppeling legde: `DEB-kenmerk`, `DEB-kenmerk-tekst`, `DEB-iban` of `DEB-geen`. */
  readonly regel: 'DEB-kenmerk' | 'DEB-kenmerk-tekst' | 'DEB-iban' | 'DEB-geen';
  readonly debiteurId?: string;
  /** Bij een kenmerk: de vordering die de betaler aanwees. */
  readonly vorderingId?: string;
  readonly kenmerk?: string;
  /** Status van het gestructureerde kenmerk: een ongeldig kenmerk wordt gemeld, nooit verbeterd. */
  readonly kenmerkstatus: Kenmerkstatus;
  readonly reden?: string;
}

const CIJFERREEKS = /\b\d{7,16}\b/g;

/**
 * Kenmerken die in vrije tekst staan en de controle doorstaan (7 of 9-16 cijfers). Het controlegetal
 * is zwak (1 op 11 willekeurige getallen slaagt), dus zo'n kenmerk telt alleen als het bij een
 * openstaande vordering hoort; bankreferenties worden nooit doorzocht (onderzoek §2.4).
 */
export function kenmerkenInTekst(gegevens: Ontvangstgegevens): string[] {
  const gevonden = new Set<string>();
  for (const tekst of gegevens.vrijeTekst) {
    for (const m of tekst.replace(/(\d)[ .](?=\d)/g, '$1').matchAll(CIJFERREEKS)) {
      const k = leesBetalingskenmerk(m[0]);
      if (k.ok && m[0].length !== 7) gevonden.add(k.kenmerk);
    }
  }
  return [...gevonden];
}

/**
 * Koppelt een ontvangst aan een vordering of debiteur (onderzoek §2.6, cascade):
 * 1. het gestructureerde betalingskenmerk (CUR) als het geldig is en bij een vordering hoort;
 *    een ongeldig kenmerk wordt gemarkeerd en nooit geraden;
 * 2. een geldig kenmerk uit de vrije tekst dat bij een vordering hoort;
 * 3. de tegenrekening (IBAN) als die bij precies één debiteur hoort;
 * 4. anders niet gekoppeld: de werklijst.
 * `bekend` bevat de gevonden kenmerken die bij een vordering horen; `ibanDebiteuren` de debiteuren
 * met deze tegenrekening.
 */
export function koppelOntvangst(
  gegevens: Ontvangstgegevens,
  bekend: ReadonlyMap<string, BekendKenmerk>,
  ibanDebiteuren: readonly string[],
  t: TraceBouwer,
): Koppeling {
  let kenmerkstatus: Kenmerkstatus = 'geen';
  const ref = gegevens.referentie;
  if (ref && (ref.uitgever === undefined || ref.uitgever === 'CUR')) {
    const k = leesBetalingskenmerk(ref.ref);
    kenmerkstatus = k.ok ? 'geldig' : 'ongeldig';
    const vordering = k.ok ? bekend.get(k.kenmerk) : undefined;
    t.stap({
      regel: 'DEB-kenmerk',
      artikel: 'Betaalvereniging, specificatie betalingskenmerk (gewogen modulus 11)',
      omschrijving: !k.ok
        ? `Het betalingskenmerk is ongeldig (${k.reden}): gemarkeerd, niet verbeterd`
        : vordering
          ? 'Het betalingskenmerk is geldig en hoort bij een openstaande vordering'
          : 'Het betalingskenmerk is geldig maar hoort bij geen bekende vordering',
      invoer: { kenmerk: ref.ref },
      uitkomst: vordering?.vorderingId ?? kenmerkstatus,
    });
    if (vordering) return { regel: 'DEB-kenmerk', ...vordering, kenmerk: ref.ref, kenmerkstatus };
  }

  for (const kenmerk of kenmerkenInTekst(gegevens)) {
    const vordering = bekend.get(kenmerk);
    if (!vordering) continue;
    t.stap({
      regel: 'DEB-kenmerk-tekst',
      artikel: 'Betaalvereniging, specificatie betalingskenmerk (gewogen modulus 11)',
      omschrijving: 'In de omschrijving staat een geldig kenmerk van een openstaande vordering',
      invoer: { kenmerk },
      uitkomst: vordering.vorderingId,
    });
    return { regel: 'DEB-kenmerk-tekst', ...vordering, kenmerk, kenmerkstatus };
  }

  if (gegevens.tegenIban !== undefined && ibanDebiteuren.length === 1) {
    t.stap({
      regel: 'DEB-iban',
      artikel: 'beleid: koppeling op de bekende rekening van de debiteur',
      omschrijving: 'De tegenrekening hoort bij precies één debiteur',
      uitkomst: ibanDebiteuren[0]!,
    });
    return { regel: 'DEB-iban', debiteurId: ibanDebiteuren[0]!, kenmerkstatus };
  }

  const reden =
    gegevens.tegenIban !== undefined && ibanDebiteuren.length > 1
      ? 'de tegenrekening hoort bij meer dan één debiteur'
      : kenmerkstatus === 'ongeldig'
        ? 'ongeldig betalingskenmerk en onbekende tegenrekening'
        : 'geen bekend kenmerk en onbekende tegenrekening';
  t.stap({ regel: 'DEB-geen', artikel: 'beleid: werklijst niet-gekoppelde ontvangsten', omschrijving: `Niet gekoppeld: ${reden}`, uitkomst: 'niet_gematcht' });
  return { regel: 'DEB-geen', kenmerkstatus, reden };
}
