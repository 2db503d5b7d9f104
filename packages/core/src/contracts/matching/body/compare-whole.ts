import { isDeepStrictEqual } from 'node:util';
import { applyRules } from '../apply-rules.js';
import { selectRules } from '../rule-selection.js';
import { bodyMismatch } from './body-context.js';
import type { BodyContext } from './body-context.js';

/** Text or bytes as a whole: the rule at `$` if there is one, else equality. */
export function compareWhole(
  expected: string | Uint8Array,
  actual: string | Uint8Array,
  ctx: BodyContext,
): void {
  const selected = selectRules(ctx.rules, ['$']);
  const problems = selected
    ? applyRules(selected.rules, expected, actual, { direct: true, stringly: true })
    : isDeepStrictEqual(Buffer.from(expected), Buffer.from(actual))
      ? []
      : ['Expected body does not equal the received body'];
  for (const problem of problems) {
    bodyMismatch(
      ctx,
      '$',
      problem,
      typeof expected === 'string' ? expected : undefined,
      typeof actual === 'string' ? actual : undefined,
    );
  }
}
