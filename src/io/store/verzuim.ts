/**
 * Het verzuimregister in SQLite: leerlingen, verzuimmeldingen, zorgmeldingen en acties. Alleen
 * opslag en opvragen; wat mag en wat de volgende stap is, staat in src/rules/verzuim. Uren gaan als
 * decimale tekst de database in en als Decimal eruit. Een BSN wordt alleen opgeslagen om meldingen
 * aan een leerling te koppelen en komt nooit terug in een resultaat van deze klasse.
 */
import { Decimal } from '../../rules/kern/geld.js';
import type { Datum } from '../../rules/kern/datum.js';
import type { GemeenteCode } from '../../rules/kern/gemeente.js';
import type { Leerling } from '../../rules/leerplicht/types.js';
import { verzuimtypeVan } from '../../rules/verzuim/meldingstoets.js';
import type {
  Actie,
  Actiesoort,
  Dossier,
  Meldingbron,
  Meldingstatus,
  PvTegen,
  RedenAfgesloten,
  Verzuimmelding,
  Verzuimsoort,
  Zorgmelding,
} from '../../rules/verzuim/types.js';
import type { Db, Run } from './index.js';

interface LeerlingRij {
  leerling_id: string;
  bsn: string | null;
  onderwijsnummer: string | null;
  geboortedatum: string;
  startkwalificatie_op: string | null;
}

interface MeldingRij {
  melding_id: string;
  leerling_id: string;
  gemeente: string;
  soort: string;
  bron: string;
  meldingsdatum: string;
  begindatum: string;
  einddatum: string | null;
  verzuimuren: string | null;
  verzuimdagen: number | null;
  te_laat_keren: number | null;
  brin: string | null;
  vestiging: string | null;
  status: string;
  reden_afgesloten: string | null;
}

interface ActieRij {
  melding_id: string;
  actie: string;
  datum: string;
  reden: string | null;
  tegen: string | null;
}

/** Een leerling zoals de invoer hem aanlevert: een eigen id en/of een persoonsgebonden nummer. */
export interface LeerlingInvoer {
  readonly leerlingId?: string;
  readonly bsn?: string;
  readonly onderwijsnummer?: string;
  readonly geboortedatum: Datum;
  readonly startkwalificatieOp?: Datum;
}

export type LeerlingUitkomst =
  | { readonly soort: 'ok'; readonly leerling: Leerling; readonly nieuw: boolean; readonly gewijzigd?: { readonly oud: string | null; readonly nieuw: string } }
  | { readonly soort: 'conflict'; readonly veld: 'geboortedatum' | 'bsn' | 'onderwijsnummer' | 'leerling_id'; readonly melding: string };

export type Wijziging = 'nieuw' | 'gewijzigd' | 'ongewijzigd';

/** Wat een nieuwe inlezing van een bekende melding mag veranderen: de verzuimspecificatie en intrekken. */
const VERANDERLIJK = ['einddatum', 'verzuimuren', 'verzuimdagen', 'teLaatKeren', 'brin', 'vestiging'] as const;
const VAST = ['leerlingId', 'gemeente', 'soort', 'bron', 'meldingsdatum', 'begindatum'] as const;

export class VerzuimStore {
  private readonly q;

