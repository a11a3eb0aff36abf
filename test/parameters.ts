/** Parameters voor tests: de ingebouwde tabellen, eventueel met een overlay zoals `--params` die geeft. */
import { laadParameters } from '../src/io/parameters.js';
import { leesOverlay, Parameters } from '../src/rules/kern/parameters.js';

const ingebouwd = laadParameters();

type Waarde = string | number | boolean;
/** Per sleutel een of meer `[vanaf, waarde]`-paren. */
export type Overlay = Record<string, [string, Waarde][]>;

function alsJson(waarden: Overlay) {
  return Object.fromEntries(
    Object.entries(waarden).map(([sleutel, reeks]) => [
      sleutel,
      { waarden: reeks.map(([vanaf, waarde]) => ({ vanaf, waarde, bron: 'test', status: 'geverifieerd' })) },
    ]),
  );
}

/** De ingebouwde parameters met een lokale overlay voor de regio en/of per gemeente. */
export function testParameters(regio: Overlay = {}, gemeenten: Record<string, Overlay> = {}): Parameters {
  const definities = new Map(ingebouwd.alleDefinities().map((d) => [d.sleutel, d]));
  const json = {
    parameters: alsJson(regio),
    gemeenten: Object.fromEntries(Object.entries(gemeenten).map(([g, o]) => [g, { parameters: alsJson(o) }])),
  };
  return leesOverlay(json, 'test', definities, { laagnaam: 'test', alleenBeleid: false, gemeentenToegestaan: true }).reduce(
    (p, laag) => p.metLaag(laag),
    ingebouwd,
  );
}

/** De ingebouwde parameters zonder één sleutel, om een ontbrekende parameter te testen. */
export function zonderParameter(sleutel: string): Parameters {
  const definities = new Map(ingebouwd.alleDefinities().map((d) => [d.sleutel, d]));
  const lagen = ingebouwd.alleLagen().map((laag) => {
    const waarden = new Map(laag.waarden);
    waarden.delete(sleutel);
    return { ...laag, waarden };
  });
  return new Parameters(definities, lagen);
}

export { ingebouwd };
