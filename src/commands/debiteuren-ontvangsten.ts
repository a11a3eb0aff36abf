/**
 * `szmh debiteuren ontvangsten CAMT053.xml... [--dry-run]`: bankafschriften inlezen, elke ontvangst
 * koppelen aan een vordering of debiteur, toewijzen en boeken. Alles in één transactie: een fout in
 * welk bestand ook laat de database zoals hij was. Hetzelfde bestand, afschrift of dezelfde post
 * wordt nooit twee keer geboekt.
 */
import path from 'node:path';
import { createHash } from 'node:crypto';
import { bedrag, formatBedrag, NUL, som, type Bedrag } from '../rules/kern/geld.js';
import type { Datum } from '../rules/kern/datum.js';
import { InvoerFout } from '../rules/kern/fouten.js';
import { TraceBouwer } from '../rules/kern/trace.js';
import { kenmerkenInTekst, koppelOntvangst, type BekendKenmerk, type Ontvangstgegevens } from '../rules/debiteuren/koppelen.js';
import { wijsToe } from '../rules/debiteuren/toewijzen.js';
import type { Toewijzing } from '../rules/debiteuren/types.js';
import type { CamtAfschrift, CamtPost, CamtTransactie } from '../io/camt053.js';
import { leesCamt053Parallel } from '../io/camt053-parallel.js';
import { sha256VanBestand } from '../io/hash.js';
import { DebiteurenStore } from '../io/store/debiteuren.js';
import { formatUitleg } from '../io/uitleg.js';
import { AtomischeUitvoer } from '../io/bestand.js';
import { schrijfWerkboek, type Blad, type Kolomsoort } from '../io/uitvoer.js';
import type { Context } from './context.js';

export interface Werklijstitem {
  readonly post: string;
  readonly bestand: string;
  readonly regel: number;
  readonly boekdatum: Datum;
  readonly bedrag: string;
  readonly richting: 'CRDT' | 'DBIT';
  readonly reden: string;
  readonly kenmerk?: string;
}

/** De samenvatting zoals de spec haar noemt, plus `overig`, `tegoed` en de werklijst. */
export interface Ontvangstensamenvatting {
  bestanden: number;
  posten: number;
  geboekt: number;
  al_verwerkt: number;
  niet_gematcht: number;
  teruggeboekt: number;
  ongeldig_kenmerk: number;
  bedrag_geboekt: string;
  /** Posten die geen ontvangst zijn (uitgaand, niet geboekt bij de bank, kopie-afschrift). */
  overig: number;
  /** Deel van het geboekte bedrag dat als tegoed (overbetaling) is vastgelegd. */
  tegoed: string;
  proefdraai: boolean;
  niet_gematcht_lijst: Werklijstitem[];
}

const TERUGBOEKCODES = ['UPDD', 'RRTN'];

/** De sleutel van een post (onderzoek §2.6 regel 5): rekening + bankreferentie, anders een samenstelling. */
function postSleutel(iban: string, post: CamtPost): string {
  if (post.bankRef) return `${iban}|${post.bankRef}`;
  const tx = post.transacties[0];
  const omschrijving = createHash('sha256').update(JSON.stringify(post.transacties.map((t) => t.omschrijving))).digest('hex').slice(0, 16);
  return [iban, post.boekdatum ?? '', post.bedrag.toFixed(2), post.richting, tx?.endToEnd ?? '', tx?.tegenIban ?? '', omschrijving].join('|');
}

function afschriftSleutel(a: CamtAfschrift): string {
  return [a.iban, a.volgnummer ?? '', a.id, a.van ?? '', a.tot ?? ''].join('|');
}

