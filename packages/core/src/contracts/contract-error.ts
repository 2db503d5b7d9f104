import { LocatedError } from '../shared/located-error.js';

/**
 * A consumer contract could not be parsed. `code` is one of:
 * `contract.parse` (not JSON), `contract.too-large`, `contract.too-deep`, `contract.not-pact`,
 * `contract.invalid` (structure), `contract.unsupported-version`, `contract.matcher.invalid`, `contract.file`.
 */
export class ContractError extends LocatedError {}
