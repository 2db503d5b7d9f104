import type { Engine } from '../engine.js';
import { coreEngine } from '../core-engine.js';

/** The real core engine for tests: comparisons in broker tests are the genuine article, not stubs. */
export const testEngine: Engine = coreEngine;
