import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBroker, type TestBroker } from '../testing/test-broker.js';
import { runPact } from './testing/pact-cli.js';
import { pactFiles, writePact } from './testing/pact-files.js';

/** The real `pact` CLI and verifier (npm @pact-foundation/pact-cli) against a listening broker. */
describe('real Pact clients against Signet', () => {
  let broker: TestBroker;
  let url: string;
  let dir: string;
  let provider: Server;
  let providerUrl: URL;
  const seen: string[] = [];

  const pact = (...args: string[]) => runPact(args, { PACT_BROKER_BASE_URL: url });
  const ok = async (...args: string[]) => {
    const result = await pact(...args);
    expect(result.code, `pact ${args.join(' ')}\n${result.stdout}\n${result.stderr}`).toBe(0);
    return result;
  };
  const publish = async (version: 'v2' | 'v3' | 'v4', consumer: string, path: string, ...flags: string[]) => {
    const pactDir = await mkdtemp(join(dir, `${consumer}-`));
    await writePact(pactDir, pactFiles[version](consumer, 'inventory', path));
    return ok('broker', 'publish', pactDir, ...flags);
  };
  const forVerification = async (body: object) =>
    (
      await broker.app.inject({
        method: 'POST',
        url: '/pacts/provider/inventory/for-verification',
        payload: body,
      })
    ).json<{
      _embedded: {
        pacts: Array<{
          shortDescription: string;
          verificationProperties: { pending?: boolean; wip?: boolean };
          _links: { self: { href: string; name: string } };
        }>;
      };
    }>()._embedded.pacts;

  beforeAll(async () => {
    broker = await startTestBroker();
    await broker.app.listen({ port: 0, host: '127.0.0.1' });
    url = `http://127.0.0.1:${(broker.app.server.address() as AddressInfo).port}`;
    dir = await mkdtemp(join(tmpdir(), 'signet-pact-cli-'));
    provider = createServer((request, response) => {
      seen.push(`${request.method} ${request.url}`);
      // mobile's pact expects a string name: this provider build breaks it.
      const body = request.url === '/items/mobile' ? { id: '1', name: 42 } : { id: '1', name: 'gadget' };
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    });
    await new Promise<void>((resolve) => provider.listen(0, '127.0.0.1', resolve));
    providerUrl = new URL(`http://127.0.0.1:${(provider.address() as AddressInfo).port}`);
  });

  afterAll(async () => {
    await new Promise((resolve) => provider.close(resolve));
    await broker.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('publishes v2, v3 and v4 pacts with branch and tags, stored as native contracts with comparisons and events', async () => {
    await publish('v2', 'web', 'web', '--consumer-app-version', 'w1', '--branch', 'main', '--tag', 'ui');
    await publish('v3', 'mobile', 'mobile', '--consumer-app-version', 'm1', '--branch', 'main');
    await publish(
      'v4',
      'admin',
      'admin',
      '--consumer-app-version',
      'a1',
      '--branch',
      'feat-x',
      '--tag',
      'beta',
    );
    const contracts = (await broker.api({ method: 'GET', url: '/contracts?provider=inventory' })).json<{
      items: Array<{ consumer: string; consumerVersion: string }>;
    }>();
    expect(contracts.items.map((c) => `${c.consumer}@${c.consumerVersion}`).sort()).toEqual([
      'admin@a1',
      'mobile@m1',
      'web@w1',
    ]);
    const web = (await broker.api({ method: 'GET', url: '/services/web/versions/w1' })).json();
    expect(web).toMatchObject({ branch: 'main', tags: ['ui'] });
    expect((await broker.api({ method: 'GET', url: '/services/web' })).json()).toMatchObject({
      mainBranch: 'main',
    });
    const events = (await broker.api({ method: 'GET', url: '/events?type=contract.published' })).json<{
      items: unknown[];
    }>();
    expect(events.items).toHaveLength(3);
  });

  it('creates an environment with create-environment', async () => {
    await ok(
      'broker',
      'create-environment',
      '--name',
      'production',
      '--display-name',
      'Production',
      '--production',
    );
    expect((await broker.api({ method: 'GET', url: '/environments/production' })).json()).toMatchObject({
      production: true,
      displayName: 'Production',
    });
  });

  it('hands the verifier the selected pacts with pending and WIP flags, and records its results in the matrix', async () => {
    const body = {
      consumerVersionSelectors: [{ mainBranch: true }],
      providerVersionBranch: 'main',
      includePendingStatus: true,
      includeWipPactsSince: '2020-01-01',
    };
    const before = await forVerification(body);
    const flags = (pacts: typeof before): Record<string, object> =>
      Object.fromEntries<object>(
        pacts.map(({ verificationProperties: { pending, wip }, _links }) => [
          _links.self.name.split(' ')[2] ?? '',
          wip ? { pending, wip } : { pending },
        ]),
      );
    expect(flags(before)).toEqual({
      web: { pending: true },
      mobile: { pending: true },
      admin: { pending: true, wip: true },
    });
    const verified = await pact(
      'verifier',
      '--broker-url',
      url,
      '--provider-name',
      'inventory',
      '--hostname',
      providerUrl.hostname,
      '--port',
      providerUrl.port,
      '--provider-version',
      'p1',
      '--provider-branch',
      'main',
      '--consumer-version-selectors',
      '{"mainBranch": true}',
      '--enable-pending',
      '--include-wip-pacts-since',
      '2020-01-01',
      '--publish',
    );
    // mobile's pact fails, but it is pending: the provider's build does not fail.
    expect(verified.code, verified.stdout + verified.stderr).toBe(0);
    expect(seen.filter((line) => line.startsWith('GET')).sort()).toEqual([
      'GET /items/admin',
      'GET /items/mobile',
      'GET /items/web',
    ]);
    const matrix = (await broker.api({ method: 'GET', url: '/matrix?provider=inventory' })).json<{
      items: Array<{ consumer: { name: string }; provider: { version: string }; status: string }>;
    }>();
    expect(
      Object.fromEntries(
        matrix.items.map((row) => [row.consumer.name, `${row.provider.version}:${row.status}`]),
      ),
    ).toEqual({
      web: 'p1:compatible',
      mobile: 'p1:incompatible',
      admin: 'p1:compatible',
    });
    const after = await forVerification(body);
    expect(flags(after)).toEqual({
      web: { pending: false },
      mobile: { pending: true },
      admin: { pending: true, wip: true },
    });
  });

  it('records deployments and releases through the version resource', async () => {
    await ok(
      'broker',
      'record-deployment',
      '--pacticipant',
      'inventory',
      '--version',
      'p1',
      '--environment',
      'production',
    );
    await ok(
      'broker',
      'record-release',
      '--pacticipant',
      'admin',
      '--version',
      'a1',
      '--environment',
      'production',
    );
    const production = (
      await broker.api({ method: 'GET', url: '/environments/production/deployed-versions' })
    ).json<{ items: Array<{ service: string; kind: string; current: boolean }> }>();
    expect(production.items.map((row) => `${row.service}:${row.kind}:${row.current}`).sort()).toEqual([
      'admin:release:true',
      'inventory:deployment:true',
    ]);
  });

  it('answers can-i-deploy --to-environment from the deploy guard: safe exits 0, unsafe exits 1', async () => {
    const safe = await pact(
      'broker',
      'can-i-deploy',
      '--pacticipant',
      'web',
      '--version',
      'w1',
      '--to-environment',
      'production',
    );
    expect(safe.code, safe.stdout + safe.stderr).toBe(0);
    const guard = (
      await broker.api({ method: 'GET', url: '/deploy-guard?service=web&version=w1&environment=production' })
    ).json();
    expect(guard).toMatchObject({ verdict: 'safe' });
    const unsafe = await pact(
      'broker',
      'can-i-deploy',
      '--pacticipant',
      'mobile',
      '--version',
      'm1',
      '--to-environment',
      'production',
    );
    expect(unsafe.code, unsafe.stdout + unsafe.stderr).toBe(1);
    expect(unsafe.stdout + unsafe.stderr).toContain('mobile');
  });

  it('tags versions, describes them and lists the latest pacts', async () => {
    await ok('broker', 'create-version-tag', '--pacticipant', 'web', '--version', 'w1', '--tag', 'prod');
    expect((await broker.api({ method: 'GET', url: '/services/web/versions/w1' })).json()).toMatchObject({
      tags: ['prod', 'ui'],
    });
    const described = await ok(
      'broker',
      'describe-version',
      '--pacticipant',
      'web',
      '--version',
      'w1',
      '--output',
      'json',
    );
    expect(JSON.parse(described.stdout)).toMatchObject({ number: 'w1', branch: 'main' });
    const listed = await ok('broker', 'list-latest-pact-versions', '--output', 'json');
    const pacts = (
      JSON.parse(listed.stdout) as {
        pacts: Array<{
          _embedded: { consumer: { name: string; _embedded: { version: { number: string } } } };
        }>;
      }
    ).pacts;
    expect(
      pacts
        .map((p) => `${p._embedded.consumer.name}@${p._embedded.consumer._embedded.version.number}`)
        .sort(),
    ).toEqual(['admin@a1', 'mobile@m1', 'web@w1']);
  });

  it('creates or updates a pacticipant with its main branch', async () => {
    await ok(
      'broker',
      'create-or-update-pacticipant',
      '--name',
      'inventory',
      '--main-branch',
      'trunk',
      '--display-name',
      'Inventory',
    );
    expect((await broker.api({ method: 'GET', url: '/services/inventory' })).json()).toMatchObject({
      mainBranch: 'trunk',
    });
  });

  it('creates a webhook with Pact event names and ${pactbroker.*} variables as a Signet subscription', async () => {
    await ok(
      'broker',
      'create-webhook',
      'https://hooks.example.com/pact?consumer=${pactbroker.consumerName}',
      '--request',
      'POST',
      '--header',
      'Content-Type: application/json',
      '--data',
      '{"provider":"${pactbroker.providerName}"}',
      '--consumer',
      'web',
      '--provider',
      'inventory',
      '--description',
      'tell web',
      '--contract-published',
      '--provider-verification-succeeded',
    );
    const hooks = (await broker.api({ method: 'GET', url: '/webhooks' })).json<{
      items: Array<Record<string, unknown>>;
    }>();
    expect(hooks.items).toEqual([
      expect.objectContaining({
        description: 'tell web',
        consumer: 'web',
        provider: 'inventory',
        method: 'POST',
        url: 'https://hooks.example.com/pact?consumer=${pactbroker.consumerName}',
        events: expect.arrayContaining(['contract_published', 'provider_verification_succeeded']),
      }),
    ]);
  });
});
