import type { Command } from 'commander';
import { context } from './context.js';
import { voorbeeld } from './voorbeeld.js';

const BEOORDEEL = 'szmh leerlingenvervoer beoordeel samples/leerlingenvervoer/aanvragen.csv --peildatum 2026-11-23';

export function registreerLeerlingenvervoer(programma: Command): void {
  const leerlingenvervoer = voorbeeld(programma.command('leerlingenvervoer').description('leerlingenvervoer: recht en de goedkoopste adequate vervoersvorm'), BEOORDEEL);
  voorbeeld(
    leerlingenvervoer
      .command('beoordeel')
      .description('beoordeel aanvragen: besluit, reden, vervoersvorm, kosten, eigen bijdragen en de afgewogen alternatieven')
      .argument('<AANVRAGEN.csv>', 'aanvraag_id, gemeente, schooljaar, geboortedatum, schoolsoort, afstanden, … (zie README)')
      .option('--schooljaar <schooljaar>', 'alleen aanvragen voor dit schooljaar (bijvoorbeeld 2026-2027)'),
    BEOORDEEL,
  ).action(async (bestand: string, o: { schooljaar?: string }, cmd: Command) => {
    const { leerlingenvervoerBeoordeel } = await import('../commands/leerlingenvervoer.js');
    await leerlingenvervoerBeoordeel(bestand, await context(cmd), o);
  });
  voorbeeld(
    leerlingenvervoer
      .command('rapport')
      .description('deelname per schooljaar naar vervoersvorm en gemeente, uit een beschikkingenbestand')
      .argument('<BESCHIKKINGEN>', 'uitvoer van `leerlingenvervoer beoordeel` (csv, json of jsonl)')
      .option('--schooljaar <schooljaar>', 'het schooljaar (bijvoorbeeld 2026-2027)'),
    `${BEOORDEEL} --format jsonl --output besluiten.jsonl`,
    'szmh leerlingenvervoer rapport besluiten.jsonl',
  ).action(async (bestand: string, o: { schooljaar?: string }, cmd: Command) => {
    const { leerlingenvervoerRapport } = await import('../commands/leerlingenvervoer.js');
    await leerlingenvervoerRapport(bestand, await context(cmd), o);
  });
}
