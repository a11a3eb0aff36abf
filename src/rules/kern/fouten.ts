/**
 * Het foutmodel. Elke fout heeft een vaste code en de exitcode uit de spec; invoerfouten dragen
 * de plaats (bestand, regel, kolom). Meldingen noemen nooit een BSN of naam.
 */
export const EXITCODE = {
  ok: 0,
  /** De batch is klaar, maar heeft records afgekeurd (die worden opgesomd). */
  deelsAfgekeurd: 1,
  /** Verkeerde aanroep of onleesbare invoer. */
  invoer: 2,
  /** Een regel weigert, bijvoorbeeld omdat een parameter ontbreekt. */
  regel: 3,
  intern: 4,
} as const;

export type FoutCode =
  | 'AANROEP_ONGELDIG'
  | 'BESTAND_ONLEESBAAR'
  | 'KOLOM_ONTBREEKT'
  | 'VELD_ONGELDIG'
  | 'PARAMETERS_ONGELDIG'
  | 'PARAMETER_ONTBREEKT'
  | 'REGEL_WEIGERT'
  | 'INTERN';

export interface Plaats {
  readonly bestand?: string;
  readonly regel?: number;
  readonly kolom?: string;
}

export class SzmhFout extends Error {
  constructor(
    readonly code: FoutCode,
    readonly exitcode: number,
    readonly melding: string,
    readonly plaats: Plaats = {},
  ) {
    super(SzmhFout.tekst(melding, plaats));
    this.name = 'SzmhFout';
  }

  static tekst(melding: string, plaats: Plaats): string {
    const waar = [
      plaats.bestand,
      plaats.regel !== undefined ? `regel ${plaats.regel}` : undefined,
      plaats.kolom !== undefined ? `kolom '${plaats.kolom}'` : undefined,
    ].filter(Boolean);
    return waar.length ? `${waar.join(', ')}: ${melding}` : melding;
  }
}

/** Slechte invoer: exit 2, er wordt niets geschreven. */
export class InvoerFout extends SzmhFout {
  constructor(melding: string, plaats: Plaats = {}, code: FoutCode = 'VELD_ONGELDIG') {
    super(code, EXITCODE.invoer, melding, plaats);
    this.name = 'InvoerFout';
  }
}

/** Een regel weigert te beslissen (parameter ontbreekt, zaak buiten bereik): exit 3. */
export class RegelFout extends SzmhFout {
  constructor(melding: string, code: FoutCode = 'REGEL_WEIGERT', plaats: Plaats = {}) {
    super(code, EXITCODE.regel, melding, plaats);
    this.name = 'RegelFout';
  }
}
