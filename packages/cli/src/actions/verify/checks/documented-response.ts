import type { MediaType, Operation, Response } from '@signet/core';

/**
 * The response a status is documented by: the exact code, else its range (`4XX`), else `default`.
 *
 * @example documentedResponse(op, 404)?.status // '404', '4XX' or 'default'
 */
export function documentedResponse(operation: Operation, status: number): Response | undefined {
  const code = String(status);
  const range = `${code[0]}XX`;
  return (
    operation.responses.find((r) => r.status === code) ??
    operation.responses.find((r) => r.status.toUpperCase() === range) ??
    operation.responses.find((r) => r.status === 'default')
  );
}

/** The documented media type a Content-Type value matches (exact first, then `type/*`, then `*\/*`). */
export function documentedMediaType(
  response: Response,
  contentType: string,
): [string, MediaType] | undefined {
  const actual = essence(contentType);
  const entries = Object.entries(response.content);
  return (
    entries.find(([declared]) => essence(declared) === actual) ??
    entries.find(([declared]) => essence(declared) === `${actual.split('/')[0]}/*`) ??
    entries.find(([declared]) => essence(declared) === '*/*')
  );
}

/** `Application/JSON; charset=utf-8` → `application/json` */
export function essence(mediaType: string): string {
  return (mediaType.split(';')[0] ?? '').trim().toLowerCase();
}

/** Whether a media type carries JSON (`application/json`, `application/problem+json`, …). */
export function isJson(mediaType: string): boolean {
  const e = essence(mediaType);
  return e === 'application/json' || e.endsWith('+json');
}
