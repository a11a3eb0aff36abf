/**
 * Inkomenssignalen: START_IKV (nieuwe inkomstenverhouding, UWV Polisadministratie), OIB
 * (Ondersteuning Inkomstenverrekening Bijstand) en BOX1. Onderzoek §1.2 nrs 1, 2 en 12; §1.6 C.
 */
import { formatBedrag } from '../kern/geld.js';
import { veldBedrag, feitdatum, norm, type ProductInvoer, type Voorstel } from './voorstel.js';

/**
 * START_IKV: staat het loonheffingennummer al bij deze cliënt geregistreerd, dan is het signaal
 * `BEKEND`; anders onderzoek naar de inlichtingenplicht (art 17 Pw), met mogelijk herziening en
 * terugvordering (art 54, 58 Pw) en een boete (art 18a Pw).
 */
export function startInkomstenverhouding(p: ProductInvoer): Voorstel {
  const lhnr = p.signaal.velden.loonheffingennummer;
  const bekende = p.koppeling.extra?.bekendeLoonheffingennummers;
  const bekend = lhnr !== undefined && bekende !== undefined ? bekende.includes(norm(lhnr)) : undefined;
  const ingangsdatum = feitdatum(p.signaal);
  const v: Voorstel =
    bekend === true
      ? { voorstel: 'afsluiten_bekend', afsluitcode: 'BEKEND', prioriteit: 'laag' }
      : { voorstel: 'onderzoek_inlichtingenplicht', prioriteit: 'normaal', ...(ingangsdatum ? { ingangsdatum } : {}) };
  p.trace.stap({
    regel: 'IB-START_IKV',
    artikel: 'art 17 lid 1 Pw; art 54 lid 3, 58 en 18a Pw',
    omschrijving:
      bekend === true
        ? 'inkomstenverhouding al geregistreerd: bekend'
        : bekend === false
          ? 'onbekende inkomstenverhouding: onderzoek de inlichtingenplicht (loonstroken), dan mogelijk herziening, terugvordering, boete'
          : 'niet na te gaan of de inkomstenverhouding bekend is: onderzoek de inlichtingenplicht (loonstroken)',
    invoer: { loonheffingennummer: lhnr ?? null, bekend: bekend ?? null },
    uitkomst: v.voorstel,
  });
  return v;
}

/**
 * OIB: vergelijk het indicatieve netto van IB met wat voor die loonperiode is verrekend
 * (`netto_verrekend`). Een verschil boven de tolerantie is een taak; een gecorrigeerde loonperiode
 * leidt tot herziening (art 54 lid 3 Pw).
 */
export function inkomstenverrekening(p: ProductInvoer): Voorstel {
  const s = p.signaal;
  const indicatief = veldBedrag(s, 'netto_indicatief');
  const verrekend = veldBedrag(s, 'netto_verrekend');
  const ingangsdatum = feitdatum(s);
  const metDatum = ingangsdatum ? { ingangsdatum } : {};
  const correctie = ['ja', 'j', 'true', '1'].includes((s.velden.correctie ?? '').toLowerCase());
  if (indicatief === undefined || verrekend === undefined) {
    const v: Voorstel = { voorstel: correctie ? 'herzien_verrekening' : 'vergelijk_verrekening', prioriteit: 'normaal', ...metDatum };
    p.trace.stap({
      regel: 'IB-OIB',
      artikel: correctie ? 'art 31, 32 en 54 lid 3 Pw' : 'art 31 en 32 Pw',
      omschrijving: 'geen verrekend netto bij het signaal: vergelijk het indicatieve netto met de verrekening',
      invoer: { netto_indicatief: indicatief ?? null, netto_verrekend: null, correctie },
      uitkomst: v.voorstel,
    });
    return v;
  }
  const tolerantie = p.params.bedrag('ib.oib.tolerantie', ingangsdatum ?? s.peildatum ?? p.koppeling.begin, p.koppeling.gemeente);
  const verschil = indicatief.minus(verrekend).abs();
  const binnen = verschil.lte(tolerantie.waarde);
  const v: Voorstel = binnen
    ? { voorstel: 'afsluiten_bekend', afsluitcode: 'BEKEND', prioriteit: 'laag' }
    : { voorstel: correctie ? 'herzien_verrekening' : 'corrigeer_verrekening', prioriteit: 'normaal', ...metDatum };
  p.trace.stap({
    regel: 'IB-OIB',
    artikel: correctie ? 'art 31, 32 en 54 lid 3 Pw' : 'art 31 en 32 Pw',
    omschrijving: binnen
      ? 'verschil tussen indicatief en verrekend netto binnen de tolerantie'
      : `verrekend netto wijkt ${formatBedrag(verschil)} af: corrigeer de verrekening${correctie ? ' en herzie de eerdere periode' : ''}`,
    invoer: { netto_indicatief: indicatief, netto_verrekend: verrekend, verschil, correctie },
    parameters: [tolerantie],
    uitkomst: v.voorstel,
  });
  return v;
}

/** BOX1: inkomsten uit werk en woning (zelfstandige, alimentatie, overig werk): onderzoek de middelen. */
export function inkomstenBox1(p: ProductInvoer): Voorstel {
  const v: Voorstel = { voorstel: 'onderzoek_inkomsten', prioriteit: 'normaal' };
  p.trace.stap({
    regel: 'IB-BOX1',
    artikel: 'art 17, 31 en 32 Pw',
    omschrijving: 'inkomsten box 1 (zelfstandige, alimentatie, overig werk): bekend en verrekend?',
    invoer: { belastingjaar: p.signaal.velden.belastingjaar ?? null, bedrag: veldBedrag(p.signaal, 'bedrag') ?? null },
    uitkomst: v.voorstel,
  });
  return v;
}
