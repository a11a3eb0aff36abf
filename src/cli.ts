/**
 * De opdrachtregel: alleen de commandostructuur en de globale opties. Elk commando wordt pas
 * geladen als het draait, zodat `szmh --help` en `--version` snel blijven.
 */
import { createRequire } from 'node:module';
import { Command, CommanderError, Option } from 'commander';
import { EXITCODE, SzmhFout } from './rules/kern/fouten.js';
import { poets } from './io/log.js';
import type { Context, GlobaleOpties } from './commands/context.js';

const versie = (createRequire(import.meta.url)('../package.json') as { version: string }).version;

async function context(commando: Command): Promise<Context> {
  const { maakContext } = await import('./commands/context.js');
  const naam = [commando.parent?.name(), commando.name()].filter((n) => n && n !== 'szmh').join(' ');
  return maakContext(commando.optsWithGlobals<GlobaleOpties>(), `szmh ${naam}`);
}

export function maakProgramma(): Command {
  const programma = new Command('szmh')
    .description('Sociale Zaken Maastricht Heuvelland: terugvordering, boete en de batches van de backoffice.')
    .version(versie, '-V, --version', 'toon de versie')
    .helpOption('-h, --help', 'toon deze hulp')
    .addHelpCommand(false)
    .showHelpAfterError('(szmh --help toont alle commando\'s en opties)')
    .exitOverride()
    .addOption(new Option('--format <formaat>', 'uitvoer: table, csv, json of jsonl (standaard: table op een terminal, anders csv)'))
    .addOption(new Option('-o, --output <bestand>', 'schrijf de uitvoer atomisch naar dit bestand (standaard: stdout)'))
    .addOption(new Option('--peildatum <datum>', 'de datum van "vandaag" (JJJJ-MM-DD of d-m-jjjj; standaard: de systeemdatum)'))
    .addOption(new Option('--params <bestand>', 'lokale parameter-overlay (JSON), bijvoorbeeld eigen tarieven of een wat-als'))
    .addOption(new Option('--gemeente <gemeente>', 'gemeente (naam of CBS-code) voor parameters en voor records zonder gemeente'))
    .addOption(new Option('--explain', 'toon per uitkomst hoe die tot stand kwam: regel, artikel, parameters en bron'))
    .addOption(new Option('--encoding <encoding>', 'encoding van CSV-invoer: auto, utf-8 of windows-1252').default('auto'))
    .addOption(new Option('--continue-on-error', 'verwerk de goede records en meld de afgekeurde (exitcode 1)'))
    .addOption(new Option('--db <bestand>', 'SQLite-database (standaard: $SZMH_DB of ./szmh.db)'))
    .addOption(new Option('--log-level <niveau>', 'logniveau op stderr: error, warn, info, debug of silent').default('info'));

  const terugvordering = programma.command('terugvordering').description('terugvordering van bijstand (art 58 Pw)');
  terugvordering
    .command('bereken')
    .description('bereken per zaak de terugvordering, het benadelingsbedrag en het bruto bedrag')
    .argument('<MAANDEN.csv>', 'per zaak per maand: zaak_id, maand, betaald, recht, oorzaak (en optioneel norm, inkomsten, loonheffing, besluitdatum, gemeente)')
    .action(async (bestand: string, _o: unknown, cmd: Command) => {
      const { terugvorderingBereken } = await import('./commands/terugvordering.js');
      await terugvorderingBereken(bestand, await context(cmd));
    });

  const boete = programma.command('boete').description('bestuurlijke boete wegens schending van de inlichtingenplicht (art 18a Pw)');
  boete
    .command('bereken')
    .description('bereken per zaak de boete, of een waarschuwing waar de wet en het beleid dat toelaten')
    .argument('<ZAKEN.csv>', 'zaak_id, benadelingsbedrag, verwijtbaarheid, overtredingsdatum, besluitdatum (en optionele kolommen, zie README)')
    .action(async (bestand: string, _o: unknown, cmd: Command) => {
      const { boeteBereken } = await import('./commands/boete.js');
      await boeteBereken(bestand, await context(cmd));
    });

  const debiteuren = programma.command('debiteuren').description('het debiteurengrootboek: vorderingen, bankontvangsten (camt.053), afspraken en rapportage');
  debiteuren
    .command('vorderingen')
    .description('vorderingen toevoegen of bijwerken (ook rechtstreeks uit de uitvoer van terugvordering of boete bereken)')
    .argument('<VORDERINGEN.csv>', 'vordering_id, debiteur_id, gemeente, soort, stroom, hoofdsom, opgelegd_op, betalingskenmerk (en optioneel iban, kosten, rente)')
    .action(async (bestand: string, _o: unknown, cmd: Command) => {
      const { debiteurenVorderingen } = await import('./commands/debiteuren.js');
      await debiteurenVorderingen(bestand, await context(cmd));
    });
  debiteuren
    .command('afspraken')
    .description('betalingsafspraken toevoegen of bijwerken')
    .argument('<AFSPRAKEN.csv>', 'debiteur_id, termijnbedrag, frequentie (maand|kwartaal), eerste_termijn')
    .action(async (bestand: string, _o: unknown, cmd: Command) => {
      const { debiteurenAfspraken } = await import('./commands/debiteuren.js');
      await debiteurenAfspraken(bestand, await context(cmd));
    });
  debiteuren
    .command('beslag')
    .description('beslag door derden vastleggen (telt nooit als ontvangst)')
    .argument('<BESLAG.csv>', 'beslag_id, debiteur_id, gemeente, schuldeiser, bedrag, van (en optioneel tot)')
    .action(async (bestand: string, _o: unknown, cmd: Command) => {
      const { debiteurenBeslag } = await import('./commands/debiteuren.js');
      await debiteurenBeslag(bestand, await context(cmd));
    });
  debiteuren
    .command('ontvangsten')
    .description('bankafschriften (camt.053.001.02 of .08) inlezen: koppelen, toewijzen en boeken')
    .argument('<CAMT053.xml...>', 'een of meer afschriftbestanden')
    .option('--dry-run', 'laat zien wat er geboekt zou worden, zonder iets te boeken')
    .action(async (bestanden: string[], o: { dryRun?: boolean }, cmd: Command) => {
      const { debiteurenOntvangsten } = await import('./commands/debiteuren-ontvangsten.js');
      await debiteurenOntvangsten(bestanden, await context(cmd), o);
    });
  debiteuren
    .command('saldo')
    .description('per debiteur: openstaand, betaald, aantal vorderingen en tegoed')
    .option('--debiteur <id>', 'alleen deze debiteur')
    .action(async (o: { debiteur?: string }, cmd: Command) => {
      const { debiteurenSaldo } = await import('./commands/debiteuren.js');
      await debiteurenSaldo(await context(cmd), o);
    });
  debiteuren
    .command('achterstanden')
    .description('termijnen van betalingsafspraken die na het respijt nog open staan, elk één keer, met hun leeftijd')
    .action(async (_o: unknown, cmd: Command) => {
      const { debiteurenAchterstanden } = await import('./commands/debiteuren.js');
      await debiteurenAchterstanden(await context(cmd));
    });
  debiteuren
    .command('ouderdom')
    .description('openstaande vorderingen naar ouderdom, per gemeente en voor heel SZMH')
    .action(async (_o: unknown, cmd: Command) => {
      const { debiteurenOuderdom } = await import('./commands/debiteuren.js');
      await debiteurenOuderdom(await context(cmd));
    });
  debiteuren
    .command('rapport')
    .description('ontvangsten per stroom en gemeente tegen de jaardoelen, met de verwachting naar rato')
    .option('--periode <periode>', 'Marap-periode (2026-T1, -T2, -T3), maand (2026-05) of jaar (2026)')
    .action(async (o: { periode?: string }, cmd: Command) => {
      const { debiteurenRapport } = await import('./commands/debiteuren.js');
      await debiteurenRapport(await context(cmd), o);
    });

  const leerplicht = programma.command('leerplicht').description('leerplicht, kwalificatieplicht en RMC (Leerplichtwet 1969)');
  leerplicht
    .command('status')
    .description('per leerling de leerplicht-, kwalificatieplicht- en RMC-datums en de status op de peildatum')
    .argument('<LEERLINGEN.csv>', 'leerling_id, geboortedatum (en optioneel startkwalificatie_op)')
    .action(async (bestand: string, _o: unknown, cmd: Command) => {
      const { leerplichtStatus } = await import('./commands/leerplicht.js');
      await leerplichtStatus(bestand, await context(cmd));
    });

  const leerlingenvervoer = programma.command('leerlingenvervoer').description('leerlingenvervoer: recht en de goedkoopste adequate vervoersvorm');
  leerlingenvervoer
    .command('beoordeel')
    .description('beoordeel aanvragen: besluit, reden, vervoersvorm, kosten, eigen bijdragen en de afgewogen alternatieven')
    .argument('<AANVRAGEN.csv>', 'aanvraag_id, gemeente, schooljaar, geboortedatum, schoolsoort, afstanden, … (zie README)')
    .option('--schooljaar <schooljaar>', 'alleen aanvragen voor dit schooljaar (bijvoorbeeld 2026-2027)')
    .action(async (bestand: string, o: { schooljaar?: string }, cmd: Command) => {
      const { leerlingenvervoerBeoordeel } = await import('./commands/leerlingenvervoer.js');
      await leerlingenvervoerBeoordeel(bestand, await context(cmd), o);
    });
  leerlingenvervoer
    .command('rapport')
    .description('deelname per schooljaar naar vervoersvorm en gemeente, uit een beschikkingenbestand')
    .argument('<BESCHIKKINGEN>', 'uitvoer van `leerlingenvervoer beoordeel` (csv, json of jsonl)')
    .option('--schooljaar <schooljaar>', 'het schooljaar (bijvoorbeeld 2026-2027)')
    .action(async (bestand: string, o: { schooljaar?: string }, cmd: Command) => {
      const { leerlingenvervoerRapport } = await import('./commands/leerlingenvervoer.js');
      await leerlingenvervoerRapport(bestand, await context(cmd), o);
    });

  const params = programma.command('params').description('de parametertabellen: normen, boetecategorieën, drempels en beleid');
  params
    .command('toon')
    .description('alle parameters met de waarde die op de peildatum geldt (met --gemeente: voor die gemeente)')
    .action(async (_o: unknown, cmd: Command) => {
      const { paramsToon } = await import('./commands/params.js');
      await paramsToon(await context(cmd));
    });
  params
    .command('verschil')
    .description('waar een gemeente afwijkt van de regionale standaard (vereist --gemeente)')
    .action(async (_o: unknown, cmd: Command) => {
      const { paramsVerschil } = await import('./commands/params.js');
      await paramsVerschil(await context(cmd));
    });

  for (const sub of programma.commands) sub.exitOverride().showHelpAfterError();
  return programma;
}

/** Voert de opdrachtregel uit en zet de exitcode volgens de spec (0, 1, 2, 3, 4). */
export async function main(argv: readonly string[]): Promise<void> {
  try {
    await maakProgramma().parseAsync(argv as string[]);
  } catch (e) {
    if (e instanceof CommanderError) {
      process.exitCode = e.exitCode === 0 ? EXITCODE.ok : EXITCODE.invoer;
    } else if (e instanceof SzmhFout) {
      process.stderr.write(`szmh: ${poets(e.message)}\n`);
      process.exitCode = e.exitcode;
    } else {
      process.stderr.write(`szmh: interne fout: ${poets((e as Error)?.message ?? String(e))}\n`);
      if (process.env.SZMH_DEBUG) process.stderr.write(`${(e as Error)?.stack ?? ''}\n`);
      process.exitCode = EXITCODE.intern;
    }
  }
}