/** Ontvangsten binnen een post: bij een batch één per transactie, anders de post zelf. */
function ontvangstenIn(post: CamtPost, sleutel: string, bestand: string): { sleutel: string; bedrag: Bedrag; tx: CamtTransactie | undefined }[] {
  if (post.transacties.length <= 1 && !post.batch) return [{ sleutel, bedrag: post.bedrag, tx: post.transacties[0] }];
  if (post.transacties.length === 0) return [{ sleutel, bedrag: post.bedrag, tx: undefined }];
  const bedragen = post.transacties.map((t, i) => {
    if (!t.bedrag) throw new InvoerFout(`batchpost: transactie ${i + 1} heeft geen bedrag`, { bestand, regel: post.regel });
    return t.bedrag;
  });
  if (!som(bedragen).eq(post.bedrag)) {
    throw new InvoerFout(`batchpost: de transacties tellen op tot ${formatBedrag(som(bedragen))}, de post is ${formatBedrag(post.bedrag)}`, { bestand, regel: post.regel });
  }
  if (post.batch?.aantal !== undefined && post.batch.aantal !== post.transacties.length) {
    throw new InvoerFout(`batchpost: ${post.transacties.length} transacties, maar NbOfTxs is ${post.batch.aantal}`, { bestand, regel: post.regel });
  }
  return post.transacties.map((tx, i) => ({ sleutel: `${sleutel}#${i + 1}`, bedrag: bedragen[i]!, tx }));
}

