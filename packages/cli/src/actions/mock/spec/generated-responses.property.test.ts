import fc from 'fast-check';
import { loadSpec } from '@signet/core';
import { describe, expect, it } from 'vitest';
import { SchemaValidators } from '../../verify/schema-validators.js';
import type { MockRequest } from '../http/mock-exchange.js';
import { generateValue } from './generate-value.js';
import { specResponder } from './spec-responder.js';

/** Response schemas the generator must satisfy: refs, recursion, composition, formats, bounds, nullable. */
const spec = {
  openapi: '3.0.3',
  info: { title: 'shapes', version: '1' },
  components: {
    schemas: {
      Node: {
        type: 'object',
        required: ['id', 'children'],
        properties: {
          id: { type: 'string', format: 'uuid' },
          children: { type: 'array', maxItems: 3, items: { $ref: '#/components/schemas/Node' } },
        },
      },
      Strict: {
        type: 'object',
        required: ['code'],
        properties: {
          code: { type: 'string', pattern: '^[A-Z]{2}-\\d{3}$' },
          at: { type: 'string', format: 'date' },
        },
        additionalProperties: false,
      },
      // Contradictory: additionalProperties here does not see the other branch's `total`, so nothing is valid.
      Impossible: {
        allOf: [
          { type: 'object', required: ['total'], properties: { total: { type: 'number' } } },
          { type: 'object', properties: { note: { type: 'string' } }, additionalProperties: false },
        ],
      },
      Order: {
        allOf: [
          {
            type: 'object',
            required: ['total'],
            properties: { total: { type: 'number', minimum: 0, exclusiveMaximum: 1000 } },
          },
          {
            type: 'object',
            required: ['placed', 'email', 'lines'],
            properties: {
              placed: { type: 'string', format: 'date-time' },
              email: { type: 'string', format: 'email' },
              note: { type: 'string', nullable: true, maxLength: 20 },
              lines: {
                type: 'array',
                minItems: 1,
                uniqueItems: true,
                items: { type: 'integer', multipleOf: 5 },
              },
              state: { oneOf: [{ type: 'string', enum: ['open'] }, { type: 'boolean' }] },
            },
          },
        ],
      },
    },
  },
  paths: Object.fromEntries(
    ['Node', 'Order', 'Strict', 'Impossible'].map((name) => [
      `/${name}`,
      {
        get: {
          responses: {
            '200': {
              description: name,
              content: { 'application/json': { schema: { $ref: `#/components/schemas/${name}` } } },
            },
          },
        },
      },
    ]),
  ),
};

function request(path: string): MockRequest {
  return { method: 'GET', path, rawQuery: '', query: {}, headers: {}, body: Buffer.alloc(0) };
}

describe('signet mock --spec: generated responses', () => {
  it('are valid against their schemas (Ajv as the oracle) for any seed', async () => {
    const loaded = await loadSpec(spec);
    const validators = new SchemaValidators(loaded);
    const pointers = Object.fromEntries(
      loaded.operations.map((op) => [op.path, op.responses[0]!.content['application/json']!.schema!.pointer]),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.constantFrom('/Node', '/Order', '/Strict'),
        (seed, path) => {
          const answer = specResponder(loaded, { seed, dynamic: false })(request(path));
          expect(answer.status).toBe(200);
          const validation = validators.validate(pointers[path]!, JSON.parse(answer.body.toString()));
          expect(validation).toEqual({ valid: true });
        },
      ),
      { numRuns: 60 },
    );
  });

  it('come straight from the generator valid, without the retries the responder allows', async () => {
    const loaded = await loadSpec(spec);
    const validators = new SchemaValidators(loaded);
    const schemas = loaded.operations
      .filter((op) => op.path !== '/Impossible')
      .map((op) => op.responses[0]!.content['application/json']!.schema!);
    fc.assert(
      fc.property(fc.integer(), fc.constantFrom(...schemas), (seed, schema) => {
        const value = generateValue(loaded.schemaRoot, schema, seed, { safeStrings: false });
        expect(validators.validate(schema.pointer, value)).toEqual({ valid: true });
      }),
      { numRuns: 60 },
    );
  });

  it('are never sent invalid: a schema nothing satisfies is answered 500, naming the violation', async () => {
    const answer = specResponder(await loadSpec(spec), { seed: 7, dynamic: false })(request('/Impossible'));
    expect(answer.status).toBe(500);
    expect(JSON.parse(answer.body.toString())).toMatchObject({
      detail: expect.stringContaining('additional properties'),
    });
  });
});
