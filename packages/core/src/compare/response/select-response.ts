import type { Operation, Response } from '../../specs/model.js';

export interface SelectedResponse {
  response: Response;
  /** Matched only through `default`. */
  viaDefault: boolean;
}

/** The documented response for a status: the exact code, else its range (`2XX`), else `default`. */
export function selectResponse(operation: Operation, status: number): SelectedResponse | undefined {
  const code = String(status);
  const range = `${code.charAt(0)}XX`;
  const byStatus = (s: string): Response | undefined =>
    operation.responses.find((r) => r.status.toUpperCase() === s);
  const exact = byStatus(code) ?? byStatus(range);
  if (exact) return { response: exact, viaDefault: false };
  const fallback = operation.responses.find((r) => r.status.toLowerCase() === 'default');
  return fallback ? { response: fallback, viaDefault: true } : undefined;
}
