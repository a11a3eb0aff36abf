import { describe, expect, it } from 'vitest';
import { InvoerFout, SzmhFout } from '../../rules/kern/fouten.js';
import type { IbSignaal } from '../../rules/ib/types.js';
import { pakUit, verpak, type Voorbereid } from './signaalstroom.js';

const signaal = (s: Partial<IbSignaal>): IbSignaal => ({ product: 'OIB', bsn: '999725877', bronSleutel: 'S1', labels: [], velden: {}, ...s });

/** Zoals de hoofdthread het ziet: de fout als melding, code, exitcode en plaats. */
const vergelijkbaar = (vs: readonly Voorbereid[]) =>
  vs.map((v) => (v.signaal ? v : { regel: v.regel, fout: v.fout instanceof SzmhFout ? [v.fout.message, v.fout.code, v.fout.exitcode, v.fout.plaats] : String(v.fout) }));

describe('signalen over de threadgrens (verpak/pakUit)', () => {
  const blok: Voorbereid[] = [
    { regel: 2, signaal: signaal({ van: '2026-01-01' as never, tot: '2026-02-28' as never, velden: { loonheffingennummer: '123456789L01', saldo: '12,50' } }), herhaling: undefined },
    { regel: 3, signaal: signaal({ product: 'BANKREKENINGNUMMERS', peildatum: '2025-12-31' as never, gemeente: 'GM0935', partnerBsn: '999725878', labels: ['DUUR_MERK', 'Loon-in-natura'] }), herhaling: { eersteRegel: 2, zelfdeInhoud: true } },
    { regel: 5, fout: new InvoerFout("'2025-13-45' is geen datum", { bestand: 'x.csv', regel: 5, kolom: 'van' }) },
    { regel: 6, signaal: signaal({ bsn: '12AB', bronSleutel: '', velden: { '2024': 'a', z: '', b: 'tekst met ; en "quotes"' } }), herhaling: { eersteRegel: 4, zelfdeInhoud: false } },
    { regel: 7, fout: new InvoerFout('verplicht veld is leeg', { bestand: 'x.csv', regel: 7 }) },
  ];

  it('elk veld, elke herhaling en elke fout komt ongeschonden over (ook lege teksten en vreemde veldnamen)', () => {
    const uit = pakUit(verpak(blok, false));
    expect(vergelijkbaar(uit)).toEqual(vergelijkbaar(blok));
    // de volgorde van de velden telt mee in de inhoud van een signaal (dubbel/correctie)
    expect(Object.keys(uit[3]!.signaal!.velden)).toEqual(Object.keys(blok[3]!.signaal!.velden));
    // een fout is weer een SzmhFout met dezelfde melding (zoals de gebruiker hem leest)
    expect((uit[2]!.fout as Error).message).toBe("x.csv, regel 5, kolom 'van': '2025-13-45' is geen datum");
  });

  it('een NUL in een waarde (kan uit XML komen) gaat als JSON, niet verschoven', () => {
    const metNul: Voorbereid[] = [{ regel: 2, signaal: signaal({ velden: { naam: 'a\u0000b' } }), herhaling: undefined }, ...blok];
    const verpakt = verpak(metNul, true);
    expect(verpakt.json).toBe(true);
    expect(vergelijkbaar(pakUit(verpakt))).toEqual(vergelijkbaar(metNul));
    expect(verpak(blok, true).json).toBe(false);
  });

  it('een programmafout blijft een interne fout (geen invoerfout met exit 2)', () => {
    const [v] = pakUit(verpak([{ regel: 9, fout: new TypeError('x is undefined') }], false));
    expect(v!.fout).toBeInstanceOf(Error);
    expect(v!.fout).not.toBeInstanceOf(InvoerFout);
    expect((v!.fout as Error).message).toBe('x is undefined');
  });
});
