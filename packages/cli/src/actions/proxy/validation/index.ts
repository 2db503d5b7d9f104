/** `signet proxy --validate`: proxied exchanges checked against a provider spec (a drift proxy). */
export {
  startDriftValidation,
  driftExitCode,
  type DriftRunOptions,
  type DriftValidation,
} from './drift-validation.js';
export { DriftChecker, type DriftCheckOptions } from './drift-checker.js';
export type { DriftSummary } from './drift-log.js';
export type { DriftFinding, ExchangeVerdict } from './drift-finding.js';
