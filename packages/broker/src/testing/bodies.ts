import type { LightMyRequestResponse } from 'fastify';

/** A list page as the API returns it. */
export interface PageBody<T> {
  items: T[];
  nextCursor: string | null;
}

/** The response body as a page of `T` (the shape tests assert on; the API's schema is the judge). */
export function pageOf<T = Record<string, unknown>>(response: LightMyRequestResponse): PageBody<T> {
  return response.json<PageBody<T>>();
}

/** A deploy-guard reason as tests inspect it. */
export interface ReasonBody {
  kind: string;
  via?: string;
  integration?: {
    consumer: { service: string; version: string };
    provider: { service: string; version: string };
  };
  [field: string]: unknown;
}
