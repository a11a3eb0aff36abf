import { describe, expect, it } from 'vitest';
import { bedrag } from '../rules/kern/geld.js';
import { esc } from './html.js';
import { rapportpagina } from './rapportpagina.js';
import { rapporttabel } from './rapport.js';

const KWAAD = `<script>alert("x")</script>&'`;

describe('rapportpagina', () => {
  it('escapet alle tekst: titel, kenmerken, waarschuwingen, tabellen, grafieken', () => {
    const html = rapportpagina({
      soort: 'proef',
      titel: KWAAD,
      kenmerken: { [KWAAD]: KWAAD, peildatum: '2026-11-23' },
      waarschuwingen: [KWAAD],
      secties: [
        {
          titel: KWAAD,
          toelichting: KWAAD,
          grafieken: [{ id: KWAAD, titel: KWAAD, eenheid: 'euro', categorieen: [KWAAD], reeksen: [{ naam: KWAAD, waarden: [bedrag('1.50')] }] }],
          tabellen: [rapporttabel({ naam: KWAAD, titel: KWAAD, kolommen: [{ naam: KWAAD, soort: 'tekst', waarde: (r: string) => r }], rijen: [KWAAD] })],
        },
      ],
    });
    expect(html).not.toContain('<script');
    expect(html).not.toContain(`"x"`);
    expect(html).toContain(esc(KWAAD));
    expect(esc(KWAAD)).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;');
  });

  it('een bedragcel draagt zijn JSON-waarde en toont euro’s; een staaf draagt zijn bedrag', () => {
    const html = rapportpagina({
      soort: 'proef',
      titel: 't',
      kenmerken: {},
      waarschuwingen: [],
      secties: [
        {
          titel: 's',
          grafieken: [{ id: 'g', titel: 'g', eenheid: 'euro', categorieen: ['a'], reeksen: [{ naam: 'r', waarden: [bedrag('1234.5')] }] }],
          tabellen: [rapporttabel({ naam: 't', titel: 't', kolommen: [{ naam: 'bedrag', soort: 'bedrag', waarde: (r: string) => bedrag(r) }], rijen: ['1234.5'] })],
        },
      ],
    });
    expect(html).toContain('<td data-veld="bedrag" data-waarde="&quot;1234.50&quot;" class="getal">€ 1.234,50</td>');
    expect(html).toMatch(/<rect [^>]*data-waarde="1234.50"><title>a · r: € 1.234,50<\/title><\/rect>/);
  });
});
