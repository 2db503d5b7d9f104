import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { name, refName } from '../../packages/broker/src/http/schemas.js';
import { openApiSpec, pactContract } from '@signet/broker/testing';
import { startAttackBroker, type AttackBroker, type Caller } from './harness/attack-broker.js';
import { describeOnBackends } from './harness/backends.js';
import { deepJson, pathSegment } from './harness/hostile-values.js';
import type { RawRequest, RawResponse } from './harness/raw-http.js';
import { storedData } from './harness/stored-data.js';

// Hostile input at the broker's HTTP edge, against a real process on both backends: text PostgreSQL cannot
// store, names no path could address, deep JSON, out-of-range ids, framework-level errors, multi-pact publishes
// that fail half-way and concurrent writes. Every refusal is a 4xx problem+json that changed no stored data.

const NUL = 'a\u0000b';
const LONE = 'x\ud800';
const operations: [method: 'get', path: string][] = [['get', '/things/{id}']];
const spec = openApiSpec('provider', operations);
const contract = (consumer: string, provider: string) => pactContract(consumer, provider, operations);
/** A contract whose interaction description holds `text` (escaped in the JSON text, as clients send it). */
const contractSaying = (text: string) => {
  const document = JSON.parse(contract('consumer', 'provider')) as {
    interactions: { description: string }[];
  };
  document.interactions[0]!.description = text;
  return JSON.stringify(document);
};
const base64 = (text: string) => Buffer.from(text).toString('base64');
const cursor = (key: unknown) => Buffer.from(JSON.stringify(key)).toString('base64url');

/** A request of a test case: as whom, and what. */
interface Case {
  label: string;
  caller?: Caller;
  method: string;
  target: string;
  json?: unknown;
  body?: string;
  contentType?: string;
  headers?: Record<string, string>;
  status: number;
  code: string;
}

const json = (method: string, target: string, body: unknown, status: number, code: string, label?: string) =>
  ({ label: label ?? `${method} ${target}`, method, target, json: body, status, code }) satisfies Case;
const get = (target: string, status: number, code: string) =>
  ({ label: `GET ${target}`, method: 'GET', target, status, code }) satisfies Case;

const unstorable = 'request.unstorable-character';

