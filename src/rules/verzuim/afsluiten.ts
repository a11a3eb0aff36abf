import type { TraceBouwer } from '../kern/trace.js';
import { REDENEN_AFGESLOTEN, type Actievoorstel, type RedenAfgesloten, type Voorwaarde } from './types.js';
import { LPW, toets } from './voorwaarde.js';

export function isRedenAfgesloten(reden: string | undefined): reden is RedenAfgesloten {
  return reden !== undefined && (REDENEN_AFGESLOTEN as readonly string[]).includes(reden);
}

/**
 * VZ-AFS-reden: een melding wordt afgesloten met een van de zeven redenen uit de bijlage bij het
 * Besluit Verzuimmelding (onderzoek §3.4 [V]); de gemeente geeft de status terug aan DUO (art 21a
 * lid 6 Lpw).
 */
export function toetsAfsluiten(voorstel: Actievoorstel, t: TraceBouwer): Voorwaarde[] {
  const goed = isRedenAfgesloten(voorstel.reden);
  const v = toets(t, {
    regel: 'VZ-AFS-reden',
    artikel: `Besluit Verzuimmelding, bijlage (reden melding afgesloten); art 21a lid 6 ${LPW}`,
    voldaan: goed,
    uitleg: goed
      ? `Afgesloten met reden '${voorstel.reden}'`
      : voorstel.reden === undefined
        ? `Afsluiten vraagt een reden, een van: ${REDENEN_AFGESLOTEN.join(', ')}`
        : `'${voorstel.reden}' is geen reden uit het Besluit Verzuimmelding; kies een van: ${REDENEN_AFGESLOTEN.join(', ')}`,
    invoer: { reden: voorstel.reden ?? null },
  });
  return v.voldaan ? [] : [v];
}
