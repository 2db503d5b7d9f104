import { compare, decideDeployment, loadSpec, parseContract, summariseComparison } from '@signet/core';
import type { Engine } from './engine.js';

/** The real engine: `@signet/core`'s functions, as the broker runs them. */
export const coreEngine: Engine = {
  loadSpec: (text, options) => loadSpec(text, options),
  parseContract: (text, options) => parseContract(text, options),
  compare: (spec, contract) => compare(spec, contract),
  summariseComparison,
  decideDeployment,
};
