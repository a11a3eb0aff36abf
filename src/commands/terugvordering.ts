/** `szmh terugvordering bereken MAANDEN.csv`: de terugvordering per zaak, opgebouwd per maand. */
import { berekenTerugvordering, type TerugvorderingMaand, type TerugvorderingResultaat } from '../rules/terugvordering/index.js';
import { StilleTrace } from '../rules/kern/trace.js';
import { formatBedrag } from '../rules/kern/geld.js';
import type { GemeenteCode } from '../rules/kern/gemeente.js';
import { alsRecord, openCsv, veldVan, type CsvBron, type CsvRegel } from '../io/csv.js';
import { Rij, kolomIndex, vereisKolommen } from '../io/velden.js';
import { TERUGVORDERING_BEKEND, TERUGVORDERING_KOLOMMEN, leesTerugvorderingMaand } from '../io/invoer/terugvordering.js';
import { doorgeefKolommen, type Kolom, type MetDoorgegeven } from '../io/uitvoer.js';
import { Batch, traceNodig, type Context } from './context.js';
import { alsFout, alsGegevens, type Foutgegevens } from '../io/werkstroom.js';
import { Werkers, aantalWerkers, legVast, schrijfBerekend, werkeropmaak, type Berekend, type Werkerbouw, type Werkeropmaak } from './werkers.js';

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
      r.perMaand.map((m) => {
        // Zonder lid 6 en brutering zijn te veel, terugvorderbaar en bruto hetzelfde object: één keer opmaken.
        const teVeel = formatBedrag(m.teVeel);
        const terugvorderbaar = m.terugvorderbaar === m.teVeel ? teVeel : formatBedrag(m.terugvorderbaar);
        return {
          maand: m.maand,
          betaald: formatBedrag(m.betaald),
          recht: formatBedrag(m.recht),
          te_veel: teVeel,
          oorzaak: m.oorzaak,
          grondslag: m.grondslag,
          terugvorderbaar,
          brutering: formatBedrag(m.brutering),
          bruto: m.bruto === m.terugvorderbaar ? terugvorderbaar : formatBedrag(m.bruto),
        };
      }),
  },
  { naam: 'trace', soort: 'trace', waarde: (r) => r.trace, inTabel: false },
];

type Resultaat = MetDoorgegeven<TerugvorderingResultaat>;

const titel = (r: Resultaat) => `zaak ${r.zaakId}: netto ${formatBedrag(r.terugvorderingNetto)}`;

/**
 * Een complete zaak: zijn regels in bestandsvolgorde, ruw (gesplitst wordt pas in de werker). Een
 * regel zonder zaak_id is er een op zichzelf.
 */
type Zaakregels = readonly CsvRegel[];

/** Wat er met een zaak gebeurde. Fouten komen uit een werker als `Foutgegevens`. */
interface Zaakuitkomst extends Berekend<Resultaat> {
  readonly eerste: number;
  readonly laatste: number;
  /** Fouten in regels van de zaak: dan valt de hele zaak af, en elke slechte regel wordt gemeld. */
  regelfouten?: { readonly regel: number; readonly fout: unknown }[];
  /** De regel weigert de zaak (gemeld bij de laatste regel). */
  fout?: unknown;
}

/** Wat de verwerking van een zaak van het bestand moet weten (ook in een werker). */
interface Zaakgegevens {
  readonly bestand: string;
  readonly kolommen: readonly string[];
  readonly scheidingsteken: string;
}

