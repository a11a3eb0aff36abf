import type { Bedrag } from '../kern/geld.js';
import type { Datum, Schooljaar } from '../kern/datum.js';
import type { GemeenteCode } from '../kern/gemeente.js';
import type { Trace } from '../kern/trace.js';

export const SCHOOLSOORTEN = ['bo', 'sbo', 'so', 'vso', 'vo'] as const;
/** bo: basisschool; sbo: speciale school voor basisonderwijs; so/vso: (voortgezet) speciaal onderwijs; vo: voortgezet onderwijs. */
export type Schoolsoort = (typeof SCHOOLSOORTEN)[number];

/** In de volgorde van de hiërarchie (research R9): bij gelijke kosten wint de eerste. */
export const VERVOERSVORMEN = ['fiets', 'fiets_begeleid', 'ov', 'ov_begeleid', 'eigen_vervoer', 'aangepast'] as const;
export type Vervoersvorm = (typeof VERVOERSVORMEN)[number];

export const VERVOERSBESLUITEN = ['toegekend', 'afgewezen', 'handmatig'] as const;
export type Vervoersbesluit = (typeof VERVOERSBESLUITEN)[number];

export const HANDICAPSOORTEN = ['lichamelijk', 'verstandelijk', 'zintuiglijk', 'psychisch'] as const;
export type Handicapsoort = (typeof HANDICAPSOORTEN)[number];

/** Waarom een verder weg gelegen school toch als de toegankelijke school geldt (R2; seeds R-LLV-03). */
export const AFWIJKINGSREDENEN = ['tlv', 'mdo_advies', 'cumulatie_van_factoren', 'goedkoper_voor_gemeente'] as const;
export type Afwijkingsreden = (typeof AFWIJKINGSREDENEN)[number];

/**
 * De redencodes:
 * - toegekend: `afstand` (recht op grond van de afstand), `handicap` (recht zonder afstandsgrens);
 * - afgewezen: `vo_zonder_handicap`, `vso_zonder_handicap`, `binnen_afstandsgrens`,
 *   `dichtstbijzijnde_binnen_afstandsgrens`;
 * - handmatig: `hardheidsclausule`, `aangepast_zonder_grond` (alleen aangepast vervoer past, maar
 *   zonder structurele handicap of andere grond), `reistijd_onvolledig` (OV langer dan de grens,
 *   reistijd aangepast vervoer ontbreekt), `inkomen_onbekend` (draagkrachtbijdrage van toepassing,
 *   inkomen niet opgegeven).
 */
export const VERVOERSREDENEN = [
  'afstand',
  'handicap',
  'vo_zonder_handicap',
  'vso_zonder_handicap',
  'binnen_afstandsgrens',
  'dichtstbijzijnde_binnen_afstandsgrens',
  'hardheidsclausule',
  'aangepast_zonder_grond',
  'reistijd_onvolledig',
  'inkomen_onbekend',
] as const;
export type Vervoersreden = (typeof VERVOERSREDENEN)[number];

/** Eén aanvraag leerlingenvervoer voor één schooljaar. */
export interface Vervoersaanvraag {
  readonly aanvraagId: string;
  readonly gemeente: GemeenteCode;
  readonly schooljaar: Schooljaar;
  readonly geboortedatum: Datum;
  readonly schoolsoort: Schoolsoort;
  /** Afstand woning → gekozen school in km (kortste voldoende begaanbare en veilige route, enkele reis). */
  readonly afstandKm: Bedrag;
  /** Afstand tot de dichtstbijzijnde toegankelijke school (richting van de ouders); leeg: de gekozen school is dat. */
  readonly afstandDichtstbijzijndeKm?: Bedrag;
  /** Richting van de ouders (voor de trace: waarom de school toegankelijk is). */
  readonly richting?: string;
  /** De gekozen school geldt als de toegankelijke school, met deze reden (TLV, MDO-advies, …). */
  readonly afwijkingReden?: Afwijkingsreden;
  /** Lichamelijke, verstandelijke, zintuiglijke of psychische handicap die langer dan 3 maanden duurt. */
  readonly handicapStructureel: boolean;
  readonly handicapSoort?: Handicapsoort;
  readonly kanZelfstandigOv: boolean;
  readonly kanOvMetBegeleiding: boolean;
  readonly kanFietsen: boolean;
  /** Kan fietsen onder begeleiding (optioneel; standaard nee). */
  readonly kanFietsenMetBegeleiding: boolean;
  /** Een ouder of een door de ouders ingeschakelde begeleider kan de leerling begeleiden. */
  readonly begeleidingBeschikbaar: boolean;
  readonly eigenAuto: boolean;
  /** De ouders stemmen in met vervoer in eigen auto tegen kilometervergoeding (optioneel; standaard nee). */
  readonly instemmingEigenVervoer: boolean;
  /** Vergoede ritten per dag bij eigen vervoer (2 als de ouder de rit combineert); standaard de parameter. */
  readonly eigenVervoerRittenPerDag?: number;
  /** Er is openbaar vervoer op de route (optioneel; standaard ja). */
  readonly ovBeschikbaar: boolean;
  /** Reistijd enkele reis per OV in minuten, inclusief wacht- en overstaptijd. */
  readonly reistijdOvMin?: number;
  readonly reistijdAangepastMin?: number;
  /** Gezamenlijk inkomen van de ouders in het peiljaar; leeg: niet opgegeven (dan boven de inkomensgrens verondersteld). */
  readonly inkomen?: Bedrag;
  /** De ouders doen een beroep op bijzondere omstandigheden. */
  readonly hardheidsclausule: boolean;
  readonly hardheidMotivering?: string;
  /** De ouders hebben een machtiging voor automatische incasso van de ouderbijdrage. */
  readonly machtiging: boolean;
  /** De draagkrachtbijdrage (per gezin) wordt al voor een ander kind uit het gezin geheven. */
  readonly draagkrachtAlGeheven: boolean;
}

/** Eén afgewogen vervoersvorm: kosten voor de gemeente en waarom hij wel of niet adequaat is. */
export interface Vervoersalternatief {
  readonly vervoersvorm: Vervoersvorm;
  readonly kostenJaar: Bedrag;
  readonly adequaat: boolean;
  readonly gekozen: boolean;
  readonly toelichting: string;
}

export interface Incassotermijn {
  readonly datum: Datum;
  readonly bedrag: Bedrag;
}

export interface Vervoersbeschikking {
  readonly aanvraagId: string;
  readonly gemeente: GemeenteCode;
  readonly schooljaar: string;
  readonly besluit: Vervoersbesluit;
  readonly reden: Vervoersreden;
  /** De toegekende vorm, of bij `handmatig` de voorgestelde; leeg bij afwijzing. */
  readonly vervoersvorm?: Vervoersvorm;
  /** Kosten van de vervoersvorm voor de gemeente per schooljaar (bruto). */
  readonly kostenJaar?: Bedrag;
  readonly drempelbedrag?: Bedrag;
  readonly draagkrachtbijdrage?: Bedrag;
  /** Uit te betalen vergoeding aan de ouders: kosten min drempel en draagkracht, niet onder nul; 0 bij aangepast vervoer. */
  readonly vergoeding?: Bedrag;
  /** Bij aangepast vervoer betalen de ouders drempel en draagkracht als bijdrage (WPO art 4 lid 7). */
  readonly ouderbijdrage?: Bedrag;
  /** Bij een machtiging: de incassotermijnen van de ouderbijdrage. */
  readonly termijnen?: readonly Incassotermijn[];
  readonly alternatieven: readonly Vervoersalternatief[];
  readonly trace: Trace;
}
