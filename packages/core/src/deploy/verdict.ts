import type { ReasonEffect } from './reason.js';

export type Verdict = 'safe' | 'unsafe' | 'unknown';

/**
 * The verdict a set of effects adds up to: `unsafe` when any blocks, else `unknown` when any is open, else
 * `safe` (also for none).
 *
 * @example
 * ```ts
 * verdictOf(['ok', 'unknown']); // 'unknown'
 * ```
 */
export function verdictOf(effects: Iterable<ReasonEffect>): Verdict {
  const seen = new Set(effects);
  if (seen.has('blocks')) return 'unsafe';
  if (seen.has('unknown')) return 'unknown';
  return 'safe';
}
