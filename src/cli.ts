/**
 * De opdrachtregel: alleen de commandostructuur en de globale opties. Elk commando wordt pas
 * geladen als het draait, zodat `szmh --help` en `--version` snel blijven.
 */
import { createRequire } from 'node:module';
import { Command, CommanderError, Option } from 'commander';
import { EXITCODE, SzmhFout } from './rules/kern/fouten.js';
import { poets } from './io/poets.js';
import { registreerTerugvordering } from './cli/terugvordering.js';
import { registreerBoete } from './cli/boete.js';
import { registreerDebiteuren } from './cli/debiteuren.js';
import { registreerLeerplicht } from './cli/leerplicht.js';
import { registreerLeerlingenvervoer } from './cli/leerlingenvervoer.js';
import { registreerParams } from './cli/params.js';
import { registreerIb } from './cli/ib.js';
import { registreerThemacontrole } from './cli/themacontrole.js';
import { registreerVerzuim } from './cli/verzuim.js';
import { registreerRapport } from './cli/rapport.js';
import { registreerCompletion } from './cli/completion.js';
import { voorbeeld } from './cli/voorbeeld.js';

const versie = (createRequire(import.meta.url)('../package.json') as { version: string }).version;

export function maakProgramma(): Command {
  const programma = new Command('szmh')
    .description('Sociale Zaken Maastricht Heuvelland: terugvordering, boete en de batches van de backoffice.')
    .version(versie, '-V, --version', 'toon de versie')
    .helpOption('-h, --help', 'toon deze hulp')
    .addHelpCommand(false)
    .showHelpAfterError('(szmh --help toont alle commando\'s en opties)')
    .exitOverride()
    .addOption(new Option('--format <formaat>', 'uitvoer: table, csv, json, jsonl of xlsx; html voor szmh rapport (standaard: naar --output .xlsx of .html, anders table op een terminal en csv elders)'))
    .addOption(new Option('-o, --output <bestand>', 'schrijf de uitvoer atomisch naar dit bestand (standaard: stdout)'))
    .addOption(new Option('--peildatum <datum>', 'de datum van "vandaag" (JJJJ-MM-DD of d-m-jjjj; standaard: de systeemdatum)'))
    .addOption(new Option('--params <bestand>', 'lokale parameter-overlay (JSON), bijvoorbeeld eigen tarieven of een wat-als'))
    .addOption(new Option('--gemeente <gemeente>', 'gemeente (naam of CBS-code) voor parameters en voor records zonder gemeente'))
    .addOption(new Option('--explain', 'toon per uitkomst hoe die tot stand kwam: regel, artikel, parameters en bron'))
    .addOption(new Option('--encoding <encoding>', 'encoding van CSV-invoer: auto, utf-8 of windows-1252').default('auto'))
    .addOption(new Option('--continue-on-error', 'verwerk de goede records en meld de afgekeurde (exitcode 1)'))
    .addOption(new Option('--zonder-trace', 'laat in CSV-uitvoer de trace-kolom weg (massabatches); JSON bevat hem altijd, --explain toont hem'))
    .addOption(new Option('--db <bestand>', 'SQLite-database (standaard: $SZMH_DB of ./szmh.db)'))
    .addOption(new Option('--log-level <niveau>', 'logniveau op stderr: error, warn, info, debug of silent').default('info'));

  voorbeeld(programma, 'szmh boete bereken samples/boete/zaken.csv --peildatum 2026-11-23', 'szmh rapport marap --help');
  registreerTerugvordering(programma);
  registreerBoete(programma);
  registreerDebiteuren(programma);
  registreerIb(programma);
  registreerThemacontrole(programma);
  registreerLeerplicht(programma);
  registreerVerzuim(programma);
  registreerLeerlingenvervoer(programma);
  registreerRapport(programma);
  registreerParams(programma);
  registreerCompletion(programma);

  for (const sub of programma.commands) sub.exitOverride().showHelpAfterError();
  return programma;
}

/** Voert de opdrachtregel uit en zet de exitcode volgens de spec (0, 1, 2, 3, 4). */
export async function main(argv: readonly string[]): Promise<void> {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (isGeslotenPijp(e)) process.exit();
    throw e;
  });
  try {
    await maakProgramma().parseAsync(argv as string[]);
  } catch (e) {
    if (isGeslotenPijp(e)) return;
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

/**
 * De lezer van stdout stopte (`szmh … | head`): dat is zijn keuze, geen fout van szmh. Stil stoppen,
 * met de exitcode die de run al had, zoals andere opdrachten in een pijp.
 */
function isGeslotenPijp(e: unknown): boolean {
  return (e as NodeJS.ErrnoException)?.code === 'EPIPE';
}
