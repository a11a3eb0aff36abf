#!/usr/bin/env node
// Doorvoer van `beoordeelAanvraag`: aanvragen worden in het geheugen gegenereerd (xorshift, vaste
// seed) en met de gebouwde regels beoordeeld (eerst `npm run build`). Een benchmark, geen test:
// er wordt niets geasserteerd.
//
//   node bench/leerlingenvervoer.mjs [aantal=100000]
import { beoordeelAanvraag } from '../dist/rules/leerlingenvervoer/index.js';
import { laadParameters } from '../dist/io/parameters.js';
import { bedrag } from '../dist/rules/kern/geld.js';
import { datum, schooljaarVanafJaar } from '../dist/rules/kern/datum.js';
import { willekeur } from './generate.mjs';

const GEMEENTEN = ['GM0935', 'GM0935', 'GM0935', 'GM1903', 'GM1729', 'GM0938', 'GM0981', 'GM0994'];
const SOORTEN = ['bo', 'bo', 'sbo', 'sbo', 'so', 'so', 'vso', 'vo'];

/** `aantal` aanvragen voor 2024-2025 en 2025-2026, over alle schoolsoorten, gemeenten en routes. */
export function genereerAanvragen(aantal, seed = 6) {
  const r = willekeur(seed);
  const kies = (lijst) => lijst[Math.floor(r() * lijst.length)];
  const ja = (kans) => r() < kans;
  const aanvragen = new Array(aantal);
  for (let i = 0; i < aantal; i++) {
    const jaar = ja(0.5) ? 2024 : 2025;
    const schoolsoort = kies(SOORTEN);
    const leeftijd = schoolsoort === 'vo' || schoolsoort === 'vso' ? 12 + Math.floor(r() * 6) : 4 + Math.floor(r() * 9);
    const meter = Math.floor(r() * (ja(0.1) ? 40_000 : 15_000));
    const handicap = ja(schoolsoort === 'so' || schoolsoort === 'vso' ? 0.6 : 0.1);
    const zelfstandig = handicap ? ja(0.3) : ja(leeftijd >= 9 ? 0.8 : 0.2);
    const reistijdOv = ja(0.6) ? 15 + Math.floor(r() * 120) : undefined;
    const inkomen = ja(0.85) ? Math.floor(r() * 9_000_000) : undefined;
    aanvragen[i] = {
      aanvraagId: `LLV-${i}`,
      gemeente: kies(GEMEENTEN),
      schooljaar: schooljaarVanafJaar(jaar),
      geboortedatum: datum(`${jaar - leeftijd}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-15`),
      schoolsoort,
      afstandKm: bedrag(meter + (ja(0.1) ? Math.floor(r() * 5000) : 0)).div(1000),
      afstandDichtstbijzijndeKm: bedrag(meter).div(1000),
      handicapStructureel: handicap,
      kanZelfstandigOv: zelfstandig,
      kanOvMetBegeleiding: ja(0.7),
      kanFietsen: ja(0.3),
      kanFietsenMetBegeleiding: ja(0.2),
      begeleidingBeschikbaar: ja(0.7),
      eigenAuto: ja(0.6),
      instemmingEigenVervoer: ja(0.4),
      ovBeschikbaar: ja(0.95),
      hardheidsclausule: ja(0.02),
      machtiging: ja(0.5),
      draagkrachtAlGeheven: ja(0.05),
      ...(reistijdOv !== undefined ? { reistijdOvMin: reistijdOv } : {}),
      ...(reistijdOv !== undefined && ja(0.9) ? { reistijdAangepastMin: 10 + Math.floor(r() * 60) } : {}),
      ...(inkomen !== undefined ? { inkomen: bedrag(inkomen).div(100) } : {}),
    };
  }
  return aanvragen;
}

/**
 * Beoordeelt `aantal` gegenereerde aanvragen met de ingebouwde parameters. Een aanvraag waarvoor een
 * regel weigert (bijvoorbeeld een ontbrekend stapbedrag in de draagkrachttabel) telt mee als beslist:
 * de weigering is de uitkomst.
 */
export async function leerlingenvervoerBench(aantal) {
  const params = laadParameters();
  const aanvragen = genereerAanvragen(aantal);
  const uitkomsten = { toegekend: 0, afgewezen: 0, handmatig: 0, geweigerd: 0 };
  // opwarmen buiten de meting, zodat de JIT en de parametercache niet in de eerste duizend zitten
  for (let i = 0; i < Math.min(2000, aantal); i++) {
    try {
      beoordeelAanvraag(aanvragen[i], params);
    } catch {
      // geweigerd
    }
  }
  const begin = performance.now();
  for (let i = 0; i < aantal; i++) {
    try {
      uitkomsten[beoordeelAanvraag(aanvragen[i], params).besluit]++;
    } catch (e) {
      if (e?.name !== 'RegelFout') throw e;
      uitkomsten.geweigerd++;
    }
  }
  const ms = performance.now() - begin;
  return { naam: 'regel beoordeelAanvraag (leerlingenvervoer)', ms, aantal, uitkomsten };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const aantal = Number(process.argv[2] ?? '100000');
  if (!Number.isInteger(aantal) || aantal <= 0) {
    console.error('gebruik: node bench/leerlingenvervoer.mjs [aantal]');
    process.exit(2);
  }
  const m = await leerlingenvervoerBench(aantal);
  const perSeconde = Math.round((m.aantal / m.ms) * 1000);
  console.log(`${m.naam}: ${m.aantal.toLocaleString('nl-NL')} aanvragen in ${(m.ms / 1000).toFixed(2)} s = ${perSeconde.toLocaleString('nl-NL')} besluiten/s`);
  console.log(`  ${Object.entries(m.uitkomsten).map(([k, v]) => `${k} ${v.toLocaleString('nl-NL')}`).join(', ')}`);
}
