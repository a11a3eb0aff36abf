/**
 * Het IB-signaalregister en de themacontroles in SQLite. Alleen opslag en opvragen; het koppelen,
 * de relevantieregels, de termijn en de selectie staan in src/rules/ib en src/rules/themacontrole.
 */
import type { Datum } from '../../rules/kern/datum.js';
import type { Afsluitcode, KoppelResultaat } from '../../rules/ib/types.js';
import type { Db, Run } from './index.js';

export interface Werklijstrij {
  signaal_id: number;
  product: string;
  bsn: string;
  bron_sleutel: string;
  gemeente: string | null;
  regeling: string | null;
  uitkomst: string;
  voorstel: string | null;
  voorgestelde_code: string | null;
  prioriteit: string;
  ingangsdatum: string | null;
  ontvangen_op: string;
  uiterlijk: string;
  versies: number;
}

export interface Rapportsignaal {
  gemeente: string | null;
  product: string;
  status: 'open' | 'afgesloten';
  afsluitcode: Afsluitcode | null;
  uiterlijk: string;
  afgesloten_op: string | null;
  doorlooptijd: number | null;
}

export interface Vastlegging {
  readonly levering: string;
  readonly ontvangen: Datum;
  readonly uiterlijk: Datum;
  readonly inhoudSha256: string;
  readonly inhoud: string;
}

export type Sluituitkomst = 'afgesloten' | 'gewijzigd' | 'ongewijzigd' | 'onbekend' | 'te_vroeg';

const AUTOMATISCH_GEEN_OVERLAP = 'automatisch: geen uitkeringsperiode overlapt het signaal (onderzoek §1.6 B.2)';

export class IbStore {
  private readonly q;