  constructor(db: Db) {
    const p = (sql: string) => db.prepare(sql);
    this.q = {
      leerling: p('SELECT * FROM verzuim_leerling WHERE leerling_id = ?'),
      leerlingMetBsn: p('SELECT * FROM verzuim_leerling WHERE bsn = ?'),
      leerlingMetOnderwijsnummer: p('SELECT * FROM verzuim_leerling WHERE onderwijsnummer = ?'),
      aantalLeerlingen: p("SELECT count(*) AS n FROM verzuim_leerling WHERE leerling_id LIKE 'VZL-%'"),
      nieuweLeerling: p(`INSERT INTO verzuim_leerling (leerling_id, bsn, onderwijsnummer, geboortedatum, startkwalificatie_op, run_id)
                         VALUES (@leerling_id, @bsn, @onderwijsnummer, @geboortedatum, @startkwalificatie_op, @run_id)`),
      koppelBsn: p('UPDATE verzuim_leerling SET bsn = ? WHERE leerling_id = ?'),
      koppelOnderwijsnummer: p('UPDATE verzuim_leerling SET onderwijsnummer = ? WHERE leerling_id = ?'),
      zetStartkwalificatie: p('UPDATE verzuim_leerling SET startkwalificatie_op = ? WHERE leerling_id = ?'),
      melding: p('SELECT * FROM verzuimmelding WHERE melding_id = ?'),
      meldingOpInhoud: p("SELECT melding_id FROM verzuimmelding WHERE leerling_id = ? AND soort = ? AND begindatum = ? AND status <> 'ingetrokken'"),
      nieuweMelding: p(`INSERT INTO verzuimmelding (melding_id, leerling_id, gemeente, soort, type, bron, meldingsdatum, begindatum, einddatum, verzuimuren,
                          verzuimdagen, te_laat_keren, brin, vestiging, status, reden_afgesloten, sha256, run_id)
                        VALUES (@melding_id, @leerling_id, @gemeente, @soort, @type, @bron, @meldingsdatum, @begindatum, @einddatum, @verzuimuren,
                          @verzuimdagen, @te_laat_keren, @brin, @vestiging, @status, @reden_afgesloten, @sha256, @run_id)`),
      wijzigMelding: p(`UPDATE verzuimmelding SET einddatum = @einddatum, verzuimuren = @verzuimuren, verzuimdagen = @verzuimdagen, te_laat_keren = @te_laat_keren,
                          brin = @brin, vestiging = @vestiging, status = @status WHERE melding_id = @melding_id`),
      zetStatus: p('UPDATE verzuimmelding SET status = ?, reden_afgesloten = ? WHERE melding_id = ?'),
      meldingenVanLeerling: p('SELECT * FROM verzuimmelding WHERE leerling_id = ? ORDER BY meldingsdatum, melding_id'),
      openMeldingen: p("SELECT * FROM verzuimmelding WHERE status IN ('geregistreerd', 'in_behandeling') ORDER BY meldingsdatum, melding_id"),
      meldingenTussen: p('SELECT * FROM verzuimmelding WHERE meldingsdatum BETWEEN ? AND ? ORDER BY melding_id'),
      zorgmelding: p('SELECT * FROM zorgmelding WHERE zorgmelding_id = ?'),
      nieuweZorgmelding: p(`INSERT INTO zorgmelding (zorgmelding_id, leerling_id, gemeente, datum, bron, melding_id, run_id)
                            VALUES (@zorgmelding_id, @leerling_id, @gemeente, @datum, @bron, @melding_id, @run_id)`),
      zorgmeldingenTussen: p('SELECT * FROM zorgmelding WHERE datum BETWEEN ? AND ? ORDER BY zorgmelding_id'),
      actie: p('SELECT 1 FROM verzuim_actie WHERE melding_id = ? AND actie = ? AND datum = ?'),
      nieuweActie: p(`INSERT INTO verzuim_actie (melding_id, leerling_id, actie, datum, reden, tegen, run_id)
                      VALUES (@melding_id, @leerling_id, @actie, @datum, @reden, @tegen, @run_id)`),
      actiesVanLeerling: p('SELECT melding_id, actie, datum, reden, tegen FROM verzuim_actie WHERE leerling_id = ? ORDER BY datum, id'),
      actiesTussen: p(`SELECT a.melding_id, a.actie, a.datum, a.reden, a.tegen, m.gemeente FROM verzuim_actie a JOIN verzuimmelding m USING (melding_id)
                       WHERE a.datum BETWEEN ? AND ? ORDER BY a.id`),
    };
  }

  // ---- leerlingen ----------------------------------------------------------------------------

  leerling(leerlingId: string): Leerling | undefined {
    const r = this.q.leerling.get(leerlingId) as LeerlingRij | undefined;
    return r && alsLeerling(r);
  }

