/**
 * De relevantieregels per product (onderzoek §1.6 C): elke gekoppelde melding wordt een taak met
 * een voorgestelde actie; een mens beslist. Elke regel voegt één stap aan de trace toe.
 */
import type { IbProduct } from './types.js';
import type { ProductInvoer, Voorstel } from './voorstel.js';
import { inkomstenBox1, inkomstenverrekening, startInkomstenverhouding } from './inkomen.js';
import { detentie, uitkeringAndereGemeente, voortvluchtig } from './uitsluiting.js';
import { studie } from './studie.js';
import { kostendelers } from './kostendelers.js';
import { bankrekeningnummers, vermogenBox3, vermogenSaldoRente, voertuigbezit } from './vermogen.js';

function heffingskortingen(p: ProductInvoer): Voorstel {
  const v: Voorstel = { voorstel: 'beoordeel_signaal', prioriteit: 'normaal' };
  p.trace.stap({
    regel: 'IB-HEFFINGSKORTINGEN',
    artikel: 'art 17 en 31 Pw',
    omschrijving: 'heffingskortingen: raakt het de verrekening van inkomsten? (inhoud product niet gepubliceerd)',
    uitkomst: v.voorstel,
  });
  return v;
}

export const PRODUCTREGELS: Readonly<Record<IbProduct, (p: ProductInvoer) => Voorstel>> = {
  START_IKV: startInkomstenverhouding,
  OIB: inkomstenverrekening,
  STUDIEFINANCIERING: studie,
  INSCHRIJVING_HO: studie,
  DETENTIE: detentie,
  VOORTVLUCHTIG: voortvluchtig,
  UITKERING_ANDERE_GEMEENTE: uitkeringAndereGemeente,
  KOSTENDELERS: kostendelers,
  VOERTUIGBEZIT: voertuigbezit,
  VERMOGEN_SALDO_RENTE: vermogenSaldoRente,
  BANKREKENINGNUMMERS: bankrekeningnummers,
  BOX1: inkomstenBox1,
  BOX3: vermogenBox3,
  HEFFINGSKORTINGEN: heffingskortingen,
};
