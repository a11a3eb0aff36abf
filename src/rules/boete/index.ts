export { berekenBoete } from './berekenBoete.js';
export { VERWIJTBAARHEDEN } from './types.js';
export type { BoeteZaak, BoeteResultaat, Boeteuitkomst, Verwijtbaarheid } from './types.js';
