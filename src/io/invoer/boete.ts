/** Een regel uit ZAKEN.csv (spec: `szmh boete bereken`) naar een `BoeteZaak`. */
import type { GemeenteCode } from '../../rules/kern/gemeente.js';
import { VERWIJTBAARHEDEN, type BoeteZaak } from '../../rules/boete/index.js';
import type { Rij } from '../velden.js';

export const BOETE_KOLOMMEN = ['zaak_id', 'benadelingsbedrag', 'verwijtbaarheid', 'overtredingsdatum', 'besluitdatum'] as const;

/** Kolommen die de berekening gebruikt; andere kolommen (ook `gemeente`) gaan mee naar de uitvoer. */
export const BOETE_BEKEND = [
  ...BOETE_KOLOMMEN,
  'eerdere_boete_onherroepelijk_op',
  'eerdere_gevangenisstraf',
  'eerdere_waarschuwing_op',
  'zelf_gecorrigeerd_na_dagen',
  'bijstandsnorm_maand',
  'draagkracht_maand',
  'dringende_redenen',
] as const;

export function leesBoeteZaak(rij: Rij, standaardGemeente: GemeenteCode | undefined): BoeteZaak {
  const overtredingsdatum = rij.datum('overtredingsdatum', { verplicht: true });
  const besluitdatum = rij.datum('besluitdatum', { verplicht: true });
  if (besluitdatum < overtredingsdatum) throw rij.fout('besluitdatum', `${besluitdatum} ligt vóór de overtredingsdatum ${overtredingsdatum}`);
  const bijstandsnormMaand = rij.bedrag('bijstandsnorm_maand');
  const draagkrachtMaand = rij.bedrag('draagkracht_maand');
  if (bijstandsnormMaand !== undefined && draagkrachtMaand !== undefined) {
    throw rij.fout('draagkracht_maand', 'geef bijstandsnorm_maand óf draagkracht_maand, niet beide');
  }
  const eerdereBoeteOnherroepelijkOp = rij.datum('eerdere_boete_onherroepelijk_op');
  const eerdereWaarschuwingOp = rij.datum('eerdere_waarschuwing_op');
  const zelfGecorrigeerdNaDagen = rij.geheelGetal('zelf_gecorrigeerd_na_dagen', { min: 0 });
  const gemeente = rij.gemeente('gemeente') ?? standaardGemeente;
  rij.bsn('bsn'); // een meegeleverd BSN wordt aan de rand gecontroleerd; de berekening heeft het niet nodig
  // Ontbrekende velden als `undefined`, niet met voorwaardelijke spreidingen: die maken elk object per rij traag.
  return {
    zaakId: rij.verplicht('zaak_id'),
    gemeente,
    benadelingsbedrag: rij.bedrag('benadelingsbedrag', { verplicht: true }),
    verwijtbaarheid: rij.keuze('verwijtbaarheid', VERWIJTBAARHEDEN, { verplicht: true }),
    overtredingsdatum,
    besluitdatum,
    eerdereBoeteOnherroepelijkOp,
    eerdereGevangenisstraf: rij.jaNee('eerdere_gevangenisstraf', false),
    eerdereWaarschuwingOp,
    zelfGecorrigeerdNaDagen,
    bijstandsnormMaand,
    draagkrachtMaand,
    dringendeRedenen: rij.jaNee('dringende_redenen', false),
  };
}
