import { laatste, plusDagen, type Datum } from '../kern/datum.js';
import type { Parameters } from '../kern/parameters.js';
import { TraceBouwer, type Trace } from '../kern/trace.js';
import type { Leerplichtstatus } from '../leerplicht/types.js';
import { actiesInDossier } from './dossier.js';
import { toetsHalt } from './halt.js';
import { leerplichtOp, onderLeerplichtwet } from './leerplichtOp.js';
import type { Actie, Actiesoort, Dossier } from './types.js';
import { LPW } from './voorwaarde.js';

/** De treden van de ladder, van licht naar zwaar (onderzoek §3.6; de volgorde is beleid [I]). */
export const LADDER = ['gesprek', 'waarschuwing', 'halt', 'proces_verbaal'] as const satisfies readonly Actiesoort[];

export interface Werklijstregel {
  readonly meldingId: string;
  readonly leerlingId: string;
  readonly gemeente: Dossier['melding']['gemeente'];
  readonly soort: Dossier['melding']['soort'];
  readonly meldingsdatum: Datum;
  readonly status: Dossier['melding']['status'];
  readonly leerplichtstatus: Leerplichtstatus;
  readonly leeftijd: number;
  readonly laatsteActie?: Actiesoort;
  readonly laatsteActieOp?: Datum;
  readonly volgendeStap: Actiesoort;
  readonly uiterlijk: Datum;
  readonly verlopen: boolean;
  readonly toelichting: string;
  readonly trace: Trace;
}

/**
 * De volgende stap en de uiterste datum voor een open melding op de peildatum (VZ-WL):
 * - valt de leerling niet meer onder de Leerplichtwet (of bij een 18-plus-melding niet meer in de
 *   RMC-doelgroep): afsluiten, uiterlijk `reactie_dagen` na de dag waarop de plicht eindigde;
 * - nog geen interventie in het dossier: een gesprek (art 22 lid 1), uiterlijk `reactie_dagen` na de
 *   meldingsdatum;
 * - een nieuwe melding na de laatste interventie in een open dossier: de volgende trede, uiterlijk
 *   `reactie_dagen` na de meldingsdatum (het verzuim ging door);
 * - anders evaluatie `evaluatie_dagen` na de laatste interventie: afsluiten als het verzuim is
 *   gestopt, anders de volgende trede.
 * De volgende trede na een waarschuwing is Halt als Halt op de peildatum mag (halt.ts); een
 * proces-verbaal stelt de werklijst alleen voor als het beleid dat zegt (R-LP-03: standaard niet);
 * anders is de volgende stap evalueren en afsluiten. Bij een 18-plus-melding (RMC, geen sancties) is
 * de ladder gesprek, dan afsluiten.
 */
