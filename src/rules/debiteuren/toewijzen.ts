import { minBedrag, NUL, som, verdeelNaarRato, type Bedrag } from '../kern/geld.js';
import type { Datum } from '../kern/datum.js';
import type { GemeenteCode } from '../kern/gemeente.js';
import type { Parameters } from '../kern/parameters.js';
import type { TraceBouwer } from '../kern/trace.js';
import { COMPONENTEN, type OpenVordering, type Toewijzing } from './types.js';

export type Verdeling = 'oudste_eerst' | 'naar_rato';

/**
 * Wijst een ontvangst toe aan openstaande vorderingen van één debiteur.
 * - Binnen een vordering: eerst kosten, dan rente, dan hoofdsom (art 4:92 lid 1 Awb).
 * - Over vorderingen: volgens beleid (standaard de oudste eerst, op opgelegd_op en dan id); een
 *   betaling met het kenmerk van een vordering gaat eerst naar die vordering (art 4:92 lid 2 Awb:
 *   de schuldenaar wijst aan).
 * - Wat overblijft is een tegoed van de debiteur.
 * De toewijzingen tellen altijd precies op tot het ontvangen bedrag.
 */
export function wijsToe(
  bedrag: Bedrag,
  vorderingen: readonly OpenVordering[],
  aangewezen: string | undefined,
  peildatum: Datum,
  gemeente: GemeenteCode | undefined,
  params: Parameters,
  t: TraceBouwer,
): Toewijzing[] {
  const uit: Toewijzing[] = [];
  let rest = bedrag;
  const vulVordering = (v: OpenVordering, beschikbaar: Bedrag): Bedrag => {
    let over = beschikbaar;
    for (const component of COMPONENTEN) {
      const deel = minBedrag(over, v.open[component]);
      if (deel.gt(0)) {
        uit.push({ vorderingId: v.vorderingId, component, bedrag: deel });
        over = over.minus(deel);
      }
    }
    return over;
  };

  const eerst = aangewezen === undefined ? undefined : vorderingen.find((v) => v.vorderingId === aangewezen);
  if (eerst) {
    rest = vulVordering(eerst, rest);
    t.stap({
      regel: 'DEB-4:92-2',
      artikel: 'art 4:92 lid 2 Awb',
      omschrijving: 'De betaling noemt het kenmerk van een vordering: die gaat voor (kosten, rente, hoofdsom)',
      invoer: { ontvangen: bedrag, vordering: eerst.vorderingId },
      uitkomst: { toegewezen: bedrag.minus(rest), rest },
    });
  }

  const overige = vorderingen.filter((v) => v !== eerst && som(Object.values(v.open)).gt(0));
  if (rest.gt(0) && overige.length > 0) {
    const beleid = params.keuze<Verdeling>('debiteuren.verdeling', peildatum, gemeente);
    const voor = rest;
    if (beleid.waarde === 'oudste_eerst') {
      const volgorde = [...overige].sort((a, b) => (a.opgelegdOp < b.opgelegdOp ? -1 : a.opgelegdOp > b.opgelegdOp ? 1 : a.vorderingId < b.vorderingId ? -1 : 1));
      for (const v of volgorde) {
        if (rest.lte(0)) break;
        rest = vulVordering(v, rest);
      }
    } else {
      const totaalOpen = som(overige.map((v) => som(Object.values(v.open))));
      const teVerdelen = minBedrag(rest, totaalOpen);
      const delen = verdeelNaarRato(teVerdelen, overige.map((v) => som(Object.values(v.open))));
      // een deel past altijd in zijn vordering; wat (onverhoopt) overblijft gaat terug naar de rest
      const over = overige.reduce((s, v, i) => s.plus(vulVordering(v, delen[i]!)), NUL);
      rest = rest.minus(teVerdelen).plus(over);
    }
    t.stap({
      regel: 'DEB-verdeling',
      artikel: 'art 4:92 lid 1 Awb; beleid voor de volgorde tussen vorderingen',
      omschrijving:
        beleid.waarde === 'oudste_eerst'
          ? 'Over de openstaande vorderingen verdeeld, de oudste eerst; per vordering kosten, rente, hoofdsom'
          : 'Over de openstaande vorderingen verdeeld naar rato van het openstaande bedrag; per vordering kosten, rente, hoofdsom',
      invoer: { te_verdelen: voor, vorderingen: overige.length },
      parameters: [beleid],
      uitkomst: { toegewezen: voor.minus(rest), rest },
    });
  }

  if (rest.gt(0)) {
    uit.push({ vorderingId: null, component: 'tegoed', bedrag: rest });
    t.stap({
      regel: 'DEB-tegoed',
      artikel: 'art 4:92 Awb; beleid: overbetaling blijft tegoed van de debiteur',
      omschrijving: 'Meer ontvangen dan er openstaat: het verschil staat als tegoed van de debiteur',
      invoer: { ontvangen: bedrag },
      uitkomst: rest,
    });
  }
  return uit;
}

export function somToewijzingen(toewijzingen: readonly Toewijzing[]): Bedrag {
  return toewijzingen.reduce((s, w) => s.plus(w.bedrag), NUL);
}
