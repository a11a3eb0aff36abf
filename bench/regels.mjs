// De regels zelf, in dit proces, zonder CSV-uitvoer: de gegenereerde invoer wordt met de invoerlezers
// van de CLI ingelezen (niet gemeten, per blok van 100.000 zodat 2,5 miljoen leerlingen niet tegelijk
// in het geheugen staan) en dan gaat alleen de regel over het blok (gemeten). Zo zien de regels
// dezelfde invoer als de CLI-benchmarks, uit dezelfde generator. Eerst `npm run build`.
import { openCsv } from '../dist/io/csv.js';
import { rijen } from '../dist/io/velden.js';
import { laadParameters } from '../dist/io/parameters.js';
import { datum } from '../dist/rules/kern/datum.js';
import { leesBoeteZaak } from '../dist/io/invoer/boete.js';
import { leesTerugvorderingMaand } from '../dist/io/invoer/terugvordering.js';
import { leesLeerling } from '../dist/io/invoer/leerplicht.js';
import { leesAanvraag } from '../dist/io/invoer/leerlingenvervoer.js';
import { berekenBoete, berekenTerugvordering, bepaalLeerplichtStatus, beoordeelAanvraag } from '../dist/index.js';

const BLOK = 100_000;

/** Per soort: de naam van de regel, een invoerregel lezen, en de regel op één eenheid (zaak, leerling, aanvraag). */
const REGELS = {
  boete: { naam: 'berekenBoete', lees: (rij) => leesBoeteZaak(rij, undefined), regel: (z, p) => berekenBoete(z, p) },
  // De maanden van één zaak staan in de gegenereerde invoer onder elkaar: een nieuwe zaak_id begint een nieuwe zaak.
  terugvordering: {
    naam: 'berekenTerugvordering',
    lees: (rij) => ({ zaakId: rij.verplicht('zaak_id'), gemeente: rij.gemeente('gemeente'), maand: leesTerugvorderingMaand(rij) }),
    groepeer: true,
    regel: (z, p, peil) => berekenTerugvordering(z, p, peil),
  },
  leerplicht: { naam: 'bepaalLeerplichtStatus', lees: (rij, peil) => leesLeerling(rij, peil, undefined), regel: (l, p, peil) => bepaalLeerplichtStatus(l, peil, p) },
  leerlingenvervoer: { naam: 'beoordeelAanvraag', lees: (rij) => leesAanvraag(rij), regel: (a, p) => beoordeelAanvraag(a, p) },
};

/** Meet regel `soort` over alle eenheden in `bestand`: { naam, ms, cpuMs, aantal }. */
export async function meetRegel(soort, bestand, peildatum) {
  const { naam, lees, groepeer, regel } = REGELS[soort];
  const params = laadParameters();
  const peil = datum(peildatum);
  let ms = 0;
  let cpuMs = 0;
  let aantal = 0;
  const reken = (blok) => {
    const cpu = process.cpuUsage();
    const begin = performance.now();
    for (const x of blok) regel(x, params, peil);
    ms += performance.now() - begin;
    const c = process.cpuUsage(cpu);
    cpuMs += (c.user + c.system) / 1000;
    aantal += blok.length;
  };
  let blok = [];
  let zaak;
  for await (const rij of rijen(await openCsv(bestand))) {
    const x = lees(rij, peil);
    if (!groepeer) blok.push(x);
    else if (zaak?.zaakId === x.zaakId) zaak.maanden.push(x.maand);
    else {
      zaak = { zaakId: x.zaakId, ...(x.gemeente ? { gemeente: x.gemeente } : {}), maanden: [x.maand] };
      blok.push(zaak);
    }
    if (blok.length > BLOK) {
      // bij groeperen kan de laatste zaak nog maanden krijgen: die gaat mee naar het volgende blok
      const rest = groepeer ? [blok.pop()] : [];
      reken(blok);
      blok = rest;
    }
  }
  reken(blok);
  return { naam: `regel ${naam} (in proces)`, ms, cpuMs, aantal };
}
