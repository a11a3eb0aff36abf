/**
 * Het debiteurengrootboek in SQLite: vorderingen, afspraken, afschriften, posten en toewijzingen.
 * Alleen opslag en opvragen; beslissingen (koppelen, toewijzen, achterstanden) staan in
 * src/rules/debiteuren. Bedragen gaan als hele centen de database in en als Decimal eruit.
 */
import { NUL, naarCenten, uitCenten, type Bedrag } from '../../rules/kern/geld.js';
import type { Datum } from '../../rules/kern/datum.js';
import type { GemeenteCode } from '../../rules/kern/gemeente.js';
import type { Component, OpenVordering, Stroom, Toewijzing, Vorderingsoort } from '../../rules/debiteuren/types.js';
import type { Db, Run } from './index.js';

export interface Vordering {
  readonly vorderingId: string;
  readonly debiteurId: string;
  readonly gemeente: GemeenteCode;
  readonly soort: Vorderingsoort;
  readonly stroom: Stroom;
  readonly hoofdsom: Bedrag;
  readonly kosten: Bedrag;
  readonly rente: Bedrag;
  readonly opgelegdOp: Datum;
  readonly betalingskenmerk?: string;
}

interface VorderingRij {
  vordering_id: string;
  debiteur_id: string;
  gemeente: string;
  soort: string;
  stroom: string;
  hoofdsom_cent: number;
  kosten_cent: number;
  rente_cent: number;
  opgelegd_op: string;
  betalingskenmerk: string | null;
}

export interface Afspraakrij {
  readonly debiteurId: string;
  readonly termijnbedrag: Bedrag;
  readonly frequentie: 'maand' | 'kwartaal';
  readonly eersteTermijn: Datum;
}

export interface AfschriftRij {
  readonly sleutel: string;
  readonly volgnummer: string | null;
  readonly begin: Bedrag;
  readonly begindatum: Datum;
  readonly eind: Bedrag;
  readonly einddatum: Datum;
}

export interface PostRij {
  readonly sleutel: string;
  readonly afschrift: string;
  readonly boekdatum: Datum;
  readonly bedrag: Bedrag;
  readonly richting: 'CRDT' | 'DBIT';
  readonly soort: 'ontvangst' | 'terugboeking' | 'overig';
  readonly uitkomst: 'geboekt' | 'niet_gematcht' | 'teruggeboekt' | 'overig';
  readonly regel?: string;
  readonly debiteurId?: string;
  readonly vorderingId?: string;
  readonly kenmerk?: string;
  readonly kenmerkGeldig?: boolean;
  readonly tegenIban?: string;
  readonly endToEnd?: string;
  readonly bankRef?: string;
  readonly mandaat?: string;
  readonly reden?: string;
  readonly origineel?: string;
}

export type Wijziging = 'nieuw' | 'gewijzigd' | 'ongewijzigd';

export class DebiteurenStore {
  private readonly q;
  private readonly gemeenten = new Map<string, GemeenteCode>();

