/**
 * Laadt de parametertabellen: de regionale tabellen en gemeente-overlays uit
 * `src/rules/params/`, en optioneel een lokale overlay (`--params BESTAND`).
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import {
  Parameters,
  leesOverlay,
  leesTabel,
  type DatumWaarde,
  type ParameterDefinitie,
  type ParameterLaag,
} from '../rules/kern/parameters.js';
import { leesGemeente } from '../rules/kern/gemeente.js';
import { SzmhFout, EXITCODE } from '../rules/kern/fouten.js';
import { leesJsonBestand } from './json.js';

/** Zowel vanuit `src/io` (tests) als `dist/io` (gebouwd) is dit de map met de tabellen. */
export const PARAMETERMAP = fileURLToPath(new URL('../../src/rules/params/', import.meta.url));

const leesJson = (bestand: string) => leesJsonBestand(bestand, 'het parameterbestand', 'PARAMETERS_ONGELDIG');

/** De ingebouwde parameters: regionale tabellen plus de overlay van elke gemeente. */
export function laadParameters(map: string = PARAMETERMAP): Parameters {
  const definities = new Map<string, ParameterDefinitie>();
  const regio = new Map<string, DatumWaarde[]>();
  for (const naam of readdirSync(map).filter((n) => n.endsWith('.json')).sort()) {
    const bestand = path.join(map, naam);
    const tabel = leesTabel(leesJson(bestand), bestand);
    for (const d of tabel.definities) {
      if (definities.has(d.sleutel)) {
        throw new SzmhFout('PARAMETERS_ONGELDIG', EXITCODE.invoer, `parameter '${d.sleutel}' staat in meer dan één tabel`, { bestand });
      }
      definities.set(d.sleutel, d);
      regio.set(d.sleutel, tabel.waarden.get(d.sleutel)!);
    }
  }
  const lagen: ParameterLaag[] = [{ naam: 'regio', waarden: regio }];
  const gemeentemap = path.join(map, 'gemeenten');
  for (const naam of readdirSync(gemeentemap).filter((n) => n.endsWith('.json')).sort()) {
    const bestand = path.join(gemeentemap, naam);
    const gemeente = leesGemeente(naam.replace(/\.json$/, ''));
    if (!gemeente.ok) throw new SzmhFout('PARAMETERS_ONGELDIG', EXITCODE.invoer, gemeente.reden, { bestand });
    lagen.push(
      ...leesOverlay(leesJson(bestand), bestand, definities, {
        laagnaam: `gemeente ${gemeente.code}`,
        gemeente: gemeente.code,
        alleenBeleid: true,
        gemeentenToegestaan: false,
      }),
    );
  }
  return new Parameters(definities, lagen);
}

/** Voegt een lokale overlay toe (`--params BESTAND`): voor de regio en, onder `gemeenten`, per gemeente. */
export function metLokaleOverlay(params: Parameters, bestand: string): Parameters {
  const definities = new Map(params.alleDefinities().map((d) => [d.sleutel, d]));
  const lagen = leesOverlay(leesJson(bestand), bestand, definities, {
    laagnaam: `lokaal ${path.basename(bestand)}`,
    alleenBeleid: false,
    gemeentenToegestaan: true,
  });
  return lagen.reduce((p, laag) => p.metLaag(laag), params);
}
