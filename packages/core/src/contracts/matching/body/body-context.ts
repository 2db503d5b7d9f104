import type { RuleList } from '../../model.js';
import type { Mismatch } from '../mismatch.js';

/** What every body comparison needs: the body rules (absent when matchers are off) and where to report. */
export interface BodyContext {
  rules: Record<string, RuleList> | undefined;
  /** Responses and messages may carry keys the contract does not mention; requests may not. */
  allowUnexpectedKeys: boolean;
  mismatches: Mismatch[];
}

export function bodyMismatch(
  ctx: BodyContext,
  path: string,
  message: string,
  expected?: unknown,
  actual?: unknown,
): void {
  ctx.mismatches.push({
    kind: 'body',
    path,
    message,
    ...(expected !== undefined ? { expected } : {}),
    ...(actual !== undefined ? { actual } : {}),
  });
}
