/**
 * Golden traces: de volledige JSON-uitvoer (met trace) van de commando's over de voorbeelden in
 * samples/. De golden files zijn bij het vastleggen regel voor regel nagelopen tegen het onderzoek;
 * een wijziging hier is een wijziging in een besluit en hoort in de review te worden uitgelegd.
 */
import { describe, expect, it } from 'vitest';
import { szmh } from './cli.js';

describe('golden traces', () => {
  it('boete bereken samples/boete/zaken.csv', async () => {
    const r = szmh(['boete', 'bereken', 'samples/boete/zaken.csv', '--format', 'json', '--peildatum', '2026-11-23', '--log-level', 'silent']);
    expect(r.code).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot('golden/boete-zaken.json');
  });

  it('terugvordering bereken samples/terugvordering/maanden.csv (peildatum 2027-01-04: bruteren)', async () => {
    const r = szmh(['terugvordering', 'bereken', 'samples/terugvordering/maanden.csv', '--format', 'json', '--peildatum', '2027-01-04', '--log-level', 'silent']);
    expect(r.code).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot('golden/terugvordering-maanden.json');
  });
});
