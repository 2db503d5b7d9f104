import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageOf, type ReasonBody } from '../testing/bodies.js';
import { given } from '../testing/builder.js';
import { openApiSpec } from '../testing/documents.js';
import { asyncApiSpec, mixedPact } from '../testing/message-documents.js';
import { startTestBroker, type TestBroker } from '../testing/test-broker.js';
import { runPact } from '../pact-api/testing/pact-cli.js';

// A provider serving HTTP and sending messages, each version with an OpenAPI and an AsyncAPI spec: u1's message
// matches the consumer's pact, u2's does not (its id is an integer). The guard, the matrix and the graph judge the
// pact against both specs of the version.
const http = openApiSpec('users', [['get', '/items/{id}']]);
const good = asyncApiSpec({ type: 'object', properties: { id: { type: 'string' } } });
const bad = asyncApiSpec({ type: 'object', properties: { id: { type: 'integer' } } });

describe('deploy guard, matrix and graph for a provider with OpenAPI and AsyncAPI specs', () => {
  let broker: TestBroker;
  const post = async (url: string, payload: object) => {
    const response = await broker.api({ method: 'POST', url, payload });
    expect(response.statusCode, response.body).toBeLessThan(300);
    return response;
  };
  const guard = async (service: string, version: string) =>
    (
      await broker.api({
        method: 'GET',
        url: `/deploy-guard?service=${service}&version=${version}&environment=production`,
      })
    ).json<{ verdict: string; reasons: ReasonBody[] }>();

  beforeAll(async () => {
    broker = await startTestBroker();
    await given(broker).environment('production', { production: true }).build();
    for (const [version, messages] of [
      ['u1', good],
      ['u2', bad],
    ] as const) {
      await post('/services/users/specs', { content: http, version, branch: 'main' });
      const asyncapi = await post('/services/users/specs', { content: messages, version, branch: 'main' });
      // Each half verified: the default is the OpenAPI spec, the AsyncAPI one by its content.
      await post(`/services/users/versions/${version}/verifications`, { success: true });
      await post(`/services/users/versions/${version}/verifications`, {
        success: true,
        specSha: asyncapi.json<{ spec: { contentSha: string } }>().spec.contentSha,
      });
    }
    await post('/contracts', { content: mixedPact('audit', 'users'), consumerVersion: 'a1', branch: 'main' });
    await given(broker).deployed('users', 'u1', 'production').deployed('audit', 'a1', 'production').build();
  });
  afterAll(() => broker.close());

  it('records the default spec verification against the version’s OpenAPI spec', async () => {
    const specs = pageOf<{ kind: string; contentSha: string }>(
      await broker.api({ method: 'GET', url: '/services/users/specs?version=u1' }),
    ).items;
    const openapi = specs.find((spec) => spec.kind === 'openapi')!;
    const verifications = pageOf<{ specSha: string }>(
      await broker.api({ method: 'GET', url: '/services/users/versions/u1/verifications' }),
    ).items;
    const asyncapi = specs.find((spec) => spec.kind === 'asyncapi')!;
    expect(verifications.map((verification) => verification.specSha).sort()).toEqual(
      [openapi.contentSha, asyncapi.contentSha].sort(),
    );
  });

  it('lets the consumer and the compatible provider version deploy (safe)', async () => {
    expect((await guard('audit', 'a1')).verdict).toBe('safe');
    expect((await guard('users', 'u1')).verdict).toBe('safe');
  });

  it('blocks the provider version whose message half breaks the running consumer', async () => {
    const body = await guard('users', 'u2');
    expect(body.verdict).toBe('unsafe');
    const incompatible = body.reasons.find((reason) => reason.kind === 'incompatible');
    expect(incompatible).toMatchObject({
      integration: {
        consumer: { service: 'audit', version: 'a1' },
        provider: { service: 'users', version: 'u2' },
      },
    });
    const findings = incompatible?.findings as { errors: Array<{ code: string }> };
    const codes = findings.errors.map((error) => error.code);
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.every((code) => code.startsWith('message.'))).toBe(true);
  });

  it('answers the real pact can-i-deploy as the guard does: u1 exits 0, u2 exits 1', async () => {
    const url = await broker.app.listen({ port: 0, host: '127.0.0.1' });
    const canIDeploy = (version: string) =>
      runPact(
        [
          'broker',
          'can-i-deploy',
          '--pacticipant',
          'users',
          '--version',
          version,
          '--to-environment',
          'production',
        ],
        { PACT_BROKER_BASE_URL: url },
      );
    const safe = await canIDeploy('u1');
    expect(safe.code, safe.stdout + safe.stderr).toBe(0);
    const unsafe = await canIDeploy('u2');
    expect(unsafe.code, unsafe.stdout + unsafe.stderr).toBe(1);
    expect(unsafe.stdout + unsafe.stderr).toContain('audit');
  });

  it('shows each provider version’s verdict in the matrix', async () => {
    const rows = pageOf<{ provider: { version: string }; status: string }>(
      await broker.api({ method: 'GET', url: '/matrix?consumer=audit' }),
    ).items;
    expect(rows.map((row) => `${row.provider.version} ${row.status}`).sort()).toEqual([
      'u1 compatible',
      'u2 incompatible',
    ]);
  });

  it('colours the graph by the main branch’s newest set (u2) and by production’s (u1)', async () => {
    const graph = async (query: string) =>
      (await broker.api({ method: 'GET', url: `/graph${query}` })).json<{
        integrations: Array<{ providerVersion: string | null; status: string }>;
      }>().integrations;
    expect((await graph('')).map((edge) => `${edge.providerVersion} ${edge.status}`)).toEqual([
      'u2 incompatible',
    ]);
    expect((await graph('?environment=production')).map((e) => `${e.providerVersion} ${e.status}`)).toEqual([
      'u1 compatible',
    ]);
  });
});

