/** The deploy decision: pure, from gathered rows to a verdict with typed reasons. */
export { decideDeployment, type DeploymentDecision } from './decide-deployment.js';
export {
  reasonEffect,
  reasonEffects,
  type Evidence,
  type Reason,
  type ReasonEffect,
  type ReasonKind,
} from './reason.js';
export { verdictOf, type Verdict } from './verdict.js';
export { summariseComparison, summaryErrorLimit } from './summarise-comparison.js';
export type * from './model.js';
