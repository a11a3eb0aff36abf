import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { leesCamt053 } from './camt053.js';
// De gebouwde versie: alleen daar bestaat de werkthread (test/bouw.ts bouwt dist vóór de tests).
import { leesCamt053Parallel } from '../../dist/io/camt053-parallel.js';

type Uitkomst = { gebeurtenissen: string[]; fout?: string };

async function verzamel(bron: AsyncIterable<unknown>): Promise<Uitkomst> {
  const gebeurtenissen: string[] = [];
  try {
    for await (const g of bron) gebeurtenissen.push(JSON.stringify(g));
    return { gebeurtenissen };
  } catch (e) {
    const f = e as { code?: string; melding?: string; plaats?: unknown };
    return { gebeurtenissen, fout: JSON.stringify([f.code, f.melding, f.plaats]) };
  }
}

const bestanden = [
  ...readdirSync('samples/debiteuren').filter((b) => b.endsWith('.xml')).map((b) => join('samples/debiteuren', b)),
  ...readdirSync('test/corpus/camt').map((b) => join('test/corpus/camt', b)),
];

describe('camt.053 lezen in een werkthread', () => {
  it.each(bestanden)('%s: dezelfde gebeurtenissen, in dezelfde volgorde, en dezelfde fout', async (bestand) => {
    const gewoon = await verzamel(leesCamt053(bestand));
    const parallel = await verzamel(leesCamt053Parallel(bestand));
    expect(parallel).toEqual(gewoon);
    // Niet triviaal: een voorbeeldafschrift levert posten op, een corpusbestand een fout.
    expect(gewoon.gebeurtenissen.length > 0 || gewoon.fout !== undefined).toBe(true);
  });
});
