export function willekeur(seed: number): () => number;
export function bsn(r: () => number): string;
export function iban(bank: string, nummer: string): string;
export function kenmerk(vijftien: string): string;
export interface CamtPostInvoer {
  bedrag: string;
  richting: 'CRDT' | 'DBIT' | string;
  status?: string;
  ref?: string;
  btc?: string;
  terugboeking?: boolean;
  e2e?: string;
  mandaat?: string;
  tegenIban?: string;
  naam?: string;
  kenmerk?: string;
  ustrd?: string;
  origineleRef?: string;
  retourReden?: string;
  pmtInfId?: string;
  batch?: Omit<CamtPostInvoer, 'richting' | 'batch'>[];
}
export function camt053(
  afschrift: { versie?: '02' | '08'; iban: string; id: string; volgnummer: number; datum: string; opening: string; openingsdatum: string },
  posten: CamtPostInvoer[],
): string;
export type Soort = 'boete' | 'terugvordering' | 'leerplicht' | 'leerlingenvervoer' | 'verzuim' | 'debiteuren' | 'ib';
export const SOORTEN: Soort[];
/** De geschreven paden: { uitkeringen, signalen } voor ib, { vorderingen, afschrift } voor debiteuren, { bestand } voor een CSV-soort. */
export function genereer(soort: 'ib', aantal: number, uit: string, seed?: number, opties?: { uitkeringen?: number }): Promise<{ uitkeringen: string; signalen: string }>;
export function genereer(soort: 'debiteuren', aantal: number, uit: string, seed?: number): Promise<{ vorderingen: string; afschrift: string }>;
export function genereer(soort: Exclude<Soort, 'ib' | 'debiteuren'>, aantal: number, uit: string, seed?: number): Promise<{ bestand: string }>;
export function genereer(soort: Soort, aantal: number, uit: string, seed?: number, opties?: { uitkeringen?: number }): Promise<Record<string, string>>;
