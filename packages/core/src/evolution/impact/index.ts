/** Impact: a spec change's classified changes × the consumers that rely on them. */
export { specImpact, describe as describeConsumer, type ImpactInput } from './spec-impact.js';
export type * from './model.js';
