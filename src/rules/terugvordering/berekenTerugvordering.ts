import { isPositief, nietNegatief, NUL, som, type Bedrag } from '../kern/geld.js';
import type { Datum } from '../kern/datum.js';
import { RegelFout } from '../kern/fouten.js';
import type { Parameters } from '../kern/parameters.js';
import { TraceBouwer } from '../kern/trace.js';
import { GRONDEN } from './grondslag.js';
import { pasLid6Toe } from './lid6.js';
import { bruteer } from './bruteren.js';
import { MaandTeksten } from './teksten.js';
import { OORZAKEN, type MaandResultaat, type Oorzaak, type TerugvorderingMaand, type TerugvorderingResultaat, type TerugvorderingZaak } from './types.js';

const OMSCHRIJVING_TE_VEEL = Object.fromEntries(
  OORZAKEN.map((o) => [o, new MaandTeksten((maand) => `${maand}: te veel betaald = max(0, betaald − recht); ${GRONDEN[o].omschrijving}`)]),
) as Record<Oorzaak, MaandTeksten>;

/**
 * Terugvordering van bijstand (art 58 Pw), per maand opgebouwd (onderzoek §A.2):
 * recht = opgegeven recht, of max(0, norm − inkomsten); te veel = max(0, betaald − recht);
 * terugvorderbaar = te veel, behalve wat art 58 lid 6 uitsluit; het benadelingsbedrag is het deel
 * met oorzaak inlichtingenplicht; bruto = netto plus loonheffing over eerdere kalenderjaren.
 * `t`: waar de stappen heen gaan (een `StilleTrace` als niemand ze leest).
 */
export function berekenTerugvordering(zaak: TerugvorderingZaak, params: Parameters, peildatum: Datum, t = new TraceBouwer()): TerugvorderingResultaat {
  const maanden = [...zaak.maanden].sort((a, b) => (a.maand < b.maand ? -1 : 1));
  for (let i = 1; i < maanden.length; i++) {
    if (maanden[i]!.maand === maanden[i - 1]!.maand) {
      throw new RegelFout(`zaak ${zaak.zaakId}: maand ${maanden[i]!.maand} komt twee keer voor`);
    }
  }

  const perMaand = maanden.map((m) => {
    const recht = bepaalRecht(m, zaak.zaakId, t);
    const teVeel = nietNegatief(m.betaald.minus(recht));
    t.stap({
      regel: GRONDEN[m.oorzaak].regel,
      artikel: GRONDEN[m.oorzaak].artikel,
      omschrijving: OMSCHRIJVING_TE_VEEL[m.oorzaak].tekst(m.maand),
      invoer: { maand: m.maand, betaald: m.betaald, recht, oorzaak: m.oorzaak },
      uitkomst: teVeel,
    });
    const terugvorderbaar =
      m.oorzaak === 'onverschuldigd_kenbaar' && isPositief(teVeel)
        ? pasLid6Toe(m.maand, teVeel, m.besluitdatum ?? peildatum, zaak.gemeente, params, t)
        : teVeel;
    return { maand: m.maand, betaald: m.betaald, oorzaak: m.oorzaak, loonheffing: m.loonheffing, recht, teVeel, terugvorderbaar };
  });

  const brutering = bruteer(perMaand, peildatum, zaak.gemeente, params, t);

  // Eén ronde voor de totalen. Zonder brutering is bruto hetzelfde bedrag als terugvorderbaar (en
  // hetzelfde object, zodat de uitvoer het één keer opmaakt).
  let terugvorderingNetto = NUL;
  let benadelingsbedrag = NUL;
  let verplicht = false;
  let lid6 = false;
  const teVeelPerOorzaak = new Set<Oorzaak>();
  const resultaten: MaandResultaat[] = perMaand.map(({ maand, betaald, oorzaak, recht, teVeel, terugvorderbaar }, i) => {
    const bruto = brutering[i]!.isZero() ? terugvorderbaar : terugvorderbaar.plus(brutering[i]!);
    terugvorderingNetto = terugvorderingNetto.plus(terugvorderbaar);
    if (oorzaak === 'inlichtingenplicht') benadelingsbedrag = benadelingsbedrag.plus(terugvorderbaar);
    if (!verplicht && GRONDEN[oorzaak].verplicht && isPositief(terugvorderbaar)) verplicht = true;
    if (!teVeelPerOorzaak.has(oorzaak) && isPositief(teVeel)) teVeelPerOorzaak.add(oorzaak);
    // Alleen lid 6 maakt terugvorderbaar kleiner dan te veel (en dan een ander object).
    if (terugvorderbaar !== teVeel && terugvorderbaar.lt(teVeel)) lid6 = true;
    return { maand, betaald, recht, teVeel, oorzaak, grondslag: GRONDEN[oorzaak].artikel, terugvorderbaar, brutering: brutering[i]!, bruto };
  });

  // Zonder brutering is elk bruto hetzelfde bedrag als terugvorderbaar, en dus de som de netto som.
  const brutoBedrag = brutering.some((b) => !b.isZero()) ? som(resultaten.map((r) => r.bruto)) : terugvorderingNetto;
  const grondslag = bepaalGrondslag(teVeelPerOorzaak, lid6);
  t.stap({
    regel: 'TV-totaal',
    artikel: 'art 58 Pw; art 18a lid 2 Pw (benadelingsbedrag)',
    omschrijving: 'Totalen: netto is de som van het terug te vorderen deel; het benadelingsbedrag telt alleen maanden met oorzaak inlichtingenplicht',
    uitkomst: { terugvordering_netto: terugvorderingNetto, benadelingsbedrag, bruto_bedrag: brutoBedrag, verplicht },
  });
  return { zaakId: zaak.zaakId, terugvorderingNetto, benadelingsbedrag, verplicht, grondslag, brutoBedrag, perMaand: resultaten, trace: t.klaar() };
}

function bepaalRecht(m: TerugvorderingMaand, zaakId: string, t: TraceBouwer): Bedrag {
  if (m.recht !== undefined) return m.recht;
  if (m.norm === undefined) {
    throw new RegelFout(`zaak ${zaakId}, ${m.maand}: geef 'recht' of 'norm' (met 'inkomsten')`);
  }
  const inkomsten = m.inkomsten ?? NUL;
  const recht = nietNegatief(m.norm.minus(inkomsten));
  t.stap({
    regel: 'TV-recht',
    artikel: 'art 19 lid 2 Pw',
    omschrijving: `${m.maand}: recht = max(0, norm − in aanmerking te nemen inkomsten)`,
    invoer: { maand: m.maand, norm: m.norm, inkomsten },
    uitkomst: recht,
  });
  return recht;
}

function bepaalGrondslag(teVeelPerOorzaak: ReadonlySet<Oorzaak>, lid6: boolean): string {
  const delen = OORZAKEN.filter((o) => teVeelPerOorzaak.has(o)).map((o) => GRONDEN[o].artikel);
  if (lid6) delen.push('art 58 lid 6 Pw');
  return delen.length ? delen.join('; ') : 'geen: niets te veel betaald';
}
