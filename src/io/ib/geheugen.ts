/**
 * Geheugen bij lange batches. V8 laat de oude generatie bij een hoge allocatiesnelheid ruim groeien
 * voordat hij opruimt: bij een miljoen signalen met trace staat er dan honderden MB afval, terwijl
 * er maar zo'n 90 MB leeft. Een volledige opruimronde (tientallen ms) zodra de heap boven een grens
 * komt, houdt de piek onder de 300 MB. De gc-functie van V8 is niet standaard beschikbaar: we zetten
 * de vlag en halen de functie uit een nieuwe context; lukt dat niet, dan doen we niets.
 */
import v8 from 'node:v8';
import vm from 'node:vm';

let gc: (() => void) | null | undefined;

export function ruimOp(): void {
  if (gc === undefined) {
    try {
      v8.setFlagsFromString('--expose_gc');
      const f = vm.runInNewContext('gc') as unknown;
      gc = typeof f === 'function' ? (f as () => void) : null;
    } catch {
      gc = null;
    }
  }
  gc?.();
}

/**
 * Ruimt op als de gebruikte heap boven de grens komt (goedkoop genoeg om per blok te vragen). Leeft
 * er na het opruimen zelf al veel (bijvoorbeeld veel uitgestelde vermogenssignalen), dan schuift de
 * grens mee, zodat er nooit na elk blok wordt opgeruimd.
 */
export class Opruimer {
  private grens: number;

  constructor(grensMb: number) {
    this.grens = grensMb * 1048576;
  }

  misschien(): boolean {
    if (v8.getHeapStatistics().used_heap_size < this.grens) return false;
    ruimOp();
    const levend = v8.getHeapStatistics().used_heap_size;
    if (levend * 4 > this.grens * 3) this.grens = levend * 1.5;
    return true;
  }
}
