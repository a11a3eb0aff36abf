#!/usr/bin/env node
// Synthetische invoer voor benchmarks: geldige BSN's, Nederlandse CSV-stijl (puntkomma, decimale
// komma, d-m-jjjj), reproduceerbaar met --seed.
//
//   node bench/generate.mjs boete 100000 bench/data/boete.csv [--seed 1]
//   node bench/generate.mjs terugvordering 100000 bench/data/maanden.csv   (aantal zaken; 1-6 maanden per zaak)
import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';

export function willekeur(seed) {
  let s = seed >>> 0 || 1;
  return () => {
    // xorshift32: snel en reproduceerbaar
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

export function bsn(r) {
  for (;;) {
    const cijfers = `999${String(Math.floor(r() * 1e6)).padStart(6, '0')}`;
    let som = 0;
    for (let i = 0; i < 8; i++) som += Number(cijfers[i]) * (9 - i);
    som -= Number(cijfers[8]);
    if (som > 0 && som % 11 === 0) return cijfers;
  }
}

const GEMEENTEN = ['Maastricht', 'Eijsden-Margraten', 'Gulpen-Wittem', 'Meerssen', 'Vaals', 'Valkenburg aan de Geul'];
const VERWIJTBAAR = ['opzet', 'grove_schuld', 'normaal', 'normaal', 'normaal', 'verminderd', 'geen'];
const OORZAKEN = ['inlichtingenplicht', 'inlichtingenplicht', 'inlichtingenplicht', 'gemeentefout', 'voorschot', 'onverschuldigd_kenbaar', 'anders'];

const nl = (centen) => {
  const euro = Math.floor(centen / 100);
  return `${String(euro).replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${String(centen % 100).padStart(2, '0')}`;
};
const kies = (r, lijst) => lijst[Math.floor(r() * lijst.length)];
const dag = (r, jaar) => `${1 + Math.floor(r() * 28)}-${1 + Math.floor(r() * 12)}-${jaar}`;

export async function genereer(soort, aantal, uit, seed = 1) {
  mkdirSync(path.dirname(path.resolve(uit)), { recursive: true });
  const r = willekeur(seed);
  const stroom = createWriteStream(uit);
  const schrijf = (regel) => (stroom.write(`${regel}\n`) ? undefined : new Promise((ok) => stroom.once('drain', ok)));
  if (soort === 'boete') {
    await schrijf('zaak_id;bsn;gemeente;benadelingsbedrag;verwijtbaarheid;overtredingsdatum;besluitdatum;eerdere_boete_onherroepelijk_op;eerdere_waarschuwing_op;zelf_gecorrigeerd_na_dagen;bijstandsnorm_maand;dringende_redenen');
    for (let i = 1; i <= aantal; i++) {
      const benadeling = r() < 0.1 ? 0 : Math.floor(r() * (r() < 0.9 ? 500_000 : 5_000_000));
      await schrijf(
        [
          `BO-${String(i).padStart(8, '0')}`,
          bsn(r),
          kies(r, GEMEENTEN),
          nl(benadeling),
          kies(r, VERWIJTBAAR),
          dag(r, 2025),
          dag(r, 2026),
          r() < 0.1 ? dag(r, 2022) : '',
          r() < 0.1 ? dag(r, 2024) : '',
          r() < 0.05 ? String(Math.floor(r() * 90)) : '',
          r() < 0.5 ? '1.419,46' : '',
          r() < 0.02 ? 'ja' : 'nee',
        ].join(';'),
      );
    }
  } else if (soort === 'terugvordering') {
    await schrijf('zaak_id;bsn;gemeente;maand;betaald;recht;oorzaak;loonheffing');
    for (let i = 1; i <= aantal; i++) {
      const id = `TV-${String(i).padStart(8, '0')}`;
      const persoon = bsn(r);
      const gemeente = kies(r, GEMEENTEN);
      const maanden = 1 + Math.floor(r() * 6);
      const start = Math.floor(r() * 6);
      for (let m = 0; m < maanden; m++) {
        const betaald = 140150;
        const recht = Math.max(0, betaald - Math.floor(r() * 90000));
        await schrijf([id, persoon, gemeente, `2026-${String(start + m + 1).padStart(2, '0')}`, nl(betaald), nl(recht), kies(r, OORZAKEN), r() < 0.3 ? nl(78000) : ''].join(';'));
      }
    }
  } else {
    throw new Error(`onbekende soort '${soort}' (boete, terugvordering)`);
  }
  await new Promise((ok) => stroom.end(ok));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [soort, aantal, uit] = process.argv.slice(2);
  const seedIndex = process.argv.indexOf('--seed');
  if (!soort || !aantal || !uit) {
    console.error('gebruik: node bench/generate.mjs <boete|terugvordering> <aantal> <uitvoer.csv> [--seed N]');
    process.exit(2);
  }
  await genereer(soort, Number(aantal), uit, seedIndex > 0 ? Number(process.argv[seedIndex + 1]) : 1);
}