  /**
   * Zoekt of maakt de leerling: op `leerling_id`, anders op BSN, anders op onderwijsnummer; zonder
   * treffer een nieuwe leerling (met een eigen id `VZL-000001` als de invoer er geen geeft). Een
   * andere geboortedatum, of een BSN dat al bij een andere leerling hoort, is een conflict; de
   * melding daarover noemt het nummer zelf nooit.
   */
  zoekOfMaakLeerling(l: LeerlingInvoer, run: Run): LeerlingUitkomst {
    let rij = l.leerlingId !== undefined ? (this.q.leerling.get(l.leerlingId) as LeerlingRij | undefined) : undefined;
    const metBsn = l.bsn !== undefined ? (this.q.leerlingMetBsn.get(l.bsn) as LeerlingRij | undefined) : undefined;
    const metOnr = l.onderwijsnummer !== undefined ? (this.q.leerlingMetOnderwijsnummer.get(l.onderwijsnummer) as LeerlingRij | undefined) : undefined;
    if (l.leerlingId !== undefined) {
      if (metBsn && metBsn.leerling_id !== l.leerlingId) return { soort: 'conflict', veld: 'bsn', melding: `dit BSN hoort in het register bij leerling ${metBsn.leerling_id}, niet bij ${l.leerlingId}` };
      if (metOnr && metOnr.leerling_id !== l.leerlingId) {
        return { soort: 'conflict', veld: 'onderwijsnummer', melding: `dit onderwijsnummer hoort in het register bij leerling ${metOnr.leerling_id}, niet bij ${l.leerlingId}` };
      }
    } else {
      if (metBsn && metOnr && metBsn.leerling_id !== metOnr.leerling_id) {
        return { soort: 'conflict', veld: 'onderwijsnummer', melding: `BSN en onderwijsnummer horen in het register bij verschillende leerlingen (${metBsn.leerling_id}, ${metOnr.leerling_id})` };
      }
      rij = metBsn ?? metOnr;
    }
    if (!rij) {
      const leerlingId = l.leerlingId ?? `VZL-${String((this.q.aantalLeerlingen.get() as { n: number }).n + 1).padStart(6, '0')}`;
      this.q.nieuweLeerling.run({
        leerling_id: leerlingId,
        bsn: l.bsn ?? null,
        onderwijsnummer: l.onderwijsnummer ?? null,
        geboortedatum: l.geboortedatum,
        startkwalificatie_op: l.startkwalificatieOp ?? null,
        run_id: run.id,
      });
      return { soort: 'ok', nieuw: true, leerling: { leerlingId, geboortedatum: l.geboortedatum, ...(l.startkwalificatieOp ? { startkwalificatieOp: l.startkwalificatieOp } : {}) } };
    }
    if (rij.geboortedatum !== l.geboortedatum) {
      return { soort: 'conflict', veld: 'geboortedatum', melding: `leerling ${rij.leerling_id} staat in het register met een andere geboortedatum (${rij.geboortedatum})` };
    }
    if (l.bsn !== undefined && rij.bsn === null) this.q.koppelBsn.run(l.bsn, rij.leerling_id);
    if (l.bsn !== undefined && rij.bsn !== null && rij.bsn !== l.bsn) return { soort: 'conflict', veld: 'bsn', melding: `leerling ${rij.leerling_id} staat in het register met een ander BSN` };
    if (l.onderwijsnummer !== undefined && rij.onderwijsnummer === null) this.q.koppelOnderwijsnummer.run(l.onderwijsnummer, rij.leerling_id);
    let gewijzigd: { oud: string | null; nieuw: string } | undefined;
    if (l.startkwalificatieOp !== undefined && rij.startkwalificatie_op !== l.startkwalificatieOp) {
      this.q.zetStartkwalificatie.run(l.startkwalificatieOp, rij.leerling_id);
      gewijzigd = { oud: rij.startkwalificatie_op, nieuw: l.startkwalificatieOp };
      rij = { ...rij, startkwalificatie_op: l.startkwalificatieOp };
    }
    return { soort: 'ok', nieuw: false, leerling: alsLeerling(rij), ...(gewijzigd ? { gewijzigd } : {}) };
  }

  // ---- meldingen -----------------------------------------------------------------------------

  melding(meldingId: string): Verzuimmelding | undefined {
    const r = this.q.melding.get(meldingId) as MeldingRij | undefined;
    return r && alsMelding(r);
  }

  /** Een (niet ingetrokken) melding van dezelfde leerling, soort en eerste verzuimdag onder een ander nummer. */
  meldingOpInhoud(m: Verzuimmelding): string | undefined {
    return (this.q.meldingOpInhoud.get(m.leerlingId, m.soort, m.begindatum) as { melding_id: string } | undefined)?.melding_id;
  }

