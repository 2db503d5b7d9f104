import { describe, expect, it } from 'vitest';
import { loadSpec } from './load-spec.js';

const info = { title: 't', version: '1' };

async function outcome(document: Record<string, unknown>): Promise<string> {
  return loadSpec(JSON.stringify(document)).then(
    (spec) => `loaded ${spec.operations.length}`,
    (error: { code: string; location: string; message: string }) =>
      `${error.code} at ${error.location}: ${error.message}`,
  );
}

describe('loadSpec: a document must describe an API', () => {
  it('refuses OpenAPI 3.0 and Swagger 2.0 without paths, accepts them with empty paths', async () => {
    expect(await outcome({ openapi: '3.0.3', info })).toBe(
      'spec.invalid at /paths: an OpenAPI 3.0 document needs "paths" (an empty {} if it has none)',
    );
    expect(await outcome({ openapi: '3.0.3', info, paths: null })).toMatch(/^spec.invalid at \/paths/);
    expect(await outcome({ swagger: '2.0', info })).toBe(
      'spec.invalid at /paths: a Swagger 2.0 document needs "paths" (an empty {} if it has none)',
    );
    expect(await outcome({ openapi: '3.0.3', info, paths: {} })).toBe('loaded 0');
    expect(await outcome({ swagger: '2.0', info, paths: {} })).toBe('loaded 0');
  });

  it('lets OpenAPI 3.1 go without paths when it has webhooks or components, not with neither', async () => {
    expect(await outcome({ openapi: '3.1.0', info })).toMatch(
      /^spec.invalid at : .*at least one of "paths", "webhooks" and "components"/,
    );
    expect(await outcome({ openapi: '3.1.0', info, webhooks: {} })).toBe('loaded 0');
    expect(await outcome({ openapi: '3.1.0', info, components: { schemas: {} } })).toBe('loaded 0');
  });
});
