/** Provider verification behind `signet test`: requests from the spec, sent to a running provider, answers checked. */
export { verifyProvider, type VerifyOptions } from './verify-provider.js';
export { renderReport } from './render-report.js';
export { curlLine } from './curl.js';
export type {
  CheckFailure,
  CheckName,
  CheckTally,
  OperationResult,
  RequestFailure,
  VerificationReport,
} from './report-model.js';
export type { HttpRequest } from './request-model.js';
