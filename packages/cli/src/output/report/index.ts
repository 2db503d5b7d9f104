/** CI reports: every command result as text, JSON, JUnit XML, GitHub workflow commands, Markdown or SARIF. */
export { emitComparison, emitDeployGuard, emitVerification, type ReportTarget } from './command-reports.js';
export { emitReport, type ReportParts } from './emit-report.js';
export {
  chooseFormat,
  formatOption,
  outputOption,
  CHECK_FORMATS,
  COMPARE_FORMATS,
  type ReportFlags,
  type ReportFormat,
} from './report-format.js';
export type { CiCase, CiProblem, CiReport, SourceLocation } from './ci-report.js';
export { comparisonReport, type ComparisonSources } from './comparison-report.js';
export { comparisonSources } from './comparison-sources.js';
export { verificationReport, type VerificationSources } from './verification-report.js';
export { verificationSources } from './verification-sources.js';
export { deployGuardReport } from './deploy-guard-report.js';
export { SourceLines } from './source-lines.js';
export { displayPath } from './display-path.js';