  constructor(private readonly db: Db) {
    const p = (sql: string) => db.prepare(sql);
    this.q = {
      levering: p('SELECT tijd FROM ib_levering WHERE sha256 = ?'),
      nieuweLevering: p(`INSERT INTO ib_levering (sha256, naam, formaat, kolomkaart, ontvangen_op, aantal, tellingen, run_id, tijd)
                         VALUES (?, ?, ?, ?, ?, 0, '{}', ?, ?)`),
      tellingen: p('UPDATE ib_levering SET aantal = ?, tellingen = ? WHERE sha256 = ?'),
      zoek: p(`SELECT s.signaal_id, s.versies, s.ontvangen_op, s.status, v.inhoud_sha256
               FROM ib_signaal s JOIN ib_signaalversie v ON v.signaal_id = s.signaal_id AND v.versie = s.versies
               WHERE s.product = ? AND s.bsn = ? AND s.bron_sleutel = ?`),
      nieuwSignaal: p(`INSERT INTO ib_signaal (product, bsn, bron_sleutel, gemeente, regeling, uitkomst, voorstel, voorgestelde_code, prioriteit, ingangsdatum,
                         eerst_ontvangen_op, ontvangen_op, uiterlijk, versies, status, afsluitcode, afgesloten_op, afgesloten_door, toelichting)
                       VALUES (@product, @bsn, @bron_sleutel, @gemeente, @regeling, @uitkomst, @voorstel, @voorgestelde_code, @prioriteit, @ingangsdatum,
                         @ontvangen, @ontvangen, @uiterlijk, 1, @status, @afsluitcode, @afgesloten_op, @afgesloten_door, @toelichting)`),
      wijzigSignaal: p(`UPDATE ib_signaal SET gemeente = coalesce(@gemeente, gemeente), regeling = coalesce(@regeling, regeling), uitkomst = @uitkomst,
                          voorstel = @voorstel, voorgestelde_code = @voorgestelde_code, prioriteit = @prioriteit, ingangsdatum = @ingangsdatum,
                          ontvangen_op = @ontvangen, uiterlijk = @uiterlijk, versies = versies + 1, status = @status, afsluitcode = @afsluitcode,
                          afgesloten_op = @afgesloten_op, afgesloten_door = @afgesloten_door, toelichting = @toelichting
                        WHERE signaal_id = @signaal_id`),
      nieuweVersie: p(`INSERT INTO ib_signaalversie (signaal_id, versie, inhoud_sha256, inhoud, levering, regel, uitkomst, voorstel, trace, run_id)
                       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      herhaling: p('INSERT INTO ib_herhaling (signaal_id, levering, regel, run_id) VALUES (?, ?, ?, ?)'),
      afwijzing: p('INSERT INTO ib_afwijzing (levering, regel, product, gemeente, reden, run_id) VALUES (?, ?, ?, ?, ?, ?)'),
      afhandeling: p(`INSERT INTO ib_afhandeling (signaal_id, actie, afsluitcode, datum, toelichting, automatisch, run_id, gebruiker)
                      VALUES (?, ?, ?, ?, ?, ?, ?, ?)`),
      signaal: p('SELECT status, afsluitcode, ontvangen_op FROM ib_signaal WHERE signaal_id = ?'),
      sluit: p(`UPDATE ib_signaal SET status = 'afgesloten', afsluitcode = ?, afgesloten_op = ?, afgesloten_door = ?, toelichting = ? WHERE signaal_id = ?`),
      open: p(`SELECT signaal_id, product, bsn, bron_sleutel, gemeente, regeling, uitkomst, voorstel, voorgestelde_code, prioriteit, ingangsdatum,
                      ontvangen_op, uiterlijk, versies
               FROM ib_signaal WHERE status = 'open' AND (@gemeente IS NULL OR gemeente = @gemeente) AND (@product IS NULL OR product = @product)
               ORDER BY signaal_id`),
      rapport: p(`SELECT gemeente, product, status, afsluitcode, uiterlijk, afgesloten_op,
                         CASE WHEN afgesloten_op IS NULL THEN NULL ELSE julianday(afgesloten_op) - julianday(ontvangen_op) END AS doorlooptijd
                  FROM ib_signaal WHERE (@van IS NULL OR eerst_ontvangen_op >= @van) AND (@tot IS NULL OR eerst_ontvangen_op <= @tot)`),
    };
  }

  levering(sha256: string): { tijd: string } | undefined {
    return this.q.levering.get(sha256) as { tijd: string } | undefined;
  }

  nieuweLevering(l: { sha256: string; naam: string; formaat: 'csv' | 'xml'; kolomkaart: string; ontvangenOp: Datum }, run: Run): void {
    this.q.nieuweLevering.run(l.sha256, l.naam, l.formaat, l.kolomkaart, l.ontvangenOp, run.id, run.tijd);
  }

  tellingenVanLevering(sha256: string, aantal: number, tellingen: Record<string, number>): void {
    this.q.tellingen.run(aantal, JSON.stringify(tellingen), sha256);
  }

  zoekSignaal(product: string, bsn: string, bronSleutel: string): { signaal_id: number; versies: number; ontvangen_op: string; status: string; inhoud_sha256: string } | undefined {
    return this.q.zoek.get(product, bsn, bronSleutel) as never;
  }

  /**
   * Legt het resultaat van het koppelen vast: een nieuw signaal (versie 1), een nieuwe versie
   * (correctie; een afgesloten signaal gaat weer open), een herhaling (dubbel) of een afwijzing
   * (ongeldig BSN, zonder het BSN te bewaren). `geen_overlap` wordt automatisch afgesloten.
   */
  legVast(r: KoppelResultaat, v: Vastlegging, run: Run): { signaalId?: number; nieuw?: boolean; automatischAfgesloten?: boolean } {
    if (r.uitkomst === 'ongeldig_bsn') {
      const reden = String(r.trace.stappen[0]?.omschrijving ?? 'ongeldig BSN');
      this.q.afwijzing.run(v.levering, r.regel, r.product, r.gemeente ?? null, reden, run.id);
      return {};
    }
    const trace = JSON.stringify(r.trace);
    if (r.uitkomst === 'dubbel') {
      const bestaand = this.zoekSignaal(r.product, r.bsn, r.bronSleutel);
      if (!bestaand) throw new Error('dubbel signaal zonder eerste in het register');
      this.q.herhaling.run(bestaand.signaal_id, v.levering, r.regel, run.id);
      return { signaalId: bestaand.signaal_id };
    }
    const koppeluitkomst = r.uitkomst === 'correctie' ? r.koppeluitkomst! : r.uitkomst;
    const automatisch = koppeluitkomst === 'geen_overlap';
    const velden = {
      gemeente: r.gemeente ?? null,
      regeling: r.regeling ?? null,
      uitkomst: koppeluitkomst,
      voorstel: r.voorstel,
      voorgestelde_code: r.afsluitcode ?? null,
      prioriteit: r.prioriteit,
      ingangsdatum: r.ingangsdatum ?? null,
      ontvangen: v.ontvangen,
      uiterlijk: v.uiterlijk,
      status: automatisch ? 'afgesloten' : 'open',
      afsluitcode: automatisch ? 'GEEN_OVERLAP' : null,
      afgesloten_op: automatisch ? v.ontvangen : null,
      afgesloten_door: automatisch ? run.gebruiker : null,
      toelichting: automatisch ? AUTOMATISCH_GEEN_OVERLAP : null,
    };
    if (r.uitkomst === 'correctie') {
      const bestaand = this.zoekSignaal(r.product, r.bsn, r.bronSleutel);
      if (!bestaand) throw new Error('correctie zonder eerste versie in het register');
      const id = bestaand.signaal_id;
      this.q.wijzigSignaal.run({ ...velden, signaal_id: id });
      this.q.nieuweVersie.run(id, bestaand.versies + 1, v.inhoudSha256, v.inhoud, v.levering, r.regel, koppeluitkomst, r.voorstel, trace, run.id);
      if (bestaand.status === 'afgesloten' && !automatisch) {
        this.q.afhandeling.run(id, 'heropend', null, v.ontvangen, `correctie (versie ${bestaand.versies + 1})`, 1, run.id, run.gebruiker);
      }
      if (automatisch) this.q.afhandeling.run(id, bestaand.status === 'afgesloten' ? 'gewijzigd' : 'afgesloten', 'GEEN_OVERLAP', v.ontvangen, AUTOMATISCH_GEEN_OVERLAP, 1, run.id, run.gebruiker);
      return { signaalId: id, automatischAfgesloten: automatisch };
    }
    const id = Number(this.q.nieuwSignaal.run({ ...velden, product: r.product, bsn: r.bsn, bron_sleutel: r.bronSleutel }).lastInsertRowid);
    this.q.nieuweVersie.run(id, 1, v.inhoudSha256, v.inhoud, v.levering, r.regel, koppeluitkomst, r.voorstel, trace, run.id);
    if (automatisch) this.q.afhandeling.run(id, 'afgesloten', 'GEEN_OVERLAP', v.ontvangen, AUTOMATISCH_GEEN_OVERLAP, 1, run.id, run.gebruiker);
    return { signaalId: id, nieuw: true, automatischAfgesloten: automatisch };
  }

  /** Sluit een signaal af met een code (of wijzigt de code); de historie wordt aangevuld. */
  sluit(id: number, code: Afsluitcode, datum: Datum, toelichting: string | undefined, run: Run): Sluituitkomst {
    const s = this.q.signaal.get(id) as { status: string; afsluitcode: string | null; ontvangen_op: string } | undefined;
    if (!s) return 'onbekend';
    if (datum < s.ontvangen_op) return 'te_vroeg';
    if (s.status === 'afgesloten' && s.afsluitcode === code) return 'ongewijzigd';
    const actie = s.status === 'afgesloten' ? 'gewijzigd' : 'afgesloten';
    this.q.sluit.run(code, datum, run.gebruiker, toelichting ?? null, id);
    this.q.afhandeling.run(id, actie, code, datum, toelichting ?? null, 0, run.id, run.gebruiker);
    return actie;
  }

  openSignalen(filter: { gemeente?: string; product?: string }): Werklijstrij[] {
    return this.q.open.all({ gemeente: filter.gemeente ?? null, product: filter.product ?? null }) as Werklijstrij[];
  }

  rapportSignalen(van?: Datum, tot?: Datum): Rapportsignaal[] {
    return this.q.rapport.all({ van: van ?? null, tot: tot ?? null }) as Rapportsignaal[];
  }
}

// ---- themacontroles ---------------------------------------------------------------------------

export interface Themarun {
  readonly runId: string;
  readonly themaId: string;
  readonly naam: string;
  readonly themaSha256: string;
  readonly thema: string;
  readonly populatie: string;
  readonly populatieSha256: string;
  readonly seed?: string;
  readonly selectieSha256: string;
  readonly populatieAantal: number;
  readonly kandidaten: number;
  readonly selectie: readonly { id: string; criteria: readonly string[] }[];
  readonly peildatum: Datum;
  readonly tijd: string;
  readonly gebruiker: string;
}

export interface Themarapportrij {
  thema_id: string;
  naam: string;
  eerste_run: string;
  afgesloten_op: string | null;
  geselecteerd: number;
  met_resultaat: number;
  treffers: number;
}

export class ThemacontroleStore {
  private readonly q;

  constructor(db: Db) {
    const p = (sql: string) => db.prepare(sql);
    this.q = {
      thema: p('SELECT thema_id, naam, thema_sha256, aangemaakt_op, afgesloten_op FROM themacontrole WHERE thema_id = ?'),
      nieuwThema: p('INSERT INTO themacontrole (thema_id, naam, thema_sha256, aangemaakt_op) VALUES (?, ?, ?, ?)'),
      wijzigThema: p('UPDATE themacontrole SET naam = ?, thema_sha256 = ? WHERE thema_id = ?'),
      run: p(`INSERT INTO themacontrole_run (run_id, thema_id, thema_sha256, thema, populatie, populatie_sha256, seed, selectie_sha256, populatie_aantal,
                kandidaten, geselecteerd, peildatum, tijd, gebruiker) VALUES (@runId, @themaId, @themaSha256, @thema, @populatie, @populatieSha256, @seed,
                @selectieSha256, @populatieAantal, @kandidaten, @geselecteerd, @peildatum, @tijd, @gebruiker)`),
      selectie: p('INSERT INTO themacontrole_selectie (run_id, id, criteria) VALUES (?, ?, ?)'),
      geselecteerd: p('SELECT 1 FROM themacontrole_selectie s JOIN themacontrole_run r USING (run_id) WHERE r.thema_id = ? AND s.id = ? LIMIT 1'),
      resultaat: p('SELECT resultaat FROM themacontrole_resultaat WHERE thema_id = ? AND id = ?'),
      nieuwResultaat: p('INSERT INTO themacontrole_resultaat (thema_id, id, resultaat, datum, toelichting, run_id) VALUES (?, ?, ?, ?, ?, ?)'),
      wijzigResultaat: p('UPDATE themacontrole_resultaat SET resultaat = ?, datum = ?, toelichting = ?, run_id = ? WHERE thema_id = ? AND id = ?'),
      sluit: p('UPDATE themacontrole SET afgesloten_op = ?, afgesloten_door = ? WHERE thema_id = ?'),
      openGevallen: p(`SELECT count(DISTINCT s.id) AS n FROM themacontrole_selectie s JOIN themacontrole_run r USING (run_id)
                       WHERE r.thema_id = ? AND NOT EXISTS (SELECT 1 FROM themacontrole_resultaat u WHERE u.thema_id = r.thema_id AND u.id = s.id)`),
      rapport: p(`SELECT t.thema_id, t.naam, (SELECT min(peildatum) FROM themacontrole_run r WHERE r.thema_id = t.thema_id) AS eerste_run, t.afgesloten_op,
                   (SELECT count(DISTINCT s.id) FROM themacontrole_selectie s JOIN themacontrole_run r USING (run_id) WHERE r.thema_id = t.thema_id) AS geselecteerd,
                   (SELECT count(*) FROM themacontrole_resultaat u WHERE u.thema_id = t.thema_id) AS met_resultaat,
                   (SELECT count(*) FROM themacontrole_resultaat u WHERE u.thema_id = t.thema_id AND u.resultaat IN (SELECT value FROM json_each(@treffers))) AS treffers
                 FROM themacontrole t
                 WHERE substr(coalesce(t.afgesloten_op, ''), 1, 4) = @jaar
                    OR EXISTS (SELECT 1 FROM themacontrole_run r WHERE r.thema_id = t.thema_id AND substr(r.peildatum, 1, 4) = @jaar)
                 ORDER BY t.thema_id`),
      afgerond: p(`SELECT count(*) AS n FROM themacontrole WHERE substr(afgesloten_op, 1, 4) = ?`),
    };
  }

  thema(id: string): { thema_id: string; naam: string; thema_sha256: string; aangemaakt_op: string; afgesloten_op: string | null } | undefined {
    return this.q.thema.get(id) as never;
  }

  /** Legt een run vast: het thema (nieuw of bijgewerkt), de run met zijn hashes en de selectie. */
  legRunVast(r: Themarun): void {
    const bestaand = this.thema(r.themaId);
    if (!bestaand) this.q.nieuwThema.run(r.themaId, r.naam, r.themaSha256, r.peildatum);
    else if (bestaand.thema_sha256 !== r.themaSha256 || bestaand.naam !== r.naam) this.q.wijzigThema.run(r.naam, r.themaSha256, r.themaId);
    this.q.run.run({ ...r, seed: r.seed ?? null, geselecteerd: r.selectie.length });
    for (const s of r.selectie) this.q.selectie.run(r.runId, s.id, s.criteria.join(';'));
  }

  isGeselecteerd(themaId: string, id: string): boolean {
    return this.q.geselecteerd.get(themaId, id) !== undefined;
  }

  legResultaatVast(themaId: string, id: string, resultaat: Afsluitcode, datum: Datum, toelichting: string | undefined, run: Run): 'nieuw' | 'gewijzigd' | 'ongewijzigd' {
    const bestaand = this.q.resultaat.get(themaId, id) as { resultaat: string } | undefined;
    if (!bestaand) {
      this.q.nieuwResultaat.run(themaId, id, resultaat, datum, toelichting ?? null, run.id);
      return 'nieuw';
    }
    if (bestaand.resultaat === resultaat) return 'ongewijzigd';
    this.q.wijzigResultaat.run(resultaat, datum, toelichting ?? null, run.id, themaId, id);
    return 'gewijzigd';
  }

  sluitThema(themaId: string, datum: Datum, run: Run): { uitkomst: 'afgesloten' | 'al_afgesloten' | 'onbekend'; open: number } {
    const t = this.thema(themaId);
    if (!t) return { uitkomst: 'onbekend', open: 0 };
    const open = (this.q.openGevallen.get(themaId) as { n: number }).n;
    if (t.afgesloten_op) return { uitkomst: 'al_afgesloten', open };
    this.q.sluit.run(datum, run.gebruiker, themaId);
    return { uitkomst: 'afgesloten', open };
  }

  rapport(jaar: number, treffers: readonly string[]): Themarapportrij[] {
    return this.q.rapport.all({ jaar: String(jaar), treffers: JSON.stringify(treffers) }) as Themarapportrij[];
  }

  afgerond(jaar: number): number {
    return (this.q.afgerond.get(String(jaar)) as { n: number }).n;
  }
}
