import { createRequire } from 'node:module';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadSpec } from './load-spec.js';
import { SpecError } from './spec-error.js';

const info = { title: 't', version: '1' };
const oas = (paths: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  openapi: '3.0.3',
  info,
  paths,
  ...extra,
});
const get = (operation: Record<string, unknown>) => oas({ '/pets': { get: operation } });

async function failure(
  input: Parameters<typeof loadSpec>[0],
  options?: Parameters<typeof loadSpec>[1],
): Promise<SpecError> {
  const error: unknown = await loadSpec(input, options).then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(SpecError);
  return error as SpecError;
}

afterEach(() => vi.restoreAllMocks());

describe('loadSpec: parse and limit errors', () => {
  it('reports YAML and JSON syntax errors with line:column', async () => {
    expect(await failure('openapi: 3.0.0\npaths:\n  /a: [1\n')).toMatchObject({
      code: 'spec.parse',
      location: '4:1',
    });
    expect(await failure('{\n  "openapi": "3.0.0",\n  "paths": {,}\n}')).toMatchObject({
      code: 'spec.parse',
      location: '3:13',
    });
  });

  it('rejects documents over maxBytes before parsing them', async () => {
    const error = await failure(JSON.stringify(oas({}, { padding: 'x'.repeat(2000) })), { maxBytes: 1000 });
    expect(error).toMatchObject({ code: 'spec.too-large', location: '' });
  });

  it('needs a larger maxBytes for very large specs such as the 13 MB GitHub one', async () => {
    const path = createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json');
    expect(await failure({ path })).toMatchObject({ code: 'spec.too-large', location: path });
    expect((await loadSpec({ path }, { maxBytes: 32 * 1024 * 1024 })).operations.length).toBeGreaterThan(900);
  });

  it('rejects 10 MB of nested arrays quickly', async () => {
    const bomb = '['.repeat(5_000_000) + ']'.repeat(5_000_000);
    const started = Date.now();
    expect((await failure(bomb)).code).toBe('spec.too-deep');
    expect((await failure(bomb + ' ', { maxBytes: 9_000_000 })).code).toBe('spec.too-large');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('rejects deep nesting in YAML block style and in objects, and cycles in objects', async () => {
    expect((await failure('- '.repeat(3000) + 'x')).code).toBe('spec.too-deep');
    let deep: unknown = {};
    for (let i = 0; i < 1000; i++) deep = { a: deep };
    expect((await failure(oas({}, { deep }))).code).toBe('spec.too-deep');
    const cyclic: Record<string, unknown> = oas({});
    cyclic.self = cyclic;
    expect((await failure(cyclic)).code).toBe('spec.too-deep');
  });

  it('stops a YAML alias bomb (billion laughs)', async () => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (const [name, previous] of [
      ['b', 'a'],
      ['c', 'b'],
      ['d', 'c'],
      ['e', 'd'],
      ['f', 'e'],
      ['g', 'f'],
      ['h', 'g'],
      ['i', 'h'],
    ]) {
      lines.push(`${name}: &${name} [${Array.from({ length: 9 }, () => `*${previous}`).join(',')}]`);
    }
    const error = await failure(`openapi: 3.0.0\n${lines.join('\n')}\n`);
    expect(error).toMatchObject({ code: 'spec.yaml-aliases', location: '' });
    expect((await failure(`openapi: 3.0.0\nx: &x [1]\ny: [*x, *x, *x]\n`, { maxAliases: 2 })).code).toBe(
      'spec.yaml-aliases',
    );
  });
});

describe('loadSpec: version and structure errors', () => {
  it('names the version field that is not supported', async () => {
    expect(await failure({ openapi: '4.0.0', paths: {} })).toMatchObject({
      code: 'spec.unsupported-version',
      location: '/openapi',
    });
    expect(await failure({ swagger: '1.2' })).toMatchObject({
      code: 'spec.unsupported-version',
      location: '/swagger',
    });
    expect(await failure({ info })).toMatchObject({ code: 'spec.unsupported-version', location: '' });
  });

  it('rejects documents that are not objects', async () => {
    expect(await failure('just text')).toMatchObject({ code: 'spec.invalid', location: '' });
    expect(await failure('[1, 2]')).toMatchObject({ code: 'spec.invalid', location: '' });
  });

  it('locates structural problems with a JSON pointer', async () => {
    const cases: Array<[Record<string, unknown>, string, RegExp]> = [
      [get({ responses: [] }), '/paths/~1pets/get/responses', /responses must be an object/],
      [oas({ '/pets': { get: 'nope' } }), '/paths/~1pets/get', /operation must be an object/],
      [oas([] as unknown as Record<string, unknown>), '/paths', /paths must be an object/],
      [get({ parameters: {} }), '/paths/~1pets/get/parameters', /parameters must be an array/],
      [
        get({ parameters: [{ in: 'query' }] }),
        '/paths/~1pets/get/parameters/0/name',
        /parameter name must be a string/,
      ],
      [
        get({ parameters: [{ name: 'a', in: 'body' }] }),
        '/paths/~1pets/get/parameters/0/in',
        /expected one of/,
      ],
      [
        get({ parameters: [{ name: 'a', in: 'query', schema: 'string' }] }),
        '/paths/~1pets/get/parameters/0/schema',
        /schema must be an object/,
      ],
      [get({ responses: { OK: {} } }), '/paths/~1pets/get/responses/OK', /not a status code/],
      [get({ responses: { 200: 'fine' } }), '/paths/~1pets/get/responses/200', /response must be an object/],
      [get({ security: {} }), '/paths/~1pets/get/security', /security must be an array/],
      [
        get({ requestBody: { content: [] } }),
        '/paths/~1pets/get/requestBody/content',
        /content must be an object/,
      ],
      [
        oas({}, { components: { securitySchemes: { x: { type: 'magic' } } } }),
        '/components/securitySchemes/x/type',
        /unknown security scheme/,
      ],
      [
        { swagger: '2.0', info, paths: { '/a': { get: { parameters: [{ name: 'a', in: 'cookie' }] } } } },
        '/paths/~1a/get/parameters/0/in',
        /expected one of/,
      ],
    ];
    for (const [document, location, message] of cases) {
      const error = await failure(document);
      expect({ code: error.code, location: error.location }).toEqual({ code: 'spec.invalid', location });
      expect(error.message).toMatch(message);
    }
  });
});

describe('loadSpec: reference errors', () => {
  it('reports unresolvable refs at the $ref, in operations and in schemas', async () => {
    const missingParameter = get({ parameters: [{ $ref: '#/components/parameters/Nope' }] });
    expect(await failure(missingParameter)).toMatchObject({
      code: 'spec.ref.unresolved',
      location: '/paths/~1pets/get/parameters/0/$ref',
    });
    const missingSchema = oas(
      {},
      { components: { schemas: { A: { properties: { b: { $ref: '#/components/schemas/B' } } } } } },
    );
    expect(await failure(missingSchema)).toMatchObject({
      code: 'spec.ref.unresolved',
      location: '/components/schemas/A/properties/b/$ref',
    });
    const notPointer = oas({}, { components: { schemas: { A: { $ref: '#A' } } } });
    expect(await failure(notPointer)).toMatchObject({
      code: 'spec.ref.unresolved',
      location: '/components/schemas/A/$ref',
    });
  });

  it('resolves JSON-pointer escapes and percent-encoding in refs', async () => {
    const spec = await loadSpec(
      oas(
        { '/a/{b}': { get: { responses: { 200: { $ref: '#/x-shared/one~1two%20three/r~0s' } } } } },
        { 'x-shared': { 'one/two three': { 'r~s': { description: 'ok', content: { 'text/plain': {} } } } } },
      ),
    );
    expect(Object.keys(spec.operations[0]?.responses[0]?.content ?? {})).toEqual(['text/plain']);
  });

  it('detects circular refs between non-schema objects', async () => {
    const document: Record<string, unknown> = get({ parameters: [{ $ref: '#/components/parameters/A' }] });
    document.components = {
      parameters: { A: { $ref: '#/components/parameters/B' }, B: { $ref: '#/components/parameters/A' } },
    };
    expect((await failure(document)).code).toBe('spec.ref.unresolved');
  });

  it('refuses remote refs without fetching them', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch');
    const document = oas({}, { components: { schemas: { A: { $ref: 'https://example.com/x.yaml' } } } });
    expect(await failure(document)).toMatchObject({
      code: 'spec.ref.remote',
      location: '/components/schemas/A/$ref',
    });
    const response = get({ responses: { 200: { $ref: 'http://example.com/r.yaml#/Ok' } } });
    expect(await failure(response, { baseDir: '/tmp' })).toMatchObject({
      code: 'spec.ref.remote',
      location: '/paths/~1pets/get/responses/200/$ref',
    });
    expect(fetch).not.toHaveBeenCalled();
  });
});