export function volgendeStap(dossier: Dossier, peildatum: Datum, params: Parameters): Werklijstregel {
  const { melding, leerling } = dossier;
  const g = melding.gemeente;
  const t = new TraceBouwer();
  const reactie = params.aantal('verzuim.termijn.reactie_dagen', peildatum, g);
  const evaluatie = params.aantal('verzuim.termijn.evaluatie_dagen', peildatum, g);
  const pvVoorstellen = params.jaNee('verzuim.werklijst.pv_voorstellen', peildatum, g);
  const lp = leerplichtOp(leerling, peildatum, params, t, 'vandaag');
  const rmc = melding.soort === 'achttien_plus';
  const inScope = rmc ? lp.status === 'rmc' : onderLeerplichtwet(lp.status);

  const interventies = actiesInDossier(dossier, [...LADDER, 'zorgmelding']).sort(opDatum);
  const laatsteInterventie = interventies.at(-1);
  const eigen = interventies.filter((a) => a.meldingId === melding.meldingId);
  const hoogste = hoogsteTrede(interventies);

  let stap: Actiesoort;
  let uiterlijk: Datum;
  let toelichting: string;
  let regel: string;
  if (!inScope) {
    const plichtTot = rmc ? lp.datums.rmcTot ?? lp.datums.kwalificatieplichtTot : lp.datums.kwalificatieplichtTot;
    const feit = laatste(plusDagen(plichtTot, 1), melding.meldingsdatum);
    stap = 'afgesloten';
    uiterlijk = plusDagen(feit, reactie.waarde);
    regel = 'VZ-WL-plicht';
    toelichting = `${rmc ? 'niet meer in de RMC-doelgroep' : 'niet meer leer- of kwalificatieplichtig'} sinds ${plusDagen(plichtTot, 1)} (${lp.status.replaceAll('_', ' ')}): afsluiten`;
  } else if (hoogste === undefined) {
    stap = 'gesprek';
    uiterlijk = plusDagen(melding.meldingsdatum, reactie.waarde);
    regel = 'VZ-WL-nieuw';
    toelichting = `${eigen.length ? 'nog geen trede van de ladder' : 'nieuwe melding'}: de ouders${rmc ? '' : ' (en de jongere van 12+)'} horen`;
  } else {
    const volgende = volgendeTrede(hoogste, dossier, peildatum, params, pvVoorstellen.waarde, rmc, t);
    stap = volgende.stap;
    const herhaling = eigen.length === 0 && laatsteInterventie !== undefined && melding.meldingsdatum > laatsteInterventie.datum;
    if (herhaling) {
      uiterlijk = plusDagen(melding.meldingsdatum, reactie.waarde);
      regel = 'VZ-WL-herhaling';
      toelichting = `nieuwe melding na ${laatsteInterventie.actie} op ${laatsteInterventie.datum}: het verzuim gaat door; ${volgende.uitleg}`;
    } else {
      const vanaf = laatsteInterventie?.datum ?? melding.meldingsdatum;
      uiterlijk = plusDagen(vanaf, evaluatie.waarde);
      regel = 'VZ-WL-evaluatie';
      toelichting = `evaluatie na ${laatsteInterventie ? `${laatsteInterventie.actie} op ${laatsteInterventie.datum}` : 'de melding'}: afsluiten als het verzuim is gestopt, anders ${volgende.uitleg}`;
    }
  }
  const verlopen = uiterlijk < peildatum;
  t.stap({
    regel,
    artikel: `art 22 ${LPW}; ambtsinstructie (art 16 lid 4 ${LPW})`,
    omschrijving: `Volgende stap ${stap} uiterlijk ${uiterlijk}: ${toelichting}${verlopen ? ' (termijn verstreken)' : ''}`,
    invoer: {
      meldingsdatum: melding.meldingsdatum,
      hoogste_trede: hoogste ?? null,
      laatste_interventie: laatsteInterventie ? `${laatsteInterventie.actie} ${laatsteInterventie.datum}` : null,
      peildatum,
    },
    parameters: regel === 'VZ-WL-evaluatie' ? [evaluatie, pvVoorstellen] : regel === 'VZ-WL-herhaling' ? [reactie, pvVoorstellen] : [reactie],
    uitkomst: { volgende_stap: stap, uiterlijk },
  });
  return {
    meldingId: melding.meldingId,
    leerlingId: leerling.leerlingId,
    gemeente: g,
    soort: melding.soort,
    meldingsdatum: melding.meldingsdatum,
    status: melding.status,
    leerplichtstatus: lp.status,
    leeftijd: lp.leeftijd,
    ...(laatsteInterventie ? { laatsteActie: laatsteInterventie.actie, laatsteActieOp: laatsteInterventie.datum } : {}),
    volgendeStap: stap,
    uiterlijk,
    verlopen,
    toelichting,
    trace: t.klaar(),
  };
}

function opDatum(a: Actie, b: Actie): number {
  return a.datum < b.datum ? -1 : a.datum > b.datum ? 1 : LADDER.indexOf(a.actie as (typeof LADDER)[number]) - LADDER.indexOf(b.actie as (typeof LADDER)[number]);
}

function hoogsteTrede(acties: readonly Actie[]): (typeof LADDER)[number] | undefined {
  let hoogste = -1;
  for (const a of acties) hoogste = Math.max(hoogste, LADDER.indexOf(a.actie as (typeof LADDER)[number]));
  return hoogste < 0 ? undefined : LADDER[hoogste];
}

/** De trede na `hoogste`; Halt alleen als Halt op de peildatum mag, een proces-verbaal alleen als het beleid dat voorstelt. */
function volgendeTrede(
  hoogste: (typeof LADDER)[number] | undefined,
  dossier: Dossier,
  peildatum: Datum,
  params: Parameters,
  pvVoorstellen: boolean,
  rmc: boolean,
  t: TraceBouwer,
): { stap: Actiesoort; uitleg: string } {
  const naPv = (na: string) =>
    pvVoorstellen ? { stap: 'proces_verbaal' as const, uitleg: `proces-verbaal (${na})` } : { stap: 'afgesloten' as const, uitleg: `afsluiten of (buiten de werklijst) een proces-verbaal na ${na}` };
  if (hoogste === undefined) return { stap: 'gesprek', uitleg: 'een gesprek' };
  if (rmc) return { stap: 'afgesloten', uitleg: 'afsluiten (RMC: geen sancties)' };
  switch (hoogste) {
    case 'gesprek':
      return { stap: 'waarschuwing', uitleg: 'een schriftelijke waarschuwing' };
    case 'waarschuwing': {
      const bezwaren = toetsHalt(dossier, peildatum, params, t);
      if (bezwaren.length === 0) return { stap: 'halt', uitleg: 'een Halt-verwijzing' };
      return naPv(`de waarschuwing; Halt kan niet: ${bezwaren.map((b) => b.regel).join(', ')}`);
    }
    case 'halt':
      return naPv('Halt');
    case 'proces_verbaal':
      return { stap: 'afgesloten', uitleg: 'afsluiten na het proces-verbaal' };
  }
}
