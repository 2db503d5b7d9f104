import type { Engine } from '../engine.js';
import { coreEngine } from '../core-engine.js';

/** The real core engine for tests: comparisons in broker tests are the genuine article, not stubs. */
export const testEngine: Engine = coreEngine;

/** What a test runs inside the engine's next comparison, before it answers; cleared once it has run. */
export interface CompareHooks {
  duringNextCompare?: () => Promise<unknown>;
}

/**
 * The test engine with a hook into its next comparison: a test makes something happen while a publication is
 * comparing (another publication, say) and sees what the publication then stores.
 */
export function engineWithCompareHook(): { engine: Engine; hooks: CompareHooks } {
  const hooks: CompareHooks = {};
  const engine: Engine = {
    ...testEngine,
    compare: async (spec, contract) => {
      const hook = hooks.duringNextCompare;
      hooks.duringNextCompare = undefined;
      await hook?.();
      return testEngine.compare(spec, contract);
    },
  };
  return { engine, hooks };
}
