import { datumVanLeeftijd, delen, eersteVanMaand, maakDatum, plusDagen, plusMaanden, type Datum, type Schooljaar } from '../kern/datum.js';
import type { TraceBouwer } from '../kern/trace.js';
import type { LeerplichtParameters } from './parameters.js';
import type { Leerling, LeerplichtDatums } from './types.js';

const LPW = 'Leerplichtwet 1969';

/**
 * Het schooljaar waarin `d` valt, als een schooljaar begint op de eerste dag van `eersteMaand` en
 * loopt tot en met de dag vóór die datum een jaar later. Met maand 8 is dit precies `schooljaarVan`
 * uit de kern (1 augustus t/m 31 juli); de maand is hier een parameter, geen constante.
 */
export function schooljaarMetBegin(d: Datum, eersteMaand: number): Schooljaar {
  const { jaar, maand } = delen(d);
  const beginjaar = maand >= eersteMaand ? jaar : jaar - 1;
  return {
    naam: `${beginjaar}-${beginjaar + 1}`,
    begin: maakDatum(beginjaar, eersteMaand, 1),
    eind: plusDagen(maakDatum(beginjaar + 1, eersteMaand, 1), -1),
  };
}

/** Bij wie op 29 februari is geboren en in een jaar zonder 29 februari verjaart: de uitleg erbij. */
function schrikkeldag(geboortedatum: Datum, verjaardag: Datum): string {
  return geboortedatum.endsWith('-02-29') && verjaardag.endsWith('-03-01')
    ? ' (geboren op 29 februari: in een jaar zonder 29 februari een jaar ouder op 1 maart)'
    : '';
}

/**
 * De vier datums van een leerling; elke `…Tot` is de laatste dag (tot en met).
 *
 * - leerplichtig vanaf: de eerste dag van de maand volgend op die waarin de leerling 5 wordt. Wie op
 *   de 1e van een maand jarig is, begint dus pas de 1e van de maand daarna. De wet (art 3 lid 1)
 *   noemt de eerste *schooldag* van die maand; die hangt af van de vakanties. Zoals de spec nemen wij
 *   de eerste kalenderdag.
 * - leerplicht tot: de laatste dag van het schooljaar waarin de leerling 16 wordt (art 3 lid 1 onder b).
 *   Wie op 31 juli 16 wordt, doet dat nog in het oude schooljaar; wie op 1 augustus 16 wordt, in het nieuwe.
 * - kwalificatieplicht tot: de dag vóór de 18e verjaardag, of de dag van de startkwalificatie als die
 *   eerder is (art 4b). Een startkwalificatie vóór het einde van de leerplicht beëindigt de leerplicht
 *   niet (art 3 kent die grond niet); er ontstaat dan geen kwalificatieplicht (art 4a lid 1 onder b) en
 *   kwalificatieplicht tot = leerplicht tot.
 * - RMC tot: zonder startkwalificatie de dag vóór de 23e verjaardag; met een startkwalificatie ná de
 *   kwalificatieplicht de dag van het diploma (als dat eerder is); leeg als de leerling de
 *   kwalificatieplicht al met een startkwalificatie verliet (art 8.1.8 lid 1 onder a en b WEB).
 */
