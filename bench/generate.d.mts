export function willekeur(seed: number): () => number;
export function bsn(r: () => number): string;
export function genereer(soort: 'boete' | 'terugvordering', aantal: number, uit: string, seed?: number): Promise<void>;
