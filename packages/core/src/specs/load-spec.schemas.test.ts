import { describe, expect, it } from 'vitest';
import { loadSpec } from './load-spec.js';
import { schemaRefsOf, specValidator } from './testing/spec-validator.js';

const info = { title: 't', version: '1' };

describe('loadSpec: schema translation edge cases', () => {
  it('keeps refs working that point inside a schema wrapped for nullable', async () => {
    const spec = await loadSpec({
      openapi: '3.0.3',
      info,
      paths: {},
      components: {
        schemas: {
          Base: { type: 'object', properties: { id: { type: 'integer' } } },
          Pet: {
            allOf: [{ $ref: '#/components/schemas/Base' }],
            properties: { name: { type: 'string', minLength: 2 } },
            nullable: true,
          },
          Name: { $ref: '#/components/schemas/Pet/properties/name' },
        },
      },
    });
    const schemas = (spec.schemaRoot.components as { schemas: Record<string, Record<string, unknown>> })
      .schemas;
    expect(schemas.Name).toEqual({ $ref: '#/components/schemas/Pet/anyOf/0/properties/name' });
    const compile = specValidator(spec);
    const name = compile({ pointer: '/components/schemas/Name', schema: {} });
    expect([name('Rex'), name('R')]).toEqual([true, false]);
    const pet = compile({ pointer: '/components/schemas/Pet', schema: {} });
    expect([pet(null), pet({ id: 1, name: 'Rex' }), pet({ id: 'x' })]).toEqual([true, true, false]);
  });

  it('writes refs Ajv resolves even for names with spaces, percent signs and braces', async () => {
    const names = ['a b', '100%', '{x}', 'ü/ß', 'til~de'];
    const schemas = Object.fromEntries(
      names.map((name, index) => [name, { type: 'integer', minimum: index }]),
    );
    const refs = names.map((name) => ({
      $ref: '#/components/schemas/' + encodeURIComponent(name.replace(/~/g, '~0').replace(/\//g, '~1')),
    }));
    const spec = await loadSpec({
      openapi: '3.0.3',
      info,
      paths: {
        '/a': {
          get: {
            responses: {
              200: {
                description: 'ok',
                content: { 'application/json': { schema: { type: 'array', items: { anyOf: refs } } } },
              },
            },
          },
        },
      },
      components: { schemas },
    });
    const check = specValidator(spec)(spec.operations[0]!.responses[0]!.content['application/json']!.schema!);
    expect(check([4, 0])).toBe(true);
    expect(check([-1])).toBe(false);
  });

  it('drops $id and anchors that would make Ajv re-base or reject the root', async () => {
    const spec = await loadSpec({
      openapi: '3.1.0',
      info,
      paths: {},
      components: {
        schemas: {
          A: {
            $id: 'https://example.com/a',
            type: 'object',
            properties: { b: { $ref: '#/components/schemas/B' } },
          },
          B: { $id: 'https://example.com/a', $anchor: 'b', type: 'string' },
        },
        examples: { x: { value: { $id: 'https://example.com/a' } } },
      },
    });
    const a = specValidator(spec)({ pointer: '/components/schemas/A', schema: {} });
    expect([a({ b: 'x' }), a({ b: 1 })]).toEqual([true, false]);
    expect((spec.document.components as { schemas: { A: { $id: string } } }).schemas.A.$id).toBe(
      'https://example.com/a',
    );
  });

  it('repairs Swagger definitions so the root passes meta-schema validation', async () => {
    const spec = await loadSpec({
      swagger: '2.0',
      info,
      paths: {
        '/a': { get: { responses: { 200: { description: 'ok', schema: { $ref: '#/definitions/A' } } } } },
      },
      definitions: {
        A: {
          type: 'object',
          required: true,
          properties: { f: { type: 'file' }, n: { type: 'number', minimum: '1' } },
          examples: {},
        },
      },
    });
    const compile = specValidator(spec);
    for (const ref of spec.operations.flatMap(schemaRefsOf)) {
      const check = compile(ref);
      expect([check({ f: 'anything', n: 1 }), check({ n: 0 })]).toEqual([true, false]);
    }
  });

  it('does not inline recursive schemas', async () => {
    const spec = await loadSpec({
      openapi: '3.0.3',
      info,
      paths: {},
      components: {
        schemas: { Node: { type: 'object', properties: { next: { $ref: '#/components/schemas/Node' } } } },
      },
    });
    expect(JSON.stringify(spec.schemaRoot.components)).toBe(
      '{"schemas":{"Node":{"type":"object","properties":{"next":{"$ref":"#/components/schemas/Node"}}}}}',
    );
  });
});
