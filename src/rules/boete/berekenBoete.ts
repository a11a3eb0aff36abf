import { NUL, type Bedrag } from '../kern/geld.js';
import { laatste, plusJaren } from '../kern/datum.js';
import { RegelFout } from '../kern/fouten.js';
import type { Parameters } from '../kern/parameters.js';
import { TraceBouwer } from '../kern/trace.js';
import { boeteHoogte, type Boetehoogte, type Boeteregime } from './hoogte.js';
import { bepaalRecidive } from './recidive.js';
import { toetsWaarschuwing, type Waarschuwingstoets } from './waarschuwing.js';
import { pasDraagkrachtToe } from './draagkracht.js';
import type { BoeteResultaat, BoeteZaak } from './types.js';

interface Kandidaat {
  readonly regime: Boeteregime;
  readonly hoogte: Boetehoogte;
  readonly waarschuwing: Waarschuwingstoets;
}

/**
 * Bestuurlijke boete wegens schending van de inlichtingenplicht (art 18a Pw, Boetebesluit).
 *
 * Volgorde: verwijtbaarheid (geen → geen boete), recidive, de hoogte onder elk regime dat gold
 * tussen overtreding en besluit en daarvan de laagste (lex mitior, art 5:46 lid 4 Awb), draagkracht,
 * dan dringende redenen (geen boete) of een waarschuwing waar wet en beleid dat toelaten.
 */
export function berekenBoete(zaak: BoeteZaak, params: Parameters): BoeteResultaat {
  const t = new TraceBouwer();
  const { overtredingsdatum, besluitdatum, gemeente } = zaak;
  if (besluitdatum < overtredingsdatum) {
    throw new RegelFout(`zaak ${zaak.zaakId}: de besluitdatum ligt vóór de overtredingsdatum`);
  }

  if (zaak.verwijtbaarheid === 'geen') {
    t.stap({
      regel: 'BO-Awb-5:41',
      artikel: 'art 5:41 Awb',
      omschrijving: 'De overtreding kan de belanghebbende niet worden verweten: geen boete',
      invoer: { verwijtbaarheid: 'geen' },
      uitkomst: 'geen_boete',
    });
    return resultaat(zaak, 'geen_boete', NUL, NUL, false, 'art 5:41 Awb', '', t);
  }

  const regimes = params.geldendTussen('boete.regime', overtredingsdatum, besluitdatum, gemeente);
  if (regimes.length === 0 || regimes[0]!.vanaf > overtredingsdatum) {
    throw new RegelFout(
      `zaak ${zaak.zaakId}: voor een overtreding op ${overtredingsdatum} is geen boeteregime vastgelegd (parameter boete.regime; bestuurlijke boetes voor de inlichtingenplicht bestaan sinds 2013-01-01)`,
      'PARAMETER_ONTBREEKT',
    );
  }

  const verval = params.aantal('boete.vervaltermijn_jaren', overtredingsdatum, gemeente);
  if (besluitdatum > plusJaren(overtredingsdatum, verval.waarde)) {
    t.waarschuw(
      `het besluit valt meer dan ${verval.waarde} jaar na de overtreding: de bevoegdheid is vervallen (art 5:45 Awb), tenzij de termijn door bezwaar of beroep was geschorst`,
    );
  }

  const recidive = zaak.benadelingsbedrag.isZero() ? false : bepaalRecidive(zaak, params, t);

  const kandidaten: Kandidaat[] = regimes.map((r) => {
    const regime = r.waarde as Boeteregime;
    t.stap({
      regel: 'BO-regime',
      artikel: 'art 5:46 lid 4 Awb jo. art 1 lid 2 Sr',
      omschrijving: `Berekening onder het regime '${regime}', dat gold vanaf ${r.vanaf}`,
      parameters: [r],
      uitkomst: regime,
    });
    const regimePeil = laatste(overtredingsdatum, r.vanaf);
    return {
      regime,
      hoogte: boeteHoogte(zaak, regime, regimePeil, recidive, params, t),
      waarschuwing: toetsWaarschuwing(zaak, regime, regimePeil, params, t),
    };
  });

  // Lex mitior: de laagste boete; bij gelijke uitkomst het jongste regime.
  let gekozen = kandidaten[0]!;
  for (const k of kandidaten.slice(1)) if (k.hoogte.boete.lte(gekozen.hoogte.boete)) gekozen = k;
  if (kandidaten.length > 1) {
    t.stap({
      regel: 'BO-lex-mitior',
      artikel: 'art 5:46 lid 4 Awb jo. art 1 lid 2 Sr',
      omschrijving: 'Het recht is na de overtreding gewijzigd: de voor de belanghebbende gunstigste uitkomst geldt',
      invoer: Object.fromEntries(kandidaten.map((k) => [k.regime, k.hoogte.boete])),
      uitkomst: gekozen.regime,
    });
  }

  const boete = pasDraagkrachtToe(zaak, gekozen.hoogte.boete, params, t);

  if (zaak.dringendeRedenen) {
    t.stap({
      regel: 'BO-18a-7',
      artikel: 'art 18a lid 7 Pw',
      omschrijving: 'Het college ziet af van een boete wegens dringende redenen',
      invoer: { dringende_redenen: true },
      uitkomst: 'geen_boete',
    });
    return resultaat(zaak, 'geen_boete', NUL, boete, gekozen.hoogte.recidive, 'art 18a lid 7 Pw', gekozen.regime, t);
  }

  const waarschuwing = kandidaten.find((k) => k.waarschuwing.mogelijk)?.waarschuwing;
  if (waarschuwing) {
    const beleid = params.jaNee('boete.waarschuwing_waar_mogelijk', besluitdatum, gemeente);
    t.stap({
      regel: 'BO-waarschuwing-beleid',
      artikel: 'art 18a lid 4 Pw (kan-bepaling); beleid',
      omschrijving: beleid.waarde
        ? 'Een waarschuwing is mogelijk en het beleid is om dan te waarschuwen'
        : 'Een waarschuwing is mogelijk, maar het beleid is om toch een boete op te leggen',
      parameters: [beleid],
      uitkomst: beleid.waarde ? 'waarschuwing' : 'boete',
    });
    if (beleid.waarde) {
      return resultaat(zaak, 'waarschuwing', NUL, boete, gekozen.hoogte.recidive, waarschuwing.grondslag!, gekozen.regime, t);
    }
  }

  if (boete.isZero()) {
    return resultaat(zaak, 'geen_boete', NUL, boete, gekozen.hoogte.recidive, 'art 5:46 lid 2 Awb (geen draagkracht)', gekozen.regime, t);
  }
  return resultaat(zaak, 'boete', boete, boete, gekozen.hoogte.recidive, gekozen.hoogte.grondslag, gekozen.regime, t);
}

function resultaat(
  zaak: BoeteZaak,
  uitkomst: BoeteResultaat['uitkomst'],
  boete: Bedrag,
  boeteZonderWaarschuwing: Bedrag,
  recidive: boolean,
  grondslag: string,
  regime: string,
  t: TraceBouwer,
): BoeteResultaat {
  return { zaakId: zaak.zaakId, uitkomst, boete, boeteZonderWaarschuwing, recidive, grondslag, regime, trace: t.klaar() };
}