  /**
   * Legt een melding vast. Bestaat het nummer al: gelijk is `ongewijzigd`; een andere
   * verzuimspecificatie (einddatum, uren, dagen, keren te laat, school) of intrekking is `gewijzigd`;
   * een ander vast gegeven (leerling, gemeente, soort, bron, datums) geeft `{ conflict }`.
   */
  bewaarMelding(m: Verzuimmelding, sha256: string, run: Run): { wijziging: Wijziging; oud?: Verzuimmelding } | { conflict: string } {
    const oud = this.melding(m.meldingId);
    if (!oud) {
      this.q.nieuweMelding.run({ ...meldingParameters(m), type: verzuimtypeVan(m.soort), sha256, run_id: run.id });
      return { wijziging: 'nieuw' };
    }
    const ander = VAST.find((k) => oud[k] !== m[k]);
    if (ander) return { conflict: ander };
    // De status zet de gemeente met acties; een nieuwe levering kan alleen intrekken.
    const status: Meldingstatus = m.status === 'ingetrokken' ? 'ingetrokken' : oud.status;
    const nieuw: Verzuimmelding = { ...oud, ...Object.fromEntries(VERANDERLIJK.map((k) => [k, m[k]])), status };
    if (JSON.stringify(meldingAlsJson(oud)) === JSON.stringify(meldingAlsJson(nieuw))) return { wijziging: 'ongewijzigd', oud };
    this.q.wijzigMelding.run(meldingParameters(nieuw));
    return { wijziging: 'gewijzigd', oud };
  }

  zetStatus(meldingId: string, status: Meldingstatus, reden?: RedenAfgesloten): void {
    this.q.zetStatus.run(status, reden ?? null, meldingId);
  }

  /** Het dossier van een melding: de leerling, al zijn meldingen en al zijn acties. */
  dossier(meldingId: string): Dossier | undefined {
    const melding = this.melding(meldingId);
    if (!melding) return undefined;
    const leerling = this.leerling(melding.leerlingId)!;
    return {
      melding,
      leerling: { ...leerling, gemeente: melding.gemeente },
      meldingen: (this.q.meldingenVanLeerling.all(melding.leerlingId) as MeldingRij[]).map(alsMelding),
      acties: (this.q.actiesVanLeerling.all(melding.leerlingId) as ActieRij[]).map(alsActie),
    };
  }

  /** Alle meldingen die nog open zijn (geregistreerd of in behandeling), oudste eerst. */
  *openDossiers(): Generator<Dossier> {
    for (const r of this.q.openMeldingen.all() as MeldingRij[]) yield this.dossier(r.melding_id)!;
  }

  meldingenTussen(van: Datum, tot: Datum): Verzuimmelding[] {
    return (this.q.meldingenTussen.all(van, tot) as MeldingRij[]).map(alsMelding);
  }

  // ---- zorgmeldingen -------------------------------------------------------------------------

  /** Een zorgmelding bestaat al met dit nummer: `ongewijzigd` als ze gelijk is, anders het afwijkende veld. */
  bewaarZorgmelding(z: Zorgmelding, run: Run): Wijziging | { conflict: string } {
    const oud = this.q.zorgmelding.get(z.zorgmeldingId) as { leerling_id: string; gemeente: string; datum: string; bron: string } | undefined;
    if (!oud) {
      this.q.nieuweZorgmelding.run({ zorgmelding_id: z.zorgmeldingId, leerling_id: z.leerlingId, gemeente: z.gemeente, datum: z.datum, bron: z.bron, melding_id: z.meldingId ?? null, run_id: run.id });
      return 'nieuw';
    }
    if (oud.leerling_id !== z.leerlingId) return { conflict: 'leerling' };
    if (oud.gemeente !== z.gemeente) return { conflict: 'gemeente' };
    if (oud.datum !== z.datum) return { conflict: 'meldingsdatum' };
    if (oud.bron !== z.bron) return { conflict: 'bron' };
    return 'ongewijzigd';
  }

