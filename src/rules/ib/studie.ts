/**
 * STUDIEFINANCIERING en INSCHRIJVING_HO (DUO): wie jonger is dan 27 en aanspraak heeft op
 * studiefinanciering, heeft geen recht op algemene bijstand (art 13 lid 2 onder c Pw). Onderzoek
 * §1.2 nrs 3-4 en §1.6 C.
 */
import { leeftijdOp } from '../kern/datum.js';
import { feitdatum, type ProductInvoer, type Voorstel } from './voorstel.js';

export function studie(p: ProductInvoer): Voorstel {
  const s = p.signaal;
  const op = feitdatum(s) ?? p.koppeling.begin;
  const grens = p.params.aantal('ib.studiefinanciering.leeftijdsgrens', op, p.koppeling.gemeente);
  const geboortedatum = p.koppeling.alsPartner ? undefined : p.koppeling.extra?.geboortedatum;
  const leeftijd = geboortedatum === undefined ? undefined : leeftijdOp(geboortedatum, op);
  const jonger = leeftijd === undefined ? undefined : leeftijd < grens.waarde;
  const v: Voorstel =
    jonger === false
      ? { voorstel: 'beoordeel_inkomsten_en_arbeidsplicht', prioriteit: 'normaal', ingangsdatum: op }
      : { voorstel: 'onderzoek_studiefinanciering', prioriteit: jonger ? 'hoog' : 'normaal', ingangsdatum: op };
  p.trace.stap({
    regel: `IB-${s.product}`,
    artikel: jonger === false ? 'art 9 en 31 Pw' : 'art 13 lid 2 onder c Pw',
    omschrijving:
      jonger === true
        ? `jonger dan ${grens.waarde} met studiefinanciering: geen recht op algemene bijstand; onderzoeken`
        : jonger === false
          ? `${grens.waarde} jaar of ouder: studie sluit bijstand niet uit; inkomsten en arbeidsverplichtingen beoordelen`
          : 'leeftijd onbekend: nagaan of art 13 lid 2 onder c geldt',
    invoer: { soort: s.velden.soort ?? null, peildatum_leeftijd: op, leeftijd: leeftijd ?? null },
    parameters: [grens],
    uitkomst: v.voorstel,
  });
  return v;
}
