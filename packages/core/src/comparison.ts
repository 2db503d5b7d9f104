/**
 * `@signet/core/comparison`: what loading a spec and a contract and comparing them needs, and nothing else. The
 * package's main entry re-exports the deploy decision, spec evolution and webhooks too, about 50 more modules
 * that `signet compare` would load and never run (about 60 ms of CPU at start-up, measured for issue 13).
 */
export { LocatedError } from './shared/located-error.js';
export * from './contracts/index.js';
export * from './specs/index.js';
export * from './compare/index.js';
