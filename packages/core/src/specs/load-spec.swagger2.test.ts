import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadSpec } from './load-spec.js';
import { fixtures, operationOf, specValidator } from './testing/spec-validator.js';

const file = join(fixtures, 'petstore-swagger2.yaml');
const yamlText = readFileSync(file, 'utf8');

describe('loadSpec: Swagger 2.0', () => {
  it('loads the same model from YAML, JSON and a parsed object', async () => {
    const fromYaml = await loadSpec(yamlText);
    const json = JSON.stringify(parse(yamlText));
    expect(fromYaml).toMatchObject({ format: 'swagger-2.0', version: '2.0', dialect: 'draft-07' });
    expect((await loadSpec(json)).operations).toEqual(fromYaml.operations);
    expect((await loadSpec(JSON.parse(json) as Record<string, unknown>)).operations).toEqual(
      fromYaml.operations,
    );
  });

  it('prefixes paths with basePath', async () => {
    const spec = await loadSpec(yamlText);
    expect(spec.operations.every((operation) => operation.basePaths.join() === '/api/v1')).toBe(true);
  });

  it('maps collectionFormat onto style and explode', async () => {
    const list = operationOf(await loadSpec(yamlText), 'get', '/pets');
    expect(
      list.parameters.map((parameter) => [parameter.name, parameter.in, parameter.style, parameter.explode]),
    ).toEqual([
      ['limit', 'query', 'form', true],
      ['tags', 'query', 'form', false],
      ['ids', 'query', 'form', true],
      ['names', 'query', 'spaceDelimited', false],
      ['codes', 'header', 'pipeDelimited', false],
    ]);
  });

  it('writes inline parameter schemas into the root at their pointer, translated', async () => {
    const spec = await loadSpec(yamlText);
    const list = operationOf(spec, 'get', '/pets');
    const limit = list.parameters[0]!;
    expect(limit.schema).toEqual({
      pointer: '/parameters/Limit/schema',
      schema: { type: 'integer', minimum: 1, exclusiveMaximum: 50 },
    });
    const codes = list.parameters[4]!;
    expect(codes.schema?.pointer).toBe('/paths/~1pets/get/parameters/3/schema');
    const compile = specValidator(spec);
    const checkCodes = compile(codes.schema!);
    expect(checkCodes(['a', null])).toBe(true);
    expect(checkCodes(['c'])).toBe(false);
    const checkLimit = compile(limit.schema!);
    expect([1, 49, 50].map((value) => checkLimit(value))).toEqual([true, true, false]);
  });

  it('offers response schemas under every produces type, and keeps ranges and default', async () => {
    const list = operationOf(await loadSpec(yamlText), 'get', '/pets');
    expect(list.responses.map((response) => response.status)).toEqual(['200', '4XX', 'default']);
    const [ok, clientError, fallback] = list.responses;
    expect(Object.keys(ok?.content ?? {})).toEqual(['application/json', 'text/csv']);
    expect(ok?.content['text/csv']?.schema?.pointer).toBe('/paths/~1pets/get/responses/200/schema');
    expect(clientError?.content).toEqual({});
    // Kept for content negotiation, since a response without a schema has no content.
    expect(clientError?.produces).toEqual(['application/json', 'text/csv']);
    expect(ok?.produces).toBeUndefined();
    expect(fallback?.content['application/json']?.schema?.pointer).toBe('/responses/Error/schema');
    expect(ok?.headers['x-rate-limit']).toMatchObject({
      required: false,
      location: '[root].paths./pets.get.responses.200.headers.X-Rate-Limit',
      schema: {
        pointer: '/paths/~1pets/get/responses/200/headers/X-Rate-Limit/schema',
        schema: { type: 'integer', minimum: 0 },
      },
    });
  });

  it('turns an in: body parameter into a request body for each consumes type', async () => {
    const post = operationOf(await loadSpec(yamlText), 'post', '/pets');
    expect(post.parameters.map((parameter) => parameter.name)).toEqual(['limit']);
    expect(post.requestBody).toMatchObject({
      required: true,
      location: '[root].paths./pets.post.parameters[0]',
    });
    expect(Object.keys(post.requestBody?.content ?? {})).toEqual(['application/json', 'application/xml']);
    expect(post.requestBody?.content['application/json']?.schema?.pointer).toBe(
      '/paths/~1pets/post/parameters/0/schema',
    );
    expect(post.security).toEqual([]);
  });

  it('turns formData parameters into an object schema under the form media types', async () => {
    const spec = await loadSpec(yamlText);
    const upload = operationOf(spec, 'post', '/pets/{petId}/photo');
    expect(upload.parameters.map((parameter) => parameter.name)).toEqual(['petId']);
    const body = upload.requestBody!;
    expect(body.required).toBe(true);
    expect(Object.keys(body.content)).toEqual(['multipart/form-data']);
    const media = body.content['multipart/form-data']!;
    expect(media.encoding).toEqual({
      photo: { contentType: 'application/octet-stream' },
      sizes: { style: 'form', explode: false },
    });
    const check = specValidator(spec)(media.schema!);
    expect(check({ caption: 'hi', photo: 'binary', sizes: [1, 2] })).toBe(true);
    expect(check({ photo: 'binary' })).toBe(false);
    expect(check({ caption: 'hi', sizes: ['x'] })).toBe(false);

    const patch = operationOf(spec, 'patch', '/pets/{petId}');
    expect(Object.keys(patch.requestBody?.content ?? {})).toEqual(['application/x-www-form-urlencoded']);
    expect(patch.requestBody?.required).toBe(false);
  });

  it('maps security definitions, basic becoming http basic', async () => {
    const spec = await loadSpec(yamlText);
    expect(spec.securitySchemes).toEqual({
      basic: { type: 'http', scheme: 'basic' },
      key: { type: 'apiKey', in: 'query', name: 'api_key' },
      oauth: { type: 'oauth2' },
    });
    expect(operationOf(spec, 'get', '/pets').security).toEqual([[{ scheme: 'basic', scopes: [] }]]);
    expect(operationOf(spec, 'post', '/pets/{petId}/photo').security).toEqual([
      [{ scheme: 'key', scopes: [] }],
    ]);
  });

  it('translates x-nullable and boolean exclusive bounds in definitions, keeping recursion', async () => {
    const spec = await loadSpec(yamlText);
    const pet = specValidator(spec)({ pointer: '/definitions/Pet', schema: {} });
    expect(pet({ name: 'a', tag: null, age: 40, parent: { name: 'b' } })).toBe(true);
    expect(pet({ name: 'a', age: 0 })).toBe(false);
    expect(pet({ name: 'a', parent: { tag: 'x' } })).toBe(false);
  });
});
