import type { ProblemFields } from './errors.js';

/**
 * Reads an error answer: the broker's problem+json as it is, anything else (a proxy's HTML page, an empty
 * body) as a synthetic problem `http.<status>`, so callers always get the same shape.
 */
export function readProblem(response: Response, text: string): ProblemFields & Record<string, unknown> {
  const requestId = response.headers.get('x-request-id');
  const body = parseObject(text);
  if (body !== undefined && typeof body.code === 'string' && typeof body.status === 'number') {
    return {
      ...body,
      status: body.status,
      code: body.code,
      title: typeof body.title === 'string' ? body.title : response.statusText,
      detail: typeof body.detail === 'string' ? body.detail : '',
      requestId: typeof body.requestId === 'string' ? body.requestId : requestId,
    };
  }
  return {
    status: response.status,
    code: `http.${response.status}`,
    title: response.statusText === '' ? `HTTP ${response.status}` : response.statusText,
    detail: `the broker answered ${response.status} ${response.statusText}`.trim(),
    requestId,
  };
}

function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}