/** Eén keer per bestand (en per werker): de uitvoerkolommen en de verwerking van een complete zaak. */
function zaakverwerking(ctx: Context, { bestand, kolommen: invoerKolommen, scheidingsteken }: Zaakgegevens) {
  const params = ctx.params();
  const metTrace = traceNodig(ctx);
  const index = kolomIndex(invoerKolommen);
  const doorgeven = doorgeefKolommen(invoerKolommen, TERUGVORDERING_BEKEND, TERUGVORDERING_UITVOER);
  return {
    kolommen: [...TERUGVORDERING_UITVOER, ...doorgeven.kolommen],
    verwerk(regels: Zaakregels, werker?: Werkeropmaak<Resultaat>): Zaakuitkomst {
      const u: Zaakuitkomst = { eerste: regels[0]!.regel, laatste: regels[regels.length - 1]!.regel };
      let zaakId = '';
      let gemeente: GemeenteCode | undefined;
      const maanden: TerugvorderingMaand[] = [];
      /** Doorgegeven kolommen: per kolom de eerste niet-lege waarde in de regels van de zaak. */
      const doorgegeven = doorgeven.namen.map(() => '');
      for (const record of regels) {
        const rij = new Rij(bestand, alsRecord(record, scheidingsteken), index);
        try {
          zaakId = rij.verplicht('zaak_id');
          for (let i = 0; i < doorgegeven.length; i++) if (doorgegeven[i] === '') doorgegeven[i] = rij.tekst(doorgeven.namen[i]!) ?? '';
          const g = rij.gemeente('gemeente');
          if (g && gemeente && g !== gemeente) throw rij.fout('gemeente', `zaak ${zaakId} staat al op een andere gemeente`);
          if (g) gemeente = g;
          maanden.push(leesTerugvorderingMaand(rij));
        } catch (e) {
          // Met --continue-on-error valt de hele zaak af, niet alleen deze maand.
          (u.regelfouten ??= []).push({ regel: record.regel, fout: werker ? alsGegevens(e) : e });
        }
      }
      if (u.regelfouten) return u;
      const g = gemeente ?? ctx.gemeente;
      try {
        legVast(u, Object.assign(berekenTerugvordering({ zaakId, gemeente: g, maanden }, params, ctx.peildatum, metTrace ? undefined : new StilleTrace()), { doorgegeven }), werker);
      } catch (e) {
        u.fout = werker ? alsGegevens(e) : e;
      }
      return u;
    },
  };
}

/** In een werker: dezelfde verwerking van een zaak, met het resultaat als opgemaakte rij. */
export const zaakWerker: Werkerbouw<Zaakgegevens, Zaakregels[], Zaakuitkomst> = (ctx, g, uit) => {
  const verwerking = zaakverwerking(ctx, g);
  const werker = werkeropmaak(ctx, verwerking.kolommen, titel, uit);
  return (blok) => blok.map((zaak) => verwerking.verwerk(zaak, werker));
};

/** Zoveel regels per blok zaken: één bericht naar een werker. */
const REGELS_PER_BLOK = 1024;

/**
 * Een zaak beslaat meerdere regels, niet per se aaneengesloten. Eerst één snelle ronde voor de laatste
 * regel van elke zaak; in de tweede ronde is een zaak compleet zodra zijn laatste regel binnen is.
 * Zo staan alleen de zaken in het geheugen die nog regels verwachten, ook bij miljoenen regels.
 * Complete zaken worden per blok berekend, bij een groot bestand in werkthreads (werkers.ts).
 *
 * Uitvoer komt in de volgorde waarin zaken compleet worden. Fouten komen in bestandsvolgorde: een
 * fout in een regel bij die regel, een weigering van de regel bij de laatste regel van de zaak. Een
 * foutieve regel blijkt pas als zijn zaak is berekend; een fout wordt dus pas gemeld als elke zaak
 * met een regel ervóór berekend is (`grens`).
 */
export async function terugvorderingBereken(bestand: string, ctx: Context): Promise<void> {
  const verkenning = await openCsv(bestand, { encoding: ctx.encoding });
  vereisKolommen(verkenning, TERUGVORDERING_KOLOMMEN);
  const gegevens: Zaakgegevens = { bestand, kolommen: verkenning.kolommen, scheidingsteken: verkenning.scheidingsteken };
  const aantal = aantalWerkers(bestand, ctx);
  ctx.log.trace({ werkers: aantal }, 'werkthreads');
  // De werkers starten nu al: ze laden hun modules terwijl deze thread de eerste ronde leest.
  const werkers = aantal ? new Werkers<Zaakgegevens, Zaakuitkomst>(ctx, aantal, { module: import.meta.url, naam: 'zaakWerker', gegevens }) : undefined;
  try {
    await berekenZaken(verkenning, gegevens, ctx, werkers);
  } finally {
    await werkers?.stop();
  }
}

