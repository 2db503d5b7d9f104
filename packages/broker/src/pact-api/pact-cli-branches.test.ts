import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBroker, type TestBroker } from '../testing/test-broker.js';
import { runPact } from './testing/pact-cli.js';
import { pactFiles, writePact } from './testing/pact-files.js';

interface HalVersion {
  _embedded: { branchVersions: Array<{ name: string }> };
}

/**
 * The real `pact broker` CLI (npm @pact-foundation/pact-cli) putting one version on several branches. Pact
 * Broker: "a pacticipant version may belong to many branches" (docs.pact.io/pact_broker/branches); publishing
 * the same version with another `--branch`, or `PUT /pacticipants/{p}/branches/{b}/versions/{v}` (which
 * `create-or-update-version --branch` sends), adds a branch version; the branch's head becomes the version added
 * last, and one already on the branch keeps its place (lib/pact_broker/versions/branch_version_repository.rb
 * `add_branch` upserts branch_heads only for a new branch version; spec/features/create_branch_version_spec.rb:
 * 201 for a new branch version, 200 for an existing one). "Latest of a branch" everywhere is that head.
 */
describe('real pact broker CLI against Signet (a version on several branches)', () => {
  let broker: TestBroker;
  let url: string;
  let dir: string;

  // `--retries 0`: a failing request fails the command at once instead of after back-off.
  const pact = (...args: string[]) => runPact([...args, '--retries', '0'], { PACT_BROKER_BASE_URL: url });
  const ok = async (...args: string[]) => {
    const result = await pact(...args);
    expect(result.code, `pact ${args.join(' ')}\n${result.stdout}\n${result.stderr}`).toBe(0);
    return result;
  };
  const publish = async (version: string, content: string, branch: string) => {
    const at = await mkdtemp(join(dir, `web-${version}-`));
    await writePact(at, pactFiles.v3('web', 'inventory', content));
    return ok('broker', 'publish', at, '--consumer-app-version', version, '--branch', branch);
  };
  const get = async <T>(path: string) => {
    const response = await broker.app.inject({ method: 'GET', url: path });
    return { status: response.statusCode, body: response.json<T>() };
  };
  const branchesOf = async (version: string) =>
    (await get<HalVersion>(`/pacticipants/web/versions/${version}`)).body._embedded.branchVersions.map(
      (branch) => branch.name,
    );
  /** The contents (their interaction's description) of the pacts a selector hands the verifier. */
  const selected = async (selector: Record<string, unknown>) => {
    const response = await broker.app.inject({
      method: 'POST',
      url: '/pacts/provider/inventory/for-verification',
      payload: { consumerVersionSelectors: [selector] },
    });
    expect(response.statusCode, response.body).toBe(200);
    const pacts = response.json<{ _embedded: { pacts: Array<{ _links: { self: { href: string } } }> } }>()
      ._embedded.pacts;
    const descriptions: string[] = [];
    for (const found of pacts) {
      const text = await get<{ interactions: Array<{ description: string }> }>(
        new URL(found._links.self.href).pathname,
      );
      descriptions.push(text.body.interactions[0]!.description);
    }
    return descriptions;
  };
  const one = pactFiles.v3('web', 'inventory', 'one').interactions[0]!.description;
  const two = pactFiles.v3('web', 'inventory', 'two').interactions[0]!.description;
  const deployable = (...where: string[]) =>
    pact('broker', 'can-i-deploy', '--pacticipant', 'web', '--branch', 'release/1', '--latest', ...where);

  beforeAll(async () => {
    broker = await startTestBroker();
    await broker.app.listen({ port: 0, host: '127.0.0.1' });
    url = `http://127.0.0.1:${(broker.app.server.address() as AddressInfo).port}`;
    dir = await mkdtemp(join(tmpdir(), 'signet-pact-cli-branches-'));
    await publish('w1', 'one', 'main');
    await publish('w2', 'two', 'main');
    // inventory i1, deployed in test, verified w1's pact only.
    await ok('broker', 'create-environment', '--name', 'test');
    const w1 = await get<{ _links: Record<string, { href: string }> }>(
      '/pacts/provider/inventory/consumer/web/version/w1',
    );
    const posted = await broker.app.inject({
      method: 'POST',
      url: new URL(w1.body._links['pb:publish-verification-results']!.href).pathname,
      payload: { success: true, providerApplicationVersion: 'i1', testResults: [] },
    });
    expect(posted.statusCode, posted.body).toBe(201);
    await ok(
      'broker',
      'record-deployment',
      '--pacticipant',
      'inventory',
      '--version',
      'i1',
      '--environment',
      'test',
    );
  });

  afterAll(async () => {
    await broker?.close();
    if (dir !== undefined) await rm(dir, { recursive: true, force: true });
  });

  it('adds a branch when the same version is published with another --branch, keeping the first', async () => {
    await publish('w1', 'one', 'release/1');
    expect(await branchesOf('w1')).toEqual(['main', 'release/1']);
    for (const branch of ['main', 'release%2F1'])
      expect((await get(`/pacticipants/web/branches/${branch}/versions/w1`)).status).toBe(200);
    // w1 heads release/1 (it was put on it last), w2 still heads main.
    expect(await selected({ branch: 'release/1' })).toEqual([one]);
    expect(await selected({ mainBranch: true })).toEqual([two]);
    expect((await deployable('--to-environment', 'test')).code).toBe(0);
  });

  it('moves the head of the branch to the version put on it last, as create-or-update-version --branch does', async () => {
    const added = await ok(
      'broker',
      'create-or-update-version',
      '--pacticipant',
      'web',
      '--version',
      'w2',
      '--branch',
      'release/1',
    );
    expect(added.stdout).toContain("Branch 'release/1' created for version 'w2'");
    expect(await branchesOf('w2')).toEqual(['main', 'release/1']);
    expect(await selected({ branch: 'release/1' })).toEqual([two]);
    // The head is now w2, whose pact i1 never verified: unknown, exit 1 (w1's success does not count).
    const answer = await deployable('--to-environment', 'test');
    expect(answer.code, answer.stdout).toBe(1);
    const json = JSON.parse((await deployable('--to-environment', 'test', '--output', 'json')).stdout) as {
      summary: { deployable: boolean | null; unknown: number };
      matrix: Array<{ consumer: { version: { number: string } } }>;
    };
    expect(json.summary).toMatchObject({ deployable: null, unknown: 1 });
    expect(json.matrix.map((row) => row.consumer.version.number)).toEqual(['w2']);
  });

  it('keeps the head when a version already on the branch is put on it again', async () => {
    await ok(
      'broker',
      'create-or-update-version',
      '--pacticipant',
      'web',
      '--version',
      'w1',
      '--branch',
      'release/1',
    );
    expect((await deployable('--to-environment', 'test')).code).toBe(1);
    expect(await selected({ branch: 'release/1' })).toEqual([two]);
    expect(await branchesOf('w1')).toEqual(['main', 'release/1']);
  });
});
