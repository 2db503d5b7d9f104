import { describe, expect, it } from 'vitest';
import { parseContract } from '../contracts/index.js';
import { loadSpec } from '../specs/index.js';
import { compare, type CompareOptions } from './index.js';
import { getAtPointer, parsePointer } from './schema/json-pointer.js';

const valueAtPointer = (root: unknown, pointer: string): unknown => getAtPointer(root, parsePointer(pointer));

const yaml = `
openapi: 3.0.0
info: { title: t, version: '1' }
paths:
  /pets:
    get:
      responses:
        '2XX':
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  items: { type: array, items: { $ref: '#/components/schemas/Pet' } }
        default: { description: error }
    post:
      requestBody:
        required: true
        content:
          application/x-www-form-urlencoded:
            schema: { type: object, required: [name], properties: { name: { type: string }, age: { type: integer }, tags: { type: array, items: { type: string } } } }
          multipart/form-data:
            schema: { type: object, required: [name], properties: { name: { type: string }, meta: { type: object, properties: { n: { type: integer } } } } }
          text/plain:
            schema: { type: string, maxLength: 5 }
          application/json:
            schema: { $ref: '#/components/schemas/Pet' }
      responses: { '201': { description: created } }
  /broken:
    get:
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: string } } } }
components:
  schemas:
    Pet:
      type: object
      required: [id, name]
      properties:
        id: { type: integer }
        name: { type: string, pattern: '^[A-Z]' }
`;

async function run(interactions: object[], options?: CompareOptions) {
  const contract = parseContract({
    consumer: { name: 'c' },
    provider: { name: 'p' },
    interactions,
    metadata: { pactSpecification: { version: '3.0.0' } },
  });
  return compare(await loadSpec(yaml), contract, options);
}

const where = (result: Awaited<ReturnType<typeof run>>): string[] =>
  result.findings.map(
    (f) =>
      `${f.type} ${f.code} ${f.mockDetails.location.replace(/^\[root\]\.interactions\[(\d+)\]\./, '$1:')}`,
  );

const get = (body: unknown, extra: Record<string, unknown> = {}) => ({
  description: 'list',
  request: { method: 'GET', path: '/pets' },
  response: { status: 200, headers: { 'Content-Type': 'application/json' }, body, ...extra },
});

