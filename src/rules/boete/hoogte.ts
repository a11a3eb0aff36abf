import { formatEuro, rondAf, minBedrag, maxBedrag, type Bedrag } from '../kern/geld.js';
import type { Datum } from '../kern/datum.js';
import type { Parameters } from '../kern/parameters.js';
import type { TraceBouwer } from '../kern/trace.js';
import type { BoeteZaak, Verwijtbaarheid } from './types.js';

export type Boeteregime = 'fraudewet_2013' | 'boetebesluit_2017';

export interface Boetehoogte {
  /** De boete vóór draagkracht, op centen. */
  readonly boete: Bedrag;
  readonly grondslag: string;
  /** Of de recidiveverhoging is toegepast (alleen bij een benadelingsbedrag). */
  readonly recidive: boolean;
}

const BBSZ = 'Boetebesluit socialezekerheidswetten';
const LID: Record<Exclude<Verwijtbaarheid, 'geen'>, string> = { opzet: '2', grove_schuld: '3', normaal: '4', verminderd: '5' };

/**
 * De hoogte van de boete onder één regime. Regimeparameters gelden op `regimePeil` (de
 * overtredingsdatum, of de start van het regime als dat later is); de boetecategorieën altijd op
 * de overtredingsdatum.
 */
export function boeteHoogte(
  zaak: BoeteZaak,
  regime: Boeteregime,
  regimePeil: Datum,
  recidive: boolean,
  params: Parameters,
  t: TraceBouwer,
): Boetehoogte {
  return regime === 'fraudewet_2013'
    ? hoogteFraudewet(zaak, regimePeil, recidive, params, t)
    : hoogteBoetebesluit2017(zaak, regimePeil, recidive, params, t);
}

function hoogteBoetebesluit2017(zaak: BoeteZaak, peil: Datum, recidive: boolean, params: Parameters, t: TraceBouwer): Boetehoogte {
  const { gemeente, overtredingsdatum } = zaak;
  const v = zaak.verwijtbaarheid as Exclude<Verwijtbaarheid, 'geen'>;

  if (zaak.benadelingsbedrag.isZero()) {
    const uitgangspunt = params.bedrag('boete.nulfraude.uitgangspunt', peil, gemeente);
    const cat2 = params.bedrag('sr.geldboetecategorie.2', overtredingsdatum, gemeente);
    const boete = rondAf(minBedrag(uitgangspunt.waarde, cat2.waarde));
    t.stap({
      regel: 'BO-2-11',
      artikel: `art 18a lid 3 Pw jo. art 2 lid 11 ${BBSZ}`,
      omschrijving: `Geen benadelingsbedrag: uitgangspunt ${formatEuro(uitgangspunt.waarde)}, ten hoogste de tweede categorie`,
      invoer: { benadelingsbedrag: zaak.benadelingsbedrag },
      parameters: [uitgangspunt, cat2],
      uitkomst: boete,
    });
    return { boete, grondslag: `art 18a lid 3 Pw jo. art 2 lid 11 ${BBSZ}`, recidive: false };
  }

  let grondslag = `art 18a lid 1 Pw jo. art 2 lid ${LID[v]} ${BBSZ}`;
  let basis = zaak.benadelingsbedrag;
  if (recidive) {
    const factor = params.factor('boete.recidive.factor', peil, gemeente);
    basis = basis.mul(factor.waarde);
    grondslag = `art 18a lid 1 en 5 Pw jo. art 2 lid ${LID[v]} en 6 ${BBSZ}`;
    t.stap({
      regel: 'BO-2-6',
      artikel: `art 18a lid 5 Pw jo. art 2 lid 6 ${BBSZ}`,
      omschrijving: 'Recidive: het percentage wordt toegepast op 150% van het benadelingsbedrag',
      invoer: { benadelingsbedrag: zaak.benadelingsbedrag },
      parameters: [factor],
      uitkomst: basis,
    });
  }

  const percentage = params.factor(`boete.percentage.${v}`, peil, gemeente);
  let boete = basis.mul(percentage.waarde);
  t.stap({
    regel: `BO-2-${LID[v]}`,
    artikel: `art 2 lid ${LID[v]} ${BBSZ}`,
    omschrijving: `Verwijtbaarheid '${v}': ${percentage.waarde.mul(100).toString()}% van ${recidive ? '150% van ' : ''}het benadelingsbedrag`,
    invoer: { grondslagbedrag: basis, verwijtbaarheid: v },
    parameters: [percentage],
    uitkomst: boete,
  });

  const cat3 = params.bedrag('sr.geldboetecategorie.3', overtredingsdatum, gemeente);
  if (v === 'opzet' || v === 'grove_schuld') {
    const categorie = v === 'opzet' ? params.bedrag('sr.geldboetecategorie.5', overtredingsdatum, gemeente) : cat3;
    const begrensd = boete.gt(categorie.waarde);
    boete = minBedrag(boete, categorie.waarde);
    t.stap({
      regel: v === 'opzet' ? 'BO-18a-1-cat5' : 'BO-18a-1-cat3',
      artikel: 'art 18a lid 1 Pw jo. art 23 lid 4 Sr',
      omschrijving: `${v === 'opzet' ? 'Opzettelijke overtreding: ten hoogste de vijfde categorie' : 'Niet opzettelijk: ten hoogste de derde categorie'}${begrensd ? ' (begrensd)' : ' (niet bereikt)'}`,
      invoer: { boete_volgens_percentage: basis.mul(percentage.waarde) },
      parameters: [categorie],
      uitkomst: boete,
    });
  } else {
    const drempel = params.factor('boete.lid7.drempel', peil, gemeente);
    const grens = drempel.waarde.mul(cat3.waarde);
    if (basis.gt(grens)) {
      const factor = params.factor(`boete.lid7.factor.${v}`, peil, gemeente);
      boete = factor.waarde.mul(cat3.waarde);
      grondslag = `${grondslag} en lid 7 onder ${v === 'normaal' ? 'a' : 'b'}`;
      t.stap({
        regel: v === 'normaal' ? 'BO-2-7a' : 'BO-2-7b',
        artikel: `art 2 lid 7 onder ${v === 'normaal' ? 'a' : 'b'} ${BBSZ}`,
        omschrijving: `Het ${recidive ? 'verhoogde ' : ''}benadelingsbedrag is hoger dan ${drempel.weergave} × de derde categorie: de boete is ${factor.weergave} × de derde categorie`,
        invoer: { grondslagbedrag: basis, drempel_op_centen: rondAf(grens) },
        parameters: [drempel, factor, cat3],
        uitkomst: boete,
      });
    } else {
      t.stap({
        regel: 'BO-2-7',
        artikel: `art 2 lid 7 ${BBSZ}`,
        omschrijving: `Het ${recidive ? 'verhoogde ' : ''}benadelingsbedrag is niet hoger dan ${drempel.weergave} × de derde categorie: het percentage blijft staan`,
        invoer: { grondslagbedrag: basis, drempel_op_centen: rondAf(grens) },
        parameters: [drempel, cat3],
        uitkomst: boete,
      });
    }
  }
  const afgerond = rondAf(boete);
  if (!afgerond.eq(boete)) {
    t.stap({
      regel: 'BO-afronding',
      artikel: 'art 2 Boetebesluit socialezekerheidswetten (geen afrondingsregel sinds 2017)',
      omschrijving: 'Het Boetebesluit kent sinds 2017 geen afronding: de boete wordt op centen vastgesteld (half omhoog)',
      invoer: { boete },
      uitkomst: afgerond,
    });
  }
  return { boete: afgerond, grondslag, recidive };
}

