/**
 * The broker answered with an error: its `application/problem+json` body, or what could be read of a
 * non-problem answer (a proxy's HTML page, say) with a synthetic `http.<status>` code.
 *
 * @example
 * ```ts
 * try { await client.services.get('ghost'); }
 * catch (error) { if (error instanceof BrokerProblemError && error.code === 'service.not-found') … }
 * ```
 */
export class BrokerProblemError extends Error {
  /** HTTP status, e.g. 404. */
  readonly status: number;
  /** Stable, machine-readable, e.g. `contract.content-changed`; safe to match on. */
  readonly code: string;
  /** Short human summary, the same for every occurrence of the code. */
  readonly title: string;
  /** What went wrong this time. */
  readonly detail: string;
  /** The broker's request id (`X-Request-ID`), to find the request in its log; null when absent. */
  readonly requestId: string | null;
  /** The whole problem body, with extensions such as `issues` (400) or `location` (422). */
  readonly problem: Readonly<Record<string, unknown>>;

  constructor(problem: ProblemFields & Record<string, unknown>) {
    super(problem.detail === '' ? problem.title : problem.detail);
    this.name = 'BrokerProblemError';
    this.status = problem.status;
    this.code = problem.code;
    this.title = problem.title;
    this.detail = problem.detail;
    this.requestId = problem.requestId;
    this.problem = problem;
  }
}

/** The fields every problem carries. */
export interface ProblemFields {
  status: number;
  code: string;
  title: string;
  detail: string;
  requestId: string | null;
}

/** The broker could not be reached at all: connection refused, DNS failure, or no answer within the timeout. */
export class BrokerUnreachableError extends Error {
  constructor(
    /** The URL that was requested. */
    readonly url: string,
    /** Why, in a few words (the network error's message, or the timeout). */
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`cannot reach the broker at ${url}: ${reason}`, options);
    this.name = 'BrokerUnreachableError';
  }
}

/** The broker URL given to the client is not an absolute http or https URL, so nothing was sent. */
export class InvalidBrokerUrlError extends Error {
  constructor(
    /** The URL as given. */
    readonly url: string,
  ) {
    super(`the broker URL must be an http or https URL, got '${url}'`);
    this.name = 'InvalidBrokerUrlError';
  }
}
