import { describe, expect, it } from 'vitest';
import { brief, comparePact } from '../testing/compare-pact.js';

const oas3 = (info = '') => `
openapi: 3.0.0
info: { title: t, version: '1'${info} }
servers: [{ url: 'https://api.example.com/v1' }]
paths:
  /items:
    get: { responses: { '200': { description: ok } } }
  /Users/{id}:
    get: { responses: { '200': { description: ok } } }
`;

const swagger2 = `
swagger: '2.0'
info: { title: t, version: '1' }
basePath: /api
paths:
  /animal:
    get: { responses: { '200': { description: ok } } }
`;

const get = (path: string) => ({
  description: `GET ${path}`,
  request: { method: 'GET', path },
  response: { status: 200 },
});

describe('routing leniency is reported', () => {
  it('matches without the servers prefix or with a stray trailing slash, with a warning for each', async () => {
    const result = await comparePact(oas3(), [get('/v1/items'), get('/items'), get('/v1/items/')]);
    expect(result.compatible).toBe(true);
    expect(result.findings.map(brief)).toEqual([
      'request.path.prefix-missing warning [root].interactions[1].request.path',
      'request.path.trailing-slash warning [root].interactions[2].request.path',
    ]);
    expect(result.findings[0]?.message).toContain('/v1');
  });

  it('reports a missing Swagger 2 basePath the same way', async () => {
    const result = await comparePact(swagger2, [get('/api/animal'), get('/animal')]);
    expect(result.findings.map(brief)).toEqual([
      'request.path.prefix-missing warning [root].interactions[1].request.path',
    ]);
  });

  it('makes them errors with strictRouting', async () => {
    const result = await comparePact(oas3(), [get('/items/'), get('/v1/items')], { strictRouting: true });
    expect(result.compatible).toBe(false);
    expect(result.findings.map(brief)).toEqual([
      'request.path.trailing-slash error [root].interactions[0].request.path',
      'request.path.prefix-missing error [root].interactions[0].request.path',
    ]);
  });
});

describe("PactFlow's x-opc-config extensions", () => {
  it('x-opc-config-ignore-trailing-slash: true is silent, false is an error', async () => {
    const silent = await comparePact(oas3(', x-opc-config-ignore-trailing-slash: true'), [get('/v1/items/')]);
    expect(silent.findings).toEqual([]);
    const strict = await comparePact(oas3(', x-opc-config-ignore-trailing-slash: false'), [
      get('/v1/items/'),
    ]);
    expect(strict.findings.map(brief)).toEqual([
      'request.path.trailing-slash error [root].interactions[0].request.path',
    ]);
  });

  it('x-opc-config-case-insensitive matches literal segments whatever their case', async () => {
    const sensitive = await comparePact(oas3(), [get('/v1/users/7')]);
    expect(sensitive.findings.map(brief)).toEqual([
      'request.path-or-method.unknown error [root].interactions[0].request.path',
    ]);
    const folded = await comparePact(oas3(', x-opc-config-case-insensitive: true'), [get('/v1/users/7')]);
    expect(folded.findings).toEqual([]);
  });

  it('x-opc-config-ignore-duplicate-slashes collapses repeated slashes', async () => {
    const strict = await comparePact(oas3(), [get('/v1//items')]);
    expect(strict.compatible).toBe(false);
    const collapsed = await comparePact(oas3(', x-opc-config-ignore-duplicate-slashes: true'), [
      get('/v1//items'),
    ]);
    expect(collapsed.findings).toEqual([]);
  });

  it('x-opc-config-base-path is a declared prefix, beside the bare path of a spec without servers', async () => {
    const spec = `
openapi: 3.0.0
info: { title: t, version: '1', x-opc-config-base-path: /custom }
paths:
  /path:
    get: { responses: { '200': { description: ok } } }
`;
    const result = await comparePact(spec, [get('/custom/path'), get('/path')]);
    expect(result.findings.map(brief)).toEqual([]);
  });
});
