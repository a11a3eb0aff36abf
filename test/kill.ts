/**
 * Hulp voor de crashtest: draai een batch honderden keren en dood hem met SIGKILL op een willekeurig
 * moment. Na elke kill moet de database de integriteitscontrole doorstaan en precies in de toestand
 * van vóór de batch of van na de batch zijn (nooit een halve batch); een herhaling na een kill moet
 * eindigen in exact de toestand van een ononderbroken run.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ROOT } from './cli.js';

export interface Killserie {
  /** Een database in de begintoestand (wordt per poging gekopieerd). */
  readonly begin: string;
  /** De argumenten van de batch (zonder --db). */
  readonly args: readonly string[];
  /** De inhoud van de database zonder wat per run verschilt (run-id, tijd). */
  readonly toestand: (db: string) => string;
  readonly kills: number;
  /**
   * Pogingen tegelijk (standaard 2), elk op een eigen kopie. Een kind besteedt het grootste deel van
   * zijn korte leven aan opstarten; met twee tegelijk zijn beide kernen bezig en halveert de duur,
   * terwijl elke poging precies zo wordt gecontroleerd.
   */
  readonly tegelijk?: number;
}

export interface Killuitslag {
  gedood: number;
  voltooid: number;
  onveranderd: number;
  /** Gedood terwijl de transactie liep (na "begonnen", vóór "vastgelegd"). */
  middenInTransactie: number;
  herhaald: number;
  /**
   * De laatst gemeten duur van een volledige run in ms. Het willekeurige moment valt in 1,25 keer die
   * duur: gemeten in plaats van vast, zodat de kills op een rustige en een drukke machine even vaak
   * binnen de run vallen (een vaste grens liet op een rustige machine de helft van de runs afmaken,
   * en een te krappe grens raakt nooit het moment na de COMMIT).
   */
  duurMs: number;
}

function draai(db: string, args: readonly string[], doodNaMs?: number): Promise<{ code: number | null; signaal: NodeJS.Signals | null; inTransactie: boolean }> {
  return new Promise((klaar) => {
    // Op niveau debug meldt de store "transactie begonnen": zo weten we of een kill binnen de transactie viel.
    const kind = spawn(process.execPath, [path.join(ROOT, 'bin/szmh'), ...args, '--db', db, '--log-level', 'debug', '--format', 'json', '--output', `${db}.uit.json`], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    kind.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    const timer = doodNaMs === undefined ? undefined : setTimeout(() => kind.kill('SIGKILL'), doodNaMs);
    kind.on('close', (code, signaal) => {
      if (timer) clearTimeout(timer);
      klaar({ code, signaal, inTransactie: stderr.includes('transactie begonnen') && !stderr.includes('transactie vastgelegd') });
    });
  });
}

export function integer(db: string): boolean {
  const d = new Database(db);
  const r = d.pragma('integrity_check', { simple: true });
  d.close();
  return r === 'ok';
}

export async function killserie(s: Killserie, werkmap: string): Promise<Killuitslag> {
  const kopie = (naar: string) => {
    for (const ext of ['', '-wal', '-shm']) rmSync(naar + ext, { force: true });
    copyFileSync(s.begin, naar);
  };
  const referentie = path.join(werkmap, 'referentie.db');
  kopie(referentie);
  const gemeten = async (db: string) => {
    const start = performance.now();
    const r = await draai(db, s.args);
    return { ...r, ms: Math.round(performance.now() - start) };
  };
  const ref = await gemeten(referentie);
  if (ref.code !== 0) throw new Error(`de ononderbroken run faalde (exit ${ref.code})`);
  const voor = s.toestand(s.begin);
  const na = s.toestand(referentie);
  if (voor === na) throw new Error('de batch verandert niets: de test bewijst dan niets');

  const uit: Killuitslag = { gedood: 0, voltooid: 0, onveranderd: 0, middenInTransactie: 0, herhaald: 0, duurMs: ref.ms };
  const poging = async (i: number, db: string) => {
    kopie(db);
    const r = await draai(db, s.args, Math.floor(Math.random() * 1.25 * uit.duurMs));
    if (r.signaal === 'SIGKILL') uit.gedood++;
    if (!integer(db)) throw new Error(`poging ${i}: integriteitscontrole faalt na een kill`);
    const toestand = s.toestand(db);
    if (toestand === voor) {
      uit.onveranderd++;
      if (r.signaal === 'SIGKILL' && r.inTransactie) uit.middenInTransactie++;
    }
    else if (toestand === na) uit.voltooid++;
    else throw new Error(`poging ${i}: een halve batch is zichtbaar na een kill`);
    // Elke vijfde poging: herhaal de batch en eis exact de toestand van de ononderbroken run. Na een
    // kill vóór de COMMIT is dat een volledige run onder de belasting van nu: zijn duur is de nieuwe maat.
    if (i % 5 === 0) {
      const h = await gemeten(db);
      if (h.code !== 0) throw new Error(`poging ${i}: de herhaling faalde (exit ${h.code})`);
      if (toestand === voor) uit.duurMs = h.ms;
      if (s.toestand(db) !== na) throw new Error(`poging ${i}: de herhaling eindigt niet in de toestand van een ononderbroken run`);
      uit.herhaald++;
    }
  };
  let volgende = 0;
  let fout = false;
  const werker = async (w: number) => {
    const db = path.join(werkmap, `poging-${w}.db`);
    try {
      for (let i = volgende++; i < s.kills && !fout; i = volgende++) await poging(i, db);
    } catch (e) {
      fout = true; // de andere werker stopt na zijn lopende poging
      throw e;
    }
  };
  await Promise.all(Array.from({ length: s.tegelijk ?? 2 }, (_, w) => werker(w)));
  return uit;
}

/** De rijen van tabellen, zonder kolommen die per run verschillen. */
export function dump(db: string, tabellen: Record<string, string>): string {
  const d = new Database(db, { readonly: true });
  const uit = Object.entries(tabellen).map(([tabel, kolommen]) => `${tabel}: ${JSON.stringify(d.prepare(`SELECT ${kolommen} FROM ${tabel} ORDER BY 1, 2`).all())}`);
  d.close();
  return uit.join('\n');
}
