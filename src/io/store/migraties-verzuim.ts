/**
 * Migraties voor het verzuimregister (versie 4): leerlingen, verzuimmeldingen, zorgmeldingen (een
 * apart soort record, R-LP-02) en de acties van de escalatieladder. Datums als 'YYYY-MM-DD'; uren
 * als decimale tekst ("16.5"). Een BSN staat alleen in `verzuim_leerling` (om een DUO-melding aan de
 * leerling uit de eigen administratie te koppelen) en komt nooit in uitvoer of log.
 */
import type { Migratie } from './migraties.js';

export const VERZUIM_MIGRATIES: readonly Migratie[] = [
  {
    versie: 4,
    naam: 'verzuimregister: leerlingen, verzuimmeldingen, zorgmeldingen en acties',
    sql: `
      CREATE TABLE verzuim_leerling (
        leerling_id TEXT PRIMARY KEY,
        bsn TEXT UNIQUE,
        onderwijsnummer TEXT UNIQUE,
        geboortedatum TEXT NOT NULL,
        startkwalificatie_op TEXT,
        run_id TEXT NOT NULL
      );

      CREATE TABLE verzuimmelding (
        melding_id TEXT PRIMARY KEY,
        leerling_id TEXT NOT NULL REFERENCES verzuim_leerling,
        gemeente TEXT NOT NULL,
        soort TEXT NOT NULL CHECK (soort IN ('absoluut', 'relatief_16u', 'langdurig_relatief', 'luxe', 'signaal', 'te_laat', 'overig', 'achttien_plus')),
        type TEXT NOT NULL CHECK (type IN ('absoluut', 'relatief')),
        bron TEXT NOT NULL CHECK (bron IN ('school', 'eigen_administratie')),
        meldingsdatum TEXT NOT NULL,
        begindatum TEXT NOT NULL,
        einddatum TEXT,
        verzuimuren TEXT,
        verzuimdagen INTEGER CHECK (verzuimdagen >= 0),
        te_laat_keren INTEGER CHECK (te_laat_keren >= 0),
        brin TEXT,
        vestiging TEXT,
        status TEXT NOT NULL CHECK (status IN ('geregistreerd', 'in_behandeling', 'afgesloten', 'ingetrokken', 'ter_kennisneming')),
        reden_afgesloten TEXT,
        sha256 TEXT NOT NULL,
        run_id TEXT NOT NULL
      );
      CREATE INDEX verzuimmelding_leerling ON verzuimmelding(leerling_id);
      CREATE INDEX verzuimmelding_datum ON verzuimmelding(meldingsdatum);
      CREATE UNIQUE INDEX verzuimmelding_inhoud ON verzuimmelding(leerling_id, soort, begindatum) WHERE status <> 'ingetrokken';

      CREATE TABLE zorgmelding (
        zorgmelding_id TEXT PRIMARY KEY,
        leerling_id TEXT NOT NULL REFERENCES verzuim_leerling,
        gemeente TEXT NOT NULL,
        datum TEXT NOT NULL,
        bron TEXT NOT NULL CHECK (bron IN ('school', 'eigen_administratie')),
        melding_id TEXT REFERENCES verzuimmelding,
        run_id TEXT NOT NULL
      );
      CREATE INDEX zorgmelding_datum ON zorgmelding(datum);

      CREATE TABLE verzuim_actie (
        id INTEGER PRIMARY KEY,
        melding_id TEXT NOT NULL REFERENCES verzuimmelding,
        leerling_id TEXT NOT NULL REFERENCES verzuim_leerling,
        actie TEXT NOT NULL CHECK (actie IN ('gesprek', 'waarschuwing', 'halt', 'zorgmelding', 'proces_verbaal', 'afgesloten')),
        datum TEXT NOT NULL,
        reden TEXT,
        tegen TEXT CHECK (tegen IN ('ouders', 'jongere', 'beide')),
        run_id TEXT NOT NULL,
        UNIQUE (melding_id, actie, datum)
      );
      CREATE INDEX verzuim_actie_leerling ON verzuim_actie(leerling_id);
      CREATE INDEX verzuim_actie_datum ON verzuim_actie(datum);
    `,
  },
];
