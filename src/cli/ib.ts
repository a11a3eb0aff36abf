import type { Command } from 'commander';
import { context } from './context.js';
import { voorbeeld } from './voorbeeld.js';

const KOPPEL = 'szmh ib koppel samples/ib/signalen.csv --uitkeringen samples/ib/uitkeringen.csv --peildatum 2026-11-23';
const IMPORTEER = 'szmh ib importeer samples/ib/signalen.csv --uitkeringen samples/ib/uitkeringen.csv --peildatum 2026-11-23 --db demo.db';

export function registreerIb(programma: Command): void {
  const ib = voorbeeld(
    programma
      .command('ib')
      .description('Inlichtingenbureau-signalen (IB/BIDN): koppelen aan uitkeringen, het signaalregister, de werklijst, afhandelen en het uitkomstenrapport'),
    KOPPEL,
    IMPORTEER,
    'szmh ib werklijst --peildatum 2026-12-20 --db demo.db',
  );
  voorbeeld(
    ib.command('koppel'),
    KOPPEL,
    'szmh ib koppel samples/ib/signalen.xml --kolommen samples/ib/kolommen-xml.json --uitkeringen samples/ib/uitkeringen.csv --peildatum 2026-11-23 --format json',
  )
    .description('zonder staat: elk signaal koppelen (BSN, dubbel/correctie, overlap met een uitkering) en per product een actie voorstellen, met een samenvatting per uitkomst')
    .argument('<SIGNALEN>', 'signaaloverzicht (CSV of XML); canoniek: product, bsn, van, tot, peildatum, bron_sleutel en productvelden')
    .requiredOption('--uitkeringen <UITKERINGEN.csv>', 'de uitkeringen: bsn, gemeente, regeling, begin, eind (en optioneel partner_bsn, leefvorm, ...)')
    .option('--kolommen <KAART.json>', 'kolomkaart voor een andere indeling van het signaalbestand (CSV-koppen of XML-paden)')
    .action(async (bestand: string, o: { uitkeringen: string; kolommen?: string }, cmd: Command) => {
      const { ibKoppel } = await import('../commands/ib.js');
      await ibKoppel(bestand, await context(cmd), o);
    });
  voorbeeld(ib.command('importeer'), IMPORTEER)
    .description('signaalbestanden in het register: elke levering één keer, elk signaal één keer met zijn versies; geen overlap wordt automatisch afgesloten')
    .argument('<SIGNALEN...>', 'een of meer signaaloverzichten (CSV of XML)')
    .requiredOption('--uitkeringen <UITKERINGEN.csv>', 'de uitkeringen op het moment van inlezen')
    .option('--kolommen <KAART.json>', 'kolomkaart voor een andere indeling')
    .option('--dry-run', 'laat zien wat er zou gebeuren, zonder iets vast te leggen')
    .action(async (bestanden: string[], o: { uitkeringen: string; kolommen?: string; dryRun?: boolean }, cmd: Command) => {
      const { ibImporteer } = await import('../commands/ib.js');
      await ibImporteer(bestanden, await context(cmd), o);
    });
  voorbeeld(ib.command('werklijst'), IMPORTEER, 'szmh ib werklijst --te-laat --peildatum 2027-02-01 --db demo.db')
    .description('de open signalen met voorstel, afhandeltermijn en ouderdom op de peildatum (hoogste prioriteit en oudste termijn eerst)')
    .option('--product <PRODUCT>', 'alleen dit product (bijvoorbeeld START_IKV)')
    .option('--te-laat', 'alleen signalen waarvan de afhandeltermijn is verstreken')
    .option('--overzicht', 'de ouderdomsverdeling per gemeente en product in plaats van de signalen')
    .action(async (o: { product?: string; teLaat?: boolean; overzicht?: boolean }, cmd: Command) => {
      const { ibWerklijst } = await import('../commands/ib.js');
      await ibWerklijst(await context(cmd), o);
    });
  voorbeeld(ib.command('afhandelen'), IMPORTEER, 'szmh ib afhandelen --signaal 5 --code BEEINDIGD --toelichting "detentie bevestigd" --peildatum 2026-11-30 --db demo.db')
    .description('een afsluitcode per signaal vastleggen: uit een bestand, voor één signaal, of het voorstel van de voorcontrole overnemen')
    .argument('[AFHANDELING.csv]', 'signaal_id, afsluitcode (en optioneel toelichting, afgesloten_op)')
    .option('--signaal <ID>', 'één signaal')
    .option('--code <CODE>', 'afsluitcode: BEKEND, NIET_RELEVANT, GEEN_OVERLAP, ONDERZOEK_GESTART, HERZIEN, BEEINDIGD, TERUGVORDERING, BOETE, FRAUDEONDERZOEK, DUPLICAAT')
    .option('--toelichting <TEKST>', 'toelichting bij de afsluiting')
    .option('--voorstel-overnemen', 'sluit alle open signalen met de afsluitcode die de voorcontrole voorstelde (BEKEND, NIET_RELEVANT, DUPLICAAT)')
    .option('--product <PRODUCT>', 'met --voorstel-overnemen: alleen dit product')
    .action(async (bestand: string | undefined, o: { signaal?: string; code?: string; toelichting?: string; voorstelOvernemen?: boolean; product?: string }, cmd: Command) => {
      const { ibAfhandelen } = await import('../commands/ib.js');
      await ibAfhandelen(bestand, await context(cmd), o);
    });
  voorbeeld(ib.command('rapport'), IMPORTEER, 'szmh ib rapport --periode 2026-T3 --peildatum 2026-11-30 --db demo.db')
    .description('hoe de ontvangen signalen zijn afgelopen, per gemeente en product: open, te laat en per afsluitcode')
    .option('--periode <periode>', 'ontvangen in deze periode: jaar (2026), Marap-periode (2026-T2) of maand (2026-05)')
    .action(async (o: { periode?: string }, cmd: Command) => {
      const { ibRapport } = await import('../commands/ib.js');
      await ibRapport(await context(cmd), o);
    });
}