export async function debiteurenOntvangsten(bestanden: readonly string[], ctx: Context, o: { dryRun?: boolean }): Promise<void> {
  if (bestanden.length === 0) throw new InvoerFout('geef één of meer camt.053-bestanden', {}, 'AANROEP_ONGELDIG');
  const store = ctx.store();
  const deb = new DebiteurenStore(store.db);
  const params = ctx.params();
  const sam: Ontvangstensamenvatting = {
    bestanden: 0,
    posten: 0,
    geboekt: 0,
    al_verwerkt: 0,
    niet_gematcht: 0,
    teruggeboekt: 0,
    ongeldig_kenmerk: 0,
    bedrag_geboekt: '0.00',
    overig: 0,
    tegoed: '0.00',
    proefdraai: o.dryRun === true,
    niet_gematcht_lijst: [],
  };
  let geboekt = NUL;
  let tegoed = NUL;
  const uitleg: string[] = [];
  const waarschuwingen = new Map<string, number>();
  const ingelezen: { naam: string; sha256: string }[] = [];
  // Alleen voor de test die een proces halverwege doodt: pauzeer na zoveel posten.
  const pauzeNa = Number(process.env.SZMH_TEST_PAUZE_NA_POSTEN ?? 0);

  await store.transactieAsync(
    async () => {
      for (const bestand of bestanden) {
        const naam = path.basename(bestand);
        const sha256 = await sha256VanBestand(bestand);
        sam.bestanden++;
        const eerder = store.bestandBekend('camt053', sha256);
        if (eerder) {
          // Precies dit bestand is al verwerkt: niets te lezen, alles telt als al verwerkt.
          sam.posten += eerder.aantal;
          sam.al_verwerkt += eerder.aantal;
          continue;
        }
        const postenVoor = sam.posten;
        let afschrift: CamtAfschrift | undefined;
        let overslaan = false;
        let netto = NUL;
        let aantalPosten = 0;

        const werklijst = (item: Omit<Werklijstitem, 'bestand'>) => {
          sam.niet_gematcht++;
          sam.niet_gematcht_lijst.push({ ...item, bestand: naam });
        };

        const boekOntvangst = (sleutel: string, bedrag: Bedrag, tx: CamtTransactie | undefined, post: CamtPost, a: CamtAfschrift) => {
          const t = new TraceBouwer();
          const gegevens: Ontvangstgegevens = {
            ...(tx?.referentie ? { referentie: tx.referentie } : {}),
            vrijeTekst: [...(tx?.omschrijving ?? []), ...(tx?.endToEnd ? [tx.endToEnd] : [])],
            ...(tx?.tegenIban ? { tegenIban: tx.tegenIban } : {}),
          };
          const bekend = new Map<string, BekendKenmerk>();
          for (const k of [tx?.referentie?.ref, ...kenmerkenInTekst(gegevens)]) {
            if (k === undefined) continue;
            const v = deb.vorderingMetKenmerk(k.replace(/[\s.]/g, ''));
            if (v) bekend.set(k.replace(/[\s.]/g, ''), v);
          }
          // Een bekend kenmerk koppelt altijd vóór de rekening: dan is het opzoeken van de rekening overbodig.
          const ibanDebiteuren = tx?.tegenIban && bekend.size === 0 ? deb.debiteurenVoorIban(tx.tegenIban) : [];
          const koppeling = koppelOntvangst(gegevens, bekend, ibanDebiteuren, t);
          if (koppeling.kenmerkstatus === 'ongeldig') sam.ongeldig_kenmerk++;
          const boekdatum = post.boekdatum ?? a.sluiting.datum;
          const basis = {
            sleutel,
            afschrift: afschriftSleutel(a),
            boekdatum,
            bedrag,
            richting: post.richting,
            soort: 'ontvangst' as const,
            ...(koppeling.kenmerk ?? tx?.referentie?.ref ? { kenmerk: koppeling.kenmerk ?? tx?.referentie?.ref } : {}),
            ...(koppeling.kenmerkstatus !== 'geen' ? { kenmerkGeldig: koppeling.kenmerkstatus === 'geldig' } : {}),
            ...(tx?.tegenIban ? { tegenIban: tx.tegenIban } : {}),
            ...(tx?.endToEnd ? { endToEnd: tx.endToEnd } : {}),
            ...(post.bankRef ? { bankRef: post.bankRef } : {}),
            ...(tx?.mandaat ? { mandaat: tx.mandaat } : {}),
          };
          if (!koppeling.debiteurId) {
            deb.bewaarPost({ ...basis, uitkomst: 'niet_gematcht', regel: koppeling.regel, reden: koppeling.reden ?? 'niet gekoppeld' }, ctx.run);
            werklijst({ post: sleutel, regel: post.regel, boekdatum, bedrag: formatBedrag(bedrag), richting: post.richting, reden: koppeling.reden ?? 'niet gekoppeld', ...(basis.kenmerk ? { kenmerk: basis.kenmerk } : {}) });
            return;
          }
          const gemeente = deb.gemeenteVan(koppeling.debiteurId);
          const toewijzingen = wijsToe(bedrag, deb.openVorderingen(koppeling.debiteurId), koppeling.vorderingId, boekdatum, gemeente, params, t);
          deb.bewaarPost({ ...basis, uitkomst: 'geboekt', regel: koppeling.regel, debiteurId: koppeling.debiteurId, ...(koppeling.vorderingId ? { vorderingId: koppeling.vorderingId } : {}) }, ctx.run);
          deb.bewaarToewijzingen(sleutel, koppeling.debiteurId, toewijzingen, koppeling.regel, ctx.run);
          sam.geboekt++;
          geboekt = geboekt.plus(bedrag);
          tegoed = tegoed.plus(som(toewijzingen.filter((w) => w.component === 'tegoed').map((w) => w.bedrag)));
          const trace = t.klaar();
          for (const w of trace.waarschuwingen) waarschuwingen.set(w, (waarschuwingen.get(w) ?? 0) + 1);
          // de titel noemt bestand en regel, niet de postsleutel: die kan een tegenrekening bevatten
          if (ctx.explain) uitleg.push(formatUitleg(`${naam}, regel ${post.regel}: ${formatBedrag(bedrag)} → debiteur ${koppeling.debiteurId}`, trace));
        };

        const boekTerugboeking = (sleutel: string, post: CamtPost, a: CamtAfschrift) => {
          const tx = post.transacties[0];
          const boekdatum = post.boekdatum ?? a.sluiting.datum;
          const refs = [tx?.bankRef, tx?.endToEnd].filter((r): r is string => r !== undefined);
          const origineel = deb.zoekOrigineel({ bedrag: post.bedrag, refs, ...(tx?.referentie ? { kenmerk: tx.referentie.ref } : {}), ...(tx?.tegenIban ? { tegenIban: tx.tegenIban } : {}) });
          const basis = {
            sleutel,
            afschrift: afschriftSleutel(a),
            boekdatum,
            bedrag: post.bedrag,
            richting: post.richting,
            soort: 'terugboeking' as const,
            ...(tx?.tegenIban ? { tegenIban: tx.tegenIban } : {}),
            ...(tx?.endToEnd ? { endToEnd: tx.endToEnd } : {}),
            ...(post.bankRef ? { bankRef: post.bankRef } : {}),
            ...(tx?.retourReden ? { reden: tx.retourReden } : {}),
          };
          if (!origineel) {
            deb.bewaarPost({ ...basis, uitkomst: 'niet_gematcht', regel: 'DEB-terugboeking' }, ctx.run);
            werklijst({ post: sleutel, regel: post.regel, boekdatum, bedrag: formatBedrag(post.bedrag), richting: post.richting, reden: `terugboeking${tx?.retourReden ? ` (${tx.retourReden})` : ''} zonder bekende oorspronkelijke ontvangst` });
            return;
          }
          const terug = deb.toewijzingenVan(origineel);
          deb.bewaarPost({ ...basis, uitkomst: 'teruggeboekt', regel: 'DEB-terugboeking', debiteurId: terug[0]?.debiteurId, origineel }, ctx.run);
          for (const { debiteurId, toewijzing } of terug) {
            const tegen: Toewijzing = { ...toewijzing, bedrag: toewijzing.bedrag.neg() };
            deb.bewaarToewijzingen(sleutel, debiteurId, [tegen], 'DEB-terugboeking', ctx.run);
          }
          sam.teruggeboekt++;
        };

        for await (const g of leesCamt053Parallel(bestand)) {
          if (g.soort === 'afschrift') {
            afschrift = g.afschrift;
            netto = NUL;
            aantalPosten = 0;
            overslaan = deb.afschriftBekend(afschriftSleutel(afschrift)) || afschrift.kopie !== undefined;
            if (!overslaan) {
              controleerAansluiting(deb, afschrift, bestand, ctx);
              const a = afschrift;
              deb.bewaarAfschrift({ sleutel: afschriftSleutel(a), iban: a.iban, id: a.id, ...(a.volgnummer ? { volgnummer: a.volgnummer } : {}), begin: a.opening.bedrag, begindatum: a.opening.datum, eind: a.sluiting.bedrag, einddatum: a.sluiting.datum, sha256 }, ctx.run);
            }
            continue;
          }
          const a = afschrift!;
          if (g.soort === 'einde_afschrift') {
            if (a.aantalPosten !== undefined && a.aantalPosten !== aantalPosten) {
              throw new InvoerFout(`het afschrift meldt ${a.aantalPosten} posten (TxsSummry), maar bevat er ${aantalPosten}`, { bestand, regel: a.regel });
            }
            if (!overslaan) {
              const verwacht = a.opening.bedrag.plus(netto);
              if (!verwacht.eq(a.sluiting.bedrag)) {
                throw new InvoerFout(
                  `beginsaldo ${formatBedrag(a.opening.bedrag)} + geboekte posten ${formatBedrag(netto)} = ${formatBedrag(verwacht)}, maar het eindsaldo is ${formatBedrag(a.sluiting.bedrag)}`,
                  { bestand, regel: a.regel },
                );
              }
            }
            continue;
          }
          const post = g.post;
          aantalPosten++;
          if (post.status === 'BOOK') netto = netto.plus(post.richting === 'CRDT' ? post.bedrag : post.bedrag.neg());
          const sleutel = postSleutel(a.iban, post);
          const isOntvangst = post.richting === 'CRDT' && !post.terugboeking;
          const delen = isOntvangst && post.status === 'BOOK' ? ontvangstenIn(post, sleutel, bestand) : [{ sleutel, bedrag: post.bedrag, tx: post.transacties[0] }];
          for (const deel of delen) {
            sam.posten++;
            if (overslaan || deb.postBekend(deel.sleutel)) {
              sam.al_verwerkt++;
              continue;
            }
            if (post.status !== 'BOOK') {
              sam.overig++;
            } else if (isOntvangst) {
              if (post.batch && post.transacties.length === 0) {
                deb.bewaarPost({ sleutel: deel.sleutel, afschrift: afschriftSleutel(a), boekdatum: post.boekdatum ?? a.sluiting.datum, bedrag: post.bedrag, richting: 'CRDT', soort: 'ontvangst', uitkomst: 'niet_gematcht', regel: 'DEB-batch', reden: 'batch zonder details' }, ctx.run);
                werklijst({ post: deel.sleutel, regel: post.regel, boekdatum: post.boekdatum ?? a.sluiting.datum, bedrag: formatBedrag(post.bedrag), richting: 'CRDT', reden: `batch ${post.batch.pmtInfId ?? ''} zonder transactiedetails` });
              } else {
                boekOntvangst(deel.sleutel, deel.bedrag, deel.tx, post, a);
              }
            } else if (post.richting === 'DBIT' && (post.terugboeking || TERUGBOEKCODES.some((c) => post.btc?.endsWith(c)) || post.transacties.some((t) => t.retourReden))) {
              boekTerugboeking(deel.sleutel, post, a);
            } else {
              deb.bewaarPost({ sleutel: deel.sleutel, afschrift: afschriftSleutel(a), boekdatum: post.boekdatum ?? a.sluiting.datum, bedrag: post.bedrag, richting: post.richting, soort: 'overig', uitkomst: 'overig', ...(post.bankRef ? { bankRef: post.bankRef } : {}) }, ctx.run);
              sam.overig++;
            }
            if (pauzeNa > 0 && sam.posten === pauzeNa) {
              process.stderr.write('SZMH_TEST: gepauzeerd in de transactie\n');
              Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
            }
          }
        }
        store.registreerBestand('camt053', sha256, naam, ctx.run, sam.posten - postenVoor);
        ingelezen.push({ naam, sha256 });
      }
      sam.bedrag_geboekt = formatBedrag(geboekt);
      sam.tegoed = formatBedrag(tegoed);
      if (ingelezen.length && !o.dryRun) {
        const { niet_gematcht_lijst: _lijst, ...tellingen } = sam;
        store.audit(ctx.run, { actie: 'ontvangsten_geboekt', bestand: ingelezen.map((b) => b.naam).join(', '), sha256: ingelezen.map((b) => b.sha256).join(','), details: tellingen });
      }
    },
    { terugdraaien: o.dryRun === true },
  );

  await schrijfSamenvatting(ctx, sam);
  // Zoals bij elke batch: de uitleg naar stdout als de uitvoer in een bestand of een tabel staat, anders naar stderr.
  if (ctx.explain) (ctx.output !== undefined || ctx.formaat === 'table' ? process.stdout : process.stderr).write(uitleg.join('\n'));
  for (const [tekst, aantal] of waarschuwingen) ctx.log.warn({ aantal }, tekst);
  ctx.log.info(
    { posten: sam.posten, geboekt: sam.geboekt, al_verwerkt: sam.al_verwerkt, niet_gematcht: sam.niet_gematcht, teruggeboekt: sam.teruggeboekt, proefdraai: sam.proefdraai },
    sam.proefdraai ? 'proefdraai: niets geboekt' : sam.geboekt + sam.teruggeboekt === 0 && sam.al_verwerkt > 0 ? 'alles was al verwerkt: niets geboekt' : 'ontvangsten geboekt',
  );
}

