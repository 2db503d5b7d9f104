import type { ProviderSpec } from '@signet/core';
import type { OperationPlan } from './plan-operation.js';
import type { OperationResult, VerificationReport } from './report-model.js';
import { operationLabel } from './request-model.js';
import { sumChecks } from './tally.js';

/** An empty result for a planned operation, filled in as its answers are checked. */
export function emptyResult(plan: OperationPlan): OperationResult {
  return {
    operation: operationLabel(plan.operation),
    ...(plan.operation.operationId ? { operationId: plan.operation.operationId } : {}),
    requests: 0,
    passed: 0,
    failed: 0,
    ...(plan.skipped ? { skipped: plan.skipped } : {}),
    checks: {},
    failures: [],
  };
}

/** What the report says about the run beyond its results. */
export interface RunFacts {
  specPath: string;
  /** Why this spec (from the broker: the version's own, or the latest on a branch). */
  specSource?: string;
  provider?: string;
  baseUrl: URL;
  seed: number;
  maxExamples: number;
  negative: boolean;
  allowUndeclaredResponseFields: boolean;
  /** When planning began (ms since the epoch). */
  started: number;
}

/** The finished report: run facts, totals summed over operations, success when nothing failed. */
export function buildReport(
  spec: ProviderSpec,
  facts: RunFacts,
  results: OperationResult[],
): VerificationReport {
  const total = (key: 'requests' | 'passed' | 'failed'): number => results.reduce((n, r) => n + r[key], 0);
  return {
    ...(facts.provider ? { provider: facts.provider } : {}),
    providerUrl: facts.baseUrl.href,
    spec: {
      file: facts.specPath,
      ...(facts.specSource ? { source: facts.specSource } : {}),
      ...(spec.info.title ? { title: spec.info.title } : {}),
      ...(spec.info.version ? { version: spec.info.version } : {}),
    },
    seed: facts.seed,
    maxExamples: facts.maxExamples,
    negative: facts.negative,
    allowUndeclaredResponseFields: facts.allowUndeclaredResponseFields,
    startedAt: new Date(facts.started).toISOString(),
    durationMs: Date.now() - facts.started,
    success: total('failed') === 0,
    totals: {
      operations: results.length,
      requests: total('requests'),
      passed: total('passed'),
      failed: total('failed'),
      checks: sumChecks(results),
    },
    operations: results,
  };
}
