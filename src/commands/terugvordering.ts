/** `szmh terugvordering bereken MAANDEN.csv`: de terugvordering per zaak, opgebouwd per maand. */
import { berekenTerugvordering, type TerugvorderingMaand, type TerugvorderingResultaat } from '../rules/terugvordering/index.js';
import { formatBedrag } from '../rules/kern/geld.js';
import type { GemeenteCode } from '../rules/kern/gemeente.js';
import { openCsv } from '../io/csv.js';
import { rijen, vereisKolommen } from '../io/velden.js';
import { TERUGVORDERING_BEKEND, TERUGVORDERING_KOLOMMEN, leesTerugvorderingMaand } from '../io/invoer/terugvordering.js';
import { doorgeefKolommen, type Kolom } from '../io/uitvoer.js';
import { Batch, type Context } from './context.js';

export const TERUGVORDERING_UITVOER: readonly Kolom<TerugvorderingResultaat>[] = [
  { naam: 'zaak_id', soort: 'tekst', waarde: (r) => r.zaakId },
  { naam: 'terugvordering_netto', soort: 'bedrag', waarde: (r) => r.terugvorderingNetto },
  { naam: 'benadelingsbedrag', soort: 'bedrag', waarde: (r) => r.benadelingsbedrag },
  { naam: 'verplicht', soort: 'ja_nee', waarde: (r) => r.verplicht },
  { naam: 'grondslag', soort: 'tekst', waarde: (r) => r.grondslag },
  { naam: 'bruto_bedrag', soort: 'bedrag', waarde: (r) => r.brutoBedrag },
  {
    naam: 'per_maand',
    soort: 'json',
    inTabel: false,
    waarde: (r) =>
      r.perMaand.map((m) => ({
        maand: m.maand,
        betaald: formatBedrag(m.betaald),
        recht: formatBedrag(m.recht),
        te_veel: formatBedrag(m.teVeel),
        oorzaak: m.oorzaak,
        grondslag: m.grondslag,
        terugvorderbaar: formatBedrag(m.terugvorderbaar),
        brutering: formatBedrag(m.brutering),
        bruto: formatBedrag(m.bruto),
      })),
  },
  { naam: 'trace', soort: 'trace', waarde: (r) => r.trace, inTabel: false },
];

interface OpenZaak {
  readonly eersteRegel: number;
  gemeente?: GemeenteCode;
  readonly maanden: TerugvorderingMaand[];
  /** Doorgegeven kolommen: per kolom de eerste niet-lege waarde in de regels van de zaak. */
  readonly doorgegeven: string[];
  afgekeurd: boolean;
}

/**
 * Een zaak beslaat meerdere regels, niet per se aaneengesloten. Eerst één snelle ronde voor de laatste
 * regel van elke zaak; in de tweede ronde wordt een zaak berekend zodra zijn laatste regel binnen is.
 * Zo staan alleen de zaken in het geheugen die nog regels verwachten, ook bij miljoenen regels.
 */
export async function terugvorderingBereken(bestand: string, ctx: Context): Promise<void> {
  const laatsteRegel = new Map<string, number>();
  const verkenning = await openCsv(bestand, { encoding: ctx.encoding });
  vereisKolommen(verkenning, TERUGVORDERING_KOLOMMEN);
  for await (const rij of rijen(verkenning)) {
    const zaakId = rij.tekst('zaak_id');
    if (zaakId !== undefined) laatsteRegel.set(zaakId, rij.regel);
  }

  const params = ctx.params();
  const doorgeven = doorgeefKolommen(verkenning.kolommen, TERUGVORDERING_BEKEND, TERUGVORDERING_UITVOER);
  const batch = new Batch(ctx, [...TERUGVORDERING_UITVOER, ...doorgeven.kolommen], (r) => `zaak ${r.zaakId}: netto ${formatBedrag(r.terugvorderingNetto)}`, { bestand });
  const open = new Map<string, OpenZaak>();
  try {
    for await (const rij of rijen(await openCsv(bestand, { encoding: ctx.encoding }))) {
      let zaakId: string | undefined;
      let zaak: OpenZaak | undefined;
      batch.probeer(`regel ${rij.regel}`, () => {
        zaakId = rij.verplicht('zaak_id');
        zaak = open.get(zaakId) ?? { eersteRegel: rij.regel, maanden: [], doorgegeven: doorgeven.namen.map(() => ''), afgekeurd: false };
        open.set(zaakId, zaak);
        doorgeven.namen.forEach((k, i) => {
          if (zaak!.doorgegeven[i] === '') zaak!.doorgegeven[i] = rij.tekst(k) ?? '';
        });
        try {
          const gemeente = rij.gemeente('gemeente');
          if (gemeente && zaak.gemeente && gemeente !== zaak.gemeente) throw rij.fout('gemeente', `zaak ${zaakId} staat al op een andere gemeente`);
          if (gemeente) zaak.gemeente = gemeente;
          zaak.maanden.push(leesTerugvorderingMaand(rij));
        } catch (e) {
          // Met --continue-on-error valt de hele zaak af, niet alleen deze maand.
          zaak.afgekeurd = true;
          throw e;
        }
      });
      if (zaakId === undefined || zaak === undefined || laatsteRegel.get(zaakId) !== rij.regel) continue;
      open.delete(zaakId);
      if (zaak.afgekeurd) continue;
      const { maanden, doorgegeven } = zaak;
      const gemeente = zaak.gemeente ?? ctx.gemeente;
      const id = zaakId;
      batch.verwerk(zaak.eersteRegel === rij.regel ? `regel ${rij.regel}` : `regels ${zaak.eersteRegel}-${rij.regel}`, () =>
        ({ ...berekenTerugvordering({ zaakId: id, ...(gemeente ? { gemeente } : {}), maanden }, params, ctx.peildatum), doorgegeven }),
      );
    }
  } catch (e) {
    batch.breekAf(e);
  }
  await batch.voltooi();
}
