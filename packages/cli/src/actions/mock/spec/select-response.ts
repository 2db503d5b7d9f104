import type { Operation, Response } from '@signet/core';

/** The documented response to answer with and the concrete status code it is sent with. */
export interface SelectedResponse {
  response: Response;
  status: number;
}

/**
 * The response for `Prefer: code=<n>` (exact status, then its `4XX` range, then `default`), or without one the
 * lowest 2xx, then `2XX`, then `default` (as 200), then the first documented. Undefined when the preferred code is
 * not documented.
 */
export function selectResponse(operation: Operation, preferredCode?: string): SelectedResponse | undefined {
  const responses = operation.responses;
  if (preferredCode !== undefined) {
    if (!/^[1-5]\d\d$/.test(preferredCode)) return undefined;
    const range = `${preferredCode[0]}XX`;
    const response =
      responses.find((r) => r.status === preferredCode) ??
      responses.find((r) => r.status.toUpperCase() === range) ??
      responses.find((r) => r.status === 'default');
    return response ? { response, status: Number(preferredCode) } : undefined;
  }
  const success = responses
    .filter((r) => /^2\d\d$/.test(r.status))
    .sort((a, b) => Number(a.status) - Number(b.status))[0];
  if (success) return { response: success, status: Number(success.status) };
  const fallback =
    responses.find((r) => r.status.toUpperCase() === '2XX') ??
    responses.find((r) => r.status === 'default') ??
    responses[0];
  return fallback ? { response: fallback, status: statusOf(fallback.status) } : undefined;
}

/** `404` → 404, `4XX` → 400, `default` → 200. */
function statusOf(status: string): number {
  if (/^[1-5]\d\d$/.test(status)) return Number(status);
  if (/^[1-5]XX$/i.test(status)) return Number(status[0]) * 100;
  return 200;
}
