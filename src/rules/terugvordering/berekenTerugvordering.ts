import { maxBedrag, NUL, som, type Bedrag } from '../kern/geld.js';
import type { Datum } from '../kern/datum.js';
import { RegelFout } from '../kern/fouten.js';
import type { Parameters } from '../kern/parameters.js';
import { TraceBouwer } from '../kern/trace.js';
import { GRONDEN } from './grondslag.js';
import { pasLid6Toe } from './lid6.js';
import { bruteer } from './bruteren.js';
import { OORZAKEN, type MaandResultaat, type TerugvorderingMaand, type TerugvorderingResultaat, type TerugvorderingZaak } from './types.js';

/**
 * Terugvordering van bijstand (art 58 Pw), per maand opgebouwd (onderzoek §A.2):
 * recht = opgegeven recht, of max(0, norm − inkomsten); te veel = max(0, betaald − recht);
 * terugvorderbaar = te veel, behalve wat art 58 lid 6 uitsluit; het benadelingsbedrag is het deel
 * met oorzaak inlichtingenplicht; bruto = netto plus loonheffing over eerdere kalenderjaren.
 */
export function berekenTerugvordering(zaak: TerugvorderingZaak, params: Parameters, peildatum: Datum): TerugvorderingResultaat {
  const t = new TraceBouwer();
  const maanden = [...zaak.maanden].sort((a, b) => (a.maand < b.maand ? -1 : 1));
  for (let i = 1; i < maanden.length; i++) {
    if (maanden[i]!.maand === maanden[i - 1]!.maand) {
      throw new RegelFout(`zaak ${zaak.zaakId}: maand ${maanden[i]!.maand} komt twee keer voor`);
    }
  }

  const perMaand = maanden.map((m) => {
    const recht = bepaalRecht(m, zaak.zaakId, t);
    const teVeel = maxBedrag(NUL, m.betaald.minus(recht));
    const grond = GRONDEN[m.oorzaak];
    t.stap({
      regel: grond.regel,
      artikel: grond.artikel,
      omschrijving: `${m.maand}: te veel betaald = max(0, betaald − recht); ${grond.omschrijving}`,
      invoer: { maand: m.maand, betaald: m.betaald, recht, oorzaak: m.oorzaak },
      uitkomst: teVeel,
    });
    const terugvorderbaar =
      m.oorzaak === 'onverschuldigd_kenbaar' && teVeel.gt(0)
        ? pasLid6Toe(m.maand, teVeel, m.besluitdatum ?? peildatum, zaak.gemeente, params, t)
        : teVeel;
    return { m, recht, teVeel, terugvorderbaar };
  });

  const brutering = bruteer(
    perMaand.map(({ m, terugvorderbaar }) => ({
      maand: m.maand,
      betaald: m.betaald,
      terugvorderbaar,
      oorzaak: m.oorzaak,
      ...(m.loonheffing !== undefined ? { loonheffing: m.loonheffing } : {}),
    })),
    peildatum,
    zaak.gemeente,
    params,
    t,
  );

  const resultaten: MaandResultaat[] = perMaand.map(({ m, recht, teVeel, terugvorderbaar }, i) => ({
    maand: m.maand,
    betaald: m.betaald,
    recht,
    teVeel,
    oorzaak: m.oorzaak,
    grondslag: GRONDEN[m.oorzaak].artikel,
    terugvorderbaar,
    brutering: brutering[i]!,
    bruto: terugvorderbaar.plus(brutering[i]!),
  }));

  const terugvorderingNetto = som(resultaten.map((r) => r.terugvorderbaar));
  const benadelingsbedrag = som(resultaten.filter((r) => r.oorzaak === 'inlichtingenplicht').map((r) => r.terugvorderbaar));
  const brutoBedrag = som(resultaten.map((r) => r.bruto));
  const verplicht = resultaten.some((r) => GRONDEN[r.oorzaak].verplicht && r.terugvorderbaar.gt(0));
  const grondslag = bepaalGrondslag(resultaten);
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
  const recht = maxBedrag(NUL, m.norm.minus(inkomsten));
  t.stap({
    regel: 'TV-recht',
    artikel: 'art 19 lid 2 Pw',
    omschrijving: `${m.maand}: recht = max(0, norm − in aanmerking te nemen inkomsten)`,
    invoer: { maand: m.maand, norm: m.norm, inkomsten },
    uitkomst: recht,
  });
  return recht;
}

function bepaalGrondslag(resultaten: readonly MaandResultaat[]): string {
  const delen = OORZAKEN.filter((o) => resultaten.some((r) => r.oorzaak === o && r.teVeel.gt(0))).map((o) => GRONDEN[o].artikel);
  if (resultaten.some((r) => r.terugvorderbaar.lt(r.teVeel))) delen.push('art 58 lid 6 Pw');
  return delen.length ? delen.join('; ') : 'geen: niets te veel betaald';
}