/**
 * Continuïteit (onderzoek §2.6 regel 3): het beginsaldo moet aansluiten op het eindsaldo van het
 * vorige afschrift van dezelfde rekening, en het eindsaldo op het begin van een later ingelezen
 * afschrift. Een gat in de volgnummers is een waarschuwing.
 */
function controleerAansluiting(deb: DebiteurenStore, a: CamtAfschrift, bestand: string, ctx: Context): void {
  const vorig = deb.vorigAfschrift(a.iban, a.opening.datum);
  if (vorig && !vorig.eind.eq(a.opening.bedrag)) {
    throw new InvoerFout(
      `het beginsaldo ${formatBedrag(a.opening.bedrag)} sluit niet aan op het eindsaldo ${formatBedrag(vorig.eind)} van het vorige afschrift (${vorig.einddatum})`,
      { bestand, regel: a.regel },
    );
  }
  const volgend = deb.volgendAfschrift(a.iban, a.sluiting.datum);
  if (volgend && !volgend.begin.eq(a.sluiting.bedrag)) {
    throw new InvoerFout(
      `het eindsaldo ${formatBedrag(a.sluiting.bedrag)} sluit niet aan op het beginsaldo ${formatBedrag(volgend.begin)} van het al ingelezen afschrift van ${volgend.begindatum}`,
      { bestand, regel: a.regel },
    );
  }
  if (vorig?.volgnummer && a.volgnummer && /^\d+$/.test(vorig.volgnummer) && /^\d+$/.test(a.volgnummer) && Number(a.volgnummer) !== Number(vorig.volgnummer) + 1) {
    ctx.log.warn({ vorig: vorig.volgnummer, dit: a.volgnummer }, 'MISSING_STATEMENT: een afschrift lijkt te ontbreken (volgnummers sluiten niet aan)');
  }
}

