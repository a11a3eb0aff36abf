import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { existsSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AtomischeUitvoer } from './bestand.js';
import { Utf8Buffer } from './utf8.js';

/** Stukken van allerlei lengte rond de buffergrootte (1 MiB) en de grens voor losse tekst (4096 tekens). */
const stuk = fc.oneof(
  fc.string({ unit: fc.constantFrom('a', 'é', '€', '😀', '\n'), maxLength: 50 }),
  fc.constantFrom(4095, 4097, (1 << 20) - 1, (1 << 20) + 1, 3 << 20).map((n) => '€a'.repeat(n).slice(0, n)),
);
const opdracht = fc.record({ soort: fc.constantFrom('tekst', 'herhaald', 'bytes'), tekst: stuk });

function voerUit(doel: { tekst(s: string): void; herhaald(s: string): void; bytes(b: Uint8Array): void }, opdrachten: readonly { soort: string; tekst: string }[]): string {
  for (const o of opdrachten) {
    if (o.soort === 'tekst') doel.tekst(o.tekst);
    else if (o.soort === 'herhaald') doel.herhaald(o.tekst);
    else doel.bytes(Buffer.from(o.tekst, 'utf8'));
  }
  return opdrachten.map((o) => o.tekst).join('');
}

describe('UTF-8-uitvoer', () => {
  it('eigenschap: de atomische uitvoer bevat precies de tekst, hoe de stukken ook komen (klein, groot, als bytes, herhaald)', async () => {
    const map = mkdtempSync(path.join(tmpdir(), 'szmh-utf8-'));
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(opdracht, { maxLength: 8 }), async (opdrachten) => {
        const bestand = path.join(map, `uit-${n++}.txt`);
        const uit = AtomischeUitvoer.open(bestand);
        const verwacht = voerUit(uit, opdrachten);
        await uit.voltooi();
        expect(readFileSync(bestand, 'utf8')).toBe(verwacht);
      }),
      { numRuns: 40 },
    );
  });

  it('eigenschap: een Utf8Buffer groeit mee en geeft na neem() een leeg nieuw buffer', () => {
    fc.assert(
      fc.property(fc.array(opdracht, { maxLength: 6 }), fc.array(opdracht, { maxLength: 6 }), (a, b) => {
        const buffer = new Utf8Buffer();
        const eerste = voerUit(buffer, a);
        expect(Buffer.from(buffer.neem()).toString('utf8')).toBe(eerste);
        const tweede = voerUit(buffer, b);
        const begin = buffer.positie();
        expect(begin).toBe(Buffer.byteLength(tweede));
        expect(Buffer.from(buffer.neem()).toString('utf8')).toBe(tweede);
      }),
      { numRuns: 40 },
    );
  });

  it('neem() na een groot stuk met losse tekst erachter: de losse tekst komt mee, ook als het buffer daarvoor nog moet groeien', () => {
    const groot = '€'.repeat(1 << 20);
    const buffer = new Utf8Buffer();
    buffer.herhaald(groot);
    buffer.tekst('a');
    expect(Buffer.from(buffer.neem()).toString('utf8')).toBe(`${groot}a`);
  });

  describe('grote uitvoer (met fdatasync op de achtergrond na elke 32 MiB)', () => {
    const mib = (teken: string) => Buffer.alloc(1 << 20, teken);
    /** Open bestanden van dit proces in `map` (ook een al verwijderd bestand: "… (deleted)"). */
    const openIn = (map: string) =>
      readdirSync('/proc/self/fd').filter((fd) => {
        try {
          return readlinkSync(`/proc/self/fd/${fd}`).startsWith(map);
        } catch {
          return false;
        }
      }).length;

    // 1 MiB past in het buffer; stukken van 3 MiB (de rijen van een blok uit een werker) gaan er direct langs.
    const stukken = (mibPerStuk: number, aantalMib: number, teken: (i: number) => string) =>
      Array.from({ length: aantalMib / mibPerStuk }, (_, k) => Buffer.concat(Array.from({ length: mibPerStuk }, (_, j) => mib(teken(k * mibPerStuk + j)))));

    it.each([1, 3])('het bestand is na voltooi() compleet en in de goede volgorde (stukken van %i MiB)', async (mibPerStuk) => {
      const bestand = path.join(mkdtempSync(path.join(tmpdir(), 'szmh-groot-')), 'uit.txt');
      const uit = AtomischeUitvoer.open(bestand);
      for (const stuk of stukken(mibPerStuk, 69, (i) => String.fromCharCode(97 + (i % 26)))) uit.bytes(stuk);
      uit.tekst('einde');
      await uit.voltooi();
      expect(statSync(bestand).size).toBe(69 * (1 << 20) + 5);
      const inhoud = readFileSync(bestand);
      for (const i of [0, 31, 32, 33, 68]) expect(inhoud[i * (1 << 20) + 12345]).toBe(97 + (i % 26));
      expect(inhoud.subarray(-5).toString()).toBe('einde');
    });

    it.each([1, 3])('afbreken terwijl de achtergrondsync loopt: geen bestand, en de fd gaat alsnog dicht (stukken van %i MiB)', async (mibPerStuk) => {
      const map = mkdtempSync(path.join(tmpdir(), 'szmh-groot-'));
      const uit = AtomischeUitvoer.open(path.join(map, 'uit.txt'));
      for (const stuk of stukken(mibPerStuk, 39, () => 'x')) uit.bytes(stuk);
      uit.breekAf();
      expect(readdirSync(map)).toEqual([]);
      expect(existsSync(path.join(map, 'uit.txt'))).toBe(false);
      // De fd sluit zodra de fdatasync klaar is; wacht daar hooguit 20 s op.
      for (let t = 0; t < 2000 && openIn(map) > 0; t++) await new Promise((r) => setTimeout(r, 10));
      expect(openIn(map)).toBe(0);
    });
  });
});
