import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../specs/load-spec.js';
import { diffSpecs } from './diff-specs.js';
import { itemSpec, load } from './testing-specs.js';

const fixtures = path.resolve(import.meta.dirname, '../../test-fixtures/specs');

describe('diffSpecs(x, x)', () => {
  const files = readdirSync(fixtures, { recursive: true, encoding: 'utf8' }).filter((f) =>
    /\.(ya?ml|json)$/.test(f),
  );
  it('is empty for every spec fixture that loads', async () => {
    let compared = 0;
    for (const file of files) {
      const spec = await loadSpec({ path: path.join(fixtures, file) }).catch(() => undefined);
      if (spec === undefined) continue;
      compared++;
      expect(diffSpecs(spec, spec).changes, file).toEqual([]);
    }
    expect(compared).toBeGreaterThan(3);
  });

  it("is empty for GitHub's REST spec", async () => {
    const require = createRequire(import.meta.url);
    const file = require.resolve('@octokit/openapi/generated/api.github.com.json');
    const spec = await loadSpec({ path: file }, { maxBytes: 64 * 1024 * 1024 });
    expect(spec.operations.length).toBeGreaterThan(500);
    expect(diffSpecs(spec, spec).changes).toEqual([]);
  }, 120_000);
});

/** A JSON-ish value a mutation puts into a schema slot. */
const schemaValue = fc.oneof(
  fc.constantFrom(
    { type: 'string' },
    { type: 'integer', maximum: 3 },
    { type: ['string', 'null'] },
    true,
    false,
    {},
  ),
  fc.record({
    type: fc.constant('object'),
    properties: fc.dictionary(fc.string({ maxLength: 3 }), fc.constant({ type: 'string' }), { maxKeys: 3 }),
    required: fc.array(fc.string({ maxLength: 3 }), { maxLength: 2 }),
  }),
  fc.record({
    oneOf: fc.array(fc.constantFrom({ type: 'string' }, { $ref: '#/components/schemas/S' }), {
      maxLength: 3,
    }),
  }),
);
const parts = fc.record(
  { body: schemaValue, response: schemaValue, parameter: schemaValue, header: schemaValue },
  { requiredKeys: [] },
);

describe('diffSpecs on mutated specs', () => {
  it('never throws and answers the same twice', async () => {
    await fc.assert(
      fc.asyncProperty(parts, parts, async (a, b) => {
        const withS = (doc: Record<string, unknown>) => ({
          ...doc,
          components: {
            schemas: { S: { type: 'object', properties: { s: { $ref: '#/components/schemas/S' } } } },
          },
        });
        const base = await load(withS(itemSpec(a))).catch(() => undefined);
        const head = await load(withS(itemSpec(b))).catch(() => undefined);
        if (base === undefined || head === undefined) return;
        const first = diffSpecs(base, head);
        expect(diffSpecs(base, head)).toEqual(first);
        expect(diffSpecs(head, head).changes).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});
