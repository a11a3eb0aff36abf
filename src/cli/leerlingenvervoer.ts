import type { Command } from 'commander';
import { context } from './context.js';

export function registreerLeerlingenvervoer(programma: Command): void {
  const leerlingenvervoer = programma.command('leerlingenvervoer').description('leerlingenvervoer: recht en de goedkoopste adequate vervoersvorm');
  leerlingenvervoer
    .command('beoordeel')
    .description('beoordeel aanvragen: besluit, reden, vervoersvorm, kosten, eigen bijdragen en de afgewogen alternatieven')
    .argument('<AANVRAGEN.csv>', 'aanvraag_id, gemeente, schooljaar, geboortedatum, schoolsoort, afstanden, … (zie README)')
    .option('--schooljaar <schooljaar>', 'alleen aanvragen voor dit schooljaar (bijvoorbeeld 2026-2027)')
    .action(async (bestand: string, o: { schooljaar?: string }, cmd: Command) => {
      const { leerlingenvervoerBeoordeel } = await import('../commands/leerlingenvervoer.js');
      await leerlingenvervoerBeoordeel(bestand, await context(cmd), o);
    });
  leerlingenvervoer
    .command('rapport')
    .description('deelname per schooljaar naar vervoersvorm en gemeente, uit een beschikkingenbestand')
    .argument('<BESCHIKKINGEN>', 'uitvoer van `leerlingenvervoer beoordeel` (csv, json of jsonl)')
    .option('--schooljaar <schooljaar>', 'het schooljaar (bijvoorbeeld 2026-2027)')
    .action(async (bestand: string, o: { schooljaar?: string }, cmd: Command) => {
      const { leerlingenvervoerRapport } = await import('../commands/leerlingenvervoer.js');
      await leerlingenvervoerRapport(bestand, await context(cmd), o);
    });
}
