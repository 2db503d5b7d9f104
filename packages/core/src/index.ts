/**
 * @signet/core — Signet's pure engine: provider spec loading, Pact contract parsing and matching,
 * contract-vs-spec comparison, and the deploy decision. No HTTP server, no database.
 */
export { LocatedError } from './shared/located-error.js';
export { jsonNestingDepth } from './shared/document-limits.js';
export { findUnstorableText, isStorableText, type UnstorableAt } from './shared/unstorable-text.js';
export * from './contracts/index.js';
export * from './specs/index.js';
export * from './compare/index.js';
export { createAjv, type AjvInstance } from './compare/schema/ajv/ajv-factory.js';
export * from './deploy/index.js';
export * from './webhooks/index.js';
export * from './evolution/index.js';
