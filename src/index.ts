/**
 * De bibliotheek: alles wat de CLI doet is ook importeerbaar, met types.
 *
 *   import { berekenBoete, laadParameters, bedrag, datum } from 'szmh';
 */
export * from './rules/kern/geld.js';
export * from './rules/kern/datum.js';
export * from './rules/kern/bsn.js';
export * from './rules/kern/iban.js';
export * from './rules/kern/betalingskenmerk.js';
export * from './rules/kern/gemeente.js';
export * from './rules/kern/fouten.js';
export * from './rules/kern/trace.js';
export * from './rules/kern/parameters.js';
export * from './rules/boete/index.js';
export * from './rules/terugvordering/index.js';
export * from './rules/leerplicht/index.js';
export * from './rules/leerlingenvervoer/index.js';
export * from './rules/verzuim/index.js';
export * from './rules/ib/index.js';
export * from './rules/themacontrole/index.js';
export { laadParameters, metLokaleOverlay } from './io/parameters.js';
export { openCsv, csvRegel, type CsvBron, type CsvRecord, type Encoding } from './io/csv.js';
export { main } from './cli.js';
