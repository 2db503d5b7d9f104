import fc from 'fast-check';
import { loadSpec } from '@signet/core';
import type { ProviderSpec } from '@signet/core';
import { describe, expect, it } from 'vitest';
import { SchemaValidators } from '../schema-validators.js';
import { generationContext } from './generation-context.js';
import { schemaArbitrary } from './schema-arbitrary.js';

/** A spec whose components are the schemas under test, each the body of `POST /<name>`. */
async function specWith(openapi: string, schemas: Record<string, unknown>): Promise<ProviderSpec> {
  const paths = Object.fromEntries(
    Object.keys(schemas).map((name) => [
      `/${name}`,
      {
        post: {
          requestBody: {
            content: { 'application/json': { schema: { $ref: `#/components/schemas/${name}` } } },
          },
          responses: { '204': { description: 'ok' } },
        },
      },
    ]),
  );
  return loadSpec({ openapi, info: { title: 't', version: '1' }, paths, components: { schemas } });
}

const schemas30 = {
  Pet: {
    type: 'object',
    required: ['id', 'name', 'status', 'born'],
    properties: {
      id: { type: 'integer', format: 'int64', minimum: 1 },
      name: { type: 'string', minLength: 1, maxLength: 30 },
      status: { type: 'string', enum: ['available', 'sold'] },
      born: { type: 'string', format: 'date' },
      seen: { type: 'string', format: 'date-time' },
      owner: { type: 'string', format: 'email' },
      chip: { type: 'string', format: 'uuid' },
      site: { type: 'string', format: 'uri' },
      code: { type: 'string', pattern: '^[A-Z]{2}-[0-9]{3}$' },
      weight: { type: 'number', exclusiveMinimum: true, minimum: 0, maximum: 80 },
      tags: { type: 'array', items: { type: 'string' }, uniqueItems: true, maxItems: 4 },
      nickname: { type: 'string', nullable: true },
      scores: { type: 'object', additionalProperties: { type: 'integer', multipleOf: 5 } },
    },
  },
  Closed: {
    type: 'object',
    required: ['a'],
    properties: {
      a: { type: 'boolean' },
      b: { type: 'string', readOnly: true },
      c: { type: 'integer', maximum: -5 },
    },
    additionalProperties: false,
  },
  Tree: {
    type: 'object',
    required: ['value', 'children'],
    properties: {
      value: { type: 'integer' },
      children: { type: 'array', items: { $ref: '#/components/schemas/Tree' } },
      parent: { allOf: [{ $ref: '#/components/schemas/Tree' }], nullable: true },
    },
  },
  LinkedList: {
    type: 'object',
    required: ['head', 'next'],
    properties: {
      head: { type: 'string' },
      next: { oneOf: [{ $ref: '#/components/schemas/LinkedList' }, { type: 'string', enum: ['end'] }] },
    },
  },
  Dog: {
    allOf: [
      { $ref: '#/components/schemas/Pet' },
      { type: 'object', required: ['breed'], properties: { breed: { type: 'string', maxLength: 10 } } },
    ],
  },
  Shape: {
    oneOf: [
      {
        type: 'object',
        required: ['kind', 'radius'],
        properties: { kind: { type: 'string', enum: ['circle'] }, radius: { type: 'number', minimum: 0 } },
      },
      {
        type: 'object',
        required: ['kind', 'side'],
        properties: {
          kind: { type: 'string', enum: ['square'] },
          side: { type: 'integer', minimum: 1, maximum: 9 },
        },
      },
    ],
  },
  Either: {
    anyOf: [
      { type: 'string', format: 'ipv4' },
      { type: 'array', minItems: 2, items: { type: 'boolean' } },
    ],
  },
};

const schemas31 = {
  Point: { type: 'array', prefixItems: [{ type: 'number' }, { type: 'number' }], items: false },
  Maybe: { type: ['string', 'null'], maxLength: 3 },
  Fixed: {
    type: 'object',
    required: ['v'],
    properties: { v: { const: 'x' }, n: { type: 'integer', exclusiveMaximum: 10, exclusiveMinimum: 0 } },
  },
  Node: {
    type: 'object',
    required: ['next'],
    properties: { next: { anyOf: [{ $ref: '#/components/schemas/Node' }, { type: 'null' }] } },
  },
};

describe('schema-generated values are valid against their schemas', () => {
  for (const [openapi, schemas] of [
    ['3.0.3', schemas30],
    ['3.1.0', schemas31],
  ] as const) {
    for (const name of Object.keys(schemas)) {
      it(`${name} (OpenAPI ${openapi})`, async () => {
        const spec = await specWith(openapi, schemas);
        const validators = new SchemaValidators(spec);
        const body = spec.operations.find((op) => op.path === `/${name}`)!.requestBody!.content[
          'application/json'
        ]!.schema!;
        const arbitrary = schemaArbitrary(body.schema, generationContext(spec.schemaRoot));
        fc.assert(
          fc.property(arbitrary, (value) => {
            expect(validators.validate(body.pointer, value)).toEqual({ valid: true });
          }),
          { numRuns: 200 },
        );
      });
    }
  }
});
