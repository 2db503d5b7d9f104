import type { Io } from '../../output/io.js';
import { CliError, ExitCode } from '../../exit-codes.js';
import { buildRequest, type Target } from './build-request.js';
import { runChecks, type CheckOutcome } from './checks/index.js';
import { HttpSender, type Exchange } from './http-sender.js';
import { loadSpecFile, loadSpecText, selectOperations } from './load-spec-file.js';
import { planOperation, type PlanOptions } from './plan-operation.js';
import { progressReporter } from './progress.js';
import type { VerificationReport } from './report-model.js';
import type { HttpRequest, PlannedRequest } from './request-model.js';
import { SchemaValidators } from './schema-validators.js';
import { checkedAnswer, recordOutcome, type CheckedAnswer } from './tally.js';
import { runPool } from './run-pool.js';
import { buildReport, emptyResult } from './report-builder.js';

/** Everything `signet test` needs, already validated. */
export interface VerifyOptions extends PlanOptions, Target {
  /** The spec file, or (with `specText`) how to name the spec in messages and the report. */
  specPath: string;
  /** The spec's text, when it does not come from a file (e.g. from the broker). */
  specText?: string;
  provider?: string;
  /** operationIds or `METHOD /path`; all operations when empty. */
  operations: string[];
  /** Requests in flight at once (default 8). */
  concurrency?: number;
  /** Accept response fields the spec does not declare (off: they fail `response-body`, as in `signet compare`). */
  allowUndeclaredResponseFields?: boolean;
  /** Why this spec, said on the report's first lines (e.g. the latest on the version's branch). */
  specSource?: string;
}

const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

/**
 * Verifies a running provider against its spec: plans requests for every selected operation, sends them over
 * keep-alive connections, checks every answer, and returns the report (progress on `io.err`).
 *
 * @throws {CliError} exit 2 for an invalid spec or selector, exit 4 when the first request finds nobody listening.
 */
export async function verifyProvider(options: VerifyOptions, io: Io): Promise<VerificationReport> {
  const spec =
    options.specText === undefined
      ? await loadSpecFile(options.specPath)
      : await loadSpecText(options.specText, options.specPath);
  const operations = selectOperations(spec, options.operations);
  const validators = new SchemaValidators(spec);
  const started = Date.now();
  const plans = operations.map((op) => planOperation(spec, op, validators, options));
  const results = plans.map(emptyResult);
  const jobs = plans.flatMap((plan, index) =>
    plan.requests.map((planned) => ({ index, planned, request: buildRequest(planned, options) })),
  );
  io.err(
    `signet test: ${jobs.length} requests for ${operations.length} operation(s), seed ${options.seed}\n`,
  );
  const sender = new HttpSender(options.concurrency ?? 8);
  const progress = progressReporter(io, jobs.length);
  const allowUndeclared = options.allowUndeclaredResponseFields === true;
  // Answers arrive in any order; they are checked as they come (for progress) and recorded in plan order.
  const checked = (job: (typeof jobs)[number], exchange: Exchange): CheckedAnswer => {
    const outcomes = check(job.planned, job.request, exchange, validators, allowUndeclared);
    progress(outcomes.every((o) => o.failure === undefined));
    return checkedAnswer(job.planned.operation, exchange, outcomes);
  };
  let answers: CheckedAnswer[] = [];
  try {
    const [first, ...rest] = jobs;
    if (first) {
      const exchange = await sender.send(first.request);
      if (!exchange.ok && UNREACHABLE.has(exchange.code)) {
        throw new CliError(
          `provider unreachable at ${options.baseUrl.href}: ${exchange.message}`,
          ExitCode.providerUnreachable,
        );
      }
      answers = [checked(first, exchange)];
    }
    // runPool starts requests in job order, so each operation's requests also go out in plan order.
    answers.push(
      ...(await runPool(rest, options.concurrency ?? 8, async (job) =>
        checked(job, await sender.send(job.request)),
      )),
    );
  } finally {
    sender.close();
  }
  jobs.forEach((job, i) => recordOutcome(results[job.index]!, job.planned, job.request, answers[i]!));
  return buildReport(spec, { ...options, allowUndeclaredResponseFields: allowUndeclared, started }, results);
}

function check(
  planned: PlannedRequest,
  request: HttpRequest,
  exchange: Exchange,
  validators: SchemaValidators,
  allowUndeclaredResponseFields: boolean,
): CheckOutcome[] {
  if (!exchange.ok) {
    return [
      {
        check: 'connection',
        failure: { check: 'connection', message: `no answer: ${exchange.code} ${exchange.message}` },
      },
    ];
  }
  const { operation, kind } = planned;
  return runChecks({
    operation,
    kind,
    method: request.method,
    response: exchange.response,
    validators,
    allowUndeclaredResponseFields,
  });
}
