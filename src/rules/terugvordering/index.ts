export { berekenTerugvordering } from './berekenTerugvordering.js';
export { minimaalVoorschot } from './voorschot.js';
export { afzienNaEenmaligeBetaling } from './afzien.js';
export { GRONDEN } from './grondslag.js';
export { OORZAKEN } from './types.js';
export type { Oorzaak, TerugvorderingMaand, TerugvorderingZaak, TerugvorderingResultaat, MaandResultaat } from './types.js';
