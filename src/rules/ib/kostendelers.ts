/**
 * KOSTENDELERS (BRP en DUO): een wijziging in wie er op het adres woont. De kostendelersnorm
 * (art 22a Pw) is (40 + A·30) / (A·100) van de gehuwdennorm, met A het aantal personen van 27 jaar
 * of ouder (tot 2023: 21) met hoofdverblijf in de woning, de cliënt meegeteld. A = 1 geeft 70%
 * (de norm voor een alleenstaande), A = 2 geeft 50%, A = 3 geeft 43,33%. Onderzoek §1.2 nr 8, §1.6 C.
 *
 * Uitzonderingen (studenten met studiefinanciering of WTOS, commerciële huurders) staan niet in het
 * signaal en worden niet getoetst: de regel zegt dat in zijn omschrijving.
 */
import { Decimal, type Bedrag } from '../kern/geld.js';
import { leesDatum, leeftijdOp } from '../kern/datum.js';
import { RegelFout } from '../kern/fouten.js';
import { feitdatum, lijst, type ProductInvoer, type Voorstel } from './voorstel.js';

/** De factor van de gehuwdennorm bij A kostendelers (A ≥ 1). */
export function kostendelersfactor(a: number): Bedrag {
  return new Decimal(40 + a * 30).div(a * 100);
}

export function kostendelers(p: ProductInvoer): Voorstel {
  const s = p.signaal;
  const mutatiedatum = feitdatum(s) ?? p.koppeling.begin;
  const leeftijd = p.params.aantal('ib.kostendelers.minimumleeftijd', mutatiedatum, p.koppeling.gemeente);
  let aantal: number | undefined;
  let bron: string;
  const opgegeven = s.velden.aantal_kostendelers;
  const geboortedata = lijst(s.velden.medebewoner_geboortedata);
  if (opgegeven !== undefined && opgegeven !== '') {
    if (!/^\d+$/.test(opgegeven) || Number(opgegeven) < 1) throw new RegelFout(`signaal ${s.bronSleutel}: aantal_kostendelers '${opgegeven}' is geen geheel getal van ten minste 1`);
    aantal = Number(opgegeven);
    bron = 'aantal_kostendelers uit het signaal';
  } else if (geboortedata.length) {
    let meetellend = 0;
    for (const g of geboortedata) {
      const d = leesDatum(g);
      if (!d.ok) throw new RegelFout(`signaal ${s.bronSleutel}: medebewoner_geboortedata: ${d.reden}`);
      if (leeftijdOp(d.datum, mutatiedatum) >= leeftijd.waarde) meetellend++;
    }
    aantal = 1 + meetellend;
    bron = `de cliënt en ${meetellend} van ${geboortedata.length} medebewoners van ${leeftijd.waarde} jaar of ouder op de mutatiedatum`;
  } else {
    bron = 'geen aantal of geboortedata in het signaal';
  }
  const huidig = p.koppeling.extra?.kostendelers;
  let v: Voorstel;
  let omschrijving: string;
  if (aantal === undefined) {
    v = { voorstel: 'onderzoek_woonsituatie', prioriteit: 'normaal', ingangsdatum: mutatiedatum };
    omschrijving = 'Wijziging in de woonsituatie zonder aantal: stel het aantal kostendelers vast';
  } else if (huidig === aantal) {
    v = { voorstel: 'afsluiten_bekend', afsluitcode: 'BEKEND', prioriteit: 'laag' };
    omschrijving = `De norm is al vastgesteld met ${aantal} kostendeler(s): bekend`;
  } else {
    v = { voorstel: huidig === undefined ? 'beoordeel_kostendelersnorm' : 'herbereken_kostendelersnorm', prioriteit: 'normaal', ingangsdatum: mutatiedatum };
    omschrijving = `${aantal} kostendeler(s): norm ${kostendelersfactor(aantal).mul(100).toDecimalPlaces(2).toString()}% van de gehuwdennorm vanaf de mutatiedatum${huidig === undefined ? ' (huidig aantal onbekend)' : ` (nu ${huidig})`}; uitzonderingen (student met SF/WTOS, commerciële huurder) handmatig toetsen`;
  }
  p.trace.stap({
    regel: 'IB-KOSTENDELERS',
    artikel: 'art 22a Pw',
    omschrijving,
    invoer: { mutatiedatum, bron, kostendelers: aantal ?? null, kostendelers_nu: huidig ?? null },
    parameters: [leeftijd],
    uitkomst: aantal === undefined ? v.voorstel : { voorstel: v.voorstel, factor: kostendelersfactor(aantal).toDecimalPlaces(4).toString() },
  });
  return v;
}
