/**
 * A verification's per-check results as the page shows them. `signet test` publishes one entry per operation
 * (`{operation, requests, passed, failed, skipped?, failures: [{curl, status, failures: [{check, message}]}]}`);
 * Pact verifiers publish one per interaction (`{interactionId, interactionDescription?, success, mismatches}`).
 * The broker keeps results as given, so anything else is shown as raw JSON rather than guessed at.
 */
export type ResultLine =
  | {
      kind: 'operation';
      operation: string;
      requests: number | undefined;
      failed: number | undefined;
      skipped: string | undefined;
      failures: FailedRequest[];
    }
  | { kind: 'interaction'; name: string; success: boolean | undefined; problems: string[] }
  | { kind: 'other'; value: unknown };

/** One request that failed, with the command line that replays it. */
export interface FailedRequest {
  curl: string | undefined;
  status: number | undefined;
  problems: string[];
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
const count = (value: unknown) => (typeof value === 'number' ? value : undefined);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** Reads each result; a result of no known shape becomes `other`. */
export function readVerificationResults(results: readonly unknown[]): ResultLine[] {
  return results.map((result): ResultLine => {
    if (!isObject(result)) return { kind: 'other', value: result };
    const operation = text(result['operation']);
    if (operation !== undefined)
      return {
        kind: 'operation',
        operation,
        requests: count(result['requests']),
        failed: count(result['failed']),
        skipped: text(result['skipped']),
        failures: list(result['failures']).filter(isObject).map(failedRequest),
      };
    const interaction = text(result['interactionDescription']) ?? text(result['interactionId']);
    if (interaction !== undefined)
      return {
        kind: 'interaction',
        name: interaction,
        success: typeof result['success'] === 'boolean' ? result['success'] : undefined,
        problems: list(result['mismatches']).map(problemText),
      };
    return { kind: 'other', value: result };
  });
}

function failedRequest(failure: Json): FailedRequest {
  return {
    curl: text(failure['curl']),
    status: count(failure['status']),
    problems: list(failure['failures']).map(problemText),
  };
}

/** `check: message` of a signet check, a Pact mismatch's description, else its JSON. */
function problemText(problem: unknown): string {
  if (typeof problem === 'string') return problem;
  if (!isObject(problem)) return JSON.stringify(problem);
  const message = text(problem['message']) ?? text(problem['description']) ?? text(problem['mismatch']);
  const where = text(problem['check']) ?? text(problem['attribute']) ?? text(problem['type']);
  if (message === undefined) return JSON.stringify(problem);
  return where === undefined ? message : `${where}: ${message}`;
}

/** How many failed requests (signet) or failed interactions (Pact) the results name. */
export function failureCount(lines: readonly ResultLine[]): number {
  return lines.reduce(
    (n, line) =>
      n +
      (line.kind === 'operation'
        ? (line.failed ?? line.failures.length)
        : line.kind === 'interaction' && line.success === false
          ? 1
          : 0),
    0,
  );
}