/** NUL and unpaired surrogates in fields, keys, documents, paths and queries of both APIs, writes and reads. */
const unstorableCases: Case[] = [
  json(
    'POST',
    '/api/v1/contracts',
    { content: contractSaying(NUL), consumerVersion: 'c2' },
    400,
    unstorable,
    'contract text with \\u0000',
  ),
  json(
    'POST',
    '/api/v1/contracts',
    { content: contractSaying(LONE), consumerVersion: 'c2' },
    400,
    unstorable,
    'contract text with \\ud800',
  ),
  json(
    'POST',
    '/api/v1/contracts',
    { content: JSON.parse(contractSaying(NUL)) as unknown, consumerVersion: 'c2' },
    400,
    unstorable,
    'contract object with NUL',
  ),
  json(
    'POST',
    '/api/v1/contracts',
    { content: contract('consumer', 'provider'), consumerVersion: 'c2', [NUL]: 1 },
    400,
    unstorable,
    'NUL in a key',
  ),
  json(
    'POST',
    '/api/v1/services/provider/specs',
    { content: 'openapi: 3.0.3\ninfo: {title: "t\\0", version: "1"}\npaths: {}\n' },
    400,
    unstorable,
    'YAML spec with "\\0"',
  ),
  json(
    'POST',
    '/api/v1/services/provider/specs',
    { content: spec.replace('"type":"string"', '"type":"string","pattern":"^\\u0000$"') },
    400,
    unstorable,
    'JSON spec with \\u0000 in a pattern',
  ),
  json('POST', '/api/v1/environments', { name: NUL }, 400, unstorable),
  json('POST', '/api/v1/environments', { name: 'staging', displayName: LONE }, 400, unstorable),
  json('PUT', '/api/v1/services/provider/versions/p2', { branch: NUL }, 400, unstorable),
  json('PUT', '/api/v1/services/provider/versions/p2/tags/a%00b', {}, 400, unstorable),
  json('PUT', '/api/v1/services/a%00b/versions/p2', {}, 400, unstorable),
  json(
    'POST',
    '/api/v1/environments/prod/deployments',
    { service: 'provider', version: 'p1', applicationInstance: NUL },
    400,
    unstorable,
  ),
  json(
    'POST',
    '/api/v1/services/provider/versions/p1/verifications',
    { success: true, results: [{ message: NUL }] },
    400,
    unstorable,
  ),
  { ...json('POST', '/api/v1/tokens', { name: NUL, role: 'read' }, 400, unstorable), caller: 'admin' },
  {
    ...json(
      'POST',
      '/api/v1/webhooks',
      { url: 'https://ci.example/h', events: ['contract.published'], description: LONE },
      400,
      unstorable,
    ),
    caller: 'admin',
  },
  get('/api/v1/services/a%00b', 400, unstorable),
  get('/api/v1/services/provider/versions?branch=%00', 400, unstorable),
  get('/api/v1/contracts?consumer=a%00', 400, unstorable),
  get('/api/v1/matrix?environment=%00', 400, unstorable),
  get('/api/v1/deploy-guard?service=provider&version=p1&environment=%00', 400, unstorable),
  get('/api/v1/events?type=%00', 400, unstorable),
  get(`/api/v1/services?cursor=${cursor(NUL)}`, 400, 'page.cursor-invalid'),
  get('/api/v1/services/%ED%A0%80', 400, 'request.bad-url'),
  json(
    'POST',
    '/contracts/publish',
    {
      pacticipantName: 'consumer',
      pacticipantVersionNumber: 'c2',
      contracts: [
        {
          consumerName: 'consumer',
          providerName: 'provider',
          specification: 'pact',
          contentType: 'application/json',
          content: base64(contractSaying(NUL)),
        },
      ],
    },
    400,
    unstorable,
    'Pact publish of a pact with \\u0000',
  ),
  json('PUT', '/pacticipants/provider/versions/p1/tags/a%00b', {}, 400, unstorable),
  json('PUT', '/pacticipants/a%00/versions/1', {}, 400, unstorable),
  json('POST', '/pacticipants', { name: NUL }, 400, unstorable),
  {
    label: 'PATCH /pacticipants/provider (merge-patch)',
    method: 'PATCH',
    target: '/pacticipants/provider',
    body: JSON.stringify({ displayName: LONE }),
    contentType: 'application/merge-patch+json',
    status: 400,
    code: unstorable,
  },
  json('POST', '/environments', { name: 'staging', displayName: NUL }, 400, unstorable),
  get('/pacts/provider/provider/consumer/a%00/latest', 400, unstorable),
  get('/can-i-deploy?pacticipant=%00&version=1', 400, unstorable),
  get('/matrix?q[][pacticipant]=a%00', 400, unstorable),
];

const invalid = 'request.invalid';
const named = (consumer: string) => ({ content: contract(consumer, 'provider'), consumerVersion: 'c9' });

/** Names the one rule refuses, wherever they enter: bodies, documents, paths, both APIs. */
const nameCases: Case[] = [
  json('POST', '/api/v1/contracts', named('a/b'), 400, invalid, 'contract consumer a/b'),
  json(
    'POST',
    '/api/v1/contracts',
    named('line\r\nInjected: yes'),
    400,
    invalid,
    'contract consumer with CR/LF',
  ),
  json('POST', '/api/v1/contracts', named('\u001b[31m'), 400, invalid, 'contract consumer with ESC'),
  json(
    'POST',
    '/api/v1/contracts',
    named('x'.repeat(100_000)),
    400,
    invalid,
    'contract consumer of 100,000 characters',
  ),
  json(
    'POST',
    '/api/v1/contracts',
    { ...named('consumer'), content: contract('consumer', 'a b') },
    400,
    invalid,
    'contract provider a b',
  ),
  json('POST', '/api/v1/environments', { name: 'a/b' }, 400, invalid),
  json(
    'POST',
    '/api/v1/environments',
    { name: 'x'.repeat(201) },
    400,
    invalid,
    'environment name of 201 characters',
  ),
  json('POST', '/api/v1/environments', { name: '..' }, 400, invalid),
  json('PUT', '/api/v1/services/a%2Fb/versions/1', {}, 400, invalid),
  json('POST', '/pacticipants', { name: 'a/b' }, 400, 'pact.invalid'),
  json('PUT', '/pacticipants/a%2Fb/versions/1', {}, 400, invalid),
  json('PUT', '/pacticipants/a%20b/versions/1/tags/t', {}, 400, invalid),
  json('POST', '/environments', { name: 'a b' }, 400, 'pact.invalid'),
];

