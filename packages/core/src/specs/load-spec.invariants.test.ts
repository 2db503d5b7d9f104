import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSpec } from './load-spec.js';
import { valueAt } from './pointer.js';
import { fixtures, schemaRefsOf } from './testing/spec-validator.js';

const files = [
  'petstore-oas30.yaml',
  'petstore-swagger2.yaml',
  'petstore-oas31.yaml',
  'discriminator-oas30.yaml',
  'multi-file/openapi.yaml',
];

describe('SchemaRef invariant: schemaRoot at pointer is schema', () => {
  it.each(files)('%s', async (file) => {
    const spec = await loadSpec({ path: join(fixtures, file) });
    const refs = spec.operations.flatMap(schemaRefsOf);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(valueAt(spec.schemaRoot, ref.pointer), ref.pointer).toBe(ref.schema);
  });

  it('holds when Swagger parameters, headers and whole path items are shared through $ref', async () => {
    const item = {
      post: {
        parameters: [{ $ref: '#/parameters/Id' }, { name: 'note', in: 'formData', type: 'string' }],
        responses: { 200: { $ref: '#/responses/Ok' } },
      },
    };
    const spec = await loadSpec({
      swagger: '2.0',
      info: { title: 't', version: '1' },
      paths: { '/a/{id}': item, '/b/{id}': { $ref: '#/paths/~1a~1{id}' }, '/c/{id}': item },
      parameters: { Id: { name: 'id', in: 'path', required: true, type: 'integer' } },
      responses: { Ok: { description: 'ok', headers: { 'X-Count': { type: 'integer' } } } },
    });
    const refs = spec.operations.flatMap(schemaRefsOf);
    expect(refs).toHaveLength(3 * 3);
    for (const ref of refs) expect(valueAt(spec.schemaRoot, ref.pointer), ref.pointer).toBe(ref.schema);
    expect(new Set(refs.map((ref) => ref.pointer)).size).toBe(4);
  });
});
