import { ContractError } from '../contract-error.js';
import type { PactVersion } from '../model.js';

/**
 * Shared by `parseContract` (strict: the first problem throws a located `ContractError`) and the
 * matchers (lenient: test-case and recorded shapes are normalised as well as possible, never thrown on).
 */
export interface ParseContext {
  strict: boolean;
  version: PactVersion;
}

export function report(ctx: ParseContext, code: string, message: string, location: string): void {
  if (ctx.strict) throw new ContractError(code, message, location || '/');
}

export const invalid = (ctx: ParseContext, message: string, location: string): void =>
  report(ctx, 'contract.invalid', message, location);