/** Deep JSON, `__proto__`, out-of-range ids and cursors, framework-level errors, specs without paths. */
const otherCases: Case[] = [
  {
    label: 'a 10,000-level body',
    method: 'POST',
    target: '/api/v1/contracts',
    body: deepJson(10_000),
    status: 400,
    code: 'request.malformed-json',
  },
  {
    label: 'a 10,000-level Pact publish',
    method: 'POST',
    target: '/contracts/publish',
    body: deepJson(10_000),
    status: 400,
    code: 'request.malformed-json',
  },
  {
    label: 'a 10,000-level merge-patch',
    method: 'PATCH',
    target: '/pacticipants/provider',
    body: deepJson(10_000),
    contentType: 'application/merge-patch+json',
    status: 400,
    code: 'request.malformed-json',
  },
  {
    label: '__proto__ in a body',
    method: 'POST',
    target: '/api/v1/environments',
    body: '{"name":"staging","__proto__":{"production":true}}',
    status: 400,
    code: 'request.forbidden-key',
  },
  get('/api/v1/contracts/2147483648', 400, invalid),
  get('/api/v1/contracts/9007199254740993', 400, invalid),
  {
    label: 'DELETE /api/v1/tokens/4294967296',
    caller: 'admin',
    method: 'DELETE',
    target: '/api/v1/tokens/4294967296',
    status: 400,
    code: invalid,
  },
  get(`/api/v1/contracts?cursor=${cursor(2 ** 40)}`, 400, 'page.cursor-invalid'),
  get(`/api/v1/matrix?cursor=${cursor(`${2 ** 40}:1`)}`, 400, 'page.cursor-invalid'),
  get('/deployed-versions/2147483648', 404, 'deployment.not-found'),
  get(`/api/v1/services/${'a'.repeat(1801)}`, 414, 'request.uri-too-long'),
  {
    ...get('/api/v1/services', 431, 'request.headers-too-large'),
    label: 'a 20 KB header',
    headers: { 'x-big': 'x'.repeat(20_000) },
  },
  {
    ...get('/api/v1/services', 400, 'request.invalid'),
    label: 'a control character in a header',
    headers: { 'x-bad': 'a\u0001b' },
  },
  json(
    'POST',
    '/api/v1/services/provider/specs',
    { content: { openapi: '3.0.3', info: { title: 't', version: '1' } } },
    422,
    'spec.invalid',
    'an OpenAPI 3.0 spec without paths',
  ),
  json(
    'POST',
    '/api/v1/services/provider/specs',
    { content: { swagger: '2.0', info: { title: 't', version: '1' } } },
    422,
    'spec.invalid',
    'a Swagger 2.0 spec without paths',
  ),
  json(
    'POST',
    '/api/v1/services/provider/specs',
    { content: { openapi: '3.1.0', info: { title: 't', version: '1' } } },
    422,
    'spec.invalid',
    'an OpenAPI 3.1 spec with neither paths, webhooks nor components',
  ),
];

const pactEntry = (consumer: string, provider: string, text: string) => ({
  consumerName: consumer,
  providerName: provider,
  specification: 'pact',
  contentType: 'application/json',
  content: base64(text),
});

