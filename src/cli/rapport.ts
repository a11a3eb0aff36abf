import type { Command } from 'commander';
import { context } from './context.js';
import { voorbeeld } from './voorbeeld.js';

/** `--format` opgegeven (en niet alleen afgeleid)? Zonder schrijft een rapport naar een pijp JSON in plaats van CSV. */
const formaatGekozen = (cmd: Command) => cmd.optsWithGlobals<{ format?: string }>().format !== undefined;

export function registreerRapport(programma: Command): void {
  const rapport = voorbeeld(
    programma.command('rapport').description('rapportages voor de gemeenteraden en het ministerie: één HTML-pagina met grafieken (--output X.html), JSON of xlsx'),
    'szmh debiteuren vorderingen samples/debiteuren/vorderingen.csv --db demo.db',
    'szmh rapport marap --periode 2026-T3 --peildatum 2026-11-23 --db demo.db --output marap.html',
  );
  voorbeeld(
    rapport
      .command('marap')
      .description('Marap (per vier maanden): debiteurenontvangsten per stroom tegen de doelen naar rato, fraudevorderingen vastgesteld en geïnd, IB-signalen naar afsluitcode, open werklijsten naar leeftijd')
      .option('--periode <periode>', 'Marap-periode (2026-T1, -T2, -T3), maand (2026-05) of jaar (2026)'),
    'szmh debiteuren vorderingen samples/debiteuren/vorderingen.csv --db demo.db',
    'szmh debiteuren ontvangsten samples/debiteuren/camt053-001.02-2026-11-19.xml --db demo.db',
    'szmh rapport marap --periode 2026-T3 --peildatum 2026-11-23 --db demo.db --output marap.html',
  ).action(async (o: { periode?: string }, cmd: Command) => {
    const { rapportMarap } = await import('../commands/rapport.js');
    await rapportMarap(await context(cmd), { ...o, formaatGekozen: formaatGekozen(cmd) });
  });
  voorbeeld(
    rapport
      .command('artikel25')
      .description('leerplicht: de cijfers ex art 25 Lpw per gemeente met grafieken, de kostendragers en de rapportagekalender')
      .option('--schooljaar <schooljaar>', 'schooljaar, bijvoorbeeld 2025-2026')
      .option('--leerlingen <bestand>', 'het leerplichtregister (CSV: leerling_id, geboortedatum, gemeente, optioneel startkwalificatie_op, buitenland, vsv_op)'),
    'szmh verzuim importeer samples/verzuim/meldingen.csv samples/verzuim/duo-meldingen.xml --peildatum 2026-11-23 --db demo.db',
    'szmh rapport artikel25 --schooljaar 2025-2026 --leerlingen samples/verzuim/leerlingen.csv --peildatum 2026-11-23 --db demo.db --output art25.html',
  ).action(async (o: { schooljaar?: string; leerlingen?: string }, cmd: Command) => {
    const { rapportArtikel25 } = await import('../commands/rapport.js');
    await rapportArtikel25(await context(cmd), { ...o, formaatGekozen: formaatGekozen(cmd) });
  });
}