export function berekenLeerplichtDatums(leerling: Leerling, p: LeerplichtParameters, t: TraceBouwer): LeerplichtDatums {
  const { geboortedatum, startkwalificatieOp: skq } = leerling;

  const beginLeeftijd = p.beginLeeftijd.waarde;
  const beginVerjaardag = datumVanLeeftijd(geboortedatum, beginLeeftijd);
  const leerplichtigVanaf = plusMaanden(eersteVanMaand(beginVerjaardag), 1);
  t.stap({
    regel: 'LP-3-1-begin',
    artikel: `art 3 lid 1 ${LPW}`,
    omschrijving:
      `De leerling wordt ${beginLeeftijd} op ${beginVerjaardag}${schrikkeldag(geboortedatum, beginVerjaardag)}; de leerplicht begint in de maand daarna. ` +
      'Zoals de productspecificatie: op de eerste dag van die maand. De wet noemt de eerste schooldag van die maand; ' +
      'die hangt af van de schoolvakanties en wordt hier niet bepaald',
    invoer: { geboortedatum, verjaardag: beginVerjaardag },
    parameters: [p.beginLeeftijd],
    uitkomst: leerplichtigVanaf,
  });

  const eindeLeeftijd = p.eindeLeeftijd.waarde;
  const eindeVerjaardag = datumVanLeeftijd(geboortedatum, eindeLeeftijd);
  const schooljaar = schooljaarMetBegin(eindeVerjaardag, p.schooljaarEersteMaand.waarde);
  const leerplichtTot = schooljaar.eind;
  t.stap({
    regel: 'LP-3-1b',
    artikel: `art 3 lid 1 onder b ${LPW}`,
    omschrijving:
      `De leerling wordt ${eindeLeeftijd} op ${eindeVerjaardag}${schrikkeldag(geboortedatum, eindeVerjaardag)}, in schooljaar ${schooljaar.naam}; ` +
      'de leerplicht eindigt aan het einde van dat schooljaar. Een eerder einde na twaalf volledige schooljaren ' +
      '(art 3 lid 1 onder a) volgt niet uit de invoer en is niet getoetst',
    invoer: { verjaardag: eindeVerjaardag, schooljaar: schooljaar.naam, schooljaar_begin: schooljaar.begin },
    parameters: [p.eindeLeeftijd, p.schooljaarEersteMaand],
    uitkomst: leerplichtTot,
  });

  const kwalificatieLeeftijd = p.kwalificatieLeeftijd.waarde;
  const kwalificatieVerjaardag = datumVanLeeftijd(geboortedatum, kwalificatieLeeftijd);
  let kwalificatieplichtTot: Datum;
  let regel = 'LP-4b';
  let artikel = `art 4a lid 1 en art 4b ${LPW}`;
  let omschrijving: string;
  if (skq !== undefined && skq <= leerplichtTot) {
    kwalificatieplichtTot = leerplichtTot;
    regel = 'LP-4a-1b';
    artikel = `art 3 lid 1 en art 4a lid 1 onder b ${LPW}`;
    omschrijving =
      `Startkwalificatie behaald op ${skq}, vóór het einde van de leerplicht: er ontstaat geen kwalificatieplicht. ` +
      `De leerplicht zelf loopt door tot en met ${leerplichtTot}, want art 3 kent geen einde door een diploma; ` +
      'kwalificatieplicht_tot is daarom gelijk aan leerplicht_tot';
  } else if (skq !== undefined && skq < kwalificatieVerjaardag) {
    kwalificatieplichtTot = skq;
    omschrijving =
      `De kwalificatieplicht loopt na de leerplicht door en eindigt met de startkwalificatie op ${skq}, ` +
      `vóór de ${kwalificatieLeeftijd}e verjaardag (${kwalificatieVerjaardag}); zoals de productspecificatie telt de dag van het diploma als laatste dag`;
  } else {
    kwalificatieplichtTot = plusDagen(kwalificatieVerjaardag, -1);
    omschrijving =
      `${skq === undefined ? 'Geen startkwalificatie' : `Startkwalificatie pas op ${skq}`}: de kwalificatieplicht loopt na de leerplicht door ` +
      `tot de leerling ${kwalificatieLeeftijd} wordt op ${kwalificatieVerjaardag}${schrikkeldag(geboortedatum, kwalificatieVerjaardag)}; de laatste dag is de dag ervoor`;
  }
  t.stap({
    regel,
    artikel,
    omschrijving,
    invoer: { leerplicht_tot: leerplichtTot, verjaardag: kwalificatieVerjaardag, startkwalificatie_op: skq ?? null },
    parameters: [p.kwalificatieLeeftijd],
    uitkomst: kwalificatieplichtTot,
  });

  const rmcLeeftijd = p.rmcLeeftijd.waarde;
  const rmcVerjaardag = datumVanLeeftijd(geboortedatum, rmcLeeftijd);
  let rmcTot: Datum | undefined;
  if (skq !== undefined && skq <= kwalificatieplichtTot) {
    rmcTot = undefined;
    omschrijving = `De startkwalificatie (${skq}) is uiterlijk op de laatste dag van de leer- of kwalificatieplicht behaald: de jongere hoort daarna niet tot de RMC-doelgroep`;
  } else if (skq !== undefined && skq < rmcVerjaardag) {
    rmcTot = skq;
    omschrijving =
      `Zonder startkwalificatie hoort de jongere na de kwalificatieplicht tot de RMC-doelgroep, tot de startkwalificatie op ${skq} ` +
      `(vóór de ${rmcLeeftijd}e verjaardag, ${rmcVerjaardag}); net als bij de kwalificatieplicht telt de dag van het diploma als laatste dag`;
  } else {
    rmcTot = plusDagen(rmcVerjaardag, -1);
    omschrijving =
      `${skq === undefined ? 'Zonder startkwalificatie' : `Met een startkwalificatie pas op ${skq}`} hoort de jongere na de kwalificatieplicht ` +
      `tot de RMC-doelgroep tot hij ${rmcLeeftijd} wordt op ${rmcVerjaardag}${schrikkeldag(geboortedatum, rmcVerjaardag)}; de laatste dag is de dag ervoor`;
  }
  t.stap({
    regel: 'LP-RMC',
    artikel: 'art 8.1.8 lid 1 onder a en b en art 8.3.1 WEB',
    omschrijving,
    invoer: { kwalificatieplicht_tot: kwalificatieplichtTot, verjaardag: rmcVerjaardag, startkwalificatie_op: skq ?? null },
    parameters: [p.rmcLeeftijd],
    uitkomst: rmcTot ?? null,
  });

  return rmcTot === undefined
    ? { leerplichtigVanaf, leerplichtTot, kwalificatieplichtTot }
    : { leerplichtigVanaf, leerplichtTot, kwalificatieplichtTot, rmcTot };
}
