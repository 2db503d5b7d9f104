import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadSpec } from './load-spec.js';
import type { ProviderSpec } from './model.js';
import { fixtures, operationOf, specValidator } from './testing/spec-validator.js';

const file = join(fixtures, 'petstore-oas30.yaml');
const yamlText = readFileSync(file, 'utf8');
const parsed = parse(yamlText) as Record<string, unknown>;

describe('loadSpec: OpenAPI 3.0', () => {
  it('loads the same model from YAML text, JSON text, a parsed object and a file', async () => {
    const fromYaml = await loadSpec(yamlText);
    const fromJson = await loadSpec(JSON.stringify(parsed));
    const fromObject = await loadSpec(structuredClone(parsed));
    const fromFile = await loadSpec({ path: file });
    expect(fromYaml.format).toBe('openapi-3.0');
    expect(fromYaml.version).toBe('3.0.3');
    expect(fromYaml.dialect).toBe('draft-07');
    expect(fromYaml.info).toEqual({ title: 'Petstore 3.0', version: '1.0.0' });
    for (const other of [fromJson, fromObject, fromFile])
      expect(other.operations).toEqual(fromYaml.operations);
  });

  it('keeps the parsed source document untouched and translates a copy', async () => {
    const input = structuredClone(parsed);
    const spec = await loadSpec(input);
    expect(spec.document).toBe(input);
    expect(input).toEqual(parsed);
    expect(spec.schemaRoot).not.toBe(input);
  });

  it('translates parsed JSON text in place and re-parses it for the document on demand', async () => {
    const text = JSON.stringify({
      openapi: '3.0.3',
      info: { title: 't', version: '1', 'x-opc-config-base-path': '/custom' },
      servers: [{ url: '/v1' }],
      paths: { '/a': { get: { responses: { 200: { description: 'ok' } } } } },
      components: { schemas: { A: { $id: 'https://example.com/a', type: 'string', nullable: true } } },
    });
    const spec = await loadSpec(text);
    expect(spec.schemaRoot.components).toEqual({ schemas: { A: { type: ['string', 'null'] } } });
    expect(spec.document).toEqual(JSON.parse(text));
    expect(spec.document).toBe(spec.document);
    expect(spec.operations[0]?.basePaths).toEqual(['/v1', '/custom']);
  });

  it('lists every operation with its server prefixes', async () => {
    const spec = await loadSpec(yamlText);
    expect(spec.operations.map((operation) => `${operation.method} ${operation.path}`)).toEqual([
      'get /pets',
      'post /pets',
      'get /pets/{petId}',
    ]);
    expect(operationOf(spec, 'get', '/pets').basePaths).toEqual(['/v1', '/internal']);
    expect(operationOf(spec, 'get', '/pets/{petId}').basePaths).toEqual(['/v2']);
    const overriding = await loadSpec({
      openapi: '3.0.3',
      info: { title: 't', version: '1' },
      servers: [{ url: '/root' }],
      paths: { '/a': { servers: [], get: { servers: [], responses: {} } } },
    });
    expect(overriding.operations[0]?.basePaths).toEqual(['/root']);
    expect(operationOf(spec, 'get', '/pets')).toMatchObject({
      operationId: 'listPets',
      location: '[root].paths./pets.get',
      pointer: '/paths/~1pets/get',
    });
  });

  it('merges path-level parameters, overriding by name and in, and drops Accept', async () => {
    const list = operationOf(await loadSpec(yamlText), 'get', '/pets');
    expect(list.parameters.map((parameter) => `${parameter.in}:${parameter.name}`)).toEqual([
      'query:limit',
      'query:tags',
      'header:x-trace',
    ]);
    const [limit, tags, trace] = list.parameters;
    expect(limit).toMatchObject({ required: true, location: '[root].paths./pets.get.parameters[0]' });
    expect(limit?.schema?.pointer).toBe('/paths/~1pets/get/parameters/0/schema');
    expect(trace).toMatchObject({ name: 'x-trace', required: true, style: 'simple', explode: false });
    expect(trace?.location).toBe('[root].paths./pets.get.parameters[2]');
    expect(tags).toMatchObject({ style: 'pipeDelimited', explode: false, allowReserved: false });
  });

  it('resolves parameter refs and applies style defaults', async () => {
    const spec = await loadSpec(yamlText);
    const post = operationOf(spec, 'post', '/pets');
    expect(post.parameters[0]).toMatchObject({
      name: 'limit',
      style: 'form',
      explode: true,
      location: '[root].paths./pets.parameters[0]',
      schema: { pointer: '/components/parameters/Limit/schema', schema: { type: 'integer' } },
    });
    const byId = operationOf(spec, 'get', '/pets/{petId}');
    expect(
      byId.parameters.map((parameter) => [
        parameter.name,
        parameter.required,
        parameter.style,
        parameter.explode,
      ]),
    ).toEqual([
      ['petId', true, 'simple', false],
      ['filter', false, 'form', true],
      ['session', false, 'form', false],
    ]);
    expect(byId.parameters[1]).toMatchObject({
      contentType: 'application/json',
      schema: { pointer: '/paths/~1pets~1{petId}/get/parameters/1/content/application~1json/schema' },
    });
  });

  it('reads responses by status with ranges upper-cased, default, and lower-cased header names', async () => {
    const list = operationOf(await loadSpec(yamlText), 'get', '/pets');
    expect(list.responses.map((response) => response.status)).toEqual(['200', '2XX', 'default']);
    const [ok, , fallback] = list.responses;
    expect(ok?.location).toBe('[root].paths./pets.get.responses.200');
    expect(ok?.headers['x-rate-limit']).toMatchObject({
      required: true,
      location: '[root].paths./pets.get.responses.200.headers.X-Rate-Limit',
      schema: { schema: { type: 'integer' } },
    });
    expect(Object.keys(fallback?.content ?? {})).toEqual(['application/problem+json']);
    expect(fallback?.content['application/problem+json']?.schema?.pointer).toBe(
      '/components/responses/Error/content/application~1problem+json/schema',
    );
  });

  it('reads request bodies by media type with encodings', async () => {
    const body = operationOf(await loadSpec(yamlText), 'post', '/pets').requestBody;
    expect(body?.required).toBe(true);
    expect(body?.location).toBe('[root].paths./pets.post.requestBody');
    expect(Object.keys(body?.content ?? {})).toEqual([
      'application/json',
      'application/x-www-form-urlencoded',
    ]);
    expect(body?.content['application/x-www-form-urlencoded']?.encoding).toEqual({
      tags: { style: 'form', explode: true },
    });
    expect(body?.content['application/json']?.location).toBe(
      '[root].paths./pets.post.requestBody.content.application/json',
    );
  });

  it('takes security from the document, overridden per operation ([] = none)', async () => {
    const spec = await loadSpec(yamlText);
    expect(operationOf(spec, 'get', '/pets').security).toEqual([[{ scheme: 'apiKey', scopes: [] }]]);
    expect(operationOf(spec, 'post', '/pets').security).toEqual([]);
    expect(operationOf(spec, 'get', '/pets/{petId}').security).toEqual([
      [{ scheme: 'bearer', scopes: [] }],
      [
        { scheme: 'oauth', scopes: ['read', 'write'] },
        { scheme: 'apiKey', scopes: [] },
      ],
    ]);
    expect(spec.securitySchemes).toEqual({
      apiKey: { type: 'apiKey', in: 'header', name: 'X-API-Key' },
      bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
      basic: { type: 'http', scheme: 'basic' },
      oauth: { type: 'oauth2' },
    });
  });

  it('translates nullable and boolean exclusive bounds so Ajv validates what the spec means', async () => {
    const spec: ProviderSpec = await loadSpec(yamlText);
    const compile = specValidator(spec);
    const pet = compile({ pointer: '/components/schemas/Pet', schema: {} });
    const valid = { id: 1, name: 'Rex', tag: null, status: null, owner: null, weight: 0.5 };
    expect(pet(valid)).toBe(true);
    expect(pet({ ...valid, status: 'sold' })).toBe(true);
    expect(pet({ ...valid, status: 'lost' })).toBe(false);
    expect(pet({ ...valid, weight: 0 })).toBe(false);
    expect(pet({ ...valid, tag: 3 })).toBe(false);
    expect(pet({ ...valid, owner: { name: 'Ann', friend: { pets: [valid] } } })).toBe(true);
    expect(pet({ ...valid, owner: { name: 7 } })).toBe(false);

    const limit = operationOf(spec, 'get', '/pets').parameters[0]!;
    const checkLimit = compile(limit.schema!);
    expect([1, 99, 100, 0].map((value) => checkLimit(value))).toEqual([true, true, false, false]);

    const newPet = compile(
      operationOf(spec, 'post', '/pets').requestBody!.content['application/json']!.schema!,
    );
    expect(newPet(null)).toBe(true);
    expect(newPet({ id: 1, name: 'Rex', tags: ['a'] })).toBe(true);
    expect(newPet({ id: 1, tags: ['a'] })).toBe(false);
  });

  it('keeps circular schemas as $refs into the root', async () => {
    const spec = await loadSpec(yamlText);
    const schemas = (
      spec.schemaRoot.components as { schemas: Record<string, { properties: Record<string, unknown> }> }
    ).schemas;
    expect(schemas.Owner?.properties.friend).toEqual({ $ref: '#/components/schemas/Owner' });
    expect(schemas.Owner?.properties.pets).toEqual({
      type: 'array',
      items: { $ref: '#/components/schemas/Pet' },
    });
  });
});
