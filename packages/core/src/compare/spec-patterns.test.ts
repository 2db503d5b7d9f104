import { describe, expect, it } from 'vitest';
import { parseContract } from '../contracts/index.js';
import { loadSpec } from '../specs/index.js';
import { compare } from './index.js';
import { getAtPointer, parsePointer } from './schema/json-pointer.js';

// Lookahead has no RE2 form, and the nested quantifier rules out the RegExp fallback.
const UNSUPPORTED = '^(?=a)(a+)+$';

const spec = (pattern: string) => `
openapi: 3.0.0
info: { title: t, version: '1' }
paths:
  /things/{id}:
    parameters:
      - { name: id, in: path, required: true, schema: { type: string, pattern: '${pattern}' } }
    get:
      responses: { '200': { description: ok } }
  /items:
    get:
      parameters:
        - { name: q, in: query, schema: { type: string, pattern: '${pattern}' } }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties: { name: { type: string, pattern: '${pattern}' } }
                patternProperties: { '${pattern}': { type: string } }
    post:
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                name: { type: string, pattern: '${pattern}' }
                nick: { not: { type: string, pattern: '${pattern}' } }
      responses: { '201': { description: created } }
`;

const contract = (...interactions: object[]) =>
  parseContract({
    consumer: { name: 'c' },
    provider: { name: 'p' },
    interactions: interactions.map((interaction, i) => ({ description: `i${i}`, ...interaction })),
    metadata: { pactSpecification: { version: '3.0.0' } },
  });

const json = { 'Content-Type': 'application/json' };
const post = (body: object) => ({
  request: { method: 'POST', path: '/items', headers: json, body },
  response: { status: 201 },
});
const errors = (result: ReturnType<typeof compare>) =>
  result.findings.filter((f) => f.type === 'error').map((f) => `${f.code} ${f.mockDetails.location}`);

describe('spec patterns', () => {
  it('checks a catastrophic pattern in linear time: 10,000 a and a ! do not match ^(a+)+$', async () => {
    // A backtracking engine would take hours here; the test finishing proves the engine is linear.
    const text = 'a'.repeat(10_000) + '!';
    const result = compare(await loadSpec(spec('^(a+)+$')), contract(post({ name: text })));
    expect(result.compatible).toBe(false);
    expect(result.findings).toEqual([
      expect.objectContaining({
        code: 'request.body.incompatible',
        type: 'error',
        message: expect.stringContaining('must match pattern "^(a+)+$"'),
        mockDetails: expect.objectContaining({ location: '[root].interactions[0].request.body.name' }),
      }),
    ]);
    const fine = compare(await loadSpec(spec('^(a+)+$')), contract(post({ name: 'a'.repeat(10_000) })));
    expect(fine.findings).toEqual([]);
  });

  it('fails closed on a pattern that cannot be run safely, naming it', async () => {
    const result = compare(await loadSpec(spec(UNSUPPORTED)), contract(post({ name: 'aaa' })));
    expect(result.compatible).toBe(false);
    expect(result.findings).toEqual([
      expect.objectContaining({
        code: 'spec.pattern.unsupported',
        type: 'error',
        message: expect.stringContaining(`regular expression '${UNSUPPORTED}' is not supported`),
      }),
    ]);
  });

  it('does not pass a value through `not` of an unsupported pattern', async () => {
    const result = compare(await loadSpec(spec(UNSUPPORTED)), contract(post({ nick: 'b' })));
    expect(errors(result)).toEqual(['spec.pattern.unsupported [root].interactions[0].request.body']);
  });

  it('reports query, path and response values that reach an unsupported pattern', async () => {
    const loaded = await loadSpec(spec(UNSUPPORTED));
    const result = compare(
      loaded,
      contract(
        { request: { method: 'GET', path: '/things/aaa' }, response: { status: 200 } },
        { request: { method: 'GET', path: '/items', query: 'q=aaa' }, response: { status: 200 } },
        {
          request: { method: 'GET', path: '/items' },
          response: { status: 200, headers: json, body: { name: 'aaa' } },
        },
        {
          request: { method: 'GET', path: '/items' },
          response: { status: 200, headers: json, body: { other: 'x' } },
        },
      ),
    );
    expect(errors(result)).toEqual([
      'spec.pattern.unsupported [root].interactions[0].request.path.id',
      'spec.pattern.unsupported [root].interactions[1].request.query.q',
      'spec.pattern.unsupported [root].interactions[2].response.body',
      'spec.pattern.unsupported [root].interactions[3].response.body',
      'spec.pattern.unsupported [root].interactions[3].response.body.other',
    ]);
  });

  it('checks what never reaches an unsupported pattern as usual', async () => {
    const result = compare(
      await loadSpec(spec(UNSUPPORTED)),
      contract(post({}), { request: { method: 'GET', path: '/items' }, response: { status: 200 } }),
    );
    expect(result.findings).toEqual([]);
    expect(result.compatible).toBe(true);
  });

  it('fails closed on a pattern that is not a valid expression at all', async () => {
    // The loader drops invalid patterns, so break the loaded schema the way a hand-built spec could be.
    const loaded = await loadSpec(spec('^a'));
    const pointer = loaded.operations.find((o) => o.method === 'post')?.requestBody?.content[
      'application/json'
    ]?.schema?.pointer;
    const node = getAtPointer(loaded.schemaRoot, parsePointer(`${pointer}/properties/name`)) as Record<
      string,
      unknown
    >;
    node.pattern = '(';
    const result = compare(loaded, contract(post({ name: 'a' })));
    expect(errors(result)).toEqual(['spec.pattern.unsupported [root].interactions[0].request.body']);
    expect(result.findings[0]?.message).toContain("invalid regular expression '('");
  });

  it('routes a segment of many parameters in linear time', async () => {
    const many = `
openapi: 3.0.0
info: { title: t, version: '1' }
paths:
  /f/{a}{b}{c}{d}{e}{f}{g}{h}{i}{j}{k}{l}x:
    get: { responses: { '200': { description: ok } } }
`;
    // Backtracking tries every way to split 5,000 characters into twelve parts before giving up.
    const result = compare(
      await loadSpec(many),
      contract({ request: { method: 'GET', path: `/f/${'a'.repeat(5000)}` }, response: { status: 200 } }),
    );
    expect(errors(result)).toEqual(['request.path-or-method.unknown [root].interactions[0].request.path']);
  });
});
