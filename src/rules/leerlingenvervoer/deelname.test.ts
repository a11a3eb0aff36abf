import { describe, expect, it } from 'vitest';
import { bedrag } from '../kern/geld.js';
import { Deelnamerapport, type Beschikkingsregel } from './deelname.js';

describe('deelnamerapport (seeds R-LLV-06)', () => {
  const regels: Beschikkingsregel[] = [
    { gemeente: 'GM0935', schooljaar: '2026-2027', besluit: 'toegekend', vervoersvorm: 'aangepast', kostenJaar: bedrag('3978.00'), vergoeding: bedrag(0), ouderbijdrage: bedrag('548.06') },
    { gemeente: 'GM0935', schooljaar: '2026-2027', besluit: 'toegekend', vervoersvorm: 'ov', kostenJaar: bedrag('606.99'), vergoeding: bedrag('58.93'), ouderbijdrage: bedrag(0) },
    { gemeente: 'GM0981', schooljaar: '2026-2027', besluit: 'toegekend', vervoersvorm: 'eigen_vervoer', kostenJaar: bedrag('1656.00'), vergoeding: bedrag('1656.00'), ouderbijdrage: bedrag(0) },
    { gemeente: 'GM0981', schooljaar: '2026-2027', besluit: 'afgewezen' },
    { gemeente: 'GM0938', schooljaar: '2026-2027', besluit: 'handmatig', vervoersvorm: 'aangepast', kostenJaar: bedrag('3978.00') },
    { gemeente: 'GM0994', schooljaar: '2025-2026', besluit: 'toegekend', vervoersvorm: 'fiets', kostenJaar: bedrag('316.80'), vergoeding: bedrag('316.80') },
  ];

  it('per schooljaar zes gemeenten (Maastricht eerst), de overige gemeenten samen en het SZMH-totaal als som van de delen', () => {
    const r = new Deelnamerapport();
    for (const x of regels) r.voegToe(x);
    const rijen = r.rijen();
    expect(rijen.map((x) => `${x.schooljaar} ${x.gemeente}`)).toEqual([
      ...['Maastricht', 'Eijsden-Margraten', 'Gulpen-Wittem', 'Meerssen', 'Vaals', 'Valkenburg aan de Geul', 'overige gemeenten', 'SZMH totaal'].map((g) => `2025-2026 ${g}`),
      ...['Maastricht', 'Eijsden-Margraten', 'Gulpen-Wittem', 'Meerssen', 'Vaals', 'Valkenburg aan de Geul', 'overige gemeenten', 'SZMH totaal'].map((g) => `2026-2027 ${g}`),
    ]);
    const jaar = rijen.filter((x) => x.schooljaar === '2026-2027');
    const rij = (g: string) => jaar.find((x) => x.gemeente === g)!;
    expect(rij('Maastricht')).toMatchObject({ beschikkingen: 2, toegekend: 2, aangepast: 1, vergoedingen: 1, ov: 1 });
    expect(rij('overige gemeenten')).toMatchObject({ beschikkingen: 3, toegekend: 1, afgewezen: 1, handmatig: 1, aangepast: 0, vergoedingen: 1, eigen_vervoer: 1 });
    const totaal = rij('SZMH totaal');
    expect(totaal).toMatchObject({ beschikkingen: 5, toegekend: 3, afgewezen: 1, handmatig: 1, aangepast: 1, vergoedingen: 2 });
    expect(totaal.kosten_aangepast.toFixed(2)).toBe('3978.00');
    expect(totaal.vergoeding_totaal.toFixed(2)).toBe('1714.93');
    expect(totaal.ouderbijdrage_totaal.toFixed(2)).toBe('548.06');
    for (const k of ['beschikkingen', 'toegekend', 'aangepast', 'vergoedingen'] as const) {
      expect(totaal[k]).toBe(jaar.slice(0, 6).reduce((s, x) => s + x[k], 0));
      expect(totaal[k]).toBe(rij('Maastricht')[k] + rij('overige gemeenten')[k]);
    }
  });

  it('een schooljaar zonder beschikkingen staat er met nullen in', () => {
    const r = new Deelnamerapport();
    r.zorgVoor('2027-2028');
    expect(r.rijen()).toHaveLength(8);
    expect(r.rijen().every((x) => x.beschikkingen === 0)).toBe(true);
  });
});
