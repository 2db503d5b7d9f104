import {
  decideDeployment,
  parseContract,
  summariseComparison,
  type ComparisonResult,
  type SpecImpact,
  type SpecUsage,
} from '@signet/core';
import type { Engine } from '../engine.js';
import type { SpecDescription } from '../specs/spec-description.js';
import type { SpecKind } from '../store/records.js';
import { compareTask } from './tasks.js';
import type { EngineSettings } from './engine-settings.js';
import { WorkerPool, type PoolSettings, type PoolStats } from './worker-pool.js';

/** An engine whose heavy work runs in worker threads; close it when the broker stops. */
export interface PoolEngine extends Engine {
  close(): Promise<void>;
  stats(): PoolStats;
}

/**
 * The broker's engine: spec loading and comparisons run in a {@link WorkerPool} (off the event loop, each
 * under the time limit), the cheap parts (contract parsing, summaries, the deploy decision) in-process.
 *
 * @example const engine = createPoolEngine({ workers: 1, taskTimeoutMs: 120_000 }); … await engine.close();
 */
export function createPoolEngine(
  settings: EngineSettings,
  options: Pick<PoolSettings, 'workerUrl' | 'cache' | 'execArgv'> = {},
): PoolEngine {
  const pool = new WorkerPool({ size: settings.workers, taskTimeoutMs: settings.taskTimeoutMs, ...options });
  return {
    checkSpec: async (text, { maxBytes }) =>
      (await pool.run({ kind: 'checkSpec', text, maxBytes })) as SpecKind,
    describeSpec: async (spec, { maxBytes }) =>
      (await pool.run({ kind: 'describeSpec', spec, maxBytes })) as SpecDescription,
    compare: async (specs, contract) => (await pool.run(compareTask(specs, contract))) as ComparisonResult,
    specImpact: async ({ base, head, consumers, maxBytes }) =>
      (await pool.run({ kind: 'specImpact', spec: base, head, consumers, maxBytes })) as SpecImpact,
    usage: async (spec, consumers) => (await pool.run({ kind: 'usage', spec, consumers })) as SpecUsage,
    parseContract: (text, options) => parseContract(text, options),
    summariseComparison,
    decideDeployment,
    close: () => pool.close(),
    stats: () => pool.stats(),
  };
}
