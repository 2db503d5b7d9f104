import { describe, expect, it } from 'vitest';
import { brief, comparePact } from '../testing/compare-pact.js';

// "Infinity" is no JSON number: a parameter of type integer or number never takes it, whether its schema is
// bare (the simple check) or has bounds or a `$ref` (Ajv, which would coerce it and call it an integer).
const yaml = `
openapi: 3.0.0
info: { title: t, version: '1' }
paths:
  /q/{id}:
    get:
      parameters:
        - { in: path, name: id, required: true, schema: { $ref: '#/components/schemas/Id' } }
        - { in: query, name: i, schema: { type: integer } }
        - { in: query, name: ib, schema: { type: integer, minimum: -10 } }
        - { in: query, name: n, schema: { type: number } }
        - { in: query, name: nb, schema: { type: number, maximum: 1000 } }
        - { in: query, name: either, schema: { oneOf: [{ type: integer }, { type: string }] } }
        - { in: query, name: s, schema: { type: string } }
        - { in: header, name: X-Count, schema: { type: integer, minimum: 0 } }
      responses: { '200': { description: ok } }
components:
  schemas:
    Id: { type: integer, format: int64, minimum: 1 }
`;

const findings = async (path: string, query?: string, headers?: Record<string, string>) => {
  const result = await comparePact(yaml, [
    { description: 'd', request: { method: 'GET', path, query, headers }, response: { status: 200 } },
  ]);
  return result.findings.map(brief);
};

describe('non-finite numbers in parameters', () => {
  it('are no integer or number, with bounds or without', async () => {
    for (const name of ['i', 'ib', 'n', 'nb'])
      for (const text of ['Infinity', '-Infinity', 'NaN']) {
        expect(await findings('/q/1', `${name}=${text}`), `${name}=${text}`).toEqual([
          `request.query.incompatible error [root].interactions[0].request.query.${name}`,
        ]);
      }
  });

  it('are a string where the schema takes one', async () => {
    expect(await findings('/q/1', 'either=Infinity&s=Infinity&ib=-3&nb=1e2')).toEqual([]);
  });

  it('route no path parameter and pass no header of type integer', async () => {
    expect((await findings('/q/Infinity')).some((f) => f.startsWith('request.path'))).toBe(true);
    expect(await findings('/q/1', undefined, { 'X-Count': 'Infinity' })).toEqual([
      'request.header.incompatible error [root].interactions[0].request.headers.x-count',
    ]);
    expect(await findings('/q/1', undefined, { 'X-Count': '3' })).toEqual([]);
  });
});
