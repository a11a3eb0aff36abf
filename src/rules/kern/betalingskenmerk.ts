/**
 * Nederlands betalingskenmerk (voorheen acceptgirokenmerk), volgens de Betaalvereniging:
 * 7 cijfers zonder controlecijfer; 16 cijfers = controlecijfer + 15; 9–14 cijfers = controlecijfer +
 * lengtecode + rest. Het controlecijfer is een gewogen mod 11 met gewichten 2, 4, 8, 5, 10, 9, 7, 3,
 * 6, 1 (herhalend) van rechts naar links; 10 wordt 1 en 11 wordt 0.
 * Bron: ../shared/research/interfaces-ib-camt-verzuim.md §2.4 [V, Betaalvereniging].
 */
declare const kenmerkMerk: unique symbol;
export type Betalingskenmerk = string & { readonly [kenmerkMerk]: true };

export type LeesKenmerkUitkomst = { ok: true; kenmerk: Betalingskenmerk } | { ok: false; reden: string };

const GEWICHTEN = [2, 4, 8, 5, 10, 9, 7, 3, 6, 1] as const;
const LENGTECODE: Record<number, number> = { 9: 7, 10: 8, 11: 9, 12: 0, 13: 1, 14: 2 };

/** Het controlecijfer bij alle cijfers na het controlecijfer. */
export function kenmerkControlecijfer(rest: string): number {
  let som = 0;
  for (let i = 0; i < rest.length; i++) som += Number(rest[rest.length - 1 - i]) * GEWICHTEN[i % 10]!;
  const c = 11 - (som % 11);
  return c === 10 ? 1 : c === 11 ? 0 : c;
}

/** Controleert een kenmerk; spaties en punten mogen, het resultaat is altijd tekst (voorloopnul!). */
export function leesBetalingskenmerk(invoer: string): LeesKenmerkUitkomst {
  const k = invoer.replace(/[\s.]/g, '');
  if (!/^\d+$/.test(k)) return { ok: false, reden: 'een betalingskenmerk bestaat alleen uit cijfers' };
  if (k.length === 7) return { ok: true, kenmerk: k as Betalingskenmerk };
  if (k.length === 16 || (k.length >= 9 && k.length <= 14)) {
    if (k.length !== 16 && Number(k[1]) !== LENGTECODE[k.length]) {
      return { ok: false, reden: `lengtecode klopt niet voor een kenmerk van ${k.length} cijfers` };
    }
    if (kenmerkControlecijfer(k.slice(1)) !== Number(k[0])) return { ok: false, reden: 'controlecijfer klopt niet' };
    return { ok: true, kenmerk: k as Betalingskenmerk };
  }
  return { ok: false, reden: 'een betalingskenmerk heeft 7, 9 tot en met 14, of 16 cijfers' };
}

/** Maakt een 16-cijferig kenmerk bij 15 cijfers (bijv. jaar + debiteurnummer + termijn). */
export function maakBetalingskenmerk(vijftienCijfers: string): Betalingskenmerk {
  if (!/^\d{15}$/.test(vijftienCijfers)) throw new RangeError('maakBetalingskenmerk verwacht 15 cijfers');
  return `${kenmerkControlecijfer(vijftienCijfers)}${vijftienCijfers}` as Betalingskenmerk;
}
