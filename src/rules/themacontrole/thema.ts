/**
 * Een themabestand lezen en toetsen: doel, grondslag en goedkeurder verplicht, criteria alleen
 * declaratief (veld, operator, waarde; onbekende sleutels zoals `code` of `expressie` worden
 * geweigerd), en geen criterium of stratum op een beschermd kenmerk zonder schriftelijke
 * rechtvaardiging.
 *
 * CRvB 5 juni 2018, ECLI:NL:CRVB:2018:1541: een risicoprofiel op geboorteplaats buiten Nederland is
 * verdacht onderscheid; het werd alleen aanvaard omdat er een zeer zwaarwegende reden was en de
 * middelen evenredig waren (onderzoek §1.7). De software dwingt af dat die afweging op schrift staat.
 */
import { InvoerFout, RegelFout } from '../kern/fouten.js';
import { leesDatum, type Datum } from '../kern/datum.js';
import { OPERATOREN, type Combinatie, type Criterium, type Criteriumwaarde, type Operator, type Steekproef, type Thema } from './types.js';

/** Beschermde kenmerken (PRODUCT.md) en gangbare afgeleiden ervan (onderzoek §1.7: "ethnicity proxies"). */
export const BESCHERMDE_KENMERKEN = ['nationaliteit', 'geboorteland', 'geboorteplaats', 'etniciteit', 'landvangeboorte', 'herkomst', 'afkomst', 'migratieachtergrond'] as const;

/** Minimale lengte van de rechtvaardiging: een zin, geen vinkje. */
export const MINIMALE_RECHTVAARDIGING = 20;

/** Kolomnaam zoals CSV-koppen worden genormaliseerd: kleine letters, spaties en streepjes → _. */
export function normaliseerVeld(naam: string): string {
  return naam.trim().toLowerCase().replace(/[\s-]+/g, '_');
}

/** Het beschermde kenmerk waar een veldnaam op wijst, of undefined. */
export function beschermdKenmerk(veld: string): string | undefined {
  const kaal = veld.toLowerCase().replace(/[^a-z]/g, '');
  return BESCHERMDE_KENMERKEN.find((k) => kaal.includes(k));
}

const CRITERIUM_SLEUTELS = ['id', 'omschrijving', 'veld', 'operator', 'waarde'];
const THEMA_SLEUTELS = ['id', 'naam', 'doel', 'grondslag', 'goedgekeurd_door', 'goedgekeurd_op', 'periode', 'id_kolom', 'criteria', 'combinatie', 'steekproef', 'rechtvaardiging', 'toelichting'];

class Lezer {
  constructor(private readonly bestand: string) {}

  fout(waar: string, melding: string): never {
    throw new InvoerFout(`${waar}: ${melding}`, { bestand: this.bestand });
  }

  object(w: unknown, waar: string): Record<string, unknown> {
    if (typeof w !== 'object' || w === null || Array.isArray(w)) this.fout(waar, 'verwacht een object');
    return w as Record<string, unknown>;
  }

  tekst(w: unknown, waar: string): string {
    if (typeof w !== 'string' || w.trim() === '') this.fout(waar, 'verwacht een niet-lege tekst');
    return (w as string).trim();
  }

  datum(w: unknown, waar: string): Datum {
    const d = leesDatum(this.tekst(w, waar));
    if (!d.ok) this.fout(waar, d.reden);
    return d.datum;
  }

  alleen(o: Record<string, unknown>, toegestaan: readonly string[], waar: string): void {
    for (const k of Object.keys(o)) {
      if (!toegestaan.includes(k)) {
        this.fout(`${waar}.${k}`, `onbekende sleutel; een thema is declaratief (toegestaan: ${toegestaan.join(', ')}); vrije code of expressies zijn niet toegestaan`);
      }
    }
  }
}

