/**
 * camt.053 lezen in een werkthread terwijl de hoofdthread boekt: het parsen kost per post ongeveer
 * evenveel als het boeken (gemeten), dus op twee kernen halveert dit bijna de doorlooptijd van een
 * groot afschrift. Dezelfde gebeurtenissen en fouten als `leesCamt053`; zonder gebouwde werker
 * (tests die de broncode draaien) wordt gewoon in deze thread gelezen.
 */
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { Decimal } from '../rules/kern/geld.js';
import { leesCamt053, type CamtAfschrift, type CamtGebeurtenis, type CamtPost } from './camt053.js';
import { Werkstroom } from './werkstroom.js';

/** Decimals worden tekst voor het versturen ... */
export function naarBericht(g: CamtGebeurtenis): unknown {
  if (g.soort === 'post') {
    const p = g.post;
    return { soort: 'post', post: { ...p, bedrag: p.bedrag.toString(), transacties: p.transacties.map((t) => (t.bedrag ? { ...t, bedrag: t.bedrag.toString() } : t)) } };
  }
  const a = g.afschrift;
  return { soort: g.soort, afschrift: { ...a, opening: { ...a.opening, bedrag: a.opening.bedrag.toString() }, sluiting: { ...a.sluiting, bedrag: a.sluiting.bedrag.toString() } } };
}

/** ... en na ontvangst weer Decimals. */
function uitBericht(b: never): CamtGebeurtenis {
  const g = b as { soort: CamtGebeurtenis['soort']; post?: Record<string, unknown>; afschrift?: Record<string, unknown> };
  if (g.soort === 'post') {
    const p = g.post as unknown as CamtPost & { bedrag: string; transacties: (Record<string, unknown> & { bedrag?: string })[] };
    return {
      soort: 'post',
      post: { ...p, bedrag: new Decimal(p.bedrag), transacties: p.transacties.map((t) => (t.bedrag ? { ...t, bedrag: new Decimal(t.bedrag) } : t)) } as unknown as CamtPost,
    };
  }
  const a = g.afschrift as unknown as CamtAfschrift & { opening: { bedrag: string }; sluiting: { bedrag: string } };
  return {
    soort: g.soort,
    afschrift: { ...a, opening: { ...a.opening, bedrag: new Decimal(a.opening.bedrag) }, sluiting: { ...a.sluiting, bedrag: new Decimal(a.sluiting.bedrag) } } as CamtAfschrift,
  } as CamtGebeurtenis;
}

export async function* leesCamt053Parallel(bestand: string): AsyncGenerator<CamtGebeurtenis> {
  const werkerUrl = new URL('./camt053-werker.js', import.meta.url);
  if (!existsSync(fileURLToPath(werkerUrl))) {
    yield* leesCamt053(bestand);
    return;
  }
  const stroom = new Werkstroom<string>(werkerUrl, { bestand });
  try {
    for await (const blok of stroom) for (const g of JSON.parse(blok) as unknown[]) yield uitBericht(g as never);
  } finally {
    await stroom.sluit();
  }
}
