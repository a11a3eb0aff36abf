import { plusDagen, type Datum, type Schooljaar } from '../kern/datum.js';
import { GEMEENTECODES, type GemeenteCode } from '../kern/gemeente.js';
import type { Parameters } from '../kern/parameters.js';
import { TraceBouwer, type Trace } from '../kern/trace.js';
import { bepaalLeerplichtStatus } from '../leerplicht/bepaalLeerplichtStatus.js';
import type { Leerling } from '../leerplicht/types.js';
import { verzuimtypeVan } from './meldingstoets.js';
import { VERZUIMSOORTEN, type Actie, type Verzuimmelding, type Verzuimsoort, type Zorgmelding } from './types.js';
import { LPW } from './voorwaarde.js';

/** Een leerling uit het leerplichtregister (`--leerlingen`), voor de tellingen per gemeente. */
export interface Registerleerling extends Leerling {
  readonly gemeente: GemeenteCode;
  /** Volgt onderwijs in het buitenland (vrijstelling art 5 onder c Lpw): een buitenlandleerling. */
  readonly buitenland: boolean;
  /** Datum waarop de jongere als voortijdig schoolverlater (VSV) is geregistreerd. */
  readonly vsvOp?: Datum;
}

export interface Registertelling {
  /** Leer- of kwalificatieplichtig op ten minste één dag van het schooljaar ("LP registratie"). */
  registraties: number;
  /** Daarvan met onderwijs in het buitenland (art 5 onder c). */
  buitenland: number;
  /** In de RMC-doelgroep (na de kwalificatieplicht, zonder startkwalificatie, jonger dan 23) op ten minste één dag. */
  rmc: number;
  /** Als VSV'er geregistreerd in het schooljaar. */
  vsv: number;
}

const nul = (): Registertelling => ({ registraties: 0, buitenland: 0, rmc: 0, vsv: 0 });

function overlapt(van: Datum, tot: Datum, s: Schooljaar): boolean {
  return van <= s.eind && tot >= s.begin;
}

/**
 * Telt het leerplichtregister per gemeente voor een schooljaar, met de datums van `szmh leerplicht
 * status` (parameters zoals op de laatste dag van het schooljaar). Stroomt: één leerling per keer.
 */
export class Registerteller {
  private readonly per = new Map<GemeenteCode, Registertelling>();
  constructor(
    private readonly schooljaar: Schooljaar,
    private readonly params: Parameters,
  ) {}

  tel(l: Registerleerling): void {
    const s = this.schooljaar;
    let t = this.per.get(l.gemeente);
    if (!t) this.per.set(l.gemeente, (t = nul()));
    if (l.vsvOp !== undefined && l.vsvOp >= s.begin && l.vsvOp <= s.eind) t.vsv++;
    if (l.geboortedatum > s.eind) return;
    const d = bepaalLeerplichtStatus(l, s.eind, this.params);
    if (overlapt(d.leerplichtigVanaf, d.kwalificatieplichtTot, s)) {
      t.registraties++;
      if (l.buitenland) t.buitenland++;
    }
    if (d.rmcTot !== undefined && overlapt(plusDagen(d.kwalificatieplichtTot, 1), d.rmcTot, s)) t.rmc++;
  }

  tellingen(): ReadonlyMap<GemeenteCode, Registertelling> {
    return this.per;
  }
}

export interface Artikel25Regel {
  readonly gemeente: GemeenteCode | 'SZMH';
  readonly registraties: number | null;
  readonly buitenland: number | null;
  readonly rmc: number | null;
  readonly vsv: number | null;
  readonly verzuimmeldingen: number;
  readonly absoluut: number;
  readonly relatief: number;
  readonly perSoort: Readonly<Record<Verzuimsoort, number>>;
  /** Leerlingen met ten minste één verzuimmelding (kostendrager verzuimleerlingen). */
  readonly verzuimleerlingen: number;
  readonly zorgmeldingen: number;
  /** Leerlingen met ten minste één zorgmelding (kostendrager zorgleerlingen). */
  readonly zorgleerlingen: number;
  readonly halt: number;
  readonly processenVerbaal: number;
  readonly trace: Trace;
}

type Teller = {
  verzuimmeldingen: number;
  absoluut: number;
  relatief: number;
  perSoort: Record<Verzuimsoort, number>;
  verzuimleerlingen: Set<string>;
  zorgmeldingen: number;
  zorgleerlingen: Set<string>;
  halt: number;
  processenVerbaal: number;
};

const leeg = (): Teller => ({
  verzuimmeldingen: 0,
  absoluut: 0,
  relatief: 0,
  perSoort: Object.fromEntries(VERZUIMSOORTEN.map((s) => [s, 0])) as Record<Verzuimsoort, number>,
  verzuimleerlingen: new Set(),
  zorgmeldingen: 0,
  zorgleerlingen: new Set(),
  halt: 0,
  processenVerbaal: 0,
});

