import { describe, expect, it } from 'vitest';
import type { ProviderSpec } from '../../specs/model.js';
import { deriveResponseRoot, ResponseRoot } from './response-schema.js';

/** A spec with one GET /x whose 200 JSON body schema is `schema`, and `components.schemas` = `schemas`. */
function specWith(schema: Record<string, unknown>, schemas: Record<string, unknown> = {}): ProviderSpec {
  const pointer = '/paths/~1x/get/responses/200/content/application~1json/schema';
  const schemaRoot = {
    paths: { '/x': { get: { responses: { '200': { content: { 'application/json': { schema } } } } } } },
    components: { schemas },
  };
  return {
    format: 'openapi-3.1',
    version: '3.1.0',
    info: {},
    securitySchemes: {},
    dialect: '2020-12',
    schemaRoot,
    document: schemaRoot,
    operations: [
      {
        method: 'get',
        path: '/x',
        basePaths: [''],
        parameters: [],
        security: [],
        location: '',
        pointer: '/paths/~1x/get',
        responses: [
          {
            status: '200',
            headers: {},
            location: '',
            content: { 'application/json': { location: '', schema: { pointer, schema } } },
          },
        ],
      },
    ],
  };
}

const bodySchema = (root: Record<string, unknown>): unknown =>
  (
    root as {
      paths: Record<
        string,
        { get: { responses: Record<string, { content: Record<string, { schema: unknown }> }> } }
      >;
    }
  ).paths['/x']?.get.responses['200']?.content['application/json']?.schema;

describe('deriveResponseRoot', () => {
  it('drops what constrains the presence of fields, keeping property names that look like keywords', () => {
    const spec = specWith({
      type: 'object',
      required: ['required'],
      minProperties: 2,
      dependentRequired: { a: ['b'] },
      properties: { required: { type: 'array', items: { type: 'object', required: ['x'] } } },
    });
    expect(bodySchema(deriveResponseRoot(spec))).toEqual({
      type: 'object',
      properties: { required: { type: 'array', items: { type: 'object' } } },
    });
  });

  it('turns oneOf into anyOf, and keeps not and if as written', () => {
    const spec = specWith({
      oneOf: [{ type: 'object', required: ['a'] }, { type: 'string' }],
      not: { required: ['secret'] },
      if: { required: ['kind'] },
      then: { required: ['detail'] },
    });
    expect(bodySchema(deriveResponseRoot(spec))).toEqual({
      anyOf: [{ type: 'object' }, { type: 'string' }],
      not: { required: ['secret'] },
      if: { required: ['kind'] },
      then: {},
    });
  });

  it('derives every referenced schema once, circular references included, without touching the spec', () => {
    const node = {
      type: 'object',
      required: ['value'],
      properties: { value: { type: 'string' }, next: { $ref: '#/components/schemas/Node' } },
    };
    const spec = specWith({ $ref: '#/components/schemas/Node' }, { Node: node, Unused: { required: ['x'] } });
    const derived = deriveResponseRoot(spec) as { components: { schemas: Record<string, unknown> } };
    expect(derived.components.schemas.Node).toEqual({
      type: 'object',
      properties: { value: { type: 'string' }, next: { $ref: '#/components/schemas/Node' } },
    });
    expect(derived.components.schemas.Unused).toBeUndefined();
    expect(node.required).toEqual(['value']);
  });

  it('translates a discriminator into a tag-selected oneOf, or anyOf when the tag is left out', () => {
    const spec = specWith(
      {
        oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }],
        discriminator: { propertyName: 'kind', mapping: { cat: '#/components/schemas/Cat' } },
      },
      {
        Cat: { type: 'object', properties: { kind: { type: 'string' } } },
        Dog: { type: 'object', properties: { kind: { type: 'string' } } },
      },
    );
    const derived = bodySchema(deriveResponseRoot(spec)) as {
      allOf: Array<Record<string, { oneOf?: unknown[]; anyOf?: unknown[] }>>;
    };
    const construct = derived.allOf[0];
    expect(construct?.if).toEqual({ required: ['kind'] });
    expect(construct?.then?.oneOf).toEqual([
      { properties: { kind: { enum: ['cat'] } }, allOf: [{ $ref: '#/components/schemas/Cat' }] },
      { properties: { kind: { enum: ['Dog'] } }, allOf: [{ $ref: '#/components/schemas/Dog' }] },
    ]);
    expect(construct?.else?.anyOf).toHaveLength(2);
  });
});

describe('deriveResponseRoot with refs into rewritten keywords', () => {
  it('leaves a ref into a oneOf branch unresolved rather than corrupting the schema around it', () => {
    const spec = specWith(
      {
        properties: {
          a: { $ref: '#/components/schemas/Choice' },
          b: { $ref: '#/components/schemas/Choice/oneOf/0' },
        },
      },
      { Choice: { oneOf: [{ type: 'string' }, { type: 'integer' }] } },
    );
    const derived = deriveResponseRoot(spec) as { components: { schemas: Record<string, unknown> } };
    expect(derived.components.schemas.Choice).toEqual({ anyOf: [{ type: 'string' }, { type: 'integer' }] });
  });
});

describe('ResponseRoot', () => {
  const spec = specWith(
    { type: 'array', items: { $ref: '#/components/schemas/Pet' } },
    {
      Pet: {
        type: 'object',
        required: ['id'],
        properties: { owner: { $ref: '#/components/schemas/Owner' } },
      },
      Owner: { type: 'object', required: ['name'] },
      Unused: { type: 'object', required: ['x'] },
    },
  );
  const body = '/paths/~1x/get/responses/200/content/application~1json/schema';

  it('derives only what a body reaches, as the whole root derives it', () => {
    const root = new ResponseRoot(spec);
    root.include(body);
    const schemas = (root.value as { components: { schemas: Record<string, unknown> } }).components.schemas;
    expect(Object.keys(schemas).sort()).toEqual(['Owner', 'Pet']);
    expect(root.value).toEqual({
      ...deriveResponseRoot(spec),
      components: { schemas: { Pet: schemas.Pet, Owner: schemas.Owner } },
    });
  });

  it('derives everything for a pointer outside what it has derived', () => {
    const root = new ResponseRoot(spec);
    root.include('/components/schemas/Unused');
    expect(root.value).toEqual(deriveResponseRoot(spec));
  });
});
