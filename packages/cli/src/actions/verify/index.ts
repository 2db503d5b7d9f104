/** Provider verification behind `signet test`: requests from the spec, sent to a running provider, answers checked. */
export { verifyProvider, type VerifyOptions } from './verify-provider.js';
export { renderReport } from './render-report.js';
export { curlLine } from './curl.js';
export { failureGroups, type FailureGroup } from './failure-groups.js';
export type {
  CheckFailure,
  CheckName,
  CheckTally,
  OperationResult,
  RequestFailure,
  ResponseExcerpt,
  VerificationReport,
} from './report-model.js';
export type { HttpRequest } from './request-model.js';
