/**
 * IBAN: landcode, twee controlecijfers en het rekeningnummer; geldig als het getal mod 97 = 1
 * (ISO 13616). Spaties en kleine letters worden genormaliseerd.
 */
declare const ibanMerk: unique symbol;
export type Iban = string & { readonly [ibanMerk]: true };

export type LeesIbanUitkomst = { ok: true; iban: Iban } | { ok: false; reden: string };

/** Lengte per land voor de landen die we in de praktijk tegenkomen; andere landen: 15–34 tekens. */
const LENGTE: Record<string, number> = { NL: 18, BE: 16, DE: 22, LU: 20, FR: 27, GB: 22 };

export function leesIban(invoer: string): LeesIbanUitkomst {
  const iban = invoer.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return { ok: false, reden: 'geen IBAN-opbouw' };
  const lengte = LENGTE[iban.slice(0, 2)];
  if (lengte !== undefined && iban.length !== lengte) {
    return { ok: false, reden: `een IBAN uit ${iban.slice(0, 2)} heeft ${lengte} tekens` };
  }
  if (iban.startsWith('NL') && !/^NL\d{2}[A-Z]{4}\d{10}$/.test(iban)) {
    return { ok: false, reden: 'een Nederlandse IBAN is NLkk BBBB 0123 4567 89' };
  }
  if (mod97(iban.slice(4) + iban.slice(0, 4)) !== 1) return { ok: false, reden: 'IBAN-controlegetal klopt niet (mod 97)' };
  return { ok: true, iban: iban as Iban };
}

function mod97(tekens: string): number {
  let rest = 0;
  for (const teken of tekens) {
    const waarde = teken >= 'A' ? String(teken.charCodeAt(0) - 55) : teken;
    for (const cijfer of waarde) rest = (rest * 10 + Number(cijfer)) % 97;
  }
  return rest;
}

export function isGeldigeIban(invoer: string): boolean {
  return leesIban(invoer).ok;
}
