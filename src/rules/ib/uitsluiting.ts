/**
 * Signalen over een uitsluitingsgrond: DETENTIE, VOORTVLUCHTIG en UITKERING_ANDERE_GEMEENTE.
 * Onderzoek §1.2 nrs 5-7 en §1.6 C. De rechtsgevolgen gaan in op de datum van het feit (de dag van
 * insluiting), niet op de dag van afhandeling (§1.6 D).
 */
import { leesGemeente } from '../kern/gemeente.js';
import { feitdatum, type ProductInvoer, type Voorstel } from './voorstel.js';

/** Detentie: geen recht op bijstand vanaf de dag van insluiting (art 13 lid 1 onder a Pw), behalve art 13 lid 3. */
export function detentie(p: ProductInvoer): Voorstel {
  const s = p.signaal;
  // `van` is de dag van insluiting (de kolomkaart legt het bronveld daarop)
  const insluiting = feitdatum(s);
  const v: Voorstel = { voorstel: 'opschorten_of_beeindigen', prioriteit: 'hoog', ...(insluiting ? { ingangsdatum: insluiting } : {}) };
  p.trace.stap({
    regel: 'IB-DETENTIE',
    artikel: 'art 13 lid 1 onder a en lid 3 Pw',
    omschrijving: 'gedetineerd: geen recht vanaf de dag van insluiting; opschorten of beëindigen, uitzondering art 13 lid 3 nagaan',
    invoer: { datum_insluiting: insluiting ?? null },
    uitkomst: v.voorstel,
  });
  return v;
}

/** Voortvluchtig veroordeelde: uitgesloten van bijstand (art 13 lid 1 onder b Pw); beëindigen na onderzoek. */
export function voortvluchtig(p: ProductInvoer): Voorstel {
  const start = feitdatum(p.signaal);
  const v: Voorstel = { voorstel: 'beeindigen_na_onderzoek', prioriteit: 'hoog', ...(start ? { ingangsdatum: start } : {}) };
  p.trace.stap({
    regel: 'IB-VOORTVLUCHTIG',
    artikel: 'art 13 lid 1 onder b Pw',
    omschrijving: 'voortvluchtig veroordeelde (CJIB): uitsluitingsgrond; beëindigen na onderzoek',
    invoer: { begin_voortvluchtig: start ?? null },
    uitkomst: v.voorstel,
  });
  return v;
}

/** Uitkering in een andere gemeente over dezelfde periode: woonplaatsbeginsel (art 40 Pw). */
export function uitkeringAndereGemeente(p: ProductInvoer): Voorstel {
  const s = p.signaal;
  const ander = s.velden.andere_gemeente;
  const code = ander === undefined ? undefined : leesGemeente(ander);
  const overlapVan = s.van !== undefined && s.van > p.koppeling.begin ? s.van : p.koppeling.begin;
  const v: Voorstel = { voorstel: 'contact_andere_gemeente', prioriteit: 'hoog', ingangsdatum: overlapVan };
  p.trace.stap({
    regel: 'IB-UITKERING_ANDERE_GEMEENTE',
    artikel: 'art 40 lid 1 Pw',
    omschrijving: 'ook uitkering in een andere gemeente: woonplaats in de BRP nagaan, contact met die gemeente',
    invoer: { andere_gemeente: code?.ok ? code.code : (ander ?? null), overlap_vanaf: overlapVan },
    uitkomst: v.voorstel,
  });
  return v;
}