describe('compare', () => {
  it('requires nothing the consumer leaves out, and every field it relies on to be declared', async () => {
    const result = await run([get({ items: [{ name: 'Rex' }] }), get({ items: [{ id: 1, colour: 'red' }] })]);
    expect(where(result)).toEqual(['error response.body.incompatible 1:response.body.items.0']);
    expect(result.findings[0]?.message).toContain('colour');
    expect(result.compatible).toBe(false);
  });

  it('accepts undeclared response fields with allowUndeclaredResponseFields', async () => {
    const result = await run([get({ items: [{ id: 1, colour: 'red' }] })], {
      allowUndeclaredResponseFields: true,
    });
    expect(result).toEqual({ compatible: true, findings: [] });
  });

  it('reports a problem in an eachLike example once, not once per generated copy', async () => {
    const rules = { matchingRules: { body: { '$.items': { matchers: [{ match: 'type', min: 3 }] } } } };
    const copy = { id: 'x', name: 'Rex' };
    const result = await run([get({ items: [copy, copy, copy] }, rules)]);
    expect(where(result)).toEqual(['error response.body.incompatible 0:response.body.items.0.id']);
  });

  it('still checks a regex-matched value as an example', async () => {
    const rules = {
      matchingRules: { body: { '$.items[*].name': { matchers: [{ match: 'regex', regex: '^[a-z]+$' }] } } },
    };
    expect(where(await run([get({ items: [{ name: 'rex' }] }, rules)]))).toEqual([
      'error response.body.incompatible 0:response.body.items.0.name',
    ]);
  });

  it('matches status ranges, and warns when only default matches', async () => {
    const notFound = {
      description: 'e',
      request: { method: 'GET', path: '/pets' },
      response: { status: 404 },
    };
    const created = {
      description: 'c',
      request: { method: 'GET', path: '/pets' },
      response: { status: 201 },
    };
    expect(where(await run([notFound, created]))).toEqual([
      'warning response.status.default 0:response.status',
    ]);
  });

  it('validates form, multipart and text bodies, coercing form strings', async () => {
    const post = (contentType: string, body: string) => ({
      description: 'post',
      request: { method: 'POST', path: '/pets', headers: { 'Content-Type': contentType }, body },
      response: { status: 201 },
    });
    const multipart = (n: string) =>
      `--b\r\nContent-Disposition: form-data; name="name"\r\n\r\nRex\r\n--b\r\nContent-Disposition: form-data; name="meta"\r\nContent-Type: application/json\r\n\r\n{"n":${n}}\r\n--b--\r\n`;
    const result = await run([
      post('application/x-www-form-urlencoded', 'name=Rex&age=3&tags=a&tags=b'),
      post('application/x-www-form-urlencoded', 'age=old'),
      post('multipart/form-data; boundary=b', multipart('1')),
      post('multipart/form-data; boundary=b', multipart('"x"')),
      post('text/plain', 'short'),
      post('text/plain', 'far too long'),
    ]);
    expect(where(result)).toEqual([
      'error request.body.incompatible 1:request.body',
      'error request.body.incompatible 1:request.body.age',
      'error request.body.incompatible 3:request.body.meta.n',
      'error request.body.incompatible 5:request.body',
    ]);
  });

  it('reports a missing required body and a JSON body that is not JSON', async () => {
    const result = await run([
      {
        description: 'none',
        request: { method: 'POST', path: '/pets', headers: { 'Content-Type': 'application/json' } },
        response: { status: 201 },
      },
      {
        description: 'bad',
        request: {
          method: 'POST',
          path: '/pets',
          headers: { 'Content-Type': 'application/json' },
          body: '{oops',
        },
        response: { status: 201 },
      },
    ]);
    expect(where(result)).toEqual([
      'error request.body.incompatible 0:request.body',
      'error request.body.incompatible 1:request.body',
    ]);
  });

  it('turns a schema Ajv cannot compile into an unvalidatable warning', async () => {
    // The loader repairs invalid types, so break the loaded schema the way a hand-built spec could be.
    const spec = await loadSpec(yaml);
    const schema = spec.operations.find((o) => o.path === '/broken')?.responses[0]?.content[
      'application/json'
    ]?.schema;
    const node = valueAtPointer(spec.schemaRoot, schema?.pointer ?? '') as Record<string, unknown>;
    node.type = 'wat';
    const contract = parseContract({
      consumer: { name: 'c' },
      provider: { name: 'p' },
      interactions: [
        {
          description: 'b',
          request: { method: 'GET', path: '/broken' },
          response: { status: 200, headers: { 'Content-Type': 'application/json' }, body: 'x' },
        },
      ],
    });
    const result = compare(spec, contract);
    expect(where(result)).toEqual(['warning response.body.unvalidatable 0:response.body']);
    expect(result.compatible).toBe(true);
  });

  it('names the interaction and its provider states', async () => {
    const interaction = {
      ...get({ items: [{ bad: 1 }] }),
      providerStates: [{ name: 'pets exist' }, { name: 'user is admin' }],
    };
    const [finding] = (await run([interaction])).findings;
    expect(finding?.mockDetails).toMatchObject({
      interactionDescription: 'list',
      interactionState: 'pets exist, user is admin',
    });
    expect(finding?.specDetails).toMatchObject({ pathMethod: 'get', pathName: '/pets' });
  });

  it('reuses what it built for a spec across contracts', async () => {
    const spec = await loadSpec(yaml);
    const contract = parseContract({
      consumer: { name: 'c' },
      provider: { name: 'p' },
      interactions: [get({ items: [] })],
    });
    expect(compare(spec, contract)).toEqual(compare(spec, contract));
  });
});
