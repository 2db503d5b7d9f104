import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../specs/index.js';
import { getAtPointer, parsePointer } from './json-pointer.js';
import { deriveRequestRoot } from './request-schema.js';

const yaml = `
openapi: 3.0.0
info: { title: t, version: '1' }
paths:
  /pets:
    post:
      requestBody:
        content:
          application/json:
            schema: { $ref: '#/components/schemas/Pet' }
      responses: { '201': { description: ok } }
components:
  schemas:
    Id: { type: integer, readOnly: true }
    Pet:
      type: object
      required: [id, name, created]
      properties:
        id: { $ref: '#/components/schemas/Id' }
        name: { type: string }
        created: { type: string, readOnly: true }
        owner: { type: object, required: [ref], properties: { ref: { type: string, readOnly: true } } }
`;

describe('deriveRequestRoot', () => {
  it('drops readOnly properties from required, through $refs and nested objects', async () => {
    const spec = await loadSpec(yaml);
    const pet = getAtPointer(deriveRequestRoot(spec), parsePointer('/components/schemas/Pet')) as Record<
      string,
      unknown
    >;
    expect(pet.required).toEqual(['name']);
    expect((pet.properties as { owner: { required: unknown } }).owner.required).toEqual([]);
  });

  it('leaves the spec untouched', async () => {
    const spec = await loadSpec(yaml);
    deriveRequestRoot(spec);
    const pet = getAtPointer(spec.schemaRoot, parsePointer('/components/schemas/Pet')) as Record<
      string,
      unknown
    >;
    expect(pet.required).toEqual(['id', 'name', 'created']);
  });
});
