/** De SQLite-store: migraties, het auditlog dat alleen kan groeien, en de rechten op het bestand. */
import { describe, expect, it } from 'vitest';
import { statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Store } from '../src/io/store/index.js';
import { MIGRATIES } from '../src/io/store/migraties.js';
import { tijdelijkeMap } from './cli.js';

const run = { id: 'r1', tijd: '2026-11-23T10:00:00Z', gebruiker: 'test', commando: 'szmh test' };

describe('store', () => {
  it('een nieuwe database krijgt alle migraties op volgorde en mode 0600', () => {
    const pad = path.join(tijdelijkeMap(), 'n.db');
    Store.open(pad).sluit();
    const d = new Database(pad, { readonly: true });
    const versies = (d.prepare('SELECT versie FROM schema_versie ORDER BY versie').all() as { versie: number }[]).map((r) => r.versie);
    d.close();
    expect(versies).toEqual(MIGRATIES.map((m) => m.versie));
    expect(new Set(versies).size).toBe(versies.length);
    expect(statSync(pad).mode & 0o777).toBe(0o600);
  });

  it('opnieuw openen voert niets opnieuw uit', () => {
    const pad = path.join(tijdelijkeMap(), 'n.db');
    Store.open(pad).sluit();
    Store.open(pad).sluit();
    const d = new Database(pad, { readonly: true });
    expect((d.prepare('SELECT count(*) AS n FROM schema_versie').get() as { n: number }).n).toBe(MIGRATIES.length);
    d.close();
  });

  it('een ontbrekende lagere versie wordt alsnog uitgevoerd (domeinen die in een andere volgorde werden opgeleverd)', () => {
    const pad = path.join(tijdelijkeMap(), 'n.db');
    const zonderDrie = MIGRATIES.filter((m) => m.versie !== 3);
    expect(zonderDrie.length).toBe(MIGRATIES.length - 1);
    Store.open(pad, { migraties: zonderDrie }).sluit();
    Store.open(pad).sluit();
    const d = new Database(pad, { readonly: true });
    const versies = (d.prepare('SELECT versie FROM schema_versie ORDER BY versie').all() as { versie: number }[]).map((r) => r.versie);
    d.close();
    expect(versies).toEqual(MIGRATIES.map((m) => m.versie));
  });

  it('een database van een nieuwere szmh wordt niet aangeraakt', () => {
    const pad = path.join(tijdelijkeMap(), 'n.db');
    Store.open(pad).sluit();
    const d = new Database(pad);
    d.prepare("INSERT INTO schema_versie (versie, naam, toegepast) VALUES (999, 'toekomst', 'x')").run();
    d.close();
    expect(() => Store.open(pad)).toThrow(/schemaversie 999, deze szmh kent tot/);
  });

  it('het auditlog kan alleen worden aangevuld: UPDATE en DELETE worden geweigerd', () => {
    const store = Store.open(path.join(tijdelijkeMap(), 'a.db'));
    store.audit(run, { actie: 'test', details: { n: 1 } });
    expect(() => store.db.prepare("UPDATE audit SET actie = 'anders'").run()).toThrow(/alleen worden aangevuld/);
    expect(() => store.db.prepare('DELETE FROM audit').run()).toThrow(/alleen worden aangevuld/);
    expect(store.db.prepare('SELECT actie, details FROM audit').all()).toEqual([{ actie: 'test', details: '{"n":1}' }]);
    store.sluit();
  });

  it('een transactie rond asynchroon werk: bij een fout is er niets gebeurd', async () => {
    const store = Store.open(path.join(tijdelijkeMap(), 't.db'));
    await expect(
      store.transactieAsync(async () => {
        store.audit(run, { actie: 'half', details: {} });
        await new Promise((r) => setTimeout(r, 5));
        throw new Error('mis');
      }),
    ).rejects.toThrow('mis');
    expect(store.db.prepare('SELECT count(*) AS n FROM audit').get()).toEqual({ n: 0 });
    await store.transactieAsync(async () => store.audit(run, { actie: 'proef', details: {} }), { terugdraaien: true });
    expect(store.db.prepare('SELECT count(*) AS n FROM audit').get()).toEqual({ n: 0 });
    store.sluit();
  });
});
