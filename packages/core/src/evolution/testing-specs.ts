import { loadSpec } from '../specs/load-spec.js';
import type { ProviderSpec } from '../specs/model.js';

/** Test helper: an OpenAPI 3.1 document with one operation, `POST /items/{id}`, and the parts given. */
export function itemSpec(parts: {
  body?: unknown;
  response?: unknown;
  parameter?: unknown;
  header?: unknown;
  operation?: Record<string, unknown>;
  root?: Record<string, unknown>;
}): Record<string, unknown> {
  const schema = (s: unknown) => (s === undefined ? { type: 'string' } : s);
  return {
    openapi: '3.1.0',
    info: { title: 'items', version: '1' },
    ...parts.root,
    paths: {
      '/items/{id}': {
        post: {
          parameters: [
            { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
            { name: 'q', in: 'query', schema: schema(parts.parameter) },
          ],
          requestBody: { content: { 'application/json': { schema: schema(parts.body) } } },
          responses: {
            '200': {
              description: 'ok',
              headers: { 'x-rate': { schema: schema(parts.header) } },
              content: { 'application/json': { schema: schema(parts.response) } },
            },
          },
          ...parts.operation,
        },
      },
    },
  };
}

export function load(document: Record<string, unknown>): Promise<ProviderSpec> {
  return loadSpec(structuredClone(document));
}
