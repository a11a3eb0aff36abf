import { minBedrag, NUL, type Bedrag } from '../kern/geld.js';
import { plusDagen, plusMaanden, verschilInDagen, type Datum } from '../kern/datum.js';
import type { GemeenteCode } from '../kern/gemeente.js';
import type { Parameters } from '../kern/parameters.js';
import { TraceBouwer, type Trace } from '../kern/trace.js';

export interface Betalingsafspraak {
  readonly debiteurId: string;
  readonly termijnbedrag: Bedrag;
  readonly frequentie: 'maand' | 'kwartaal';
  readonly eersteTermijn: Datum;
}

export interface Achterstand {
  readonly debiteurId: string;
  /** Volgnummer van de termijn, vanaf 1. */
  readonly termijn: number;
  readonly vervaldatum: Datum;
  readonly termijnbedrag: Bedrag;
  readonly open: Bedrag;
  /** Dagen sinds de vervaldatum, op de peildatum. */
  readonly leeftijdDagen: number;
}

/** Begin van de afspraak: één termijn vóór de eerste vervaldatum; betalingen vanaf dan tellen mee. */
export function ingangsdatum(afspraak: Betalingsafspraak): Datum {
  return plusMaanden(afspraak.eersteTermijn, afspraak.frequentie === 'maand' ? -1 : -3);
}

/**
 * Achterstanden in een betalingsafspraak (R-DEB-02): de termijnen vervallen vanaf de eerste termijn
 * elke maand of elk kwartaal, tot de schuld bij de ingang is gedekt (de laatste termijn is zo nodig
 * kleiner). Betalingen sinds de ingang vullen de termijnen op volgorde (de oudste eerst). Een termijn
 * die na de respijttermijn nog (deels) open staat, is een achterstand, met zijn leeftijd in dagen.
 * Een termijn staat zo hooguit één keer op de lijst.
 */
export function bepaalAchterstanden(
  afspraak: Betalingsafspraak,
  schuldBijIngang: Bedrag,
  betaaldSindsIngang: Bedrag,
  peildatum: Datum,
  params: Parameters,
  gemeente?: GemeenteCode,
): { achterstanden: Achterstand[]; trace: Trace } {
  const t = new TraceBouwer();
  const respijt = params.aantal('debiteuren.achterstand.respijt_dagen', peildatum, gemeente);
  const stap = afspraak.frequentie === 'maand' ? 1 : 3;
  const achterstanden: Achterstand[] = [];
  let tegoed = betaaldSindsIngang;
  let gepland = NUL;
  let vervallen = 0;
  for (let k = 0; gepland.lt(schuldBijIngang); k++) {
    const vervaldatum = plusMaanden(afspraak.eersteTermijn, k * stap);
    if (vervaldatum > peildatum) break;
    const termijnbedrag = minBedrag(afspraak.termijnbedrag, schuldBijIngang.minus(gepland));
    gepland = gepland.plus(termijnbedrag);
    vervallen++;
    const betaald = minBedrag(tegoed, termijnbedrag);
    tegoed = tegoed.minus(betaald);
    const open = termijnbedrag.minus(betaald);
    if (open.gt(0) && peildatum > plusDagen(vervaldatum, respijt.waarde)) {
      achterstanden.push({ debiteurId: afspraak.debiteurId, termijn: k + 1, vervaldatum, termijnbedrag, open, leeftijdDagen: verschilInDagen(vervaldatum, peildatum) });
    }
  }
  t.stap({
    regel: 'DEB-achterstand',
    artikel: 'betalingsafspraak; beleid: respijttermijn',
    omschrijving: `Vervallen termijnen gevuld met de betalingen sinds de ingang, de oudste eerst; achterstand als een termijn ${respijt.waarde} dagen na de vervaldatum nog open staat`,
    invoer: {
      termijnbedrag: afspraak.termijnbedrag,
      frequentie: afspraak.frequentie,
      eerste_termijn: afspraak.eersteTermijn,
      schuld_bij_ingang: schuldBijIngang,
      betaald_sinds_ingang: betaaldSindsIngang,
      vervallen_termijnen: vervallen,
    },
    parameters: [respijt],
    uitkomst: { achterstanden: achterstanden.length },
  });
  return { achterstanden, trace: t.klaar() };
}
