export { bepaalLeerplichtStatus } from './bepaalLeerplichtStatus.js';
export { berekenLeerplichtDatums, schooljaarMetBegin } from './leerplichtDatums.js';
export { leerplichtStatusOp } from './status.js';
export { leerplichtParameters, type LeerplichtParameters } from './parameters.js';
export { LEERPLICHTSTATUSSEN } from './types.js';
export type { Leerling, LeerplichtDatums, LeerplichtResultaat, Leerplichtstatus } from './types.js';