function leesWaarde(l: Lezer, operator: Operator, w: unknown, waar: string): Criteriumwaarde | undefined {
  if (operator === 'leeg' || operator === 'niet_leeg') {
    if (w !== undefined) l.fout(waar, `operator '${operator}' heeft geen waarde`);
    return undefined;
  }
  if (operator === 'in' || operator === 'niet_in' || operator === 'tussen') {
    if (!Array.isArray(w) || w.length === 0 || w.some((x) => typeof x !== 'string' && typeof x !== 'number')) {
      l.fout(waar, `operator '${operator}' verwacht een lijst met teksten of getallen`);
    }
    if (operator === 'tussen' && (w as unknown[]).length !== 2) l.fout(waar, "operator 'tussen' verwacht precies twee waarden [van, tot]");
    return w as (string | number)[];
  }
  if (typeof w !== 'string' && typeof w !== 'number' && typeof w !== 'boolean') l.fout(waar, `operator '${operator}' verwacht een tekst, getal of ja/nee`);
  return w as string | number | boolean;
}

function leesCriterium(l: Lezer, ruw: unknown, i: number): Criterium {
  const waar = `criteria[${i}]`;
  const o = l.object(ruw, waar);
  l.alleen(o, CRITERIUM_SLEUTELS, waar);
  const operator = o.operator;
  if (typeof operator !== 'string' || !(OPERATOREN as readonly string[]).includes(operator)) l.fout(`${waar}.operator`, `verwacht een van ${OPERATOREN.join(' ')}`);
  const waarde = leesWaarde(l, operator as Operator, o.waarde, `${waar}.waarde`);
  return {
    id: o.id === undefined ? `K${i + 1}` : l.tekst(o.id, `${waar}.id`),
    ...(o.omschrijving !== undefined ? { omschrijving: l.tekst(o.omschrijving, `${waar}.omschrijving`) } : {}),
    veld: normaliseerVeld(l.tekst(o.veld, `${waar}.veld`)),
    operator: operator as Operator,
    ...(waarde !== undefined ? { waarde } : {}),
  };
}

function leesCombinatie(l: Lezer, w: unknown, aantal: number): Combinatie {
  if (w === undefined || w === 'alle') return { soort: 'alle' };
  if (w === 'een' || w === 'een_of_meer') return { soort: 'minstens', aantal: 1 };
  const o = l.object(w, 'combinatie');
  l.alleen(o, ['minstens'], 'combinatie');
  const n = o.minstens;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > aantal) l.fout('combinatie.minstens', `verwacht een geheel getal van 1 tot en met ${aantal}`);
  return { soort: 'minstens', aantal: n as number };
}

function leesSteekproef(l: Lezer, w: unknown): Steekproef | undefined {
  if (w === undefined) return undefined;
  const o = l.object(w, 'steekproef');
  l.alleen(o, ['omvang', 'seed', 'strata'], 'steekproef');
  if (typeof o.omvang !== 'number' || !Number.isInteger(o.omvang) || o.omvang < 1) l.fout('steekproef.omvang', 'verwacht een geheel getal van ten minste 1');
  if (typeof o.seed !== 'number' && typeof o.seed !== 'string') l.fout('steekproef.seed', 'verwacht een getal of tekst (vastgelegd, zodat de steekproef te herhalen is)');
  return {
    omvang: o.omvang as number,
    seed: String(o.seed),
    ...(o.strata !== undefined ? { strata: normaliseerVeld(l.tekst(o.strata, 'steekproef.strata')) } : {}),
  };
}

