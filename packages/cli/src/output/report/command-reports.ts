import type { ComparisonResult } from '@signet/core';
import type { DeployCheck } from '../../actions/deploy-guard/check-deploy.js';
import type { VerificationReport } from '../../actions/verify/index.js';
// Straight from its file: the verify index would load the whole verifier (fast-check) for `signet compare`.
import { renderReport } from '../../actions/verify/render-report.js';
import type { CliContext } from '../../config/context.js';
import type { Io } from '../io.js';
import { renderComparison } from '../render-comparison.js';
import { renderDeployGuard } from '../render-deploy-guard.js';
import { comparisonReport } from './comparison-report.js';
import { comparisonSources, type ComparedFileNames } from './comparison-sources.js';
import { deployGuardReport } from './deploy-guard-report.js';
import { emitReport } from './emit-report.js';
import type { ReportFormat } from './report-format.js';
import { verificationReport } from './verification-report.js';
import { verificationSources } from './verification-sources.js';

/** Where a command prints, and the format and file it was asked for. */
export interface ReportTarget {
  io: Io;
  context: CliContext;
  format: ReportFormat;
  output?: string;
}

/** `signet compare`'s report; the spec and contract files are read again only for the CI formats. */
export function emitComparison(
  { io, context, format, output }: ReportTarget,
  result: ComparisonResult,
  files: ComparedFileNames,
): Promise<void> {
  return emitReport(
    { io, context },
    { format, output },
    {
      text: () => renderComparison(plain(io, output), result),
      json: () => result,
      ci: async () => comparisonReport(result, await comparisonSources(files, context.cwd)),
    },
  );
}

/** `signet test`'s report; `json` is what `--json` prints (the report, with what was published). */
export function emitVerification(
  { io, context, format, output }: ReportTarget,
  report: VerificationReport,
  specFile: string | undefined,
  json: unknown = report,
): Promise<void> {
  return emitReport(
    { io, context },
    { format, output },
    {
      text: () => renderReport(plain(io, output), report),
      json: () => json,
      ci: async () => verificationReport(report, await verificationSources(specFile, context.cwd)),
    },
  );
}

/** `signet deploy-guard`'s report. */
export function emitDeployGuard(
  { io, context, format, output }: ReportTarget,
  check: DeployCheck,
): Promise<void> {
  return emitReport(
    { io, context },
    { format, output },
    {
      text: () => renderDeployGuard(plain(io, output), check),
      json: () => check,
      ci: () => deployGuardReport(check),
    },
  );
}

/** A report written to a file gets no terminal colours. */
function plain(io: Io, output: string | undefined): Io {
  return output === undefined ? io : { ...io, color: false };
}
