import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSpec } from './load-spec.js';
import { fixtures, operationOf, schemaRefsOf, specValidator } from './testing/spec-validator.js';

const main = join(fixtures, 'multi-file', 'openapi.yaml');

describe('loadSpec: relative file references', () => {
  it('bundles each referenced file once and rewrites refs into the one root', async () => {
    const spec = await loadSpec({ path: main });
    const files = spec.schemaRoot['x-signet-files'] as Record<string, unknown>;
    expect(Object.keys(files).sort()).toEqual([
      'common/parameters.yaml',
      'paths/owner.yaml',
      'schemas/owner.yaml',
      'schemas/pet.yaml',
    ]);
    const pet = (files['schemas/pet.yaml'] as { Pet: { properties: Record<string, unknown> } }).Pet;
    expect(pet.properties.owner).toEqual({ $ref: '#/x-signet-files/schemas~1owner.yaml/Owner' });
    expect(pet.properties.tag).toEqual({ $ref: '#/x-signet-files/schemas~1pet.yaml/Tag' });
  });

  it('resolves parameters and path items from other files', async () => {
    const spec = await loadSpec({ path: main });
    const list = operationOf(spec, 'get', '/pets');
    expect(list.parameters[0]).toMatchObject({
      name: 'limit',
      location: '[root].paths./pets.get.parameters[0]',
      schema: { pointer: '/x-signet-files/common~1parameters.yaml/Limit/schema' },
    });
    const owner = operationOf(spec, 'get', '/owners/{id}');
    expect(owner.location).toBe('[root].paths./owners/{id}.get');
    expect(owner.pointer).toBe('/x-signet-files/paths~1owner.yaml/get');
  });

  it('produces schemas Ajv compiles, across files and cycles', async () => {
    const spec = await loadSpec({ path: main });
    const compile = specValidator(spec);
    for (const operation of spec.operations)
      for (const ref of schemaRefsOf(operation)) expect(() => compile(ref)).not.toThrow();
    const pets = compile(
      operationOf(spec, 'get', '/pets').responses[0]!.content['application/json']!.schema!,
    );
    expect(pets([{ name: 'Rex', tag: null, owner: { name: 'Ann', pets: [{ name: 'Tom' }] } }])).toBe(true);
    expect(pets([{ name: 'Rex', owner: { pets: [{ tag: 'x' }] } }])).toBe(false);
    const limit = compile(operationOf(spec, 'get', '/pets').parameters[0]!.schema!);
    expect([limit(1), limit(0)]).toEqual([true, false]);
  });

  it('resolves file refs of text and object input from baseDir', async () => {
    const text = readFileSync(main, 'utf8');
    const spec = await loadSpec(text, { baseDir: join(fixtures, 'multi-file') });
    expect(spec.operations.map((operation) => operation.path)).toEqual(['/pets', '/owners/{id}']);
  });

  it('refuses file refs without a base directory', async () => {
    const text = readFileSync(main, 'utf8');
    await expect(loadSpec(text)).rejects.toMatchObject({
      code: 'spec.ref.file',
      location: '/paths/~1pets/get/parameters/0/$ref',
    });
  });

  it('reports a missing file at the $ref that names it', async () => {
    await expect(
      loadSpec({ path: join(fixtures, 'multi-file-broken', 'openapi.yaml') }),
    ).rejects.toMatchObject({
      code: 'spec.ref.file',
      location: '/paths/~1pets/get/responses/200/content/application~1json/schema/$ref',
    });
  });

  it('reports a syntax error in a referenced file at the $ref, naming the file, line and column', async () => {
    const text = [
      'openapi: 3.0.3',
      'info: { title: t, version: "1" }',
      'paths: {}',
      'components:',
      '  schemas:',
      "    Pet: { $ref: './bad.yaml#/Pet' }",
    ].join('\n');
    const error: unknown = await loadSpec(text, { baseDir: join(fixtures, 'multi-file-broken') }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: 'spec.parse', location: '/components/schemas/Pet/$ref' });
    expect((error as Error).message).toMatch(/^\.\/bad\.yaml: .* \(at bad\.yaml:4:1\)$/);
  });

  it('reports an unreadable input file as spec.file at the path given', async () => {
    const path = join(fixtures, 'no-such-spec.yaml');
    await expect(loadSpec({ path })).rejects.toMatchObject({ code: 'spec.file', location: path });
  });
});