async function berekenZaken(verkenning: CsvBron, gegevens: Zaakgegevens, ctx: Context, werkers: Werkers<Zaakgegevens, Zaakuitkomst> | undefined): Promise<void> {
  const { bestand } = gegevens;
  const zaakKolom = verkenning.kolommen.indexOf('zaak_id');
  const zaakIdVan = (r: CsvRegel) => veldVan(r, zaakKolom, verkenning.scheidingsteken).trim();
  const laatsteRegel = new Map<string, number>();
  for await (const blok of verkenning.regels) {
    for (const record of blok) {
      const zaakId = zaakIdVan(record);
      if (zaakId !== '') laatsteRegel.set(zaakId, record.regel);
    }
  }

  const bron = await openCsv(bestand, { encoding: ctx.encoding });
  const verwerking = zaakverwerking(ctx, gegevens);
  const batch = new Batch(ctx, verwerking.kolommen, titel, { bestand });

  /** Per blok zaken: de eerste regel waarop een zaak uit een later blok kan beginnen. */
  const grenzen: number[] = [];
  async function* zaakblokken(): AsyncGenerator<Zaakregels[]> {
    const open = new Map<string, CsvRegel[]>();
    let blok: Zaakregels[] = [];
    let regels = 0;
    for await (const records of bron.regels) {
      for (const record of records) {
        const zaakId = zaakIdVan(record);
        const compleet = zaakId === '' || laatsteRegel.get(zaakId) === record.regel;
        let zaak = zaakId === '' ? undefined : open.get(zaakId);
        if (zaak === undefined) {
          zaak = [record];
          if (!compleet) open.set(zaakId, zaak);
        } else {
          zaak.push(record);
          if (compleet) open.delete(zaakId);
        }
        if (!compleet) continue;
        blok.push(zaak);
        regels += zaak.length;
        if (regels >= REGELS_PER_BLOK) {
          grenzen.push(open.size ? open.values().next().value![0]!.regel : record.regel + 1);
          yield blok;
          blok = [];
          regels = 0;
        }
      }
    }
    grenzen.push(Infinity);
    yield blok;
  }

  /** Fouten die nog wachten tot alles ervóór bekend is. */
  let wachtend: { regel: number; waar: string; fout: unknown }[] = [];
  const meldFouten = (grens: number) => {
    if (!wachtend.length) return;
    wachtend.sort((a, b) => a.regel - b.regel);
    const nu = wachtend.filter((f) => f.regel < grens);
    wachtend = wachtend.slice(nu.length);
    for (const f of nu) {
      batch.probeer(f.waar, () => {
        throw f.fout;
      });
    }
  };
  const neemOp = (u: Zaakuitkomst, uitWerker: boolean) => {
    const fout = (f: unknown) => (uitWerker ? alsFout(f as Foutgegevens) : f);
    for (const f of u.regelfouten ?? []) wachtend.push({ regel: f.regel, waar: `regel ${f.regel}`, fout: fout(f.fout) });
    if (u.fout !== undefined) wachtend.push({ regel: u.laatste, waar: u.eerste === u.laatste ? `regel ${u.laatste}` : `regels ${u.eerste}-${u.laatste}`, fout: fout(u.fout) });
    else if (!u.regelfouten) schrijfBerekend(batch, u);
  };

  try {
    if (!werkers) {
      // Elke zaak meteen schrijven: een blok resultaten met hun traces zou de jonge generatie ontgroeien.
      for await (const blok of zaakblokken()) {
        for (const zaak of blok) neemOp(verwerking.verwerk(zaak), false);
        meldFouten(grenzen.shift()!);
      }
    } else {
      await werkers.verwerk(zaakblokken(), (us) => {
        for (const u of us) neemOp(u, true);
        meldFouten(grenzen.shift()!);
      });
    }
  } catch (e) {
    batch.breekAf(e);
  }
  await batch.voltooi();
}
