/**
 * @signet/core — Signet's pure engine: provider spec loading, Pact contract parsing and matching,
 * and contract-vs-spec comparison. No HTTP server, no database.
 */
export type * from './contracts/model.js';
export type * from './specs/model.js';
export type * from './compare/model.js';
export { LocatedError } from './shared/located-error.js';
export { SpecError } from './specs/spec-error.js';
export { ContractError } from './contracts/contract-error.js';
