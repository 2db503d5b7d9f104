/** The deploy decision: pure, from gathered rows to a verdict with typed reasons. */
export { decideDeployment, type DeploymentDecision, type Verdict } from './decide-deployment.js';
export { reasonEffect, type Evidence, type Reason, type ReasonEffect, type ReasonKind } from './reason.js';
export { summariseComparison, summaryErrorLimit } from './summarise-comparison.js';
export type * from './model.js';
