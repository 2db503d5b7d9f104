/** Pact contracts: parsing every spec version into one model, and the Pact matching-rules engine. */
export { parseContract } from './parse/parse-contract.js';
export type { ParseContractOptions } from './parse/parse-contract.js';
export { ContractError } from './contract-error.js';
export type * from './model.js';
export { matchRequest, matchResponse, matchMessage } from './matching/match.js';
export { compareRequests, compareResponses } from './matching/match-http.js';
export { compareMessages } from './matching/match-message-contents.js';
export type { Mismatch, MismatchKind, MatchResult, MatchOptions } from './matching/mismatch.js';
export { splitHeaderValue } from './parse/normalise-headers.js';
