import type { Command } from 'commander';
import { context } from './context.js';
import { voorbeeld } from './voorbeeld.js';

const SELECTEER = 'szmh themacontrole selecteer samples/themacontrole/thema.json --populatie samples/themacontrole/populatie.csv --peildatum 2026-11-02 --db demo.db';
const RESULTAAT = 'szmh themacontrole resultaat samples/themacontrole/resultaten.csv --peildatum 2026-11-23 --db demo.db';

export function registreerThemacontrole(programma: Command): void {
  const tc = voorbeeld(
    programma
      .command('themacontrole')
      .description('themacontroles (sociale recherche): een gedocumenteerde, reproduceerbare selectie, resultaten per geval, afsluiten en rapport'),
    SELECTEER,
    'szmh themacontrole rapport --jaar 2026 --db demo.db',
  );
  voorbeeld(tc.command('selecteer'), SELECTEER)
    .description('past de criteria van het thema toe op de populatie (met optionele steekproef) en legt de run vast met de hashes van thema, populatie en selectie')
    .argument('<THEMA.json>', 'id, naam, doel, grondslag, goedgekeurd_door, criteria (veld, operator, waarde), optioneel combinatie, steekproef, rechtvaardiging')
    .requiredOption('--populatie <POPULATIE.csv>', 'het klantenbestand: een kolom id en de velden die de criteria gebruiken')
    .action(async (bestand: string, o: { populatie: string }, cmd: Command) => {
      const { themacontroleSelecteer } = await import('../commands/themacontrole.js');
      await themacontroleSelecteer(bestand, await context(cmd), o);
    });
  voorbeeld(tc.command('resultaat'), SELECTEER, RESULTAAT)
    .description('legt per geselecteerd geval het resultaat vast (dezelfde codes als IB-signalen)')
    .argument('<RESULTATEN.csv>', 'thema_id, id, resultaat (en optioneel toelichting, datum)')
    .action(async (bestand: string, _o: unknown, cmd: Command) => {
      const { themacontroleResultaat } = await import('../commands/themacontrole.js');
      await themacontroleResultaat(bestand, await context(cmd));
    });
  voorbeeld(tc.command('afsluiten'), SELECTEER, RESULTAAT, 'szmh themacontrole afsluiten TC-2026-01 --peildatum 2026-11-23 --db demo.db')
    .description('sluit een thema af; het telt dan mee voor de jaarnorm')
    .argument('<THEMA_ID>', 'het id van het thema')
    .option('--op <datum>', 'afsluitdatum (standaard de peildatum)')
    .action(async (themaId: string, o: { op?: string }, cmd: Command) => {
      const { themacontroleAfsluiten } = await import('../commands/themacontrole.js');
      await themacontroleAfsluiten(themaId, await context(cmd), o);
    });
  voorbeeld(tc.command('rapport'), SELECTEER, RESULTAAT, 'szmh themacontrole rapport --jaar 2026 --db demo.db')
    .description('per thema de trefkans, en het aantal afgeronde themacontroles in het jaar tegen de norm')
    .option('--jaar <jaar>', 'het jaar (standaard dat van de peildatum)')
    .action(async (o: { jaar?: string }, cmd: Command) => {
      const { themacontroleRapport } = await import('../commands/themacontrole.js');
      await themacontroleRapport(await context(cmd), o);
    });
}
