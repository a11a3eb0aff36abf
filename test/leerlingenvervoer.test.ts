/** `szmh leerlingenvervoer beoordeel` en `rapport` door de echte CLI, zoals een medewerker ze draait. */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { bestand, szmh, tijdelijkeMap } from './cli.js';

const KOLOMMEN = [
  'aanvraag_id',
  'gemeente',
  'schooljaar',
  'geboortedatum',
  'schoolsoort',
  'afstand_km',
  'afstand_dichtstbijzijnde_km',
  'handicap_structureel',
  'kan_zelfstandig_ov',
  'kan_ov_met_begeleiding',
  'kan_fietsen',
  'begeleiding_beschikbaar',
  'eigen_auto',
  'reistijd_ov_min',
  'reistijd_aangepast_min',
  'inkomen',
  'hardheidsclausule',
] as const;
type Veld = (typeof KOLOMMEN)[number];

const KOP = KOLOMMEN.join(';');
const STANDAARD: Record<Veld, string> = {
  aanvraag_id: 'A-1',
  gemeente: 'Maastricht',
  schooljaar: '2026-2027',
  geboortedatum: '15-3-2016',
  schoolsoort: 'sbo',
  afstand_km: '7,2',
  afstand_dichtstbijzijnde_km: '',
  handicap_structureel: 'nee',
  kan_zelfstandig_ov: 'ja',
  kan_ov_met_begeleiding: 'ja',
  kan_fietsen: 'nee',
  begeleiding_beschikbaar: 'ja',
  eigen_auto: 'nee',
  reistijd_ov_min: '',
  reistijd_aangepast_min: '',
  inkomen: '40.000,00',
  hardheidsclausule: 'nee',
};
/** Eén regel in Excel-stijl (puntkomma, decimale komma) met neutrale standaardwaarden. */
const regel = (deel: Partial<Record<Veld, string>> = {}) => KOLOMMEN.map((k) => deel[k] ?? STANDAARD[k]).join(';');
const csv = (...regels: string[]) => `${KOP}\n${regels.join('\n')}\n`;

const SPECVELDEN = ['aanvraag_id', 'besluit', 'reden', 'vervoersvorm', 'kosten_jaar', 'drempelbedrag', 'draagkrachtbijdrage', 'vergoeding', 'alternatieven', 'trace'];
const EXTRA = ['gemeente', 'schooljaar', 'ouderbijdrage', 'termijnen'];
const STIL = ['--log-level', 'silent'];

interface Uit {
  aanvraag_id: string;
  besluit: string;
  reden: string;
  vervoersvorm: string | null;
  kosten_jaar: string | null;
  drempelbedrag: string | null;
  draagkrachtbijdrage: string | null;
  vergoeding: string | null;
  alternatieven: { vervoersvorm: string; kosten_jaar: string; adequaat: boolean; gekozen: boolean; toelichting: string }[];
  trace: { stappen: { regel: string }[]; waarschuwingen: string[] };
  gemeente: string;
  schooljaar: string;
  ouderbijdrage: string | null;
  termijnen: { datum: string; bedrag: string }[] | null;
}

/** Draait beoordeel met --output in een lege map; geeft de uitkomst en welke bestanden er staan. */
function beoordeel(invoer: string, extra: string[] = []) {
  const map = tijdelijkeMap();
  const pad = bestand('aanvragen.csv', invoer, map);
  const uit = path.join(map, 'beschikkingen.json');
  const r = szmh(['leerlingenvervoer', 'beoordeel', pad, '--output', uit, '--format', 'json', ...STIL, ...extra]);
  return { ...r, pad, uit, map, bestanden: readdirSync(map).sort() };
}
const lees = (pad: string): Uit[] => JSON.parse(readFileSync(pad, 'utf8'));

