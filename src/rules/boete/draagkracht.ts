import { Decimal, rondAf, minBedrag, type Bedrag } from '../kern/geld.js';
import type { Parameters } from '../kern/parameters.js';
import type { TraceBouwer } from '../kern/trace.js';
import type { BoeteZaak } from './types.js';

/**
 * Draagkracht (art 2 lid 8 BBSZ, art 5:46 lid 2 Awb; CRvB 11 januari 2016): de boete moet binnen
 * een redelijke termijn te betalen zijn uit het inkomen boven de beslagvrije voet. De termijn in
 * maanden hangt af van de verwijtbaarheid (beleid). De maandelijkse ruimte is de opgegeven
 * `draagkracht_maand`, of (1 − beslagvrije voet) × de bijstandsnorm.
 */
export function pasDraagkrachtToe(zaak: BoeteZaak, boete: Bedrag, params: Parameters, t: TraceBouwer): Bedrag {
  const { besluitdatum: peil, gemeente } = zaak;
  if (zaak.draagkrachtMaand === undefined && zaak.bijstandsnormMaand === undefined) {
    t.stap({
      regel: 'BO-draagkracht',
      artikel: 'art 2 lid 8 Boetebesluit socialezekerheidswetten; art 5:46 lid 2 Awb',
      omschrijving: 'Geen bijstandsnorm of draagkracht opgegeven: de draagkracht is niet getoetst',
      uitkomst: boete,
    });
    return boete;
  }
  const v = zaak.verwijtbaarheid === 'geen' ? 'verminderd' : zaak.verwijtbaarheid;
  const maanden = params.aantal(`boete.draagkracht.maanden.${v}`, peil, gemeente);
  const gebruikt = [];
  let perMaand: Bedrag;
  if (zaak.draagkrachtMaand !== undefined) {
    perMaand = zaak.draagkrachtMaand;
  } else {
    const bvv = params.factor('boete.draagkracht.beslagvrije_voet', peil, gemeente);
    gebruikt.push(bvv);
    perMaand = new Decimal(1).minus(bvv.waarde).mul(zaak.bijstandsnormMaand!);
  }
  const maximum = rondAf(perMaand.mul(maanden.waarde));
  const uitkomst = minBedrag(boete, maximum);
  t.stap({
    regel: 'BO-draagkracht',
    artikel: 'art 2 lid 8 Boetebesluit socialezekerheidswetten; art 5:46 lid 2 Awb (CRvB 11-01-2016, ECLI:NL:CRVB:2016:8)',
    omschrijving: uitkomst.lt(boete)
      ? `De boete is hoger dan ${maanden.waarde} maanden draagkracht: verlaagd tot dat bedrag`
      : `De boete past binnen ${maanden.waarde} maanden draagkracht: niet verlaagd`,
    invoer: {
      boete,
      bijstandsnorm_maand: zaak.bijstandsnormMaand ?? null,
      draagkracht_maand: perMaand,
      maximum,
    },
    parameters: [maanden, ...gebruikt],
    uitkomst,
  });
  return uitkomst;
}
