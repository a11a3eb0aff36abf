/**
 * Burgerservicenummer: negen cijfers die de 11-proef doorstaan.
 *
 * 11-proef: 9·c1 + 8·c2 + … + 2·c8 − 1·c9 is deelbaar door 11 (en niet 0). Excel laat voorloopnullen
 * vallen, dus acht cijfers worden aangevuld met een 0 vooraan.
 */
declare const bsnMerk: unique symbol;
export type Bsn = string & { readonly [bsnMerk]: true };

export type LeesBsnUitkomst = { ok: true; bsn: Bsn } | { ok: false; reden: string };

const ELFPROEF: LeesBsnUitkomst = Object.freeze({ ok: false, reden: 'BSN voldoet niet aan de 11-proef' });

/** Controleert een BSN. De reden noemt het nummer nooit, zodat hij veilig in een foutmelding kan. */
export function leesBsn(invoer: string): LeesBsnUitkomst {
  // het gewone geval (negen cijfers, niets te trimmen of aan te vullen) zonder reguliere expressies
  // en tussenteksten: in `ib koppel` gaat een miljoen signalen hierdoor
  if (invoer.length === 9) {
    let som = 0;
    let i = 0;
    for (; i < 9; i++) {
      const c = invoer.charCodeAt(i) - 48;
      if (c < 0 || c > 9) break;
      som += i < 8 ? c * (9 - i) : -c;
    }
    if (i === 9) return som === 0 || som % 11 !== 0 ? ELFPROEF : { ok: true, bsn: invoer as Bsn };
  }
  let cijfers = invoer.trim().replace(/[\s.]/g, '');
  if (!/^\d{8,9}$/.test(cijfers)) return { ok: false, reden: 'een BSN heeft 9 cijfers' };
  cijfers = cijfers.padStart(9, '0');
  let som = 0;
  for (let i = 0; i < 8; i++) som += Number(cijfers[i]) * (9 - i);
  som -= Number(cijfers[8]);
  if (som === 0 || som % 11 !== 0) return ELFPROEF;
  return { ok: true, bsn: cijfers as Bsn };
}

export function isGeldigBsn(invoer: string): boolean {
  return leesBsn(invoer).ok;
}
