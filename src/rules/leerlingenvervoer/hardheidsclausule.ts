import type { TraceBouwer } from '../kern/trace.js';
import type { Vervoersaanvraag, Vervoersbeschikking } from './types.js';

type Uitkomst = Omit<Vervoersbeschikking, 'trace'>;

/**
 * R16. De hardheidsclausule: het college kan in bijzondere gevallen ten gunste van de ouders
 * afwijken (art 4 lid 12 WPO, art 4 lid 10 WEC, art 4 lid 7 WVO). Dat beslist nooit dit programma:
 * een beroep erop geeft altijd `handmatig`. De uitkomst volgens de gewone regels staat erbij als
 * uitgangspunt (vervoersvorm, kosten en de afgewogen alternatieven); bijdragen en vergoeding
 * blijven open tot het college beslist.
 */
export function pasHardheidsclausuleToe(a: Vervoersaanvraag, gewoon: Uitkomst, t: TraceBouwer): Uitkomst {
  if (!a.hardheidsclausule) return gewoon;
  t.stap({
    regel: 'LLV-R16',
    artikel: 'art 4 lid 12 WPO; art 4 lid 10 WEC; art 4 lid 7 WVO; verordening (hardheidsclausule)',
    omschrijving: `De ouders doen een beroep op bijzondere omstandigheden: het college beslist, niet dit programma. Volgens de gewone regels: ${gewoon.besluit} (${gewoon.reden})${gewoon.vervoersvorm ? `, ${gewoon.vervoersvorm}` : ''}`,
    invoer: {
      hardheidsclausule: true,
      motivering: a.hardheidMotivering ?? null,
      gewoon_besluit: gewoon.besluit,
      gewoon_reden: gewoon.reden,
      gewoon_vervoersvorm: gewoon.vervoersvorm ?? null,
      gewoon_vergoeding: gewoon.vergoeding ?? null,
    },
    uitkomst: 'handmatig',
  });
  return {
    aanvraagId: gewoon.aanvraagId,
    gemeente: gewoon.gemeente,
    schooljaar: gewoon.schooljaar,
    besluit: 'handmatig',
    reden: 'hardheidsclausule',
    ...(gewoon.vervoersvorm ? { vervoersvorm: gewoon.vervoersvorm, ...(gewoon.kostenJaar ? { kostenJaar: gewoon.kostenJaar } : {}) } : {}),
    alternatieven: gewoon.alternatieven,
  };
}
