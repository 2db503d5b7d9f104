import { rename, writeFile } from 'node:fs/promises';
import type { ProviderSpec } from '@signet/core';
import { ExitCode } from '../../../exit-codes.js';
import type { Io } from '../../../output/io.js';
import type { Exchange } from '../transport/index.js';
import { DriftChecker } from './drift-checker.js';
import type { ExchangeVerdict } from './drift-finding.js';
import { DriftLog, driftLines, summaryLines, type DriftSummary } from './drift-log.js';

/** `signet proxy --validate`, already loaded. */
export interface DriftRunOptions {
  spec: ProviderSpec;
  /** How the spec is named in output: its file. */
  label: string;
  allowUndeclaredResponseFields?: boolean;
  /** `--drift-report`: on stop, the summary and the drifting exchanges as JSON. */
  reportFile?: string;
}

/** A validating run in progress: each exchange checked as it completes, a summary at the end. */
export interface DriftValidation {
  label: string;
  check(exchange: Exchange): void;
  /** Prints the summary, writes the report file when asked, and returns the summary. */
  finish(): Promise<DriftSummary>;
  exitCode(summary: DriftSummary, upstreamFailures: number): ExitCode;
}

/** Starts checking exchanges against `options.spec`; each drifting exchange is printed as it is seen. */
export function startDriftValidation(
  options: DriftRunOptions,
  captureLimit: number,
  io: Io,
): DriftValidation {
  const checker = new DriftChecker(options.spec, {
    captureLimit,
    ...(options.allowUndeclaredResponseFields === true && { allowUndeclaredResponseFields: true }),
  });
  const log = new DriftLog(options.label);
  return {
    label: options.label,
    check: (exchange) => {
      const verdict = checkedOrFailed(checker, exchange);
      if (verdict === undefined) return log.preflight();
      log.add(verdict);
      if (verdict.findings.length > 0) io.out(driftLines(verdict));
    },
    finish: async () => {
      const summary = log.summary();
      io.out(summaryLines(summary));
      if (options.reportFile !== undefined) await writeReport(options.reportFile, summary);
      return summary;
    },
    exitCode: driftExitCode,
  };
}

/** The checker's verdict; a check that throws (a bug) is a finding, failing closed, never a pass or a crash. */
function checkedOrFailed(checker: DriftChecker, exchange: Exchange): ExchangeVerdict | undefined {
  try {
    return checker.check(exchange);
  } catch (error) {
    const message = `the drift check failed: ${error instanceof Error ? error.message : String(error)}`;
    const finding = {
      code: 'internal.check-failed' as const,
      side: 'response' as const,
      location: '',
      message,
    };
    return { method: exchange.method, url: exchange.url, status: exchange.status, findings: [finding] };
  }
}

/**
 * As `signet test` decides: 4 when the target answered none of the requests sent; 1 when an exchange drifted, a
 * request went unanswered, or nothing was checked at all (no traffic is no evidence); else 0.
 */
export function driftExitCode(summary: DriftSummary, upstreamFailures: number): ExitCode {
  if (summary.checked === 0 && upstreamFailures > 0) return ExitCode.providerUnreachable;
  if (summary.drifted > 0 || upstreamFailures > 0 || summary.checked === 0) return ExitCode.failed;
  return ExitCode.ok;
}

/** Through a temporary file and a rename, so no reader sees half a report. */
async function writeReport(file: string, summary: DriftSummary): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(summary, null, 2)}\n`);
  await rename(temporary, file);
}
