export * from './types.js';
export { Koppelaar, legeSamenvatting, type Herhaald, type Ontdubbeling, type Samenvatting } from './koppelSignaal.js';
export { Uitkeringsindex, datumAlsGetal, getalAlsDatum } from './uitkeringsindex.js';
export { Sleutelregister, inhoudTekst, inhoudVingerafdruk, vingerafdruk32, type Herhaling } from './ontdubbelen.js';
export { PRODUCTREGELS } from './relevantie.js';
export { kostendelersfactor } from './kostendelers.js';
export { vermogensgrens } from './vermogen.js';
export { afhandeltermijn, ouderdom, type Ouderdom, type Ouderdomsklasse } from './termijn.js';
export type { Voorstel, ProductInvoer } from './voorstel.js';