/**
 * De cijfers ex art 25 Lpw per gemeente over een schooljaar (1 augustus t/m 31 juli; onderzoek §3.7,
 * seeds §7.1): verzuimmeldingen naar soort en type (meldingsdatum in het schooljaar, ingetrokken
 * meldingen tellen niet), zorgmeldingen apart (R-LP-02), Halt-verwijzingen en processen-verbaal
 * (actiedatum in het schooljaar, R-LP-03), en uit het leerplichtregister (als dat is meegegeven) de
 * registraties, buitenlandleerlingen, RMC en VSV (R-LP-04). De regel "SZMH" is de som van de
 * gemeenten; een leerling die verhuisde telt in elke gemeente waar hij een melding had.
 */
export function artikel25(
  schooljaar: Schooljaar,
  meldingen: Iterable<Verzuimmelding>,
  zorgmeldingen: Iterable<Zorgmelding>,
  acties: Iterable<Actie & { readonly gemeente: GemeenteCode }>,
  register: ReadonlyMap<GemeenteCode, Registertelling> | undefined,
): Artikel25Regel[] {
  const inJaar = (d: Datum) => d >= schooljaar.begin && d <= schooljaar.eind;
  const per = new Map<GemeenteCode, Teller>(GEMEENTECODES.map((g) => [g, leeg()]));
  const van = (g: GemeenteCode) => per.get(g)!;
  for (const m of meldingen) {
    if (!inJaar(m.meldingsdatum) || m.status === 'ingetrokken') continue;
    const t = van(m.gemeente);
    t.verzuimmeldingen++;
    t.perSoort[m.soort]++;
    t[verzuimtypeVan(m.soort)]++;
    t.verzuimleerlingen.add(m.leerlingId);
  }
  for (const z of zorgmeldingen) {
    if (!inJaar(z.datum)) continue;
    const t = van(z.gemeente);
    t.zorgmeldingen++;
    t.zorgleerlingen.add(z.leerlingId);
  }
  for (const a of acties) {
    if (!inJaar(a.datum)) continue;
    if (a.actie === 'halt') van(a.gemeente).halt++;
    if (a.actie === 'proces_verbaal') van(a.gemeente).processenVerbaal++;
  }

  const regels: Artikel25Regel[] = [];
  for (const g of GEMEENTECODES) {
    const t = van(g);
    const r = register ? (register.get(g) ?? nul()) : undefined;
    regels.push(regel(g, schooljaar, t.verzuimmeldingen, t.absoluut, t.relatief, t.perSoort, t.verzuimleerlingen.size, t.zorgmeldingen, t.zorgleerlingen.size, t.halt, t.processenVerbaal, r));
  }
  const somVan = (f: (r: Artikel25Regel) => number) => regels.reduce((s, r) => s + f(r), 0);
  const somRegister = register ? { registraties: somVan((r) => r.registraties ?? 0), buitenland: somVan((r) => r.buitenland ?? 0), rmc: somVan((r) => r.rmc ?? 0), vsv: somVan((r) => r.vsv ?? 0) } : undefined;
  const perSoort = Object.fromEntries(VERZUIMSOORTEN.map((s) => [s, somVan((r) => r.perSoort[s])])) as Record<Verzuimsoort, number>;
  regels.push(
    regel('SZMH', schooljaar, somVan((r) => r.verzuimmeldingen), somVan((r) => r.absoluut), somVan((r) => r.relatief), perSoort, somVan((r) => r.verzuimleerlingen), somVan((r) => r.zorgmeldingen), somVan((r) => r.zorgleerlingen), somVan((r) => r.halt), somVan((r) => r.processenVerbaal), somRegister),
  );
  return regels;
}

function regel(
  gemeente: GemeenteCode | 'SZMH',
  schooljaar: Schooljaar,
  verzuimmeldingen: number,
  absoluut: number,
  relatief: number,
  perSoort: Record<Verzuimsoort, number>,
  verzuimleerlingen: number,
  zorgmeldingen: number,
  zorgleerlingen: number,
  halt: number,
  processenVerbaal: number,
  register: Registertelling | undefined,
): Artikel25Regel {
  const t = new TraceBouwer();
  t.stap({
    regel: 'VZ-A25',
    artikel: `art 25 ${LPW}; R-LP-02, R-LP-03, R-LP-04`,
    omschrijving:
      `Schooljaar ${schooljaar.naam} (${schooljaar.begin} t/m ${schooljaar.eind})${gemeente === 'SZMH' ? ', som van de gemeenten' : ''}: ` +
      'verzuimmeldingen op meldingsdatum (zonder ingetrokken), zorgmeldingen apart, Halt en processen-verbaal op actiedatum' +
      (register ? '; registraties: leer- of kwalificatieplichtig op ten minste één dag van het schooljaar' : '; geen leerlingenregister meegegeven (--leerlingen)'),
    invoer: { schooljaar: schooljaar.naam, gemeente },
    uitkomst: { verzuimmeldingen, absoluut, relatief, zorgmeldingen, halt, processen_verbaal: processenVerbaal, registraties: register?.registraties ?? null },
  });
  return {
    gemeente,
    registraties: register?.registraties ?? null,
    buitenland: register?.buitenland ?? null,
    rmc: register?.rmc ?? null,
    vsv: register?.vsv ?? null,
    verzuimmeldingen,
    absoluut,
    relatief,
    perSoort,
    verzuimleerlingen,
    zorgmeldingen,
    zorgleerlingen,
    halt,
    processenVerbaal,
    trace: t.klaar(),
  };
}
