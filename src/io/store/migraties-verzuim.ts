/** Migraties voor het verzuimregister (versie 4). */
import type { Migratie } from './migraties.js';

export const VERZUIM_MIGRATIES: readonly Migratie[] = [];
