export * from './types.js';
export { BESCHERMDE_KENMERKEN, MINIMALE_RECHTVAARDIGING, beschermdGebruik, beschermdKenmerk, leesThema, normaliseerVeld, toetsBeschermdeKenmerken, type BeschermdGebruik } from './thema.js';
export { toets, type Toetsing } from './criteria.js';
export { canoniekeJson, pasCriteriaToe, selectieHash, sha256, trekSteekproef, type Selectieresultaat } from './selecteer.js';
export { TREFFERS, isTreffer, trefkans } from './resultaten.js';
