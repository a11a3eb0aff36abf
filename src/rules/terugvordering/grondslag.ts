import type { Oorzaak } from './types.js';

export interface Terugvorderingsgrond {
  readonly regel: string;
  readonly artikel: string;
  readonly omschrijving: string;
  /** Lid 1 is een plicht ("vordert terug"); lid 2 een bevoegdheid ("kan"). */
  readonly verplicht: boolean;
}

/** De gronden van art 58 Pw per oorzaak (onderzoek §A.1, [P]). */
export const GRONDEN: Readonly<Record<Oorzaak, Terugvorderingsgrond>> = {
  inlichtingenplicht: {
    regel: 'TV-58-1',
    artikel: 'art 58 lid 1 Pw',
    omschrijving: 'te veel ontvangen door schending van de inlichtingenplicht: terugvorderen is verplicht',
    verplicht: true,
  },
  gemeentefout: {
    regel: 'TV-58-2a',
    artikel: 'art 58 lid 2 onder a Pw',
    omschrijving: 'anderszins ten onrechte of te hoog toegekend (bijvoorbeeld een fout van de gemeente)',
    verplicht: false,
  },
  lening: {
    regel: 'TV-58-2b',
    artikel: 'art 58 lid 2 onder b Pw',
    omschrijving: 'bijstand als geldlening waarvan de verplichtingen niet zijn nagekomen',
    verplicht: false,
  },
  borgtocht: {
    regel: 'TV-58-2c',
    artikel: 'art 58 lid 2 onder c Pw',
    omschrijving: 'kosten van bijstand als gevolg van borgtocht',
    verplicht: false,
  },
  voorschot: {
    regel: 'TV-58-2d',
    artikel: 'art 58 lid 2 onder d Pw',
    omschrijving: 'voorschot (art 52) terwijl achteraf geen recht op bijstand bleek',
    verplicht: false,
  },
  onverschuldigd_kenbaar: {
    regel: 'TV-58-2e',
    artikel: 'art 58 lid 2 onder e Pw',
    omschrijving: 'onverschuldigd betaald terwijl de belanghebbende dat redelijkerwijs kon begrijpen (met de grens van lid 6)',
    verplicht: false,
  },
  anders: {
    regel: 'TV-58-2f',
    artikel: 'art 58 lid 2 onder f Pw',
    omschrijving: 'anderszins onverschuldigd betaald (bijvoorbeeld later ontvangen middelen over dezelfde periode)',
    verplicht: false,
  },
};
