import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadSpec } from './load-spec.js';
import { fixtures, operationOf, specValidator } from './testing/spec-validator.js';

const yamlText = readFileSync(join(fixtures, 'petstore-oas31.yaml'), 'utf8');

describe('loadSpec: OpenAPI 3.1', () => {
  it('loads YAML and JSON alike, in the 2020-12 dialect', async () => {
    const spec = await loadSpec(yamlText);
    expect(spec).toMatchObject({ format: 'openapi-3.1', version: '3.1.0', dialect: '2020-12' });
    expect((await loadSpec(JSON.stringify(parse(yamlText)))).operations).toEqual(spec.operations);
  });

  it('follows path item refs and ignores webhooks', async () => {
    const spec = await loadSpec(yamlText);
    expect(spec.operations.map((operation) => `${operation.method} ${operation.path}`)).toEqual([
      'get /pets',
      'delete /pets/{id}',
    ]);
    const list = operationOf(spec, 'get', '/pets');
    expect(list.location).toBe('[root].paths./pets.get');
    expect(list.pointer).toBe('/components/pathItems/Pets/get');
    expect(list.parameters[0]?.location).toBe('[root].paths./pets.get.parameters[0]');
    expect(operationOf(spec, 'delete', '/pets/{id}').responses.map((response) => response.status)).toEqual([
      '204',
      '5XX',
    ]);
  });

  it('compiles with Ajv 2020-12: type arrays, const, numeric exclusive bounds, $defs and recursion', async () => {
    const spec = await loadSpec(yamlText);
    const compile = specValidator(spec);
    const list = compile(
      operationOf(spec, 'get', '/pets').responses[0]!.content['application/json']!.schema!,
    );
    const pet = {
      id: 1,
      kind: 'pet',
      tag: null,
      children: [{ id: 2, kind: 'pet' }],
      meta: { created: '2024-01-01T00:00:00Z' },
    };
    expect(list([pet])).toBe(true);
    expect(list([{ ...pet, id: 0 }])).toBe(false);
    expect(list([{ ...pet, kind: 'dog' }])).toBe(false);
    expect(list([{ ...pet, children: [{ id: 2 }] }])).toBe(false);
    expect(list([{ ...pet, meta: { created: 'yesterday' } }])).toBe(false);
    const id = compile(operationOf(spec, 'delete', '/pets/{id}').parameters[0]!.schema!);
    expect([id('12'), id('x1')]).toEqual([true, false]);
  });
});
