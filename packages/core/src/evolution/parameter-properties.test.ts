import { describe, expect, it } from 'vitest';
import { diffSpecs } from './diff-specs.js';
import { itemSpec, load } from './testing-specs.js';

/** Object parameters and headers: their properties are compared, with the property ids and the parameter. */
describe('diffSpecs on properties of object parameters and headers', () => {
  const object = (
    extra: Record<string, unknown> = {},
    zip: Record<string, unknown> = { type: 'integer' },
  ) => ({
    type: 'object',
    properties: { city: { type: 'string' }, zip },
    ...extra,
  });

  it('a query parameter property made required, retyped or narrowed is a request change', async () => {
    const base = await load(itemSpec({ parameter: object() }));
    const head = await load(
      itemSpec({ parameter: object({ required: ['city'] }, { type: 'integer', maximum: 9 }) }),
    );
    const changes = diffSpecs(base, head).changes.map((c) => [
      c.id,
      c.severity,
      c.parameter?.name,
      c.propertyPath,
    ]);
    expect(changes).toEqual([
      ['request-property-became-required', 'breaking', 'q', 'city'],
      ['request-parameter-max-set', 'breaking', 'q', 'zip'],
    ]);
  });

  it('a response header property removed is a response change', async () => {
    const base = await load(itemSpec({ header: object({ required: ['zip'] }) }));
    const head = await load(
      itemSpec({ header: { type: 'object', properties: { city: { type: 'string' } } } }),
    );
    expect(diffSpecs(base, head).changes).toMatchObject([
      {
        id: 'response-required-property-removed',
        severity: 'breaking',
        direction: 'response',
        parameter: { in: 'header', name: 'x-rate' },
        propertyPath: 'zip',
      },
    ]);
  });
});
