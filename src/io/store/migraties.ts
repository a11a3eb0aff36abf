/**
 * Het schema van de SQLite-store, als genummerde migraties. Een migratie wordt nooit gewijzigd
 * nadat ze is uitgebracht: een wijziging is een nieuwe migratie met een hoger nummer.
 * Bedragen staan als hele centen (INTEGER), datums als 'YYYY-MM-DD'.
 */
import { IB_MIGRATIES } from './migraties-ib.js';
import { VERZUIM_MIGRATIES } from './migraties-verzuim.js';

export interface Migratie {
  readonly versie: number;
  readonly naam: string;
  readonly sql: string;
}

const BASIS_EN_DEBITEUREN: readonly Migratie[] = [
  {
    versie: 1,
    naam: 'auditlog en ingelezen bestanden',
    sql: `
      CREATE TABLE audit (
        id INTEGER PRIMARY KEY,
        run_id TEXT NOT NULL,
        tijd TEXT NOT NULL,
        gebruiker TEXT NOT NULL,
        commando TEXT NOT NULL,
        actie TEXT NOT NULL,
        bestand TEXT,
        sha256 TEXT,
        details TEXT NOT NULL
      );
      CREATE INDEX audit_run ON audit(run_id);
      CREATE TRIGGER audit_alleen_aanvullen_update BEFORE UPDATE ON audit
        BEGIN SELECT RAISE(ABORT, 'het auditlog kan alleen worden aangevuld'); END;
      CREATE TRIGGER audit_alleen_aanvullen_delete BEFORE DELETE ON audit
        BEGIN SELECT RAISE(ABORT, 'het auditlog kan alleen worden aangevuld'); END;

      CREATE TABLE invoerbestand (
        soort TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        naam TEXT NOT NULL,
        aantal INTEGER NOT NULL DEFAULT 0,
        run_id TEXT NOT NULL,
        tijd TEXT NOT NULL,
        PRIMARY KEY (soort, sha256)
      );
    `,
  },
  {
    versie: 2,
    naam: 'debiteuren: vorderingen, afspraken, afschriften, posten, toewijzingen, beslag door derden',
    sql: `
      CREATE TABLE debiteur (
        debiteur_id TEXT PRIMARY KEY,
        gemeente TEXT NOT NULL
      );
      CREATE TABLE debiteur_iban (
        iban TEXT NOT NULL,
        debiteur_id TEXT NOT NULL REFERENCES debiteur,
        PRIMARY KEY (iban, debiteur_id)
      );
      CREATE TABLE vordering (
        vordering_id TEXT PRIMARY KEY,
        debiteur_id TEXT NOT NULL REFERENCES debiteur,
        gemeente TEXT NOT NULL,
        soort TEXT NOT NULL,
        stroom TEXT NOT NULL,
        hoofdsom_cent INTEGER NOT NULL CHECK (hoofdsom_cent >= 0),
        kosten_cent INTEGER NOT NULL DEFAULT 0 CHECK (kosten_cent >= 0),
        rente_cent INTEGER NOT NULL DEFAULT 0 CHECK (rente_cent >= 0),
        opgelegd_op TEXT NOT NULL,
        betalingskenmerk TEXT UNIQUE
      );
      CREATE INDEX vordering_debiteur ON vordering(debiteur_id);

      CREATE TABLE afspraak (
        debiteur_id TEXT PRIMARY KEY REFERENCES debiteur,
        termijnbedrag_cent INTEGER NOT NULL CHECK (termijnbedrag_cent > 0),
        frequentie TEXT NOT NULL CHECK (frequentie IN ('maand', 'kwartaal')),
        eerste_termijn TEXT NOT NULL
      );

      CREATE TABLE afschrift (
        afschrift_sleutel TEXT PRIMARY KEY,
        iban TEXT NOT NULL,
        afschrift_id TEXT NOT NULL,
        volgnummer TEXT,
        begin_cent INTEGER NOT NULL,
        begindatum TEXT NOT NULL,
        eind_cent INTEGER NOT NULL,
        einddatum TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        run_id TEXT NOT NULL
      );
      CREATE INDEX afschrift_iban ON afschrift(iban, einddatum);

      CREATE TABLE post (
        post_sleutel TEXT PRIMARY KEY,
        afschrift_sleutel TEXT NOT NULL REFERENCES afschrift,
        boekdatum TEXT NOT NULL,
        bedrag_cent INTEGER NOT NULL CHECK (bedrag_cent >= 0),
        richting TEXT NOT NULL CHECK (richting IN ('CRDT', 'DBIT')),
        soort TEXT NOT NULL,
        uitkomst TEXT NOT NULL,
        regel TEXT,
        debiteur_id TEXT,
        vordering_id TEXT,
        kenmerk TEXT,
        kenmerk_geldig INTEGER,
        tegen_iban TEXT,
        end_to_end TEXT,
        bank_ref TEXT,
        mandaat TEXT,
        reden TEXT,
        origineel_sleutel TEXT,
        run_id TEXT NOT NULL
      );
      CREATE INDEX post_bank_ref ON post(bank_ref);
      CREATE INDEX post_end_to_end ON post(end_to_end);
      CREATE INDEX post_boekdatum ON post(boekdatum);

      CREATE TABLE toewijzing (
        id INTEGER PRIMARY KEY,
        post_sleutel TEXT NOT NULL REFERENCES post,
        debiteur_id TEXT NOT NULL REFERENCES debiteur,
        vordering_id TEXT REFERENCES vordering,
        component TEXT NOT NULL CHECK (component IN ('kosten', 'rente', 'hoofdsom', 'tegoed')),
        bedrag_cent INTEGER NOT NULL,
        regel TEXT NOT NULL,
        run_id TEXT NOT NULL
      );
      CREATE INDEX toewijzing_vordering ON toewijzing(vordering_id);
      CREATE INDEX toewijzing_post ON toewijzing(post_sleutel);
      CREATE INDEX toewijzing_debiteur ON toewijzing(debiteur_id);

      CREATE TABLE beslag_derden (
        beslag_id TEXT PRIMARY KEY,
        debiteur_id TEXT NOT NULL,
        gemeente TEXT NOT NULL,
        schuldeiser TEXT NOT NULL,
        bedrag_cent INTEGER NOT NULL CHECK (bedrag_cent >= 0),
        van TEXT NOT NULL,
        tot TEXT,
        run_id TEXT NOT NULL
      );
    `,
  },
  {
    versie: 5,
    naam: 'debiteuren: index op de teruggeboekte post',
    // "Is deze ontvangst teruggeboekt?" (werklijst, rapport, terugboeking zoeken) zocht zonder index
    // de hele posttabel door per post: 10.000 niet-gekoppelde posten tegen 110.000 posten kostte 112 s.
    sql: `CREATE INDEX post_origineel ON post(origineel_sleutel) WHERE origineel_sleutel IS NOT NULL;`,
  },
];

/**
 * Alle migraties op volgorde. Elk domein houdt zijn eigen migraties bij in migraties-<domein>.ts met
 * vooraf verdeelde versienummers (1-2 basis en debiteuren, 3 IB-signalen en themacontroles,
 * 4 verzuim, 5 een index voor debiteuren), zodat ontwikkelaars elkaar niet in de weg zitten.
 */
export const MIGRATIES: readonly Migratie[] = [...BASIS_EN_DEBITEUREN, ...IB_MIGRATIES, ...VERZUIM_MIGRATIES].sort((a, b) => a.versie - b.versie);