// A build tested against its OpenAPI spec says nothing of the messages it sends: until the AsyncAPI half is
// verified too, a consumer relying on those messages must not be let through.
describe('a provider version whose AsyncAPI half is not verified', () => {
  let broker: TestBroker;
  const post = async (url: string, payload: object) => {
    const response = await broker.api({ method: 'POST', url, payload });
    expect(response.statusCode, response.body).toBeLessThan(300);
    return response;
  };
  const verdict = async (service: string, version: string) =>
    (
      await broker.api({
        method: 'GET',
        url: `/deploy-guard?service=${service}&version=${version}&environment=production`,
      })
    ).json<{ verdict: string }>().verdict;
  const matrix = async (consumer: string) =>
    pageOf<{ provider: { version: string }; status: string }>(
      await broker.api({ method: 'GET', url: `/matrix?consumer=${consumer}` }),
    ).items.map((row) => `${row.provider.version} ${row.status}`);

  beforeAll(async () => {
    broker = await startTestBroker();
    await given(broker).environment('production', { production: true }).build();
    await post('/services/users/specs', { content: http, version: 'u3', branch: 'main' });
    const asyncapi = await post('/services/users/specs', { content: good, version: 'u3', branch: 'main' });
    await post('/services/users/versions/u3/verifications', { success: true });
    await post('/contracts', { content: mixedPact('audit', 'users'), consumerVersion: 'a1', branch: 'main' });
    const httpOnly = JSON.parse(mixedPact('web', 'users')) as { interactions: Array<{ type: string }> };
    httpOnly.interactions = httpOnly.interactions.filter((i) => i.type === 'Synchronous/HTTP');
    await post('/contracts', { content: JSON.stringify(httpOnly), consumerVersion: 'w1', branch: 'main' });
    await given(broker)
      .deployed('users', 'u3', 'production')
      .deployed('audit', 'a1', 'production')
      .deployed('web', 'w1', 'production')
      .build();
    asyncSha = asyncapi.json<{ spec: { contentSha: string } }>().spec.contentSha;
  });
  let asyncSha = '';
  afterAll(() => broker.close());

  it('does not let the consumer of its messages deploy, nor show that pair compatible', async () => {
    expect(await verdict('audit', 'a1')).not.toBe('safe');
    expect(await matrix('audit')).not.toContain('u3 compatible');
  });

  it('says the AsyncAPI spec is there but not verified, and what to do (message.spec.unverified)', async () => {
    const answer = (
      await broker.api({
        method: 'GET',
        url: '/deploy-guard?service=audit&version=a1&environment=production',
      })
    ).json<{
      reasons: Array<{ kind: string; findings?: { errors: Array<{ code: string; message: string }> } }>;
    }>();
    const errors = answer.reasons.flatMap((reason) => reason.findings?.errors ?? []);
    expect(errors.map((error) => error.code)).toContain('message.spec.unverified');
    expect(errors.map((error) => error.code)).not.toContain('message.spec.missing');
    const unverified = errors.find((error) => error.code === 'message.spec.unverified')!;
    expect(unverified.message).toContain('users@u3 has an AsyncAPI spec');
    expect(unverified.message).toContain(asyncSha.slice(0, 12));
    expect(unverified.message).toContain('Verify the build against its AsyncAPI spec');
  });

  it('keeps message.spec.missing for a provider that has no AsyncAPI spec at all', async () => {
    await post('/services/ledger/specs', { content: http, version: 'l1', branch: 'main' });
    await post('/services/ledger/versions/l1/verifications', { success: true });
    await post('/contracts', {
      content: mixedPact('clerk', 'ledger'),
      consumerVersion: 'c1',
      branch: 'main',
    });
    await given(broker).deployed('ledger', 'l1', 'production').build();
    const answer = (
      await broker.api({
        method: 'GET',
        url: '/deploy-guard?service=clerk&version=c1&environment=production',
      })
    ).json<{ reasons: Array<{ findings?: { errors: Array<{ code: string }> } }> }>();
    const codes = answer.reasons
      .flatMap((reason) => reason.findings?.errors ?? [])
      .map((error) => error.code);
    expect(codes).toContain('message.spec.missing');
    expect(codes).not.toContain('message.spec.unverified');
  });

  it('lets an HTTP-only consumer deploy: the verified OpenAPI half is all it relies on', async () => {
    expect(await verdict('web', 'w1')).toBe('safe');
    expect(await matrix('web')).toEqual(['u3 compatible']);
  });

  it('judges the message consumer against both halves once the AsyncAPI spec is verified too', async () => {
    await post('/services/users/versions/u3/verifications', { success: true, specSha: asyncSha });
    expect(await verdict('audit', 'a1')).toBe('safe');
    expect(await matrix('audit')).toEqual(['u3 compatible']);
    expect(await verdict('web', 'w1')).toBe('safe');
  });
});
