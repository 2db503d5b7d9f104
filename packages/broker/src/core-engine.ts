import {
  decideDeployment,
  parseContract,
  summariseComparison,
  type ComparisonResult,
  type SpecImpact,
  type SpecUsage,
} from '@signet/core';
import type { Engine } from './engine.js';
import { compareTask, runTask, SpecCache } from './engine-pool/index.js';
import type { SpecKind } from './store/records.js';
import type { SpecDescription } from './specs/spec-description.js';

/**
 * `@signet/core`'s functions run in the calling thread, with the same tasks the worker pool runs and a small
 * cache of loaded specs. For tests and tools; the broker process uses `createPoolEngine`.
 */
export function inProcessEngine(cache = new SpecCache()): Engine {
  return {
    checkSpec: async (text, { maxBytes }) =>
      (await runTask({ kind: 'checkSpec', text, maxBytes }, cache)) as SpecKind,
    describeSpec: async (spec, { maxBytes }) =>
      (await runTask({ kind: 'describeSpec', spec, maxBytes }, cache)) as SpecDescription,
    compare: async (specs, contract) =>
      (await runTask(compareTask(specs, contract), cache)) as ComparisonResult,
    specImpact: async ({ base, head, consumers, maxBytes }) =>
      (await runTask({ kind: 'specImpact', spec: base, head, consumers, maxBytes }, cache)) as SpecImpact,
    usage: async (spec, consumers) => (await runTask({ kind: 'usage', spec, consumers }, cache)) as SpecUsage,
    parseContract: (text, options) => parseContract(text, options),
    summariseComparison,
    decideDeployment,
  };
}

/** The in-process engine, shared. */
export const coreEngine: Engine = inProcessEngine();
