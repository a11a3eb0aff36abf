import type { Datum } from '../kern/datum.js';
import type { Parameters } from '../kern/parameters.js';
import { TraceBouwer } from '../kern/trace.js';
import { toetsAfsluiten } from './afsluiten.js';
import { isOpen } from './dossier.js';
import { toetsHalt } from './halt.js';
import { leerplichtOp } from './leerplichtOp.js';
import { toetsProcesVerbaal } from './procesVerbaal.js';
import type { Actiebesluit, Actievoorstel, Dossier, Meldingstatus, Voorwaarde } from './types.js';
import { LPW, toets } from './voorwaarde.js';
import { toetsWaarschuwing } from './waarschuwing.js';

/**
 * Mag deze actie op deze melding? De escalatieladder (onderzoek §3.6): gesprek, waarschuwing, Halt,
 * zorgmelding, proces-verbaal en afsluiten. Eerst de voorwaarden voor elke actie:
 * - VZ-ACT-datum: de actie ligt niet vóór de meldingsdatum en niet na de peildatum (vandaag);
 * - VZ-ACT-open: de melding is niet afgesloten of ingetrokken;
 * daarna die van de actie zelf (halt.ts, procesVerbaal.ts, waarschuwing.ts, afsluiten.ts). Een
 * gesprek (art 22 lid 1 en 3) en een zorgmelding (meldcode, art 16 lid 4 Lpw) kunnen altijd op een
 * open melding. Alle voorwaarden worden getoetst; een weigering noemt ze allemaal.
 *
 * Na een toegestane actie is de melding `in_behandeling` (de gemeente pakt haar op en meldt dat aan
 * DUO), of `afgesloten` bij afsluiten.
 */
export function beoordeelActie(dossier: Dossier, voorstel: Actievoorstel, peildatum: Datum, params: Parameters): Actiebesluit {
  const { melding } = dossier;
  const t = new TraceBouwer();
  const weigeringen: Voorwaarde[] = [];
  const { actie, datum } = voorstel;

  const datumGoed = datum >= melding.meldingsdatum && datum <= peildatum;
  const d = toets(t, {
    regel: 'VZ-ACT-datum',
    artikel: `art 22 lid 1 ${LPW}`,
    voldaan: datumGoed,
    uitleg: datumGoed
      ? `De actie op ${datum} ligt tussen de meldingsdatum (${melding.meldingsdatum}) en vandaag (${peildatum})`
      : datum > peildatum
        ? `De actie op ${datum} ligt in de toekomst (vandaag is ${peildatum}); leg een actie vast als ze is gedaan`
        : `De actie op ${datum} ligt vóór de meldingsdatum ${melding.meldingsdatum}`,
    invoer: { datum, meldingsdatum: melding.meldingsdatum, peildatum },
  });
  if (!d.voldaan) weigeringen.push(d);
  const open = toets(t, {
    regel: 'VZ-ACT-open',
    artikel: `art 21a lid 6 ${LPW}`,
    voldaan: isOpen(melding),
    uitleg: isOpen(melding) ? `De melding is ${melding.status.replaceAll('_', ' ')}` : `De melding is al ${melding.status}: er kan geen actie meer op`,
    invoer: { status: melding.status },
  });
  if (!open.voldaan) weigeringen.push(open);

  // Een actie in de toekomst of vóór de geboorte: niet verder toetsen op die datum.
  const actieDatumBruikbaar = datum <= peildatum && datum >= melding.begindatum;
  switch (actie) {
    case 'gesprek': {
      const lp = actieDatumBruikbaar ? leerplichtOp(dossier.leerling, datum, params, t, 'bij het gesprek') : undefined;
      t.stap({
        regel: 'VZ-22-gesprek',
        artikel: `art 22 lid 1 en 3 ${LPW}`,
        omschrijving:
          'De leerplichtambtenaar hoort de ouders en probeert hen te bewegen hun plichten na te komen' +
          (lp && lp.leeftijd >= 12 ? `; de jongere (${lp.leeftijd} jaar) wordt zelf ook gehoord` : ''),
        uitkomst: 'voldaan',
      });
      break;
    }
    case 'waarschuwing':
      weigeringen.push(...toetsWaarschuwing(dossier, voorstel, params, t));
      break;
    case 'halt':
      if (actieDatumBruikbaar) weigeringen.push(...toetsHalt(dossier, datum, params, t));
      break;
    case 'zorgmelding':
      t.stap({
        regel: 'VZ-ZORG',
        artikel: `art 16 lid 4 onder e ${LPW} (meldcode); R-LP-02`,
        omschrijving: 'Een zorgmelding (Veilig Thuis, jeugdhulp of CJG) kan naast elke trede; ze wordt ook als aparte zorgmelding geregistreerd',
        uitkomst: 'voldaan',
      });
      break;
    case 'proces_verbaal':
      weigeringen.push(...toetsProcesVerbaal(dossier, voorstel, params, t));
      break;
    case 'afgesloten':
      weigeringen.push(...toetsAfsluiten(voorstel, t));
      break;
  }

  const toegestaan = weigeringen.length === 0;
  const statusNa: Meldingstatus = !toegestaan
    ? melding.status
    : actie === 'afgesloten'
      ? 'afgesloten'
      : melding.status === 'geregistreerd' || melding.status === 'ter_kennisneming'
        ? 'in_behandeling'
        : melding.status;
  t.stap({
    regel: 'VZ-ACT-besluit',
    artikel: `art 22 ${LPW}`,
    omschrijving: toegestaan
      ? `Actie ${actie} op ${datum} toegestaan; status van de melding: ${statusNa.replaceAll('_', ' ')}`
      : `Actie ${actie} op ${datum} geweigerd: ${weigeringen.map((w) => w.uitleg).join('; ')}`,
    invoer: { melding_id: melding.meldingId, actie, datum },
    uitkomst: toegestaan ? 'toegestaan' : 'geweigerd',
  });
  return { meldingId: melding.meldingId, actie, datum, toegestaan, weigeringen, statusNa, trace: t.klaar() };
}

/** De weigering als één zin voor een foutmelding en het auditlog (zonder BSN of naam). */
export function weigeringTekst(b: Actiebesluit): string {
  return `actie ${b.actie} op melding ${b.meldingId} (${b.datum}) geweigerd: ${b.weigeringen.map((w) => `${w.uitleg} [${w.regel}]`).join('; ')}`;
}
