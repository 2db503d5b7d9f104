import fc from 'fast-check';
import { loadSpec } from '@signet/core';
import { describe, expect, it } from 'vitest';
import { buildRequest } from './build-request.js';
import { planOperation } from './plan-operation.js';
import { SchemaValidators } from './schema-validators.js';

// Path parameter schemas that allow (or even suggest) an empty value, each with an optional spec example.
const pathSchema = fc.oneof(
  fc.constant({ type: 'string' }),
  fc.record({ type: fc.constant('string'), maxLength: fc.integer({ min: 1, max: 5 }) }),
  fc.constant({ type: 'string', minLength: 0 }),
  fc.constant({ type: 'string', pattern: '^[a-z]*$' }),
  fc.constant({ type: 'string', enum: ['', 'a', 'b'] }),
  fc.constant({ type: 'array', items: { type: 'string' } }),
  fc.constant({ type: 'integer', minimum: 0 }),
);
const withExample = fc.record(
  { schema: pathSchema, example: fc.constantFrom('', 'x') },
  { requiredKeys: ['schema'] },
);

describe('positive requests', () => {
  it('never have an empty path segment (GET /carts/{cartId} is never sent as GET /carts/)', async () => {
    await fc.assert(
      fc.asyncProperty(withExample, withExample, fc.integer(), async (cart, item, seed) => {
        const param = (name: string, p: typeof cart) => ({ name, in: 'path', required: true, ...p });
        const spec = await loadSpec({
          openapi: '3.0.3',
          info: { title: 't', version: '1' },
          paths: {
            '/carts/{cartId}/items/{itemId}': {
              get: {
                parameters: [param('cartId', cart), param('itemId', item)],
                responses: { '200': { description: 'ok' } },
              },
            },
          },
        });
        const operation = spec.operations[0]!;
        const plan = planOperation(spec, operation, new SchemaValidators(spec), {
          seed,
          maxExamples: 5,
          negative: false,
        });
        const target = { baseUrl: new URL('http://provider.test'), headers: {} };
        for (const planned of plan.requests) {
          const { pathname } = new URL(buildRequest(planned, target).url);
          expect({ kind: planned.kind, note: planned.note, pathname }).toEqual({
            kind: planned.kind,
            note: planned.note,
            pathname: expect.stringMatching(/^\/carts\/[^/]+\/items\/[^/]+$/),
          });
        }
        expect(plan.requests.length).toBeGreaterThan(0);
      }),
      { numRuns: 60, seed: 16 },
    );
  });
});