  zorgmeldingenTussen(van: Datum, tot: Datum): Zorgmelding[] {
    return (this.q.zorgmeldingenTussen.all(van, tot) as { zorgmelding_id: string; leerling_id: string; gemeente: string; datum: string; bron: string; melding_id: string | null }[]).map((r) => ({
      zorgmeldingId: r.zorgmelding_id,
      leerlingId: r.leerling_id,
      gemeente: r.gemeente as GemeenteCode,
      datum: r.datum as Datum,
      bron: r.bron as Meldingbron,
      ...(r.melding_id ? { meldingId: r.melding_id } : {}),
    }));
  }

  // ---- acties --------------------------------------------------------------------------------

  actieBekend(a: Actie): boolean {
    return this.q.actie.get(a.meldingId, a.actie, a.datum) !== undefined;
  }

  bewaarActie(a: Actie, leerlingId: string, run: Run): void {
    this.q.nieuweActie.run({ melding_id: a.meldingId, leerling_id: leerlingId, actie: a.actie, datum: a.datum, reden: a.reden ?? null, tegen: a.tegen ?? null, run_id: run.id });
  }

  actiesTussen(van: Datum, tot: Datum): (Actie & { gemeente: GemeenteCode })[] {
    return (this.q.actiesTussen.all(van, tot) as (ActieRij & { gemeente: string })[]).map((r) => ({ ...alsActie(r), gemeente: r.gemeente as GemeenteCode }));
  }
}

function alsLeerling(r: LeerlingRij): Leerling {
  return {
    leerlingId: r.leerling_id,
    geboortedatum: r.geboortedatum as Datum,
    ...(r.startkwalificatie_op ? { startkwalificatieOp: r.startkwalificatie_op as Datum } : {}),
  };
}

function alsMelding(r: MeldingRij): Verzuimmelding {
  return {
    meldingId: r.melding_id,
    leerlingId: r.leerling_id,
    gemeente: r.gemeente as GemeenteCode,
    soort: r.soort as Verzuimsoort,
    bron: r.bron as Meldingbron,
    meldingsdatum: r.meldingsdatum as Datum,
    begindatum: r.begindatum as Datum,
    ...(r.einddatum ? { einddatum: r.einddatum as Datum } : {}),
    ...(r.verzuimuren !== null ? { verzuimuren: new Decimal(r.verzuimuren) } : {}),
    ...(r.verzuimdagen !== null ? { verzuimdagen: r.verzuimdagen } : {}),
    ...(r.te_laat_keren !== null ? { teLaatKeren: r.te_laat_keren } : {}),
    ...(r.brin ? { brin: r.brin } : {}),
    ...(r.vestiging ? { vestiging: r.vestiging } : {}),
    status: r.status as Meldingstatus,
    ...(r.reden_afgesloten ? { redenAfgesloten: r.reden_afgesloten as RedenAfgesloten } : {}),
  };
}

function alsActie(r: ActieRij): Actie {
  return {
    meldingId: r.melding_id,
    actie: r.actie as Actiesoort,
    datum: r.datum as Datum,
    ...(r.reden ? { reden: r.reden } : {}),
    ...(r.tegen ? { tegen: r.tegen as PvTegen } : {}),
  };
}

/** De benoemde parameters van de INSERT en UPDATE: de platte JSON plus de reden van afsluiten. */
function meldingParameters(m: Verzuimmelding) {
  return { ...meldingAlsJson(m), reden_afgesloten: m.redenAfgesloten ?? null };
}

/** Een melding als platte JSON, voor vergelijken en het auditlog (zonder persoonsnummers). */
export function meldingAlsJson(m: Verzuimmelding): Record<string, string | number | null> {
  return {
    melding_id: m.meldingId,
    leerling_id: m.leerlingId,
    gemeente: m.gemeente,
    soort: m.soort,
    bron: m.bron,
    meldingsdatum: m.meldingsdatum,
    begindatum: m.begindatum,
    einddatum: m.einddatum ?? null,
    verzuimuren: m.verzuimuren?.toString() ?? null,
    verzuimdagen: m.verzuimdagen ?? null,
    te_laat_keren: m.teLaatKeren ?? null,
    brin: m.brin ?? null,
    vestiging: m.vestiging ?? null,
    status: m.status,
  };
}