  constructor(private readonly db: Db) {
    const p = (sql: string) => db.prepare(sql);
    this.q = {
      debiteur: p('SELECT gemeente FROM debiteur WHERE debiteur_id = ?'),
      nieuweDebiteur: p('INSERT INTO debiteur (debiteur_id, gemeente) VALUES (?, ?)'),
      iban: p('INSERT OR IGNORE INTO debiteur_iban (iban, debiteur_id) VALUES (?, ?)'),
      debiteurenVoorIban: p('SELECT debiteur_id FROM debiteur_iban WHERE iban = ? ORDER BY debiteur_id'),
      vordering: p('SELECT * FROM vordering WHERE vordering_id = ?'),
      vorderingMetKenmerk: p('SELECT vordering_id, debiteur_id FROM vordering WHERE betalingskenmerk = ?'),
      nieuweVordering: p(`INSERT INTO vordering (vordering_id, debiteur_id, gemeente, soort, stroom, hoofdsom_cent, kosten_cent, rente_cent, opgelegd_op, betalingskenmerk)
                          VALUES (@vordering_id, @debiteur_id, @gemeente, @soort, @stroom, @hoofdsom_cent, @kosten_cent, @rente_cent, @opgelegd_op, @betalingskenmerk)`),
      wijzigVordering: p(`UPDATE vordering SET gemeente = @gemeente, soort = @soort, stroom = @stroom, hoofdsom_cent = @hoofdsom_cent, kosten_cent = @kosten_cent,
                          rente_cent = @rente_cent, opgelegd_op = @opgelegd_op, betalingskenmerk = @betalingskenmerk WHERE vordering_id = @vordering_id`),
      toegewezenPerComponent: p(`SELECT component, coalesce(sum(bedrag_cent), 0) AS cent FROM toewijzing WHERE vordering_id = ? GROUP BY component`),
      openVorderingen: p(`
        SELECT v.vordering_id, v.opgelegd_op,
               v.kosten_cent - coalesce(sum(t.bedrag_cent) FILTER (WHERE t.component = 'kosten'), 0) AS kosten,
               v.rente_cent - coalesce(sum(t.bedrag_cent) FILTER (WHERE t.component = 'rente'), 0) AS rente,
               v.hoofdsom_cent - coalesce(sum(t.bedrag_cent) FILTER (WHERE t.component = 'hoofdsom'), 0) AS hoofdsom
        FROM vordering v LEFT JOIN toewijzing t ON t.vordering_id = v.vordering_id
        WHERE v.debiteur_id = ? GROUP BY v.vordering_id`),
      afspraak: p('SELECT * FROM afspraak WHERE debiteur_id = ?'),
      nieuweAfspraak: p('INSERT INTO afspraak (debiteur_id, termijnbedrag_cent, frequentie, eerste_termijn) VALUES (?, ?, ?, ?)'),
      wijzigAfspraak: p('UPDATE afspraak SET termijnbedrag_cent = ?, frequentie = ?, eerste_termijn = ? WHERE debiteur_id = ?'),
      alleAfspraken: p('SELECT a.*, d.gemeente FROM afspraak a JOIN debiteur d USING (debiteur_id) ORDER BY a.debiteur_id'),
      beslag: p('SELECT * FROM beslag_derden WHERE beslag_id = ?'),
      nieuwBeslag: p('INSERT INTO beslag_derden (beslag_id, debiteur_id, gemeente, schuldeiser, bedrag_cent, van, tot, run_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
      afschrift: p('SELECT 1 FROM afschrift WHERE afschrift_sleutel = ?'),
      vorigAfschrift: p(`SELECT afschrift_sleutel, volgnummer, begin_cent, begindatum, eind_cent, einddatum FROM afschrift
                         WHERE iban = ? AND einddatum <= ? ORDER BY einddatum DESC, volgnummer DESC LIMIT 1`),
      volgendAfschrift: p(`SELECT afschrift_sleutel, volgnummer, begin_cent, begindatum, eind_cent, einddatum FROM afschrift
                           WHERE iban = ? AND begindatum >= ? ORDER BY begindatum ASC, volgnummer ASC LIMIT 1`),
      nieuwAfschrift: p(`INSERT INTO afschrift (afschrift_sleutel, iban, afschrift_id, volgnummer, begin_cent, begindatum, eind_cent, einddatum, sha256, run_id)
                         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      post: p('SELECT 1 FROM post WHERE post_sleutel = ?'),
      nieuwePost: p(`INSERT INTO post (post_sleutel, afschrift_sleutel, boekdatum, bedrag_cent, richting, soort, uitkomst, regel, debiteur_id, vordering_id, kenmerk,
                       kenmerk_geldig, tegen_iban, end_to_end, bank_ref, mandaat, reden, origineel_sleutel, run_id)
                     VALUES (@sleutel, @afschrift, @boekdatum, @bedrag_cent, @richting, @soort, @uitkomst, @regel, @debiteur_id, @vordering_id, @kenmerk,
                       @kenmerk_geldig, @tegen_iban, @end_to_end, @bank_ref, @mandaat, @reden, @origineel, @run_id)`),
      nieuweToewijzing: p(`INSERT INTO toewijzing (post_sleutel, debiteur_id, vordering_id, component, bedrag_cent, regel, run_id) VALUES (?, ?, ?, ?, ?, ?, ?)`),
      origineelOpRef: p(`SELECT post_sleutel FROM post p WHERE p.richting = 'CRDT' AND p.soort = 'ontvangst' AND p.bedrag_cent = ? AND (p.bank_ref = ? OR p.end_to_end = ?)
                         AND NOT EXISTS (SELECT 1 FROM post r WHERE r.origineel_sleutel = p.post_sleutel) ORDER BY p.boekdatum DESC LIMIT 1`),
      origineelOpKenmerk: p(`SELECT post_sleutel FROM post p WHERE p.richting = 'CRDT' AND p.soort = 'ontvangst' AND p.bedrag_cent = ? AND p.kenmerk = ? AND p.tegen_iban IS ?
                             AND NOT EXISTS (SELECT 1 FROM post r WHERE r.origineel_sleutel = p.post_sleutel) ORDER BY p.boekdatum DESC LIMIT 1`),
      toewijzingenVan: p('SELECT debiteur_id, vordering_id, component, bedrag_cent FROM toewijzing WHERE post_sleutel = ? ORDER BY id'),
    };
  }

  // ---- debiteuren en vorderingen ----------------------------------------------------------

  /** Legt een debiteur vast; een bestaande debiteur moet bij dezelfde gemeente horen. */
  debiteur(debiteurId: string, gemeente: GemeenteCode): 'nieuw' | 'bestaand' | { andereGemeente: string } {
    const bestaand = this.q.debiteur.get(debiteurId) as { gemeente: string } | undefined;
    if (!bestaand) {
      this.q.nieuweDebiteur.run(debiteurId, gemeente);
      return 'nieuw';
    }
    return bestaand.gemeente === gemeente ? 'bestaand' : { andereGemeente: bestaand.gemeente };
  }

  /** De gemeente van een debiteur (voor het beleid bij het toewijzen); per run onthouden. */
  gemeenteVan(debiteurId: string): GemeenteCode | undefined {
    let g = this.gemeenten.get(debiteurId);
    if (g === undefined) {
      g = (this.q.debiteur.get(debiteurId) as { gemeente: GemeenteCode } | undefined)?.gemeente;
      if (g) this.gemeenten.set(debiteurId, g);
    }
    return g;
  }

  iban(iban: string, debiteurId: string): void {
    this.q.iban.run(iban, debiteurId);
  }

  vordering(vorderingId: string): Vordering | undefined {
    const r = this.q.vordering.get(vorderingId) as VorderingRij | undefined;
    return r && alsVordering(r);
  }

  toegewezen(vorderingId: string): Record<Component, Bedrag> {
    const uit: Record<Component, Bedrag> = { kosten: NUL, rente: NUL, hoofdsom: NUL };
    for (const r of this.q.toegewezenPerComponent.all(vorderingId) as { component: Component; cent: number }[]) uit[r.component] = uitCenten(r.cent);
    return uit;
  }

  /** Voegt een vordering toe of werkt haar bij; geeft wat er veranderde (voor het auditlog). */
  bewaarVordering(v: Vordering): { wijziging: Wijziging; oud?: Vordering } {
    const oud = this.vordering(v.vorderingId);
    const rij = {
      vordering_id: v.vorderingId,
      debiteur_id: v.debiteurId,
      gemeente: v.gemeente,
      soort: v.soort,
      stroom: v.stroom,
      hoofdsom_cent: naarCenten(v.hoofdsom),
      kosten_cent: naarCenten(v.kosten),
      rente_cent: naarCenten(v.rente),
      opgelegd_op: v.opgelegdOp,
      betalingskenmerk: v.betalingskenmerk ?? null,
    };
    if (!oud) {
      this.q.nieuweVordering.run(rij);
      return { wijziging: 'nieuw' };
    }
    if (JSON.stringify(vorderingAlsJson(oud)) === JSON.stringify(vorderingAlsJson(v))) return { wijziging: 'ongewijzigd', oud };
    this.q.wijzigVordering.run(rij);
    return { wijziging: 'gewijzigd', oud };
  }

  vorderingMetKenmerk(kenmerk: string): { vorderingId: string; debiteurId: string } | undefined {
    const r = this.q.vorderingMetKenmerk.get(kenmerk) as { vordering_id: string; debiteur_id: string } | undefined;
    return r && { vorderingId: r.vordering_id, debiteurId: r.debiteur_id };
  }

  debiteurenVoorIban(iban: string): string[] {
    return (this.q.debiteurenVoorIban.all(iban) as { debiteur_id: string }[]).map((r) => r.debiteur_id);
  }

  openVorderingen(debiteurId: string): OpenVordering[] {
    return (this.q.openVorderingen.all(debiteurId) as { vordering_id: string; opgelegd_op: string; kosten: number; rente: number; hoofdsom: number }[]).map((r) => ({
      vorderingId: r.vordering_id,
      opgelegdOp: r.opgelegd_op as Datum,
      open: { kosten: uitCenten(r.kosten), rente: uitCenten(r.rente), hoofdsom: uitCenten(r.hoofdsom) },
    }));
  }

  // ---- afspraken en beslag -----------------------------------------------------------------

  bewaarAfspraak(a: Afspraakrij): { wijziging: Wijziging; oud?: Afspraakrij } {
    const r = this.q.afspraak.get(a.debiteurId) as { termijnbedrag_cent: number; frequentie: 'maand' | 'kwartaal'; eerste_termijn: string } | undefined;
    const cent = naarCenten(a.termijnbedrag);
    if (!r) {
      this.q.nieuweAfspraak.run(a.debiteurId, cent, a.frequentie, a.eersteTermijn);
      return { wijziging: 'nieuw' };
    }
    const oud: Afspraakrij = { debiteurId: a.debiteurId, termijnbedrag: uitCenten(r.termijnbedrag_cent), frequentie: r.frequentie, eersteTermijn: r.eerste_termijn as Datum };
    if (r.termijnbedrag_cent === cent && r.frequentie === a.frequentie && r.eerste_termijn === a.eersteTermijn) return { wijziging: 'ongewijzigd', oud };
    this.q.wijzigAfspraak.run(cent, a.frequentie, a.eersteTermijn, a.debiteurId);
    return { wijziging: 'gewijzigd', oud };
  }

  alleAfspraken(): (Afspraakrij & { gemeente: GemeenteCode })[] {
    return (this.q.alleAfspraken.all() as { debiteur_id: string; termijnbedrag_cent: number; frequentie: 'maand' | 'kwartaal'; eerste_termijn: string; gemeente: string }[]).map((r) => ({
      debiteurId: r.debiteur_id,
      termijnbedrag: uitCenten(r.termijnbedrag_cent),
      frequentie: r.frequentie,
      eersteTermijn: r.eerste_termijn as Datum,
      gemeente: r.gemeente as GemeenteCode,
    }));
  }

  /** Beslag door derden: apart vastgelegd, nooit een ontvangst (R-DEB-03). Bestaat het al, dan niets. */
  bewaarBeslag(b: { beslagId: string; debiteurId: string; gemeente: GemeenteCode; schuldeiser: string; bedrag: Bedrag; van: Datum; tot?: Datum }, run: Run): Wijziging {
    if (this.q.beslag.get(b.beslagId)) return 'ongewijzigd';
    this.q.nieuwBeslag.run(b.beslagId, b.debiteurId, b.gemeente, b.schuldeiser, naarCenten(b.bedrag), b.van, b.tot ?? null, run.id);
    return 'nieuw';
  }

  // ---- afschriften, posten en toewijzingen -------------------------------------------------

  afschriftBekend(sleutel: string): boolean {
    return this.q.afschrift.get(sleutel) !== undefined;
  }

  /** Het laatst ingelezen afschrift van deze rekening dat eindigt op of vóór `datum`. */
  vorigAfschrift(iban: string, datum: Datum): AfschriftRij | undefined {
    return alsAfschrift(this.q.vorigAfschrift.get(iban, datum));
  }

  /** Het eerste ingelezen afschrift van deze rekening dat begint op of na `datum`. */
  volgendAfschrift(iban: string, datum: Datum): AfschriftRij | undefined {
    return alsAfschrift(this.q.volgendAfschrift.get(iban, datum));
  }

  bewaarAfschrift(a: { sleutel: string; iban: string; id: string; volgnummer?: string; begin: Bedrag; begindatum: Datum; eind: Bedrag; einddatum: Datum; sha256: string }, run: Run): void {
    this.q.nieuwAfschrift.run(a.sleutel, a.iban, a.id, a.volgnummer ?? null, naarCenten(a.begin), a.begindatum, naarCenten(a.eind), a.einddatum, a.sha256, run.id);
  }

  postBekend(sleutel: string): boolean {
    return this.q.post.get(sleutel) !== undefined;
  }

  bewaarPost(p: PostRij, run: Run): void {
    this.q.nieuwePost.run({
      sleutel: p.sleutel,
      afschrift: p.afschrift,
      boekdatum: p.boekdatum,
      bedrag_cent: naarCenten(p.bedrag),
      richting: p.richting,
      soort: p.soort,
      uitkomst: p.uitkomst,
      regel: p.regel ?? null,
      debiteur_id: p.debiteurId ?? null,
      vordering_id: p.vorderingId ?? null,
      kenmerk: p.kenmerk ?? null,
      kenmerk_geldig: p.kenmerkGeldig === undefined ? null : p.kenmerkGeldig ? 1 : 0,
      tegen_iban: p.tegenIban ?? null,
      end_to_end: p.endToEnd ?? null,
      bank_ref: p.bankRef ?? null,
      mandaat: p.mandaat ?? null,
      reden: p.reden ?? null,
      origineel: p.origineel ?? null,
      run_id: run.id,
    });
  }

  bewaarToewijzingen(postSleutel: string, debiteurId: string, toewijzingen: readonly Toewijzing[], regel: string, run: Run): void {
    for (const w of toewijzingen) this.q.nieuweToewijzing.run(postSleutel, debiteurId, w.vorderingId, w.component, naarCenten(w.bedrag), regel, run.id);
  }

  /**
   * De oorspronkelijke ontvangst bij een terugboeking, altijd met hetzelfde bedrag en nog niet eerder
   * teruggeboekt: op bankreferentie of EndToEndId als de terugboeking die noemt (en dan alleen
   * daarop: een andere ontvangst met hetzelfde kenmerk is niet dezelfde), anders op kenmerk met
   * tegenrekening.
   */
  zoekOrigineel(zoek: { bedrag: Bedrag; refs: readonly string[]; kenmerk?: string; tegenIban?: string }): string | undefined {
    const cent = naarCenten(zoek.bedrag);
    for (const ref of zoek.refs) {
      const r = this.q.origineelOpRef.get(cent, ref, ref) as { post_sleutel: string } | undefined;
      if (r) return r.post_sleutel;
    }
    if (zoek.refs.length === 0 && zoek.kenmerk !== undefined) {
      const r = this.q.origineelOpKenmerk.get(cent, zoek.kenmerk, zoek.tegenIban ?? null) as { post_sleutel: string } | undefined;
      if (r) return r.post_sleutel;
    }
    return undefined;
  }

  // ---- overzichten -------------------------------------------------------------------------

  /** Per debiteur: som van de vorderingen, wat daarop is betaald (na terugboekingen) en het tegoed. */
  *saldi(debiteurId?: string): Generator<{ debiteurId: string; vorderingen: Bedrag; aantal: number; betaald: Bedrag; tegoed: Bedrag }> {
    const sql = `
      SELECT d.debiteur_id,
        (SELECT coalesce(sum(hoofdsom_cent + kosten_cent + rente_cent), 0) FROM vordering v WHERE v.debiteur_id = d.debiteur_id) AS vorderingen,
        (SELECT count(*) FROM vordering v WHERE v.debiteur_id = d.debiteur_id) AS aantal,
        (SELECT coalesce(sum(bedrag_cent), 0) FROM toewijzing t WHERE t.debiteur_id = d.debiteur_id AND t.vordering_id IS NOT NULL) AS betaald,
        (SELECT coalesce(sum(bedrag_cent), 0) FROM toewijzing t WHERE t.debiteur_id = d.debiteur_id AND t.component = 'tegoed') AS tegoed
      FROM debiteur d ${debiteurId === undefined ? '' : 'WHERE d.debiteur_id = ?'} ORDER BY d.debiteur_id`;
    const stmt = this.db.prepare(sql);
    const rijen = (debiteurId === undefined ? stmt.iterate() : stmt.iterate(debiteurId)) as Iterable<{ debiteur_id: string; vorderingen: number; aantal: number; betaald: number; tegoed: number }>;
    for (const r of rijen) {
      yield { debiteurId: r.debiteur_id, vorderingen: uitCenten(r.vorderingen), aantal: r.aantal, betaald: uitCenten(r.betaald), tegoed: uitCenten(r.tegoed) };
    }
  }

  /** Elke vordering met een openstaand bedrag. */
  *openstaand(): Generator<{ vorderingId: string; gemeente: GemeenteCode; stroom: Stroom; opgelegdOp: Datum; open: Bedrag }> {
    const rijen = this.db
      .prepare(`
        SELECT v.vordering_id, v.gemeente, v.stroom, v.opgelegd_op,
               v.hoofdsom_cent + v.kosten_cent + v.rente_cent - coalesce(sum(t.bedrag_cent), 0) AS open
        FROM vordering v LEFT JOIN toewijzing t ON t.vordering_id = v.vordering_id
        GROUP BY v.vordering_id HAVING open > 0 ORDER BY v.vordering_id`)
      .iterate() as Iterable<{ vordering_id: string; gemeente: string; stroom: string; opgelegd_op: string; open: number }>;
    for (const r of rijen) {
      yield { vorderingId: r.vordering_id, gemeente: r.gemeente as GemeenteCode, stroom: r.stroom as Stroom, opgelegdOp: r.opgelegd_op as Datum, open: uitCenten(r.open) };
    }
  }

  /** Voor een afspraak: de vorderingen van de debiteur, en wat hij betaalde vóór en sinds `ingang` (tot en met `peildatum`). */
  afspraakstand(debiteurId: string, ingang: Datum, peildatum: Datum): { vorderingen: Bedrag; betaaldVoor: Bedrag; betaaldSinds: Bedrag } {
    const r = this.db
      .prepare(`
        SELECT (SELECT coalesce(sum(hoofdsom_cent + kosten_cent + rente_cent), 0) FROM vordering WHERE debiteur_id = @d) AS vorderingen,
               coalesce(sum(t.bedrag_cent) FILTER (WHERE p.boekdatum < @ingang), 0) AS voor,
               coalesce(sum(t.bedrag_cent) FILTER (WHERE p.boekdatum >= @ingang AND p.boekdatum <= @peil), 0) AS sinds
        FROM toewijzing t JOIN post p ON p.post_sleutel = t.post_sleutel WHERE t.debiteur_id = @d`)
      .get({ d: debiteurId, ingang, peil: peildatum }) as { vorderingen: number; voor: number; sinds: number };
    return { vorderingen: uitCenten(r.vorderingen), betaaldVoor: uitCenten(r.voor), betaaldSinds: uitCenten(r.sinds) };
  }

  /** Ontvangsten (na terugboekingen) op vorderingen, per stroom en gemeente, geboekt in [van, tot]. */
  ontvangstenPerStroom(van: Datum, tot: Datum): { stroom: Stroom; gemeente: GemeenteCode; bedrag: Bedrag }[] {
    return (
      this.db
        .prepare(`
          SELECT v.stroom, v.gemeente, sum(t.bedrag_cent) AS cent
          FROM toewijzing t JOIN post p ON p.post_sleutel = t.post_sleutel JOIN vordering v ON v.vordering_id = t.vordering_id
          WHERE p.boekdatum BETWEEN ? AND ? GROUP BY v.stroom, v.gemeente`)
        .all(van, tot) as { stroom: string; gemeente: string; cent: number }[]
    ).map((r) => ({ stroom: r.stroom as Stroom, gemeente: r.gemeente as GemeenteCode, bedrag: uitCenten(r.cent) }));
  }

  /** Tegoeden (overbetaling) per gemeente van de debiteur, geboekt in [van, tot]. */
  tegoedenPerGemeente(van: Datum, tot: Datum): { gemeente: GemeenteCode; bedrag: Bedrag }[] {
    return (
      this.db
        .prepare(`
          SELECT d.gemeente, sum(t.bedrag_cent) AS cent
          FROM toewijzing t JOIN post p ON p.post_sleutel = t.post_sleutel JOIN debiteur d ON d.debiteur_id = t.debiteur_id
          WHERE t.component = 'tegoed' AND p.boekdatum BETWEEN ? AND ? GROUP BY d.gemeente`)
        .all(van, tot) as { gemeente: string; cent: number }[]
    ).map((r) => ({ gemeente: r.gemeente as GemeenteCode, bedrag: uitCenten(r.cent) }));
  }

  /** Ontvangsten die (nog) niet aan een debiteur zijn gekoppeld en niet zijn teruggeboekt, geboekt in [van, tot]. */
  nietGekoppeld(van: Datum, tot: Datum): { aantal: number; bedrag: Bedrag } {
    const r = this.db
      .prepare(`SELECT count(*) AS n, coalesce(sum(bedrag_cent), 0) AS cent FROM post p WHERE soort = 'ontvangst' AND uitkomst = 'niet_gematcht' AND boekdatum BETWEEN ? AND ?
                AND NOT EXISTS (SELECT 1 FROM post r WHERE r.origineel_sleutel = p.post_sleutel)`)
      .get(van, tot) as { n: number; cent: number };
    return { aantal: r.n, bedrag: uitCenten(r.cent) };
  }

  /** Vorderingen van een stroom die in [van, tot] zijn opgelegd, per gemeente: aantal en hoofdsom (de Marap: vastgestelde fraudevorderingen). */
  opgelegdPerGemeente(stroom: Stroom, van: Datum, tot: Datum): { gemeente: GemeenteCode; aantal: number; bedrag: Bedrag }[] {
    return (
      this.db
        .prepare(`SELECT gemeente, count(*) AS n, sum(hoofdsom_cent) AS cent FROM vordering WHERE stroom = ? AND opgelegd_op BETWEEN ? AND ? GROUP BY gemeente`)
        .all(stroom, van, tot) as { gemeente: string; n: number; cent: number }[]
    ).map((r) => ({ gemeente: r.gemeente as GemeenteCode, aantal: r.n, bedrag: uitCenten(r.cent) }));
  }

  /** Elke ontvangst die op de werklijst staat (niet gekoppeld en niet teruggeboekt), geboekt tot en met `tot`. */
  nietGekoppeldeOntvangsten(tot: Datum): { boekdatum: Datum; bedrag: Bedrag }[] {
    return (
      this.db
        .prepare(`SELECT boekdatum, bedrag_cent FROM post p WHERE soort = 'ontvangst' AND uitkomst = 'niet_gematcht' AND boekdatum <= ?
                  AND NOT EXISTS (SELECT 1 FROM post r WHERE r.origineel_sleutel = p.post_sleutel) ORDER BY boekdatum`)
        .all(tot) as { boekdatum: string; bedrag_cent: number }[]
    ).map((r) => ({ boekdatum: r.boekdatum as Datum, bedrag: uitCenten(r.bedrag_cent) }));
  }

  /** Beslag door derden dat de periode [van, tot] raakt, per gemeente: apart, nooit als ontvangst. */
  beslagPerGemeente(van: Datum, tot: Datum): { gemeente: GemeenteCode; aantal: number; bedrag: Bedrag }[] {
    return (
      this.db
        .prepare(`SELECT gemeente, count(*) AS n, sum(bedrag_cent) AS cent FROM beslag_derden WHERE van <= ? AND (tot IS NULL OR tot >= ?) GROUP BY gemeente`)
        .all(tot, van) as { gemeente: string; n: number; cent: number }[]
    ).map((r) => ({ gemeente: r.gemeente as GemeenteCode, aantal: r.n, bedrag: uitCenten(r.cent) }));
  }

  toewijzingenVan(postSleutel: string): { debiteurId: string; toewijzing: Toewijzing }[] {
    return (this.q.toewijzingenVan.all(postSleutel) as { debiteur_id: string; vordering_id: string | null; component: Component | 'tegoed'; bedrag_cent: number }[]).map((r) => ({
      debiteurId: r.debiteur_id,
      toewijzing: { vorderingId: r.vordering_id, component: r.component, bedrag: uitCenten(r.bedrag_cent) },
    }));
  }
}

function alsVordering(r: VorderingRij): Vordering {
  return {
    vorderingId: r.vordering_id,
    debiteurId: r.debiteur_id,
    gemeente: r.gemeente as GemeenteCode,
    soort: r.soort as Vorderingsoort,
    stroom: r.stroom as Stroom,
    hoofdsom: uitCenten(r.hoofdsom_cent),
    kosten: uitCenten(r.kosten_cent),
    rente: uitCenten(r.rente_cent),
    opgelegdOp: r.opgelegd_op as Datum,
    ...(r.betalingskenmerk ? { betalingskenmerk: r.betalingskenmerk } : {}),
  };
}

/** Een vordering als platte JSON (bedragen als tekst), voor vergelijken en het auditlog. */
export function vorderingAlsJson(v: Vordering): Record<string, string | null> {
  return {
    debiteur_id: v.debiteurId,
    gemeente: v.gemeente,
    soort: v.soort,
    stroom: v.stroom,
    hoofdsom: v.hoofdsom.toFixed(2),
    kosten: v.kosten.toFixed(2),
    rente: v.rente.toFixed(2),
    opgelegd_op: v.opgelegdOp,
    betalingskenmerk: v.betalingskenmerk ?? null,
  };
}

function alsAfschrift(r: unknown): AfschriftRij | undefined {
  if (!r) return undefined;
  const a = r as { afschrift_sleutel: string; volgnummer: string | null; begin_cent: number; begindatum: string; eind_cent: number; einddatum: string };
  return {
    sleutel: a.afschrift_sleutel,
    volgnummer: a.volgnummer,
    begin: uitCenten(a.begin_cent),
    begindatum: a.begindatum as Datum,
    eind: uitCenten(a.eind_cent),
    einddatum: a.einddatum as Datum,
  };
}
