/** Migraties voor het IB-signaalregister en de themacontroles (versie 3). */
import type { Migratie } from './migraties.js';

const AFSLUITCODES = "('BEKEND','NIET_RELEVANT','GEEN_OVERLAP','ONDERZOEK_GESTART','HERZIEN','BEEINDIGD','TERUGVORDERING','BOETE','FRAUDEONDERZOEK','DUPLICAAT')";

export const IB_MIGRATIES: readonly Migratie[] = [
  {
    versie: 3,
    naam: 'IB-signaalregister (leveringen, signalen met versies, herhalingen, afwijzingen, afhandeling) en themacontroles',
    sql: `
      -- Elk geleverd bestand één keer (sha256 van de bytes).
      CREATE TABLE ib_levering (
        sha256 TEXT PRIMARY KEY,
        naam TEXT NOT NULL,
        formaat TEXT NOT NULL CHECK (formaat IN ('csv', 'xml')),
        kolomkaart TEXT NOT NULL,
        ontvangen_op TEXT NOT NULL,
        aantal INTEGER NOT NULL,
        tellingen TEXT NOT NULL,
        run_id TEXT NOT NULL,
        tijd TEXT NOT NULL
      );

      -- Elk signaal één keer: uniek op (product, bsn, bron_sleutel); de inhoud staat per versie.
      CREATE TABLE ib_signaal (
        signaal_id INTEGER PRIMARY KEY,
        product TEXT NOT NULL,
        bsn TEXT NOT NULL,
        bron_sleutel TEXT NOT NULL,
        gemeente TEXT,
        regeling TEXT,
        uitkomst TEXT NOT NULL CHECK (uitkomst IN ('relevant', 'geen_overlap', 'onbekende_client')),
        voorstel TEXT,
        voorgestelde_code TEXT CHECK (voorgestelde_code IS NULL OR voorgestelde_code IN ${AFSLUITCODES}),
        prioriteit TEXT NOT NULL CHECK (prioriteit IN ('hoog', 'normaal', 'laag')),
        ingangsdatum TEXT,
        eerst_ontvangen_op TEXT NOT NULL,
        ontvangen_op TEXT NOT NULL,
        uiterlijk TEXT NOT NULL,
        versies INTEGER NOT NULL DEFAULT 1,
        status TEXT NOT NULL CHECK (status IN ('open', 'afgesloten')),
        afsluitcode TEXT CHECK (afsluitcode IS NULL OR afsluitcode IN ${AFSLUITCODES}),
        afgesloten_op TEXT,
        afgesloten_door TEXT,
        toelichting TEXT,
        CHECK ((status = 'open') = (afsluitcode IS NULL)),
        UNIQUE (product, bsn, bron_sleutel)
      );
      CREATE INDEX ib_signaal_status ON ib_signaal(status, uiterlijk);
      CREATE INDEX ib_signaal_gemeente ON ib_signaal(gemeente, product);

      CREATE TABLE ib_signaalversie (
        signaal_id INTEGER NOT NULL REFERENCES ib_signaal,
        versie INTEGER NOT NULL,
        inhoud_sha256 TEXT NOT NULL,
        inhoud TEXT NOT NULL,
        levering TEXT NOT NULL REFERENCES ib_levering,
        regel INTEGER NOT NULL,
        uitkomst TEXT NOT NULL,
        voorstel TEXT,
        trace TEXT NOT NULL,
        run_id TEXT NOT NULL,
        PRIMARY KEY (signaal_id, versie)
      );

      -- Een herhaling met dezelfde inhoud (dubbel) blijft gekoppeld aan het eerste signaal.
      CREATE TABLE ib_herhaling (
        id INTEGER PRIMARY KEY,
        signaal_id INTEGER NOT NULL REFERENCES ib_signaal,
        levering TEXT NOT NULL REFERENCES ib_levering,
        regel INTEGER NOT NULL,
        run_id TEXT NOT NULL
      );
      CREATE INDEX ib_herhaling_signaal ON ib_herhaling(signaal_id);

      -- Signalen met een ongeldig BSN: afgewezen, nooit geraden; het BSN zelf wordt niet bewaard.
      CREATE TABLE ib_afwijzing (
        id INTEGER PRIMARY KEY,
        levering TEXT NOT NULL REFERENCES ib_levering,
        regel INTEGER NOT NULL,
        product TEXT NOT NULL,
        gemeente TEXT,
        reden TEXT NOT NULL,
        run_id TEXT NOT NULL
      );

      -- Elke afsluiting, wijziging en heropening, met wie, wanneer en waarom (alleen aanvullen).
      CREATE TABLE ib_afhandeling (
        id INTEGER PRIMARY KEY,
        signaal_id INTEGER NOT NULL REFERENCES ib_signaal,
        actie TEXT NOT NULL CHECK (actie IN ('afgesloten', 'gewijzigd', 'heropend')),
        afsluitcode TEXT CHECK (afsluitcode IS NULL OR afsluitcode IN ${AFSLUITCODES}),
        datum TEXT NOT NULL,
        toelichting TEXT,
        automatisch INTEGER NOT NULL DEFAULT 0,
        run_id TEXT NOT NULL,
        gebruiker TEXT NOT NULL
      );
      CREATE INDEX ib_afhandeling_signaal ON ib_afhandeling(signaal_id);
      CREATE TRIGGER ib_afhandeling_alleen_aanvullen_update BEFORE UPDATE ON ib_afhandeling
        BEGIN SELECT RAISE(ABORT, 'de afhandelingshistorie kan alleen worden aangevuld'); END;
      CREATE TRIGGER ib_afhandeling_alleen_aanvullen_delete BEFORE DELETE ON ib_afhandeling
        BEGIN SELECT RAISE(ABORT, 'de afhandelingshistorie kan alleen worden aangevuld'); END;

      -- Themacontroles: het thema (laatste versie), elke run met de hashes, de selectie en de resultaten.
      CREATE TABLE themacontrole (
        thema_id TEXT PRIMARY KEY,
        naam TEXT NOT NULL,
        thema_sha256 TEXT NOT NULL,
        aangemaakt_op TEXT NOT NULL,
        afgesloten_op TEXT,
        afgesloten_door TEXT
      );
      CREATE TABLE themacontrole_run (
        run_id TEXT PRIMARY KEY,
        thema_id TEXT NOT NULL REFERENCES themacontrole,
        thema_sha256 TEXT NOT NULL,
        thema TEXT NOT NULL,
        populatie TEXT NOT NULL,
        populatie_sha256 TEXT NOT NULL,
        seed TEXT,
        selectie_sha256 TEXT NOT NULL,
        populatie_aantal INTEGER NOT NULL,
        kandidaten INTEGER NOT NULL,
        geselecteerd INTEGER NOT NULL,
        peildatum TEXT NOT NULL,
        tijd TEXT NOT NULL,
        gebruiker TEXT NOT NULL
      );
      CREATE INDEX themacontrole_run_thema ON themacontrole_run(thema_id);
      CREATE TABLE themacontrole_selectie (
        run_id TEXT NOT NULL REFERENCES themacontrole_run,
        id TEXT NOT NULL,
        criteria TEXT NOT NULL,
        PRIMARY KEY (run_id, id)
      );
      CREATE TABLE themacontrole_resultaat (
        thema_id TEXT NOT NULL REFERENCES themacontrole,
        id TEXT NOT NULL,
        resultaat TEXT NOT NULL CHECK (resultaat IN ${AFSLUITCODES}),
        datum TEXT NOT NULL,
        toelichting TEXT,
        run_id TEXT NOT NULL,
        PRIMARY KEY (thema_id, id)
      );
    `,
  },
];
