import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBroker, type TestBroker } from '../testing/test-broker.js';
import { runPact } from './testing/pact-cli.js';
import { pactFiles, writePact } from './testing/pact-files.js';

/**
 * The real `pact broker publish --build-url` against a listening broker: the Pact Broker stores a publication's
 * build URL on the consumer version and shows it on the version resource (`buildUrl`), where
 * `describe-version` reads it; a later publication with another build URL replaces it
 * (lib/pact_broker/contracts/service.rb creates or updates the version with it).
 */
describe('real pact broker publish --build-url against Signet', () => {
  let broker: TestBroker;
  let url: string;
  let dir: string;

  const pact = (...args: string[]) => runPact([...args, '--retries', '0'], { PACT_BROKER_BASE_URL: url });
  const ok = async (...args: string[]) => {
    const result = await pact(...args);
    expect(result.code, `pact ${args.join(' ')}\n${result.stdout}\n${result.stderr}`).toBe(0);
    return result;
  };
  const publish = async (version: string, ...extra: string[]) => {
    const at = await mkdtemp(join(dir, 'web-'));
    await writePact(at, pactFiles.v3('web', 'inventory', version));
    return ok('broker', 'publish', at, '--consumer-app-version', version, '--branch', 'main', ...extra);
  };
  const shown = async (version: string) => {
    const described = await ok(
      'broker',
      'describe-version',
      '--pacticipant',
      'web',
      '--version',
      version,
      '--output',
      'json',
    );
    const pactApi = await broker.app.inject({ method: 'GET', url: `/pacticipants/web/versions/${version}` });
    const api = await broker.api({ method: 'GET', url: `/services/web/versions/${version}` });
    return {
      cli: JSON.parse(described.stdout) as { buildUrl?: unknown },
      pactApi: pactApi.json<{ buildUrl: unknown }>().buildUrl,
      api: api.json<{ buildUrl: unknown }>().buildUrl,
    };
  };

  beforeAll(async () => {
    broker = await startTestBroker();
    await broker.app.listen({ port: 0, host: '127.0.0.1' });
    url = `http://127.0.0.1:${(broker.app.server.address() as AddressInfo).port}`;
    dir = await mkdtemp(join(tmpdir(), 'signet-pact-cli-build-url-'));
  });

  afterAll(async () => {
    await broker?.close();
    if (dir !== undefined) await rm(dir, { recursive: true, force: true });
  });

  it('stores the build URL a publication sends and shows it on the version in both APIs', async () => {
    await publish('w1', '--build-url', 'https://ci.example/web/builds/1');
    const first = await shown('w1');
    expect(first.cli.buildUrl).toBe('https://ci.example/web/builds/1');
    expect(first.pactApi).toBe('https://ci.example/web/builds/1');
    expect(first.api).toBe('https://ci.example/web/builds/1');
  });

  it('replaces it with a later publication’s build URL, and keeps it when a publication sends none', async () => {
    await publish('w1', '--build-url', 'https://ci.example/web/builds/2');
    expect((await shown('w1')).pactApi).toBe('https://ci.example/web/builds/2');
    await publish('w1');
    expect(await shown('w1')).toMatchObject({
      pactApi: 'https://ci.example/web/builds/2',
      api: 'https://ci.example/web/builds/2',
    });
  });

  it('shows null for a version published without one', async () => {
    await publish('w2');
    expect(await shown('w2')).toMatchObject({ pactApi: null, api: null });
  });

  it('takes buildUrl on version creation, through the Pact API and /api/v1', async () => {
    const put = await broker.app.inject({
      method: 'PUT',
      url: '/pacticipants/inventory/versions/i1',
      payload: { branch: 'main', buildUrl: 'https://ci.example/inventory/7' },
    });
    expect(put.statusCode, put.body).toBe(201);
    expect(put.json<{ buildUrl: unknown }>().buildUrl).toBe('https://ci.example/inventory/7');
    const apiPut = await broker.api({
      method: 'PUT',
      url: '/services/inventory/versions/i2',
      payload: { buildUrl: 'https://ci.example/inventory/8' },
    });
    expect(apiPut.statusCode, apiPut.body).toBe(200);
    expect(apiPut.json<{ buildUrl: unknown }>().buildUrl).toBe('https://ci.example/inventory/8');
    const described = await ok(
      'broker',
      'describe-version',
      '--pacticipant',
      'inventory',
      '--version',
      'i1',
      '--output',
      'json',
    );
    expect((JSON.parse(described.stdout) as { buildUrl?: unknown }).buildUrl).toBe(
      'https://ci.example/inventory/7',
    );
  });
});
