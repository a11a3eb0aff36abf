import type { Bedrag } from '../kern/geld.js';
import type { TraceBouwer } from '../kern/trace.js';
import type { Vervoersaanvraag } from './types.js';

export interface Toetsafstand {
  /** De afstand waarop recht en kosten worden beoordeeld (km, enkele reis). */
  readonly afstand: Bedrag;
  /** Die afstand zoals de trace hem toont, met drie decimalen ("6.258"): één keer opgemaakt, niet per stap. */
  readonly km: string;
  /** De afstand tot de gekozen school, idem. */
  readonly kmGekozen: string;
  /** De gekozen school ligt verder dan de dichtstbijzijnde toegankelijke school. */
  readonly verderDanNodig: boolean;
}

/**
 * R2. De dichtstbijzijnde toegankelijke school: de kosten worden vergoed tot die school, ook als de
 * ouders een verder weg gelegen school kiezen. Toegankelijk is een school van de richting van de
 * ouders of een school waar de leerling op grond van zijn ondersteuningsbehoefte is toegelaten.
 * Met een vastgelegde reden (TLV, MDO-advies, cumulatie van factoren, goedkoper voor de gemeente)
 * geldt de gekozen school zelf als de toegankelijke school.
 */
export function bepaalToetsafstand(a: Vervoersaanvraag, t: TraceBouwer): Toetsafstand {
  const kmGekozen = a.afstandKm.toFixed(3);
  const kmDichtstbij = a.afstandDichtstbijzijndeKm?.toFixed(3);
  const invoer = {
    afstand_km: kmGekozen,
    afstand_dichtstbijzijnde_km: kmDichtstbij ?? null,
    richting: a.richting ?? null,
    afwijking_reden: a.afwijkingReden ?? null,
  };
  const artikel = 'art 4 lid 2, 3, 5 en 6 WPO; art 4 lid 2, 3 en 5 WEC; art 8.28 WVO 2020';
  if (a.afwijkingReden !== undefined) {
    t.stap({
      regel: 'LLV-R2-afwijking',
      artikel,
      omschrijving: `De gekozen school geldt als de toegankelijke school op grond van '${a.afwijkingReden}': beoordeeld op de afstand tot de gekozen school`,
      invoer,
      uitkomst: kmGekozen,
    });
    return { afstand: a.afstandKm, km: kmGekozen, kmGekozen, verderDanNodig: false };
  }
  const dichtstbij = a.afstandDichtstbijzijndeKm;
  if (dichtstbij === undefined || dichtstbij.eq(a.afstandKm)) {
    t.stap({
      regel: 'LLV-R2',
      artikel,
      omschrijving: `De gekozen school is de dichtstbijzijnde toegankelijke school${a.richting ? ` (richting: ${a.richting})` : ''}`,
      invoer,
      uitkomst: kmGekozen,
    });
    return { afstand: a.afstandKm, km: kmGekozen, kmGekozen, verderDanNodig: false };
  }
  if (dichtstbij.lt(a.afstandKm)) {
    t.stap({
      regel: 'LLV-R2',
      artikel,
      omschrijving: `De ouders kozen een school verder weg; recht en kosten worden beoordeeld op de dichtstbijzijnde toegankelijke school${a.richting ? ` van dezelfde richting (${a.richting})` : ''}`,
      invoer,
      uitkomst: kmDichtstbij!,
    });
    return { afstand: dichtstbij, km: kmDichtstbij!, kmGekozen, verderDanNodig: true };
  }
  t.waarschuw('de gekozen school ligt dichterbij dan de opgegeven dichtstbijzijnde toegankelijke school; controleer de afstanden');
  t.stap({
    regel: 'LLV-R2',
    artikel,
    omschrijving: 'De gekozen school ligt dichterbij dan de opgegeven dichtstbijzijnde toegankelijke school: beoordeeld op de werkelijke, kortere afstand',
    invoer,
    uitkomst: kmGekozen,
  });
  return { afstand: a.afstandKm, km: kmGekozen, kmGekozen, verderDanNodig: false };
}