function hoogteFraudewet(zaak: BoeteZaak, peil: Datum, recidive: boolean, params: Parameters, t: TraceBouwer): Boetehoogte {
  const { gemeente, overtredingsdatum } = zaak;
  const artikel = 'art 18a Pw en art 2 Boetebesluit socialezekerheidswetten (tekst 2013-2016)';
  if (zaak.benadelingsbedrag.isZero()) {
    const vast = params.bedrag('boete.fraudewet.nulfraude', peil, gemeente);
    t.stap({
      regel: 'BO-2013-2-3',
      artikel: 'art 2 lid 3 Boetebesluit socialezekerheidswetten (tekst 2013-2016)',
      omschrijving: 'Fraudewet: zonder benadelingsbedrag een vaste boete',
      parameters: [vast],
      uitkomst: vast.waarde,
    });
    return { boete: rondAf(vast.waarde), grondslag: artikel, recidive: false };
  }
  let boete = zaak.benadelingsbedrag;
  const gebruikt = [];
  if (recidive) {
    const factor = params.factor('boete.recidive.factor', peil, gemeente);
    boete = boete.mul(factor.waarde);
    gebruikt.push(factor);
  }
  const minimum = params.bedrag('boete.fraudewet.minimum', peil, gemeente);
  const afronding = params.bedrag('boete.fraudewet.afronding', peil, gemeente);
  const cat5 = params.bedrag('sr.geldboetecategorie.5', overtredingsdatum, gemeente);
  boete = minBedrag(rondAf(maxBedrag(boete, minimum.waarde), { stap: afronding.waarde.toString(), richting: 'omhoog' }), cat5.waarde);
  t.stap({
    regel: 'BO-2013-2-1',
    artikel: 'art 2 lid 1 en 2 Boetebesluit socialezekerheidswetten (tekst 2013-2016)',
    omschrijving: `Fraudewet: ${recidive ? '150%' : '100%'} van het benadelingsbedrag, ten minste het minimum, naar boven afgerond op een veelvoud van ${formatEuro(afronding.waarde)}, ten hoogste de vijfde categorie. Een verlaging wegens verminderde verwijtbaarheid is daarin niet begrepen.`,
    invoer: { benadelingsbedrag: zaak.benadelingsbedrag, recidive },
    parameters: [...gebruikt, minimum, afronding, cat5],
    uitkomst: boete,
  });
  return { boete, grondslag: artikel, recidive };
}
