import { describe, expect, it } from 'vitest';
import { bedrag, formatBedrag, NUL } from '../kern/geld.js';
import { TraceBouwer } from '../kern/trace.js';
import { leesPeriode } from '../debiteuren/rapportage.js';
import { fraudecijfers, ibAfsluitingen, werkvoorraad, SZMH_TOTAAL } from './marap.js';
import { ingebouwd } from '../../../test/parameters.js';

const periode = (p: string) => {
  const r = leesPeriode(p);
  if (!r.ok) throw new Error(r.reden);
  return r.periode;
};

describe('werkvoorraad naar leeftijd', () => {
  it('de klassen 0-14, 15-28, 29-56, 57-91 en 92+ met de grens in de lagere klasse; lege klassen staan er ook; het totaal is de som', () => {
    const items = [0, 14, 15, 91, 92, 400].map((leeftijdDagen, i) => ({ leeftijdDagen, bedrag: bedrag(`${i + 1}0.00`) }));
    const regels = werkvoorraad([{ werklijst: 'proef', leeftijd: 'dagen', metBedrag: true, items }], ingebouwd, '2026-11-23' as never, new TraceBouwer());
    expect(regels.map((r) => [r.klasse, r.aantal, r.bedrag && formatBedrag(r.bedrag)])).toEqual([
      ['0-14', 2, '30.00'], // 10 + 20
      ['15-28', 1, '30.00'],
      ['29-56', 0, '0.00'],
      ['57-91', 1, '40.00'],
      ['92+', 2, '110.00'], // 50 + 60
      ['totaal', 6, '210.00'],
    ]);
  });

  it('een werklijst zonder bedragen heeft geen bedrag; de parameters zijn onbevestigd en dat staat in de trace', () => {
    const t = new TraceBouwer();
    const regels = werkvoorraad([{ werklijst: 'verzuim', leeftijd: 'dagen', metBedrag: false, items: [{ leeftijdDagen: 3 }] }], ingebouwd, '2026-11-23' as never, t);
    expect(regels.every((r) => r.bedrag === null)).toBe(true);
    expect(t.klaar().waarschuwingen.some((w) => w.includes('rapportage.werkvoorraad.grens1'))).toBe(true);
  });
});

describe('fraudecijfers', () => {
  it('per gemeente en SZMH als som; doel vastgesteld 2018 € 650.000, na T2 (augustus) naar rato 650.000 × 8/12 = € 433.333,33; geïnd komt ongewijzigd uit het ontvangstenrapport', () => {
    const p = periode('2018-T2');
    const geind = [
      { gemeente: 'Maastricht', ontvangen_periode: bedrag('100.00'), ontvangen_jaar: bedrag('250.00'), jaardoel: null, verwacht_naar_rato: null },
      { gemeente: SZMH_TOTAAL, ontvangen_periode: bedrag('100.00'), ontvangen_jaar: bedrag('250.00'), jaardoel: bedrag('350000.00'), verwacht_naar_rato: bedrag('233333.33') },
    ];
    const regels = fraudecijfers(
      p,
      [{ gemeente: 'GM0935', aantal: 2, bedrag: bedrag('1500.00') }, { gemeente: 'GM0981', aantal: 1, bedrag: bedrag('99.99') }],
      [{ gemeente: 'GM0935', aantal: 5, bedrag: bedrag('4000.00') }],
      geind,
      ingebouwd,
      new TraceBouwer(),
    );
    const maastricht = regels.find((r) => r.gemeente === 'Maastricht')!;
    expect([maastricht.vastgesteld_aantal, formatBedrag(maastricht.vastgesteld_periode), formatBedrag(maastricht.vastgesteld_jaar), formatBedrag(maastricht.geind_jaar)]).toEqual([2, '1500.00', '4000.00', '250.00']);
    expect(regels.find((r) => r.gemeente === 'Meerssen')!.geind_periode).toEqual(NUL);
    const totaal = regels.at(-1)!;
    expect(totaal.gemeente).toBe(SZMH_TOTAAL);
    expect([totaal.vastgesteld_aantal, formatBedrag(totaal.vastgesteld_periode), formatBedrag(totaal.doel_vastgesteld!), formatBedrag(totaal.verwacht_vastgesteld!)]).toEqual([3, '1599.99', '650000.00', '433333.33']);
    expect([formatBedrag(totaal.doel_geind!), formatBedrag(totaal.verwacht_geind!)]).toEqual(['350000.00', '233333.33']);
    expect(regels).toHaveLength(7);
  });
});

describe('IB-signalen naar afsluitcode', () => {
  it('per gemeente (ook zonder signalen), onbekend alleen als het voorkomt, SZMH als de som; ontvangen = open + afgesloten', () => {
    const regels = ibAfsluitingen([
      { gemeente: 'GM0935', status: 'open', afsluitcode: null },
      { gemeente: 'GM0935', status: 'afgesloten', afsluitcode: 'BEEINDIGD' },
      { gemeente: 'GM0981', status: 'afgesloten', afsluitcode: 'GEEN_OVERLAP' },
      { gemeente: null, status: 'afgesloten', afsluitcode: 'BEEINDIGD' },
    ]);
    expect(regels.map((r) => r.gemeente)).toEqual(['Eijsden-Margraten', 'Gulpen-Wittem', 'Maastricht', 'Meerssen', 'Vaals', 'Valkenburg aan de Geul', 'onbekend', SZMH_TOTAAL]);
    expect(regels.find((r) => r.gemeente === 'Maastricht')).toMatchObject({ ontvangen: 2, open: 1, afgesloten: 1, beeindigd: 1 });
    expect(regels.at(-1)).toMatchObject({ ontvangen: 4, open: 1, afgesloten: 3, beeindigd: 2, geen_overlap: 1, boete: 0 });
    expect(ibAfsluitingen([]).map((r) => r.gemeente)).not.toContain('onbekend');
  });
});
