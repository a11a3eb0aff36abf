import { NUL, type Bedrag } from '../kern/geld.js';
import type { Datum } from '../kern/datum.js';
import type { Actie, Actiesoort, Dossier, Verzuimmelding } from './types.js';

/** Een melding telt mee in het open dossier zolang ze niet is afgesloten of ingetrokken. */
export function isOpen(m: Verzuimmelding): boolean {
  return m.status !== 'afgesloten' && m.status !== 'ingetrokken';
}

/**
 * Het verzuim in het open dossier op een datum: de open meldingen van de leerling die op of vóór die
 * datum zijn gemeld, plus de melding zelf. Uren en keren te laat worden opgeteld; een melding zonder
 * uren telt als 0.
 */
export function verzuimInDossier(dossier: Dossier, datum: Datum): { uren: Bedrag; teLaat: number; meldingen: string[] } {
  const meldingen = dossier.meldingen.filter((m) => m.meldingId === dossier.melding.meldingId || (isOpen(m) && m.meldingsdatum <= datum));
  if (!meldingen.some((m) => m.meldingId === dossier.melding.meldingId)) meldingen.push(dossier.melding);
  let uren = NUL;
  let teLaat = 0;
  for (const m of meldingen) {
    if (m.verzuimuren) uren = uren.plus(m.verzuimuren);
    teLaat += m.teLaatKeren ?? 0;
  }
  return { uren, teLaat, meldingen: meldingen.map((m) => m.meldingId).sort() };
}

/**
 * De acties van deze soorten op of vóór `datum` in het open dossier van de leerling: op deze melding
 * en op zijn andere meldingen die nog open zijn. Een afgesloten dossier telt niet mee voor de trede
 * van een nieuwe melding; `ookGesloten` neemt alle meldingen van de leerling mee (Halt: één keer per
 * jongere, ook als het eerdere dossier is gesloten).
 */
export function actiesInDossier(dossier: Dossier, soorten: readonly Actiesoort[], datum?: Datum, opties: { ookGesloten?: boolean } = {}): Actie[] {
  const open = new Set(dossier.meldingen.filter(isOpen).map((m) => m.meldingId));
  open.add(dossier.melding.meldingId);
  return dossier.acties.filter((a) => soorten.includes(a.actie) && (datum === undefined || a.datum <= datum) && (opties.ookGesloten === true || open.has(a.meldingId)));
}