/** In xlsx: de samenvatting en de werklijst elk op een eigen blad, met bedragen als getal. */
function samenvattingAlsBladen(sam: Ontvangstensamenvatting): Blad[] {
  const { niet_gematcht_lijst: lijst, ...tellingen } = sam;
  const soort = (k: string): Kolomsoort => (k === 'bedrag_geboekt' || k === 'tegoed' ? 'bedrag' : k === 'proefdraai' ? 'ja_nee' : 'getal');
  return [
    {
      naam: 'samenvatting',
      kolommen: Object.keys(tellingen).map((naam) => ({ naam, soort: soort(naam) })),
      rijen: [Object.entries(tellingen).map(([k, v]) => (soort(k) === 'bedrag' ? bedrag(v as string) : v))],
    },
    {
      naam: 'niet gekoppeld',
      kolommen: [
        { naam: 'boekdatum', soort: 'datum' },
        { naam: 'richting', soort: 'tekst' },
        { naam: 'bedrag', soort: 'bedrag' },
        { naam: 'reden', soort: 'tekst' },
        { naam: 'kenmerk', soort: 'tekst' },
        { naam: 'bestand', soort: 'tekst' },
        { naam: 'regel', soort: 'getal' },
      ],
      rijen: lijst.map((i) => [i.boekdatum, i.richting, bedrag(i.bedrag), i.reden, i.kenmerk ?? null, i.bestand, i.regel]),
    },
  ];
}

