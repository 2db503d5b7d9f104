import { maxPageSize } from '../store/index.js';
import { schemas } from './components.js';
import { ref } from './schema-helpers.js';

/** Helpers that keep the API description's operations short. */

export type Parameter = {
  name: string;
  in: 'path' | 'query';
  required?: boolean;
  schema?: object;
  description?: string;
};

export { ref };
export const json = (schema: object) => ({ content: { 'application/json': { schema } } });
export const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ref('Problem') } },
});

export const path = (name: string): Parameter => ({
  name,
  in: 'path',
  required: true,
  schema: { type: 'string' },
});
export const query = (name: string, description?: string, required = false): Parameter => ({
  name,
  in: 'query',
  required,
  schema: { type: 'string' },
  ...(description ? { description } : {}),
});
export const page: Parameter[] = [
  { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: maxPageSize, default: 20 } },
  {
    name: 'cursor',
    in: 'query',
    schema: { type: 'string' },
    description: 'The `nextCursor` of the previous page.',
  },
];

interface OperationInput {
  summary: string;
  tag: string;
  parameters?: Parameter[];
  /** The request body: the name of its schema in `components.ts`. */
  body?: string;
  ok: [status: number, description: string, schema?: object];
  errors?: number[];
}

const errorText: Record<number, string> = {
  400: 'Malformed request',
  401: 'No valid token (when authentication is on)',
  403: 'The token’s role does not allow this',
  404: 'Not found',
  409: 'Conflicts with what is stored',
  413: 'Document too large',
  422: 'Invalid spec or contract (the loader’s message)',
};

export function op(input: OperationInput) {
  const [status, description, schema] = input.ok;
  const responses: Record<string, unknown> = {
    [status]: schema ? { description, ...json(schema) } : { description },
  };
  for (const code of [400, 401, 403, ...(input.errors ?? [])]) responses[code] = problem(errorText[code]!);
  return {
    summary: input.summary,
    tags: [input.tag],
    ...(input.parameters ? { parameters: input.parameters } : {}),
    // The broker reads a missing body as `{}`, so a body is required exactly when its schema requires a field.
    ...(input.body ? { requestBody: { required: requiresField(input.body), ...json(ref(input.body)) } } : {}),
    responses,
  };
}

function requiresField(name: string): boolean {
  const schema = schemas[name];
  if (schema === undefined) throw new Error(`no schema ${name} in components.ts`);
  const required = (schema as { required?: unknown }).required;
  return !('type' in schema) || schema.type !== 'object' || (Array.isArray(required) && required.length > 0);
}

export const versionPath = [path('name'), path('version')];
