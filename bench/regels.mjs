// Doorvoer van de regels zelf (zonder CSV en uitvoer): zaken staan al als objecten in het geheugen.
import { berekenBoete, berekenTerugvordering, laadParameters, bedrag, datum, leesMaand } from '../dist/index.js';
import { willekeur } from './generate.mjs';

const VERWIJTBAAR = ['opzet', 'grove_schuld', 'normaal', 'normaal', 'verminderd', 'geen'];
const OORZAKEN = ['inlichtingenplicht', 'inlichtingenplicht', 'gemeentefout', 'voorschot', 'onverschuldigd_kenbaar', 'anders'];
const GEMEENTEN = ['GM1903', 'GM1729', 'GM0935', 'GM0938', 'GM0981', 'GM0994'];

function meet(naam, f, n) {
  const begin = performance.now();
  for (let i = 0; i < n; i++) f(i);
  return { naam, ms: performance.now() - begin };
}

export async function regelDoorvoer(aantal) {
  const params = laadParameters();
  const r = willekeur(7);
  const boetes = Array.from({ length: aantal }, (_, i) => ({
    zaakId: `B${i}`,
    gemeente: GEMEENTEN[i % 6],
    benadelingsbedrag: bedrag(Math.floor(r() * 2_000_000)).div(100),
    verwijtbaarheid: VERWIJTBAAR[i % VERWIJTBAAR.length],
    overtredingsdatum: datum('2025-03-01'),
    besluitdatum: datum('2026-06-01'),
    eerdereGevangenisstraf: false,
    dringendeRedenen: false,
    ...(i % 2 ? { bijstandsnormMaand: bedrag('1419.46') } : {}),
    ...(i % 10 === 0 ? { eerdereBoeteOnherroepelijkOp: datum('2022-01-01') } : {}),
  }));
  const zaken = Array.from({ length: aantal }, (_, i) => ({
    zaakId: `T${i}`,
    gemeente: GEMEENTEN[i % 6],
    maanden: Array.from({ length: 1 + (i % 6) }, (_, m) => {
      const uit = leesMaand(`2026-${String(m + 1).padStart(2, '0')}`);
      return { maand: uit.maand, betaald: bedrag('1401.50'), recht: bedrag(Math.floor(r() * 140150)).div(100), oorzaak: OORZAKEN[(i + m) % OORZAKEN.length], besluitdatum: datum('2026-11-16') };
    }),
  }));
  const peil = datum('2027-01-04');
  return [
    meet('regel berekenBoete', (i) => berekenBoete(boetes[i], params), aantal),
    meet('regel berekenTerugvordering (1-6 maanden)', (i) => berekenTerugvordering(zaken[i], params, peil), aantal),
  ];
}