/** Multi-pact publishes where a later pact is refused: the earlier ones must not be stored either. */
const publishCases: Case[] = [
  json(
    'POST',
    '/contracts/publish',
    {
      pacticipantName: 'consumer',
      pacticipantVersionNumber: 'c3',
      contracts: [
        pactEntry('consumer', 'provider', contract('consumer', 'provider')),
        pactEntry(
          'consumer',
          'other',
          JSON.stringify({
            consumer: { name: 'consumer' },
            provider: { name: 'other' },
            interactions: 'none',
          }),
        ),
      ],
    },
    400,
    'pact.invalid',
    'second pact invalid',
  ),
  json(
    'POST',
    '/contracts/publish',
    {
      pacticipantName: 'consumer',
      pacticipantVersionNumber: 'c1',
      contracts: [
        pactEntry('consumer', 'other', contract('consumer', 'other')),
        pactEntry('consumer', 'provider', contractSaying('changed content')),
      ],
    },
    409,
    'contract.content-changed',
    'second pact conflicts with what c1 published',
  ),
];

function request(test: Case): RawRequest {
  const body = test.body ?? (test.json === undefined ? undefined : JSON.stringify(test.json));
  return {
    method: test.method,
    target: test.target,
    headers: {
      ...(body === undefined ? {} : { 'content-type': test.contentType ?? 'application/json' }),
      ...test.headers,
    },
    ...(body === undefined ? {} : { body }),
  };
}

/** What is wrong with the answer to a refused case, or undefined when it is exactly right. */
function wrongAnswer(test: Case, answer: RawResponse): string | undefined {
  const problem = answer.json as { code?: string; status?: number } | undefined;
  const type = answer.headers['content-type'] ?? '';
  const pactShaped = test.code === 'pact.invalid' && type.startsWith('application/json');
  if (answer.status !== test.status) return `answered ${answer.status}: ${answer.body.slice(0, 300)}`;
  if (pactShaped)
    return typeof (answer.json as { errors?: unknown })?.errors === 'object' ? undefined : 'no errors';
  if (!type.startsWith('application/problem+json')) return `not problem+json: ${type}`;
  if (problem?.code !== test.code || problem.status !== test.status)
    return `problem ${answer.body.slice(0, 300)}`;
  if (!answer.headers['content-security-policy']?.includes("frame-ancestors 'none'")) return 'no CSP header';
  if (answer.headers['x-content-type-options'] !== 'nosniff') return 'no nosniff header';
  return undefined;
}