describe('szmh leerlingenvervoer beoordeel', () => {
  it('geeft per aanvraag de velden van de spec (aanvraag_id eerst), daarna gemeente, schooljaar, ouderbijdrage en termijnen', () => {
    const r = beoordeel(csv(regel()));
    expect(r.code, r.stderr).toBe(0);
    const [b] = lees(r.uit);
    expect(Object.keys(b!)).toEqual([...SPECVELDEN, ...EXTRA]);
    expect(b).toMatchObject({ aanvraag_id: 'A-1', besluit: 'toegekend', reden: 'afstand', vervoersvorm: 'ov', gemeente: 'Maastricht', schooljaar: '2026-2027' });
    expect(b!.alternatieven.map((a) => a.vervoersvorm)).toEqual(['fiets', 'fiets_begeleid', 'ov', 'ov_begeleid', 'eigen_vervoer', 'aangepast']);
    expect(b!.alternatieven.every((a) => /^\d+\.\d\d$/.test(a.kosten_jaar) && a.toelichting.length > 0)).toBe(true);
    expect(b!.trace.stappen.map((s) => s.regel)).toContain('LLV-R9');
    expect(statSync(r.uit).mode & 0o777).toBe(0o600);
  });

  it('het voorbeeldbestand dekt elk besluit, elke reden en elke vervoersvorm', () => {
    const r = szmh(['leerlingenvervoer', 'beoordeel', 'samples/leerlingenvervoer/aanvragen.csv', '--format', 'json', ...STIL]);
    expect(r.code, r.stderr).toBe(0);
    const rijen: Uit[] = JSON.parse(r.stdout);
    expect(new Set(rijen.map((b) => b.besluit))).toEqual(new Set(['toegekend', 'afgewezen', 'handmatig']));
    expect(new Set(rijen.map((b) => b.reden))).toEqual(
      new Set([
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
      ]),
    );
    expect(new Set(rijen.filter((b) => b.besluit === 'toegekend').map((b) => b.vervoersvorm))).toEqual(
      new Set(['fiets', 'fiets_begeleid', 'ov', 'ov_begeleid', 'eigen_vervoer', 'aangepast']),
    );
    const termijnen = rijen.find((b) => b.aanvraag_id === 'LLV-2026-011')!;
    expect(termijnen.ouderbijdrage).toBe('548.06');
    expect(termijnen.termijnen).toEqual([
      { datum: '2026-10-01', bedrag: '137.03' },
      { datum: '2027-01-01', bedrag: '137.01' },
      { datum: '2027-04-01', bedrag: '137.01' },
      { datum: '2027-06-01', bedrag: '137.01' },
    ]);
  });

  it.each([
    ['een onbekende schoolsoort', csv(regel(), regel({ aanvraag_id: 'A-2', schoolsoort: 'mbo' })), /regel 3, kolom 'schoolsoort': 'mbo' is geen geldige waarde; verwacht een van: bo, sbo, so, vso, vo/],
    ['een negatieve afstand', csv(regel({ afstand_km: '-3,5' })), /regel 2, kolom 'afstand_km': een negatieve afstand \(-3,5\) is niet toegestaan/],
    ['een leeg verplicht veld', csv(regel(), regel({ aanvraag_id: 'A-2', kan_fietsen: '' })), /regel 3, kolom 'kan_fietsen': verplicht veld is leeg/],
    ['een ontbrekende kolom', csv(regel()).replace(';hardheidsclausule', '').replace(/;nee\n$/, '\n'), /regel 1, kolom 'hardheidsclausule': verplichte kolom/],
    ['een afstand met vier decimalen', csv(regel({ afstand_km: '6,0001' })), /regel 2, kolom 'afstand_km': '6,0001' is geen afstand in km/],
    ['een schooljaar dat niet bestaat', csv(regel({ schooljaar: '2026-2028' })), /regel 2, kolom 'schooljaar': '2026-2028' is geen schooljaar/],
    ['een aanvraag die twee keer voorkomt', csv(regel(), regel()), /regel 3, kolom 'aanvraag_id': aanvraag A-1 staat al eerder/],
    [
      'een afwijking van de dichtstbijzijnde school zonder reden',
      `${KOP};afwijking_dichtstbijzijnde;afwijking_reden\n${regel({ afstand_dichtstbijzijnde_km: '4' })};ja;\n`,
      /regel 2, kolom 'afwijking_reden': een afwijking van de dichtstbijzijnde school vraagt een reden/,
    ],
  ])('%s: exitcode 2, bestand/regel/kolom in de melding, geen uitvoer', (_naam, invoer, melding) => {
    const r = beoordeel(invoer);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(melding);
    expect(r.stderr).toContain(r.pad);
    expect(r.bestanden).toEqual(['aanvragen.csv']);
  });

  it('--continue-on-error: de goede aanvragen worden beslist, de afgekeurde opgesomd, exitcode 1', () => {
    const r = beoordeel(
      csv(
        regel({ aanvraag_id: 'A-1' }),
        regel({ aanvraag_id: 'A-2', schoolsoort: 'hbo' }),
        regel({ aanvraag_id: 'A-3', afstand_km: '5' }),
        regel({ aanvraag_id: 'A-4', afstand_km: '-1' }),
        regel({ aanvraag_id: 'A-5', geboortedatum: '' }),
      ),
      ['--continue-on-error'],
    );
    expect(r.code).toBe(1);
    expect(lees(r.uit).map((b) => [b.aanvraag_id, b.besluit])).toEqual([
      ['A-1', 'toegekend'],
      ['A-3', 'afgewezen'],
    ]);
    expect(r.stderr).toMatch(/Afgekeurd \(3\):/);
    expect(r.stderr).toMatch(/aanvragen\.csv, regel 3, kolom 'schoolsoort'/);
    expect(r.stderr).toMatch(/aanvragen\.csv, regel 5, kolom 'afstand_km'/);
    expect(r.stderr).toMatch(/aanvragen\.csv, regel 6, kolom 'geboortedatum'/);
  });

  it('--schooljaar beoordeelt alleen de aanvragen van dat schooljaar en vult een leeg schooljaar', () => {
    const r = beoordeel(csv(regel({ aanvraag_id: 'A-1' }), regel({ aanvraag_id: 'A-2', schooljaar: '2025-2026' }), regel({ aanvraag_id: 'A-3', schooljaar: '' })), [
      '--schooljaar',
      '2026-2027',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(lees(r.uit).map((b) => [b.aanvraag_id, b.schooljaar])).toEqual([
      ['A-1', '2026-2027'],
      ['A-3', '2026-2027'],
    ]);
  });

  it('een parameter die de wet niet toestaat: exitcode 3, de parameter genoemd, geen uitvoer', () => {
    const map = tijdelijkeMap();
    const overlay = bestand('fout.json', JSON.stringify({ parameters: { 'leerlingenvervoer.drempel.afstand_km': { waarden: [{ vanaf: '2026-08-01', waarde: '8', bron: 'test', status: 'onbevestigd' }] } } }), map);
    const r = beoordeel(csv(regel()), ['--params', overlay]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain("parameter 'leerlingenvervoer.drempel.afstand_km' is 8 km");
    expect(r.bestanden).toEqual(['aanvragen.csv']);
  });

  it('--explain noemt per stap het artikel en de bron van elke parameter', () => {
    const map = tijdelijkeMap();
    const pad = bestand('aanvragen.csv', csv(regel()), map);
    const r = szmh(['leerlingenvervoer', 'beoordeel', pad, '--format', 'table', '--explain', ...STIL]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('aanvraag A-1: toegekend (afstand), ov');
    expect(r.stdout).toContain('[LLV-R4] art 4 lid 8 WPO; verordening (afstandsgrens)');
    expect(r.stdout).toContain('parameter leerlingenvervoer.afstandsgrens_km.sbo = 6 (vanaf 2014-08-01; onbevestigd; regio; bron: VNG-modelverordening');
  });
});

describe('gemeente-overlay: alleen die gemeente verandert', () => {
  const overlay = JSON.stringify({
    gemeenten: {
      Vaals: {
        parameters: {
          'leerlingenvervoer.afstandsgrens_km.bo': { waarden: [{ vanaf: '2026-08-01', waarde: '4', bron: 'wat-als: verordening Vaals', status: 'onbevestigd' }] },
        },
      },
    },
  });
  const gemeenten = ['Eijsden-Margraten', 'Gulpen-Wittem', 'Maastricht', 'Meerssen', 'Vaals', 'Valkenburg aan de Geul'];
  const invoer = csv(...gemeenten.map((gemeente, i) => regel({ aanvraag_id: `G-${i}`, gemeente, schoolsoort: 'bo', afstand_km: '5', inkomen: '25.000,00' })));

  it('--params met een afstandsgrens van 4 km voor Vaals: Vaals krijgt recht, de andere vijf besluiten blijven gelijk', () => {
    const pad = bestand('vaals.json', overlay);
    const zonder = beoordeel(invoer);
    const met = beoordeel(invoer, ['--params', pad]);
    expect(zonder.code).toBe(0);
    expect(met.code, met.stderr).toBe(0);
    const voor = lees(zonder.uit);
    const na = lees(met.uit);
    expect(voor.map((b) => b.besluit)).toEqual(Array(6).fill('afgewezen'));
    expect(na.map((b) => [b.gemeente, b.besluit])).toEqual(gemeenten.map((g) => [g, g === 'Vaals' ? 'toegekend' : 'afgewezen']));
    for (let i = 0; i < 6; i++) if (gemeenten[i] !== 'Vaals') expect(na[i]).toEqual(voor[i]);
    const vaals = na[gemeenten.indexOf('Vaals')]!;
    expect(JSON.stringify(vaals.trace)).toContain('"laag":"lokaal vaals.json (GM0981)"');
  });

  it('params verschil --gemeente Vaals toont de afwijkende afstandsgrens naast de regionale', () => {
    const pad = bestand('vaals.json', overlay);
    const r = szmh(['params', 'verschil', '--gemeente', 'Vaals', '--params', pad, '--format', 'json', ...STIL]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([
      {
        sleutel: 'leerlingenvervoer.afstandsgrens_km.bo',
        vanaf: '2026-08-01',
        gemeente_waarde: '4',
        regio_waarde: '6',
        laag: 'lokaal vaals.json (GM0981)',
        status: 'onbevestigd',
        bron: 'wat-als: verordening Vaals',
      },
    ]);
    const meerssen = szmh(['params', 'verschil', '--gemeente', 'Meerssen', '--params', pad, '--format', 'json', ...STIL]);
    expect(JSON.parse(meerssen.stdout)).toEqual([]);
  });
});

describe('szmh leerlingenvervoer rapport', () => {
  interface Rij {
    schooljaar: string;
    gemeente: string;
    beschikkingen: number;
    toegekend: number;
    afgewezen: number;
    handmatig: number;
    aangepast: number;
    vergoedingen: number;
    kosten_aangepast: string;
    vergoeding_totaal: string;
    ouderbijdrage_totaal: string;
  }

  /** Beoordeelt de voorbeelden in het gegeven formaat en draait het rapport daarover. */
  function rapport(formaat: 'csv' | 'json' | 'jsonl', naam: string, extra: string[] = []): Rij[] {
    const map = tijdelijkeMap();
    const beschikkingen = path.join(map, naam);
    const b = szmh(['leerlingenvervoer', 'beoordeel', 'samples/leerlingenvervoer/aanvragen.csv', '--format', formaat, '--output', beschikkingen, ...STIL]);
    expect(b.code, b.stderr).toBe(0);
    const r = szmh(['leerlingenvervoer', 'rapport', beschikkingen, '--format', 'json', ...STIL, ...extra]);
    expect(r.code, r.stderr).toBe(0);
    return JSON.parse(r.stdout);
  }

  it('telt per schooljaar en gemeente; de overige gemeenten en het SZMH-totaal zijn de som van de delen', () => {
    const beslist: Uit[] = JSON.parse(szmh(['leerlingenvervoer', 'beoordeel', 'samples/leerlingenvervoer/aanvragen.csv', '--format', 'json', ...STIL]).stdout);
    const rijen = rapport('json', 'beschikkingen.json');
    expect(rijen).toHaveLength(16);
    for (const schooljaar of ['2025-2026', '2026-2027']) {
      const jaar = rijen.filter((r) => r.schooljaar === schooljaar);
      expect(jaar.map((r) => r.gemeente)).toEqual(['Maastricht', 'Eijsden-Margraten', 'Gulpen-Wittem', 'Meerssen', 'Vaals', 'Valkenburg aan de Geul', 'overige gemeenten', 'SZMH totaal']);
      const totaal = jaar.at(-1)!;
      const overig = jaar.at(-2)!;
      const eigen = beslist.filter((b) => b.schooljaar === schooljaar);
      expect(totaal.beschikkingen).toBe(eigen.length);
      expect(totaal.toegekend).toBe(eigen.filter((b) => b.besluit === 'toegekend').length);
      expect(totaal.aangepast).toBe(eigen.filter((b) => b.besluit === 'toegekend' && b.vervoersvorm === 'aangepast').length);
      expect(totaal.vergoedingen).toBe(eigen.filter((b) => b.besluit === 'toegekend' && b.vervoersvorm !== 'aangepast').length);
      for (const k of ['beschikkingen', 'toegekend', 'afgewezen', 'handmatig', 'aangepast', 'vergoedingen'] as const) {
        expect(totaal[k]).toBe(jaar.slice(0, 6).reduce((s, r) => s + r[k], 0));
        expect(overig[k]).toBe(totaal[k] - jaar[0]![k]);
      }
      const centen = (s: string | null) => Math.round(Number(s ?? 0) * 100);
      expect(centen(totaal.vergoeding_totaal)).toBe(eigen.filter((b) => b.besluit === 'toegekend' && b.vervoersvorm !== 'aangepast').reduce((s, b) => s + centen(b.vergoeding), 0));
      expect(centen(totaal.ouderbijdrage_totaal)).toBe(eigen.filter((b) => b.besluit === 'toegekend').reduce((s, b) => s + centen(b.ouderbijdrage), 0));
    }
    const totaal2026 = rijen.find((r) => r.schooljaar === '2026-2027' && r.gemeente === 'SZMH totaal')!;
    expect(totaal2026).toMatchObject({ beschikkingen: 24, toegekend: 15, afgewezen: 5, handmatig: 4, aangepast: 4, vergoedingen: 11 });
    expect(totaal2026.kosten_aangepast).toBe('15912.00');
  });

  it('leest csv, json en jsonl (aan extensie of inhoud) met dezelfde uitkomst; --schooljaar kiest één jaar', () => {
    const json = rapport('json', 'beschikkingen.json');
    expect(rapport('jsonl', 'beschikkingen.jsonl')).toEqual(json);
    expect(rapport('csv', 'beschikkingen.csv')).toEqual(json);
    expect(rapport('jsonl', 'beschikkingen.uit')).toEqual(json);
    expect(rapport('csv', 'beschikkingen.txt')).toEqual(json);
    const een = rapport('csv', 'beschikkingen.csv', ['--schooljaar', '2025-2026']);
    expect(een).toEqual(json.filter((r) => r.schooljaar === '2025-2026'));
  });

  it('een bestand dat geen beschikkingen bevat: exitcode 2 met bestand, regel en kolom', () => {
    const pad = bestand('aanvragen.csv', csv(regel()));
    const r = szmh(['leerlingenvervoer', 'rapport', pad, ...STIL]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/aanvragen\.csv, regel 1, kolom 'besluit': kolom 'besluit' ontbreekt/);
    const jsonl = bestand('b.jsonl', '{"aanvraag_id":"A","besluit":"toegekend","vervoersvorm":"taxi","gemeente":"Vaals","schooljaar":"2026-2027"}\n');
    const r2 = szmh(['leerlingenvervoer', 'rapport', jsonl, ...STIL]);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toMatch(/b\.jsonl, regel 1, kolom 'vervoersvorm': 'taxi' is geen vervoersvorm/);
  });
});