async function schrijfSamenvatting(ctx: Context, sam: Ontvangstensamenvatting): Promise<void> {
  const uit = AtomischeUitvoer.open(ctx.output);
  if (ctx.formaat === 'xlsx') {
    schrijfWerkboek(uit, samenvattingAlsBladen(sam));
  } else if (ctx.formaat === 'json' || ctx.formaat === 'jsonl') {
    uit.schrijf(`${JSON.stringify(sam, null, ctx.formaat === 'json' ? 2 : undefined)}\n`);
  } else {
    const { niet_gematcht_lijst: lijst, ...tellingen } = sam;
    if (ctx.formaat === 'csv') {
      uit.schrijf(`${Object.keys(tellingen).join(',')}\n${Object.values(tellingen).join(',')}\n`);
    } else {
      for (const [k, v] of Object.entries(tellingen)) uit.schrijf(`${k.padEnd(18)} ${k === 'bedrag_geboekt' || k === 'tegoed' ? `€ ${String(v).replace('.', ',')}` : String(v)}\n`);
      if (lijst.length) {
        uit.schrijf('\nNiet gekoppeld (werklijst):\n');
        for (const i of lijst) uit.schrijf(`  ${i.boekdatum}  ${i.richting}  ${i.bedrag.padStart(10)}  ${i.reden}  (${i.bestand}, regel ${i.regel})\n`);
      }
    }
  }
  await uit.voltooi();
}
