import type { Command } from 'commander';
import { context } from './context.js';
import { voorbeeld } from './voorbeeld.js';

const VORDERINGEN = 'szmh debiteuren vorderingen samples/debiteuren/vorderingen.csv --db demo.db';
const ONTVANGSTEN = 'szmh debiteuren ontvangsten samples/debiteuren/camt053-001.02-2026-11-19.xml samples/debiteuren/camt053-001.02-2026-11-20.xml --db demo.db';
/** De debiteuren met een betalingsafspraak komen uit de boetes. */
const BOETES = ['szmh boete bereken samples/boete/zaken.csv --peildatum 2026-11-23 --format csv --output boetes.csv', 'szmh debiteuren vorderingen boetes.csv --db demo.db'];

export function registreerDebiteuren(programma: Command): void {
  const debiteuren = voorbeeld(
    programma.command('debiteuren').description('het debiteurengrootboek: vorderingen, bankontvangsten (camt.053), afspraken en rapportage'),
    VORDERINGEN,
    ONTVANGSTEN,
    'szmh debiteuren saldo --db demo.db',
  );
  voorbeeld(
    debiteuren
      .command('vorderingen')
      .description('vorderingen toevoegen of bijwerken (ook rechtstreeks uit de uitvoer van terugvordering of boete bereken)')
      .argument('<VORDERINGEN.csv>', 'vordering_id, debiteur_id, gemeente, soort, stroom, hoofdsom, opgelegd_op, betalingskenmerk (en optioneel iban, kosten, rente)'),
    VORDERINGEN,
  ).action(async (bestand: string, _o: unknown, cmd: Command) => {
    const { debiteurenVorderingen } = await import('../commands/debiteuren.js');
    await debiteurenVorderingen(bestand, await context(cmd));
  });
  voorbeeld(
    debiteuren
      .command('afspraken')
      .description('betalingsafspraken toevoegen of bijwerken')
      .argument('<AFSPRAKEN.csv>', 'debiteur_id, termijnbedrag, frequentie (maand|kwartaal), eerste_termijn'),
    ...BOETES,
    'szmh debiteuren afspraken samples/debiteuren/afspraken.csv --db demo.db',
  ).action(async (bestand: string, _o: unknown, cmd: Command) => {
    const { debiteurenAfspraken } = await import('../commands/debiteuren.js');
    await debiteurenAfspraken(bestand, await context(cmd));
  });
  voorbeeld(
    debiteuren
      .command('beslag')
      .description('beslag door derden vastleggen (telt nooit als ontvangst)')
      .argument('<BESLAG.csv>', 'beslag_id, debiteur_id, gemeente, schuldeiser, bedrag, van (en optioneel tot)'),
    'szmh debiteuren beslag samples/debiteuren/beslag.csv --db demo.db',
  ).action(async (bestand: string, _o: unknown, cmd: Command) => {
    const { debiteurenBeslag } = await import('../commands/debiteuren.js');
    await debiteurenBeslag(bestand, await context(cmd));
  });
  voorbeeld(
    debiteuren
      .command('ontvangsten')
      .description('bankafschriften (camt.053.001.02 of .08) inlezen: koppelen, toewijzen en boeken')
      .argument('<CAMT053.xml...>', 'een of meer afschriftbestanden')
      .option('--dry-run', 'laat zien wat er geboekt zou worden, zonder iets te boeken'),
    VORDERINGEN,
    `${ONTVANGSTEN} --dry-run`,
  ).action(async (bestanden: string[], o: { dryRun?: boolean }, cmd: Command) => {
    const { debiteurenOntvangsten } = await import('../commands/debiteuren-ontvangsten.js');
    await debiteurenOntvangsten(bestanden, await context(cmd), o);
  });
  voorbeeld(
    debiteuren
      .command('saldo')
      .description('per debiteur: openstaand, betaald, aantal vorderingen en tegoed')
      .option('--debiteur <id>', 'alleen deze debiteur'),
    VORDERINGEN,
    ONTVANGSTEN,
    'szmh debiteuren saldo --debiteur D-060233 --db demo.db',
  ).action(async (o: { debiteur?: string }, cmd: Command) => {
    const { debiteurenSaldo } = await import('../commands/debiteuren.js');
    await debiteurenSaldo(await context(cmd), o);
  });
  voorbeeld(
    debiteuren.command('achterstanden').description('termijnen van betalingsafspraken die na het respijt nog open staan, elk één keer, met hun leeftijd'),
    ...BOETES,
    'szmh debiteuren afspraken samples/debiteuren/afspraken.csv --db demo.db',
    'szmh debiteuren achterstanden --peildatum 2026-11-23 --db demo.db',
  ).action(async (_o: unknown, cmd: Command) => {
    const { debiteurenAchterstanden } = await import('../commands/debiteuren.js');
    await debiteurenAchterstanden(await context(cmd));
  });
  voorbeeld(debiteuren.command('ouderdom').description('openstaande vorderingen naar ouderdom, per gemeente en voor heel SZMH'), VORDERINGEN, 'szmh debiteuren ouderdom --peildatum 2026-11-23 --db demo.db --output ouderdom.xlsx').action(
    async (_o: unknown, cmd: Command) => {
      const { debiteurenOuderdom } = await import('../commands/debiteuren.js');
      await debiteurenOuderdom(await context(cmd));
    },
  );
  voorbeeld(
    debiteuren
      .command('rapport')
      .description('ontvangsten per stroom en gemeente tegen de jaardoelen, met de verwachting naar rato')
      .option('--periode <periode>', 'Marap-periode (2026-T1, -T2, -T3), maand (2026-05) of jaar (2026)'),
    VORDERINGEN,
    ONTVANGSTEN,
    'szmh debiteuren rapport --periode 2026-T3 --db demo.db',
  ).action(async (o: { periode?: string }, cmd: Command) => {
    const { debiteurenRapport } = await import('../commands/debiteuren.js');
    await debiteurenRapport(await context(cmd), o);
  });
}
