/**
 * De SQLite-store (better-sqlite3): één bestand met alle staat. Bij het openen wordt het schema
 * gemigreerd. Elke batch draait in één transactie met een auditrecord; het auditlog kan alleen
 * worden aangevuld (triggers weigeren UPDATE en DELETE).
 */
import { createRequire } from 'node:module';
import type Database from 'better-sqlite3';
import { chmodSync, existsSync } from 'node:fs';
import { InvoerFout, SzmhFout, EXITCODE } from '../../rules/kern/fouten.js';
import { MIGRATIES, type Migratie } from './migraties.js';

export type Db = Database.Database;

/** SQLite pas laden als een commando de database opent: de meeste commando's hebben hem niet nodig. */
const laadSqlite = () => createRequire(import.meta.url)('better-sqlite3') as typeof Database;

/** Wie, wanneer en welk commando: één run, één id, vastgelegd in elk auditrecord. */
export interface Run {
  readonly id: string;
  readonly tijd: string;
  readonly gebruiker: string;
  readonly commando: string;
}

export interface AuditRecord {
  readonly actie: string;
  readonly bestand?: string;
  readonly sha256?: string;
  readonly details: Readonly<Record<string, unknown>>;
}

/** Alleen wat de store logt: het begin en einde van transacties (niveau debug), nooit inhoud. */
interface StoreLog {
  debug(bericht: string): void;
}

export class Store {
  private constructor(
    readonly db: Db,
    readonly pad: string,
    private readonly log?: StoreLog,
  ) {}

  /** Opent (of maakt, mode 0600) de database en voert ontbrekende migraties uit. */
  static open(pad: string, opties: { migraties?: readonly Migratie[]; log?: StoreLog; wachttijdMs?: number } = {}): Store {
    const migraties = opties.migraties ?? MIGRATIES;
    const nieuw = pad !== ':memory:' && !existsSync(pad);
    let db: Db;
    try {
      db = new (laadSqlite())(pad);
    } catch (e) {
      throw new InvoerFout(`kan de database niet openen (${(e as Error).message})`, { bestand: pad }, 'BESTAND_ONLEESBAAR');
    }
    if (nieuw) chmodSync(pad, 0o600);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    // Een tweede batch op dezelfde database wacht tot de eerste klaar is, maximaal deze tijd.
    db.pragma(`busy_timeout = ${Math.max(0, Math.floor(opties.wachttijdMs ?? 30_000))}`);
    // 256 MiB paginacache en geheugengemapte reads: een batch van 100.000 posten tegen 200.000
    // vorderingen raakt anders steeds pagina's die net uit de standaardcache (2 MiB) zijn gevallen.
    db.pragma('cache_size = -262144');
    db.pragma('mmap_size = 268435456');
    const store = new Store(db, pad, opties.log);
    store.migreer(migraties);
    return store;
  }

  private migreer(migraties: readonly Migratie[]): void {
    this.db.exec('CREATE TABLE IF NOT EXISTS schema_versie (versie INTEGER PRIMARY KEY, naam TEXT NOT NULL, toegepast TEXT NOT NULL)');
    const toegepast = new Set((this.db.prepare('SELECT versie FROM schema_versie').all() as { versie: number }[]).map((r) => r.versie));
    const huidig = Math.max(0, ...toegepast);
    const bekend = migraties.at(-1)?.versie ?? 0;
    if (huidig > bekend) {
      throw new SzmhFout('INTERN', EXITCODE.intern, `de database heeft schemaversie ${huidig}, deze szmh kent tot ${bekend}: werk szmh bij`, { bestand: this.pad });
    }
    // Elke ontbrekende versie, ook een lagere dan de hoogste: de domeinen (debiteuren, IB, verzuim)
    // kregen hun nummers vooraf en kunnen in een andere volgorde zijn opgeleverd.
    for (const m of migraties) {
      if (toegepast.has(m.versie)) continue;
      this.db.transaction(() => {
        this.db.exec(m.sql);
        this.db.prepare("INSERT INTO schema_versie (versie, naam, toegepast) VALUES (?, ?, strftime('%Y-%m-%dT%H:%M:%SZ','now'))").run(m.versie, m.naam);
      })();
    }
  }

  /** Voert `werk` uit in één transactie (IMMEDIATE: een tweede schrijver wacht of faalt netjes). */
  transactie<T>(werk: () => T): T {
    return this.db.transaction(werk).immediate();
  }

  /**
   * Een transactie rond asynchroon werk (een bestand dat in stukken wordt gelezen). Gaat er iets
   * mis, of is het een proefdraai (`terugdraaien`), dan wordt alles teruggedraaid. Een proces dat
   * halverwege wordt gedood, laat door de WAL de database achter zoals hij was.
   */
  async transactieAsync<T>(werk: () => Promise<T>, opties: { terugdraaien?: boolean } = {}): Promise<T> {
    try {
      this.db.exec('BEGIN IMMEDIATE');
    } catch (e) {
      if ((e as { code?: string }).code === 'SQLITE_BUSY') {
        throw new InvoerFout('de database is bezet door een andere batch en kwam niet op tijd vrij; probeer het opnieuw als die klaar is', { bestand: this.pad }, 'BESTAND_ONLEESBAAR');
      }
      throw e;
    }
    this.log?.debug('transactie begonnen');
    try {
      const uitkomst = await werk();
      this.db.exec(opties.terugdraaien ? 'ROLLBACK' : 'COMMIT');
      this.log?.debug(opties.terugdraaien ? 'transactie teruggedraaid (proefdraai)' : 'transactie vastgelegd');
      return uitkomst;
    } catch (e) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      this.log?.debug('transactie teruggedraaid na een fout');
      throw e;
    }
  }

  audit(run: Run, record: AuditRecord): void {
    this.db
      .prepare('INSERT INTO audit (run_id, tijd, gebruiker, commando, actie, bestand, sha256, details) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(run.id, run.tijd, run.gebruiker, run.commando, record.actie, record.bestand ?? null, record.sha256 ?? null, JSON.stringify(record.details));
  }

  /** Is dit bestand (van deze soort) al eerder ingelezen? */
  bestandBekend(soort: string, sha256: string): { naam: string; tijd: string; aantal: number } | undefined {
    return this.db.prepare('SELECT naam, tijd, aantal FROM invoerbestand WHERE soort = ? AND sha256 = ?').get(soort, sha256) as
      | { naam: string; tijd: string; aantal: number }
      | undefined;
  }

  /** Legt vast dat dit bestand is verwerkt, met het aantal records erin (voor een volgende melding "al verwerkt"). */
  registreerBestand(soort: string, sha256: string, naam: string, run: Run, aantal = 0): void {
    this.db.prepare('INSERT INTO invoerbestand (soort, sha256, naam, aantal, run_id, tijd) VALUES (?, ?, ?, ?, ?, ?)').run(soort, sha256, naam, aantal, run.id, run.tijd);
  }

  sluit(): void {
    this.db.close();
  }
}
