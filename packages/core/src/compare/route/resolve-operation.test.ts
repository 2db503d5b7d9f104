import { describe, expect, it } from 'vitest';
import type { HttpRequest } from '../../contracts/model.js';
import { loadSpec } from '../../specs/index.js';
import { specContext } from '../spec-context.js';
import { resolveOperation } from './resolve-operation.js';

const yaml = `
openapi: 3.0.0
info: { title: t, version: '1' }
paths:
  /items/{id}:
    parameters:
      - { in: path, name: id, required: true, schema: { type: integer } }
    get: { responses: { '200': { description: ok } } }
  /items/{slug}/:
    get:
      parameters:
        - { in: path, name: slug, required: true, schema: { type: string, pattern: '^[a-z]+$' } }
      responses: { '200': { description: ok } }
  /either/{id}:
    get:
      parameters:
        - { in: path, name: id, required: true, schema: { oneOf: [{ type: integer }, { type: string }] } }
      responses: { '200': { description: ok } }
`;

const request = (method: string, path: string): HttpRequest => ({
  method,
  path,
  query: {},
  headers: {},
  body: { kind: 'absent' },
  matchingRules: {},
  generators: {},
});

describe('resolveOperation', () => {
  it('falls through to another template when path parameters are invalid', async () => {
    const context = specContext(await loadSpec(yaml));
    expect(resolveOperation(context, request('GET', '/items/12'))?.path).toBe('/items/{id}');
    expect(resolveOperation(context, request('GET', '/items/abc'))?.path).toBe('/items/{slug}/');
    expect(resolveOperation(context, request('GET', '/items/ABC'))).toBeUndefined();
  });

  it('needs the method to match', async () => {
    const context = specContext(await loadSpec(yaml));
    expect(resolveOperation(context, request('POST', '/items/12'))).toBeUndefined();
  });

  it('accepts a value two oneOf branches would both take once coerced', async () => {
    const context = specContext(await loadSpec(yaml));
    expect(resolveOperation(context, request('GET', '/either/42'))?.path).toBe('/either/{id}');
  });
});
