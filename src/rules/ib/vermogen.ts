/**
 * Vermogenssignalen: VERMOGEN_SALDO_RENTE, BANKREKENINGNUMMERS, VOERTUIGBEZIT en BOX3 (Belastingdienst
 * en RDW). Onderzoek §1.2 nrs 9-12 en §1.6 C.
 *
 * Het vermogen wordt gemeten op 31-12 van het afgesloten belastingjaar: per definitie niet actueel.
 * Een signaal leidt dus nooit automatisch tot beëindiging of terugvordering, maar tot een onderzoek
 * (afschriften opvragen).
 */
import { RegelFout } from '../kern/fouten.js';
import type { Datum } from '../kern/datum.js';
import type { Bedrag } from '../kern/geld.js';
import type { ParameterGebruik, Parameters } from '../kern/parameters.js';
import type { GemeenteCode } from '../kern/gemeente.js';
import type { Leefvorm } from './types.js';
import { feitdatum, norm, veldBedrag, type ProductInvoer, type Voorstel } from './voorstel.js';

/** De vermogensgrens voor een leefvorm op een datum: alleenstaande, of gezin en alleenstaande ouder (art 34 lid 3 Pw). */
export function vermogensgrens(leefvorm: Leefvorm, op: Datum, params: Parameters, gemeente?: GemeenteCode): ParameterGebruik<Bedrag> {
  return params.bedrag(leefvorm === 'alleenstaande' ? 'ib.vermogensgrens.alleenstaande' : 'ib.vermogensgrens.gezin', op, gemeente);
}

/** De peildatum van een vermogenssignaal: `peildatum` (31-12 van het peiljaar), anders `van`. */
function peildatumVan(p: ProductInvoer): Datum {
  const d = p.signaal.peildatum ?? feitdatum(p.signaal);
  if (d === undefined) throw new RegelFout(`signaal ${p.signaal.bronSleutel}: geen peildatum of peiljaar`);
  return d;
}

/**
 * VERMOGEN_SALDO_RENTE: de som van de saldi over alle rekeningen van cliënt en partner in het
 * peiljaar (`huishoudsaldo`, over het hele bestand opgeteld) tegen de vermogensgrens van de leefvorm
 * in dat jaar. Boven de grens: afschriften opvragen. Eronder met rente: beoordelen (rente kan op
 * vermogen elders wijzen). Eronder zonder rente: niet relevant. Leefvorm onbekend: onderzoek.
 */
export function vermogenSaldoRente(p: ProductInvoer): Voorstel {
  const s = p.signaal;
  const peildatum = peildatumVan(p);
  const saldo = p.huishoudsaldo ?? veldBedrag(s, 'saldo');
  const rente = veldBedrag(s, 'rente');
  const leefvorm = p.koppeling.extra?.leefvorm;
  const invoer = {
    peildatum,
    leefvorm: leefvorm ?? null,
    saldo_signaal: veldBedrag(s, 'saldo') ?? null,
    saldo_huishouden: saldo ?? null,
    rekeningen: p.huishoudrekeningen ?? 1,
    rente: rente ?? null,
    partner: p.koppeling.alsPartner,
  };
  if (leefvorm === undefined || saldo === undefined) {
    const v: Voorstel = { voorstel: 'onderzoek_vermogen', prioriteit: 'normaal' };
    p.trace.stap({
      regel: 'IB-VERMOGEN_SALDO_RENTE',
      artikel: 'art 34 Pw',
      omschrijving: leefvorm === undefined ? 'Leefvorm onbekend (geen leefvorm of partner bij de uitkering): toets het vermogen handmatig' : 'Geen saldo in het signaal: toets het vermogen handmatig',
      invoer,
      uitkomst: v.voorstel,
    });
    return v;
  }
  const grens = vermogensgrens(leefvorm, peildatum, p.params, p.koppeling.gemeente);
  const boven = saldo.gt(grens.waarde);
  const v: Voorstel = boven
    ? { voorstel: 'vraag_afschriften_op', prioriteit: 'hoog' }
    : rente !== undefined && rente.gt(0)
      ? { voorstel: 'beoordeel_rente', prioriteit: 'normaal' }
      : { voorstel: 'afsluiten_niet_relevant', afsluitcode: 'NIET_RELEVANT', prioriteit: 'laag' };
  p.trace.stap({
    regel: 'IB-VERMOGEN_SALDO_RENTE',
    artikel: 'art 34 lid 1 en 3 Pw',
    omschrijving: boven
      ? 'Saldo van het huishouden boven de vermogensgrens op de peildatum: vraag actuele afschriften op (geen automatische beëindiging: de peildatum ligt in het verleden)'
      : v.voorstel === 'beoordeel_rente'
        ? 'Saldo onder de vermogensgrens, maar er is rente ontvangen: beoordeel of die op vermogen elders wijst'
        : 'Saldo van het huishouden onder de vermogensgrens en geen rente: niet relevant',
    invoer,
    parameters: [grens],
    uitkomst: v.voorstel,
  });
  return v;
}

