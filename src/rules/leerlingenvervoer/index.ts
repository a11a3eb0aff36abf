export { beoordeelAanvraag } from './beoordeelAanvraag.js';
export { bepaalInkomensgrens, peiljaarVan, type Inkomensgrens } from './inkomensgrens.js';
export { draagkrachtUitTabel } from './draagkracht.js';
export { verdeelInTermijnen } from './termijnen.js';
export { Deelnamerapport, type Beschikkingsregel, type Deelnamerij } from './deelname.js';
export {
  SCHOOLSOORTEN,
  VERVOERSVORMEN,
  VERVOERSBESLUITEN,
  HANDICAPSOORTEN,
  AFWIJKINGSREDENEN,
  VERVOERSREDENEN,
} from './types.js';
export type {
  Vervoersaanvraag,
  Vervoersalternatief,
  Vervoersbeschikking,
  Vervoersbesluit,
  Vervoersreden,
  Schoolsoort,
  Vervoersvorm,
  Handicapsoort,
  Afwijkingsreden,
  Incassotermijn,
} from './types.js';