/** Leest een thema (de JSON-inhoud) en controleert de vorm; invoerfouten geven exit 2. */
export function leesThema(json: unknown, bestand: string): Thema {
  const l = new Lezer(bestand);
  const o = l.object(json, 'thema');
  l.alleen(o, THEMA_SLEUTELS, 'thema');
  if (!Array.isArray(o.criteria) || o.criteria.length === 0) l.fout('criteria', 'verwacht een lijst met minstens één criterium');
  const criteria = (o.criteria as unknown[]).map((c, i) => leesCriterium(l, c, i));
  const dubbel = criteria.find((c, i) => criteria.findIndex((d) => d.id === c.id) !== i);
  if (dubbel) l.fout('criteria', `criterium-id '${dubbel.id}' komt twee keer voor`);
  let periode: Thema['periode'];
  if (o.periode !== undefined) {
    const p = l.object(o.periode, 'periode');
    l.alleen(p, ['van', 'tot'], 'periode');
    periode = { van: l.datum(p.van, 'periode.van'), tot: l.datum(p.tot, 'periode.tot') };
    if (periode.tot < periode.van) l.fout('periode.tot', 'ligt vóór periode.van');
  }
  const steekproef = leesSteekproef(l, o.steekproef);
  // vrije tekst, maar alleen tekst: een lijst of object kwam ongetoetst in de themahash (een diep geneste liet die vastlopen)
  for (const k of ['rechtvaardiging', 'toelichting']) if (o[k] !== undefined && typeof o[k] !== 'string') l.fout(k, 'verwacht tekst');
  return {
    id: l.tekst(o.id, 'id'),
    naam: l.tekst(o.naam, 'naam'),
    doel: l.tekst(o.doel, 'doel'),
    grondslag: l.tekst(o.grondslag, 'grondslag'),
    goedgekeurdDoor: l.tekst(o.goedgekeurd_door, 'goedgekeurd_door'),
    ...(o.goedgekeurd_op !== undefined ? { goedgekeurdOp: l.datum(o.goedgekeurd_op, 'goedgekeurd_op') } : {}),
    ...(periode ? { periode } : {}),
    idKolom: o.id_kolom === undefined ? 'id' : normaliseerVeld(l.tekst(o.id_kolom, 'id_kolom')),
    criteria,
    combinatie: leesCombinatie(l, o.combinatie, criteria.length),
    ...(steekproef ? { steekproef } : {}),
    ...(typeof o.rechtvaardiging === 'string' && o.rechtvaardiging.trim() !== '' ? { rechtvaardiging: o.rechtvaardiging.trim() } : {}),
  };
}

export interface BeschermdGebruik {
  readonly waar: string;
  readonly veld: string;
  readonly kenmerk: string;
}

/** Waar het thema een beschermd kenmerk gebruikt (criteria en strata). */
export function beschermdGebruik(t: Thema): BeschermdGebruik[] {
  const uit: BeschermdGebruik[] = [];
  for (const c of t.criteria) {
    const k = beschermdKenmerk(c.veld);
    if (k) uit.push({ waar: `criterium ${c.id}`, veld: c.veld, kenmerk: k });
  }
  const strata = t.steekproef?.strata;
  const k = strata === undefined ? undefined : beschermdKenmerk(strata);
  if (strata !== undefined && k) uit.push({ waar: 'steekproef.strata', veld: strata, kenmerk: k });
  return uit;
}

/**
 * Weigert (exit 3) een thema dat een beschermd kenmerk gebruikt zonder schriftelijke
 * rechtvaardiging van ten minste MINIMALE_RECHTVAARDIGING tekens; geeft anders wat er gebruikt
 * wordt (voor de trace en de waarschuwing).
 */
export function toetsBeschermdeKenmerken(t: Thema, bestand?: string): BeschermdGebruik[] {
  const gebruik = beschermdGebruik(t);
  if (gebruik.length === 0) return gebruik;
  const r = t.rechtvaardiging ?? '';
  if (r.length < MINIMALE_RECHTVAARDIGING) {
    const wat = gebruik.map((g) => `${g.waar} gebruikt het beschermde kenmerk '${g.kenmerk}' (veld '${g.veld}')`).join('; ');
    throw new RegelFout(
      `thema ${t.id} geweigerd: ${wat}. Selecteren op nationaliteit, geboorteland, geboorteplaats of etniciteit is verdacht onderscheid ` +
        '(CRvB 5 juni 2018, ECLI:NL:CRVB:2018:1541) en mag alleen met een schriftelijke rechtvaardiging in het thema: vul "rechtvaardiging" in ' +
        `(ten minste ${MINIMALE_RECHTVAARDIGING} tekens) met waarom dit onderscheid nodig en evenredig is, en laat het thema opnieuw goedkeuren`,
      'REGEL_WEIGERT',
      bestand === undefined ? {} : { bestand },
    );
  }
  return gebruik;
}
