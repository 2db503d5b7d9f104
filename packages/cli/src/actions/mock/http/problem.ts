import type { MockResponse, RefusalKind } from './mock-exchange.js';

/** One thing wrong with a request: where (`query.limit`, `body/name`, `header.x-id`) and what. */
export interface Violation {
  location: string;
  message: string;
}

/** The fields of an RFC 9457 problem the mock answers with. */
export interface Problem {
  status: number;
  /** A stable short name, appended to the type URI so clients can branch on it. */
  code: string;
  title: string;
  detail: string;
  violations?: Violation[];
  [extra: string]: unknown;
}

/**
 * A problem+json answer. Problems are the mock's own answers, so they are marked `refused`.
 *
 * @example problemResponse({ status: 404, code: 'no-route', title: 'Not Found', detail: 'GET /x' }, 'unmatched')
 */
export function problemResponse(problem: Problem, refused: RefusalKind): MockResponse {
  const { code, ...rest } = problem;
  return {
    status: problem.status,
    headers: { 'content-type': 'application/problem+json' },
    body: JSON.stringify({ type: `https://signet.dev/problems/mock/${code}`, ...rest }),
    refused,
  };
}
