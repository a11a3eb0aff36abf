/** Migraties voor het IB-signaalregister en de themacontroles (versie 3). */
import type { Migratie } from './migraties.js';

export const IB_MIGRATIES: readonly Migratie[] = [];
