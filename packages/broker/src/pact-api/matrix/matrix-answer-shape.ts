import type { ReasonEffect } from '@signet/core';
import type { PactMatrixRow } from './decision-to-matrix.js';
import { pactDeployable } from './pact-deployable.js';

/** A row of the answer with what it does to it; ignored rows are shown and neither block nor count. */
export interface CountedRow {
  row: PactMatrixRow;
  effect: ReasonEffect;
  ignored: boolean;
}

export interface Notice {
  type: 'success' | 'warning' | 'error';
  text: string;
}

/**
 * The matrix answer Pact clients read, from its rows: `deployable` by the Pact Broker's rule (false when a
 * specified selector matched no version; null while a row is unknown; true when every row passed, also when
 * no row is required), the counts, the reason in words, and the notices before it.
 */
export function matrixAnswer(counted: CountedRow[], extra: { missing: string[]; notices: Notice[] }) {
  const considered = counted.filter((entry) => !entry.ignored);
  const effects = considered.map((entry) => entry.effect);
  const deployable = pactDeployable(effects, extra.missing.length > 0);
  const count = (effect: ReasonEffect) => effects.filter((seen) => seen === effect).length;
  const ignored = counted.length - considered.length;
  const reason =
    extra.missing.length > 0
      ? extra.missing.join('; ')
      : deployable === true
        ? considered.length === 0
          ? 'There are no missing dependencies'
          : 'All required verification results are published and successful'
        : deployable === false
          ? 'One or more verifications failed'
          : count('blocks') > 0
            ? 'Missing one or more required verification results, and one or more verifications failed'
            : 'Missing one or more required verification results';
  const verdict: Notice = { type: deployable === true ? 'success' : 'error', text: reason };
  return {
    summary: {
      deployable,
      reason,
      success: count('ok'),
      failed: count('blocks'),
      unknown: count('unknown'),
      // Like the Pact Broker, `ignored` is only there when something was.
      ...(ignored > 0 ? { ignored } : {}),
    },
    notices: [...extra.notices, verdict],
    matrix: counted.map(({ row, ignored: isIgnoredRow }) =>
      isIgnoredRow ? { ...row, ignored: true as const } : row,
    ),
  };
}
