import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../specs/index.js';
import { getAtPointer, parsePointer } from './json-pointer.js';
import { deriveRequestRoot, RequestRoot } from './request-schema.js';

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

describe('RequestRoot', () => {
  const bodyPointer = '/paths/~1pets/post/requestBody/content/application~1json/schema';

  it('derives only what an included schema reaches, the same as the whole root', async () => {
    const spec = await loadSpec(yaml);
    const root = new RequestRoot(spec);
    expect(root.value.components).toBe(spec.schemaRoot.components);
    root.include(bodyPointer);
    const eager = deriveRequestRoot(spec);
    for (const pointer of [bodyPointer, '/components/schemas/Pet', '/components/schemas/Id'])
      expect(getAtPointer(root.value, parsePointer(pointer))).toEqual(
        getAtPointer(eager, parsePointer(pointer)),
      );
  });

  it('keeps a schema that requires no readOnly property as the spec’s own, copying nothing', async () => {
    const spec = await loadSpec(yaml);
    const root = new RequestRoot(spec);
    root.include('/components/schemas/Id');
    expect(root.value.components).toBe(spec.schemaRoot.components);
  });

  it('derives a schema no request body uses when it is included (a parameter’s)', async () => {
    const spec = await loadSpec(`
openapi: 3.0.0
info: { title: t, version: '1' }
paths:
  /pets:
    get:
      parameters:
        - name: filter
          in: query
          content:
            application/json:
              schema: { type: object, required: [id, name], properties: { id: { readOnly: true }, name: {} } }
      responses: { '200': { description: ok } }
`);
    const root = new RequestRoot(spec);
    const pointer = spec.operations[0]!.parameters[0]!.schema!.pointer;
    root.include(pointer);
    expect((getAtPointer(root.value, parsePointer(pointer)) as { required: unknown }).required).toEqual([
      'name',
    ]);
  });
});
