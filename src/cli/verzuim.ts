import type { Command } from 'commander';
import { context } from './context.js';
import { voorbeeld } from './voorbeeld.js';

const IMPORTEER = 'szmh verzuim importeer samples/verzuim/meldingen.csv samples/verzuim/duo-meldingen.xml --peildatum 2026-11-23 --db demo.db';

export function registreerVerzuim(programma: Command): void {
  const verzuim = voorbeeld(
    programma.command('verzuim').description('het verzuimregister, de escalatieladder en de cijfers ex art 25 Leerplichtwet per gemeente'),
    IMPORTEER,
    'szmh verzuim werklijst --peildatum 2026-11-23 --db demo.db',
  );
  voorbeeld(
    verzuim
      .command('importeer')
      .description('verzuim- en zorgmeldingen inlezen uit CSV of XML in DUO-stijl; hetzelfde bestand of dezelfde melding twee keer verandert niets')
      .argument('<MELDINGEN...>', 'CSV (melding_id, leerling_id of bsn, geboortedatum, gemeente, bron, meldingsdatum, soort, begindatum, ...) of XML')
      .option('--kolommen <kaart>', 'kolomkaart (JSON) voor een andere indeling: kolommen of XML-paden, codes en standaardwaarden'),
    IMPORTEER,
    'szmh verzuim importeer samples/verzuim/pakket-export.csv --kolommen samples/verzuim/kolommen-pakket.json --peildatum 2026-11-23 --db demo.db',
  ).action(async (bestanden: string[], o: { kolommen?: string }, cmd: Command) => {
    const { verzuimImporteer } = await import('../commands/verzuim.js');
    await verzuimImporteer(bestanden, await context(cmd), o);
  });
  voorbeeld(
    verzuim.command('werklijst').description('open meldingen met de volgende stap op de ladder en de uiterste datum (--gemeente: alleen die gemeente)'),
    IMPORTEER,
    'szmh verzuim werklijst --gemeente Maastricht --peildatum 2026-11-23 --db demo.db',
  ).action(async (_o: unknown, cmd: Command) => {
    const { verzuimWerklijst } = await import('../commands/verzuim.js');
    await verzuimWerklijst(await context(cmd));
  });
  voorbeeld(
    verzuim
      .command('actie')
      .description('een actie vastleggen: gesprek, waarschuwing, halt, zorgmelding, proces_verbaal of afgesloten; een geweigerde actie geeft exitcode 3 met de reden')
      .argument('[ACTIES.csv]', 'melding_id, actie, datum (en optioneel reden, tegen)')
      .option('--melding <id>', 'de melding waarop de actie is gedaan')
      .option('--actie <actie>', 'gesprek, waarschuwing, halt, zorgmelding, proces_verbaal of afgesloten')
      .option('--datum <datum>', 'datum van de actie (standaard: de peildatum)')
      .option('--reden <reden>', 'bij afgesloten de reden (terug_naar_school, uitgeschreven_andere_opleiding, uitgeschreven_werk, uitgeschreven_overig, overleden, langdurig_ziek, legitiem_afwezig)')
      .option('--tegen <wie>', 'bij proces_verbaal: ouders (standaard), jongere of beide'),
    IMPORTEER,
    'szmh verzuim actie samples/verzuim/acties.csv --peildatum 2026-11-23 --db demo.db',
    'szmh verzuim actie --melding 2026-4471902 --actie gesprek --datum 2026-11-20 --peildatum 2026-11-23 --db demo.db',
  ).action(async (bestand: string | undefined, o: { melding?: string; actie?: string; datum?: string; reden?: string; tegen?: string }, cmd: Command) => {
    const { verzuimActie } = await import('../commands/verzuim.js');
    await verzuimActie(await context(cmd), { ...o, ...(bestand !== undefined ? { bestand } : {}) });
  });
  voorbeeld(
    verzuim
      .command('rapport')
      .description('cijfers ex art 25 Lpw per gemeente en de kostendragers met het aandeel per gemeente; --termijnen: de rapportagekalender')
      .option('--schooljaar <schooljaar>', 'schooljaar, bijvoorbeeld 2025-2026')
      .option('--leerlingen <bestand>', 'het leerplichtregister (CSV: leerling_id, geboortedatum, gemeente, optioneel startkwalificatie_op, buitenland, vsv_op)')
      .option('--termijnen', 'alleen de rapportagekalender: art 25 vóór 1 oktober, jaarverslag RMC vóór 1 maart'),
    IMPORTEER,
    'szmh verzuim rapport --schooljaar 2025-2026 --leerlingen samples/verzuim/leerlingen.csv --peildatum 2026-11-23 --db demo.db',
  ).action(async (o: { schooljaar?: string; leerlingen?: string; termijnen?: boolean }, cmd: Command) => {
    const { verzuimRapport } = await import('../commands/verzuim.js');
    await verzuimRapport(await context(cmd), o);
  });
}