/** BANKREKENINGNUMMERS: een rekening die de cliënt niet heeft opgegeven (art 17 Pw): afschriften opvragen. */
export function bankrekeningnummers(p: ProductInvoer): Voorstel {
  const iban = p.signaal.velden.iban;
  const bekende = p.koppeling.extra?.bekendeIbans;
  const opgegeven = iban !== undefined && bekende !== undefined ? bekende.includes(norm(iban)) : undefined;
  const v: Voorstel =
    opgegeven === true
      ? { voorstel: 'afsluiten_bekend', afsluitcode: 'BEKEND', prioriteit: 'laag' }
      : opgegeven === false
        ? { voorstel: 'vraag_afschriften_op', prioriteit: 'normaal' }
        : { voorstel: 'controleer_opgegeven_rekeningen', prioriteit: 'normaal' };
  p.trace.stap({
    regel: 'IB-BANKREKENINGNUMMERS',
    artikel: 'art 17 lid 1 Pw',
    omschrijving:
      opgegeven === true
        ? 'rekening is opgegeven: bekend'
        : opgegeven === false
          ? 'rekening niet opgegeven: afschriften opvragen'
          : 'niet na te gaan of de rekening is opgegeven: opgegeven rekeningen controleren',
    invoer: { soort_rekening: p.signaal.velden.soort_rekening ?? null, opgegeven: opgegeven ?? null },
    uitkomst: v.voorstel,
  });
  return v;
}

const HOGE_LABELS = ['MEERDERE_VOERTUIGEN', 'DUUR_MERK'];

/**
 * VOERTUIGBEZIT (RDW): vraag eigendom en gebruik aan en neem het voertuig op in het vermogen. De
 * labels MEERDERE_VOERTUIGEN en DUUR_MERK, of een opgegeven waarde boven de vermogensgrens, geven
 * een hoge prioriteit.
 */
export function voertuigbezit(p: ProductInvoer): Voorstel {
  const s = p.signaal;
  const labels = s.labels.map((l) => l.toUpperCase().replace(/[\s-]+/g, '_')).filter((l) => HOGE_LABELS.includes(l));
  const waarde = veldBedrag(s, 'waarde');
  const leefvorm = p.koppeling.extra?.leefvorm;
  const op = feitdatum(s) ?? p.koppeling.begin;
  const grens = waarde !== undefined && leefvorm !== undefined ? vermogensgrens(leefvorm, op, p.params, p.koppeling.gemeente) : undefined;
  const boven = grens !== undefined && waarde!.gt(grens.waarde);
  const v: Voorstel = { voorstel: 'onderzoek_voertuig', prioriteit: labels.length || boven ? 'hoog' : 'normaal', ingangsdatum: op };
  p.trace.stap({
    regel: 'IB-VOERTUIGBEZIT',
    artikel: 'art 17 en 34 Pw',
    omschrijving: 'voertuig op naam: eigendom en gebruik nagaan, waarde meetellen in het vermogen',
    invoer: { labels: labels.join('|') || null, waarde: waarde ?? null, boven_vermogensgrens: grens ? boven : null },
    ...(grens ? { parameters: [grens] } : {}),
    uitkomst: { voorstel: v.voorstel, prioriteit: v.prioriteit },
  });
  return v;
}

/** BOX3: vermogen boven het heffingsvrij vermogen ligt altijd ver boven de bijstandsgrens: onderzoek. */
export function vermogenBox3(p: ProductInvoer): Voorstel {
  const v: Voorstel = { voorstel: 'onderzoek_vermogen', prioriteit: 'hoog' };
  p.trace.stap({
    regel: 'IB-BOX3',
    artikel: 'art 17 en 34 Pw',
    omschrijving: 'box 3-vermogen boven het heffingsvrij vermogen (1 januari): ruim boven de vermogensgrens',
    invoer: { belastingjaar: p.signaal.velden.belastingjaar ?? null, bedrag: veldBedrag(p.signaal, 'bedrag') ?? null },
    uitkomst: v.voorstel,
  });
  return v;
}