describeOnBackends('hostile input at the HTTP edge', (backend) => {
  let broker: AttackBroker;
  const ok = async (caller: Caller, method: string, path: string, body?: unknown) => {
    const answer = await broker.api(caller, method, path, body);
    expect(answer.status, `${method} ${path}: ${answer.body.slice(0, 300)}`).toBeLessThan(300);
    return answer;
  };

  beforeAll(async () => {
    broker = await startAttackBroker(backend);
    await ok('write', 'POST', '/services/provider/specs', { content: spec, version: 'p1', branch: 'main' });
    await ok('write', 'POST', '/contracts', {
      content: contract('consumer', 'provider'),
      consumerVersion: 'c1',
      branch: 'main',
    });
    await ok('write', 'POST', '/environments', { name: 'prod', production: true });
    await ok('write', 'POST', '/environments/prod/deployments', { service: 'provider', version: 'p1' });
  }, 120_000);
  afterAll(() => broker?.close());

  for (const [group, cases] of [
    ['unstorable text', unstorableCases],
    ['names', nameCases],
    ['deep JSON, ids, framework errors, specs without paths', otherCases],
    ['multi-pact publishes', publishCases],
  ] as const) {
    it(`refuses ${group} with a 4xx problem and stores nothing`, async () => {
      const wrong: string[] = [];
      // Refused cases change nothing, so one snapshot serves as the "before" of each of them.
      const before = await storedData(broker);
      for (const test of cases) {
        const answer = await broker.send(test.caller ?? 'write', request(test));
        const problem = wrongAnswer(test, answer);
        if (problem !== undefined) wrong.push(`${test.label}: ${problem}`);
        if ((await storedData(broker)) !== before) wrong.push(`${test.label}: stored data changed`);
      }
      expect(wrong).toEqual([]);
    }, 300_000);
  }

  it('still compares a spec published for the provider after a poisoned contract was refused', async () => {
    await broker.api('write', 'POST', '/contracts', { content: contractSaying(NUL), consumerVersion: 'c4' });
    const published = await ok('write', 'POST', '/services/provider/specs', {
      content: openApiSpec('provider v2', operations),
      version: 'p2',
    });
    const comparisons = (published.json as { comparisons: { status: string }[] }).comparisons;
    expect(comparisons.length).toBeGreaterThan(0);
    expect(comparisons.every((comparison) => comparison.status === 'compatible')).toBe(true);
  });

  it('accepts an OpenAPI 3.1 spec that has components but no paths', async () => {
    const document = { openapi: '3.1.0', info: { title: 't', version: '1' }, components: { schemas: {} } };
    expect(
      (await broker.api('write', 'POST', '/services/schemas-only/specs', { content: document })).status,
    ).toBe(201);
  });

  it('addresses the longest names, made of the characters with the longest URL encoding', async () => {
    const longest = '€'.repeat(200);
    const path = encodeURIComponent(longest);
    await ok('write', 'PUT', `/services/${path}/versions/${path}`, { branch: `feat/${'€'.repeat(195)}` });
    expect(((await ok('read', 'GET', `/services/${path}`)).json as { name: string }).name).toBe(longest);
    const version = await ok('read', 'GET', `/services/${path}/versions/${path}`);
    expect((version.json as { number: string }).number).toBe(longest);
  });

  it('creates and reads back every name the rule accepts, and refuses every other with 400', async () => {
    const wide = fc.constantFrom(
      'a',
      'Z',
      '9',
      'é',
      '€',
      '服',
      '\ud83d\ude00',
      '.',
      '-',
      '_',
      '%',
      '+',
      '/',
      '~',
    );
    const candidates = fc.oneof(
      fc.string({ unit: wide, minLength: 1, maxLength: 200 }),
      fc.string({ unit: 'binary', maxLength: 30 }),
      fc.constantFrom('.', '..', 'a b', 'a\tb', '\u00a0', 'x\u200by', 'main', 'feat/x'),
    );
    const environments = new Set<string>();
    let version = 0;
    await fc.assert(
      fc.asyncProperty(candidates, async (text) => {
        const asName = name.safeParse(text).success;
        const asRef = refName.safeParse(text).success;
        fc.pre(asName || asRef);
        if (asName) {
          const path = encodeURIComponent(text);
          await ok('write', 'PUT', `/services/${path}/versions/1`, {});
          expect(((await ok('read', 'GET', `/services/${path}`)).json as { name: string }).name).toBe(text);
          const pacticipant = await broker.send('read', { method: 'GET', target: `/pacticipants/${path}` });
          expect((pacticipant.json as { name: string }).name).toBe(text);
          const created = await broker.api('write', 'POST', '/environments', { name: text });
          expect(created.status).toBe(environments.has(text) ? 409 : 201);
          environments.add(text);
          expect(((await ok('read', 'GET', `/environments/${path}`)).json as { name: string }).name).toBe(
            text,
          );
        }
        if (asRef) {
          const number = `v${++version}`;
          const ref = encodeURIComponent(text);
          await ok('write', 'PUT', `/services/names/versions/${number}`, { branch: text, tags: [text] });
          const listed = await ok('read', 'GET', `/services/names/versions?branch=${ref}`);
          expect((listed.json as { items: { number: string }[] }).items.map((item) => item.number)).toContain(
            number,
          );
          for (const target of [
            `/pacticipants/names/branches/${ref}`,
            `/pacticipants/names/versions/${number}/tags/${ref}`,
          ]) {
            const answer = await broker.send('read', { method: 'GET', target });
            expect(answer.status, target).toBe(200);
            expect((answer.json as { name: string }).name).toBe(text);
          }
        }
      }),
      { numRuns: 40, seed: 20261202 },
    );
    const before = await storedData(broker);
    await fc.assert(
      fc.asyncProperty(candidates, async (text) => {
        fc.pre(!refName.safeParse(text).success);
        const path = pathSegment(text);
        const inBodies = [
          {
            target: `/api/v1/services/names/versions/w1`,
            method: 'PUT',
            body: JSON.stringify({ branch: text }),
          },
          { target: '/api/v1/environments', method: 'POST', body: JSON.stringify({ name: text }) },
        ];
        // An empty segment addresses no name at all (the router finds no route), so only non-empty ones.
        const inPaths = [
          { target: `/api/v1/services/${path}/versions/1`, method: 'PUT', body: '{}' },
          { target: `/pacticipants/${path}/versions/1`, method: 'PUT', body: '{}' },
        ];
        for (const attempt of [...inBodies, ...(text === '' ? [] : inPaths)]) {
          const answer = await broker.send('write', {
            ...attempt,
            headers: { 'content-type': 'application/json' },
          });
          expect(answer.status, `${attempt.method} ${attempt.target} ${attempt.body}`).toBe(400);
          expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
        }
      }),
      { numRuns: 40, seed: 20261202 },
    );
    expect(await storedData(broker)).toBe(before);
  }, 600_000);

  it('answers every one of 20 parallel deployments of a service 201, leaving one current', async () => {
    for (let i = 0; i < 20; i++) await ok('write', 'PUT', `/services/deployed/versions/d${i}`, {});
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        broker.api('write', 'POST', '/environments/prod/deployments', {
          service: 'deployed',
          version: `d${i}`,
        }),
      ),
    );
    expect(answers.map((answer) => answer.status)).toEqual(Array.from({ length: 20 }, () => 201));
    const current = await ok('read', 'GET', '/environments/prod/deployed-versions?current=true');
    const rows = (current.json as { items: { service: string }[] }).items.filter(
      (row) => row.service === 'deployed',
    );
    expect(rows).toHaveLength(1);
  }, 120_000);

  it('never answers 500 to concurrent first publications, versions and environments', async () => {
    const pairs = Array.from({ length: 8 }, (_, i) => [`left-${i}`, `right-${i}`] as const);
    const publications = pairs.flatMap(([left, right]) => [
      broker.api('write', 'POST', '/contracts', { content: contract(left, right), consumerVersion: '1' }),
      broker.api('write', 'POST', '/contracts', { content: contract(right, left), consumerVersion: '1' }),
    ]);
    const versions = Array.from({ length: 10 }, (_, i) =>
      broker.api('write', 'PUT', `/services/fresh/versions/${i % 3}`, { branch: 'main', tags: ['t'] }),
    );
    const environments = Array.from({ length: 10 }, () =>
      broker.api('write', 'POST', '/environments', { name: 'raced' }),
    );
    const statuses = (answers: RawResponse[]) => answers.map((answer) => answer.status).sort();
    expect(statuses(await Promise.all(publications))).toEqual(publications.map(() => 201));
    expect(statuses(await Promise.all(versions))).toEqual(versions.map(() => 200));
    expect(statuses(await Promise.all(environments))).toEqual([201, ...Array.from({ length: 9 }, () => 409)]);
  }, 120_000);

  it('sends security headers with API answers and the web UI, whose page needs no inline script or style', async () => {
    const page = await broker.send('none', { method: 'GET', target: '/', headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const asset = /src="(\/assets\/[^"]+\.js)"/.exec(page.body)?.[1];
    expect(asset).toBeDefined();
    const script = await broker.send('none', { method: 'GET', target: asset! });
    const api = await broker.send('read', { method: 'GET', target: '/api/v1/services' });
    for (const answer of [page, script, api]) {
      expect(answer.status).toBe(200);
      expect(answer.headers['content-security-policy']).toContain("default-src 'self'");
      expect(answer.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(answer.headers['x-content-type-options']).toBe('nosniff');
      expect(answer.headers['x-frame-options']).toBe('DENY');
    }
    // The policy allows only same-origin scripts and styles: the built page must have no inline ones.
    expect([...page.body.matchAll(/<script\b[^>]*>/g)].every((tag) => / src="/.test(tag[0]))).toBe(true);
    expect(page.body).not.toMatch(/<style\b| style="/);
  });
});
