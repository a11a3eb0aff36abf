import type { Bedrag } from '../kern/geld.js';
import type { Datum } from '../kern/datum.js';
import type { GemeenteCode } from '../kern/gemeente.js';
import type { Trace } from '../kern/trace.js';
import type { Leerling } from '../leerplicht/types.js';

/**
 * De soort verzuim van een verzuimmelding (onderzoek §3.2 en §3.4). `absoluut`: leer- of
 * kwalificatieplichtig maar niet ingeschreven. De andere soorten zijn relatief verzuim (ingeschreven,
 * maar afwezig zonder toestemming): `relatief_16u` (16 uur in 4 opeenvolgende lesweken, art 21/21a
 * Lpw), `langdurig_relatief` (langer dan 4 weken ongeoorloofd afwezig), `luxe` (vakantie buiten de
 * schoolvakanties, art 13a), `signaal` (zorgelijk verzuim onder de meldgrens), `te_laat` (vaak te
 * laat; geen wettelijke meldcategorie, DUO: overig), `overig` en `achttien_plus` (doorstroompunt
 * 18-plus: niet meer leer- of kwalificatieplichtig, jonger dan 23; RMC).
 */
export const VERZUIMSOORTEN = ['absoluut', 'relatief_16u', 'langdurig_relatief', 'luxe', 'signaal', 'te_laat', 'overig', 'achttien_plus'] as const;
export type Verzuimsoort = (typeof VERZUIMSOORTEN)[number];

/** R-LP-01: elke melding is absoluut of relatief verzuim. */
export const VERZUIMTYPEN = ['absoluut', 'relatief'] as const;
export type Verzuimtype = (typeof VERZUIMTYPEN)[number];

/** R-LP-01: een melding van een school (via DUO) of uit de eigen administratie (bijvoorbeeld een registervergelijking). */
export const MELDINGBRONNEN = ['school', 'eigen_administratie'] as const;
export type Meldingbron = (typeof MELDINGBRONNEN)[number];

/** Status van een melding in het verzuimregister van DUO (onderzoek §3.4, DUO 2020). */
export const MELDINGSTATUSSEN = ['geregistreerd', 'in_behandeling', 'afgesloten', 'ingetrokken', 'ter_kennisneming'] as const;
export type Meldingstatus = (typeof MELDINGSTATUSSEN)[number];

/** De treden van de escalatieladder en het afsluiten (onderzoek §3.6). */
export const ACTIES = ['gesprek', 'waarschuwing', 'halt', 'zorgmelding', 'proces_verbaal', 'afgesloten'] as const;
export type Actiesoort = (typeof ACTIES)[number];

/** Interventies: wat vóór een proces-verbaal in het dossier moet staan (R-LP-03: na preventie en zorg). */
export const INTERVENTIES: readonly Actiesoort[] = ['gesprek', 'waarschuwing', 'halt', 'zorgmelding'];

/** De zeven redenen waarmee de gemeente een melding afsluit (Besluit Verzuimmelding, bijlage; onderzoek §3.4 [V]). */
export const REDENEN_AFGESLOTEN = [
  'terug_naar_school',
  'uitgeschreven_andere_opleiding',
  'uitgeschreven_werk',
  'uitgeschreven_overig',
  'overleden',
  'langdurig_ziek',
  'legitiem_afwezig',
] as const;
export type RedenAfgesloten = (typeof REDENEN_AFGESLOTEN)[number];

/** Tegen wie een proces-verbaal wordt opgemaakt: de ouders (art 2 Lpw), de jongere van 12+ of beiden. */
export const PV_TEGEN = ['ouders', 'jongere', 'beide'] as const;
export type PvTegen = (typeof PV_TEGEN)[number];

/** Een verzuimmelding zoals die in het register staat. */
export interface Verzuimmelding {
  readonly meldingId: string;
  readonly leerlingId: string;
  /** Woongemeente van de leerling (de gemeente die de melding behandelt). */
  readonly gemeente: GemeenteCode;
  readonly soort: Verzuimsoort;
  readonly bron: Meldingbron;
  readonly meldingsdatum: Datum;
  readonly begindatum: Datum;
  readonly einddatum?: Datum;
  /** Verzuimde uren les- of praktijktijd (verzuimspecificatie), ten hoogste twee decimalen. */
  readonly verzuimuren?: Bedrag;
  readonly verzuimdagen?: number;
  readonly teLaatKeren?: number;
  readonly brin?: string;
  readonly vestiging?: string;
  readonly status: Meldingstatus;
  readonly redenAfgesloten?: RedenAfgesloten;
}

/** Een zorgmelding: een apart soort record (R-LP-02), ingelezen of gemaakt met de actie `zorgmelding`. */
export interface Zorgmelding {
  readonly zorgmeldingId: string;
  readonly leerlingId: string;
  readonly gemeente: GemeenteCode;
  readonly datum: Datum;
  readonly bron: Meldingbron;
  /** De verzuimmelding waarbij de leerplichtambtenaar de zorgmelding deed. */
  readonly meldingId?: string;
}

/** Een vastgelegde actie op een melding. */
export interface Actie {
  readonly meldingId: string;
  readonly actie: Actiesoort;
  readonly datum: Datum;
  /** Bij afsluiten de reden (een van REDENEN_AFGESLOTEN), anders een vrije toelichting. */
  readonly reden?: string;
  readonly tegen?: PvTegen;
}

/** Een voorgestelde actie, die de regels toestaan of weigeren. */
export interface Actievoorstel {
  readonly actie: Actiesoort;
  readonly datum: Datum;
  readonly reden?: string;
  readonly tegen?: PvTegen;
}

/**
 * Alles wat een regel over één melding moet weten: de melding, de leerling, de acties in het hele
 * dossier van de leerling (al zijn meldingen) en zijn andere meldingen. Een nieuwe melding voor een
 * leerling met een open dossier is een nieuwe melding in dat dossier (onderzoek §3.6).
 */
export interface Dossier {
  readonly melding: Verzuimmelding;
  readonly leerling: Leerling;
  readonly acties: readonly Actie[];
  readonly meldingen: readonly Verzuimmelding[];
}

/** Een toets van één voorwaarde: de regel, het artikel en of hij slaagde (met de uitleg). */
export interface Voorwaarde {
  readonly regel: string;
  readonly artikel: string;
  readonly voldaan: boolean;
  readonly uitleg: string;
}

export interface Actiebesluit {
  readonly meldingId: string;
  readonly actie: Actiesoort;
  readonly datum: Datum;
  readonly toegestaan: boolean;
  /** De voorwaarden die niet voldaan zijn; leeg als de actie is toegestaan. */
  readonly weigeringen: readonly Voorwaarde[];
  /** De status van de melding na de actie (ongewijzigd bij een weigering). */
  readonly statusNa: Meldingstatus;
  readonly trace: Trace;
}
