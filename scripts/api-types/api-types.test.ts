import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { apiTypesFile, generateCommand, renderApiTypes } from './render-api-types.js';

describe('packages/client/src/generated/api-types.ts', () => {
  it('is what the broker’s OpenAPI document generates today', async () => {
    const committed = await readFile(apiTypesFile, 'utf8');
    const fresh = await renderApiTypes();
    expect(
      committed === fresh,
      `the client's API types are stale: run \`${generateCommand}\` and commit the result`,
    ).toBe(true);
  });

  it('holds plain types only: no import, no value the client would run', async () => {
    const text = await renderApiTypes();
    expect(text).toMatch(/^export interface components \{/m);
    expect(text).not.toMatch(/^\s*import\b|^export (const|function|class|enum)\b/m);
  });
});
