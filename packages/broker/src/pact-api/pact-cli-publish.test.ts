import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultPactSettings } from '../config/pact-settings.js';
import { startTestBroker, type TestBroker } from '../testing/test-broker.js';
import { runPact } from './testing/pact-cli.js';
import { pactFiles, writePact } from './testing/pact-files.js';

/**
 * The real `pact broker` CLI (npm @pact-foundation/pact-cli) publishing to a listening broker: what the Pact
 * Broker protects (a consumer version's pact cannot change) and accepts (branch names with slashes).
 */
describe('real pact broker publish against Signet (protections and branch names)', () => {
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
  const pactDir = async (consumer: string, path: string) => {
    const at = await mkdtemp(join(dir, `${consumer}-`));
    return writePact(at, pactFiles.v3(consumer, 'inventory', path));
  };
  const served = async (consumer: string, version: string) => {
    const response = await broker.app.inject({
      method: 'GET',
      url: `/pacts/provider/inventory/consumer/${consumer}/version/${version}`,
    });
    return response.json<{ interactions: Array<{ description: string }> }>().interactions[0]!.description;
  };

  beforeAll(async () => {
    broker = await startTestBroker();
    await broker.app.listen({ port: 0, host: '127.0.0.1' });
    url = `http://127.0.0.1:${(broker.app.server.address() as AddressInfo).port}`;
    dir = await mkdtemp(join(tmpdir(), 'signet-pact-cli-publish-'));
  });

  afterAll(async () => {
    await broker?.close();
    if (dir !== undefined) await rm(dir, { recursive: true, force: true });
  });

  // Pact Broker: `allow_dangerous_contract_modification` is off by default, and then a pact whose content differs
  // from the one already published for that consumer version is refused with 409 — although the CLI sends
  // `onConflict: overwrite` — and the same content again is accepted (spec/features/publish_pact_spec.rb).
  it('refuses changed content for a published consumer version unless the broker allows modification', async () => {
    await ok(
      'broker',
      'publish',
      await pactDir('web', 'one'),
      '--consumer-app-version',
      'w1',
      '--branch',
      'main',
    );
    await ok(
      'broker',
      'publish',
      await pactDir('web', 'one'),
      '--consumer-app-version',
      'w1',
      '--branch',
      'main',
    );
    const changed = await pact(
      'broker',
      'publish',
      await pactDir('web', 'two'),
      '--consumer-app-version',
      'w1',
    );
    expect(changed.code).not.toBe(0);
    expect(`${changed.stdout}${changed.stderr}`).toContain('409 Conflict');
    // The CLI prints only the status; the answer's `errors` tell what to do instead.
    const answer = await broker.app.inject({
      method: 'POST',
      url: '/contracts/publish',
      payload: {
        pacticipantName: 'web',
        pacticipantVersionNumber: 'w1',
        contracts: [
          {
            consumerName: 'web',
            providerName: 'inventory',
            specification: 'pact',
            contentType: 'application/json',
            content: Buffer.from(JSON.stringify(pactFiles.v3('web', 'inventory', 'two'))).toString('base64'),
            onConflict: 'overwrite',
          },
        ],
      },
    });
    expect(answer.statusCode).toBe(409);
    expect(answer.json<{ errors: { contracts: string[] } }>().errors.contracts[0]).toContain(
      'publish the changed contract with a new consumer version',
    );
    expect(await served('web', 'w1')).toBe('get one');

    broker.deps.pact = { ...defaultPactSettings, allowDangerousContractModification: true };
    try {
      await ok('broker', 'publish', await pactDir('web', 'two'), '--consumer-app-version', 'w1');
      expect(await served('web', 'w1')).toBe('get two');
    } finally {
      broker.deps.pact = defaultPactSettings;
    }
  });

  // Pact Broker: branch names are free text, `feat/x` and `release/1.2` included, addressed URL-encoded in
  // paths (`/pacticipants/web/branches/feat%2Fx`); publish, describe, get-pacts, record-deployment and
  // delete-branch all take them (spec/features/delete_branch_spec.rb, get_branch_version_spec.rb).
  it('accepts branch names with slashes in every branch command', async () => {
    await ok(
      'broker',
      'publish',
      await pactDir('mobile', 'm'),
      '--consumer-app-version',
      'm1',
      '--branch',
      'feat/x',
    );
    await ok(
      'broker',
      'publish',
      await pactDir('mobile', 'm'),
      '--consumer-app-version',
      'm2',
      '--branch',
      'release/1.2',
    );
    const described = await ok(
      'broker',
      'describe-version',
      '--pacticipant',
      'mobile',
      '--version',
      'm1',
      '--output',
      'json',
    );
    expect(JSON.parse(described.stdout)).toMatchObject({ number: 'm1' });
    const branch = await broker.app.inject({ method: 'GET', url: '/pacticipants/mobile/branches/feat%2Fx' });
    expect(branch.statusCode).toBe(200);
    expect(branch.json()).toMatchObject({ name: 'feat/x' });

    const pacts = await ok(
      'broker',
      'get-pacts',
      '--provider',
      'inventory',
      '--consumer',
      'mobile',
      '--branch',
      'feat/x',
      '--output',
      'json',
    );
    expect(pacts.stdout).toContain('/consumer/mobile/version/m1');
    expect(pacts.stdout).not.toContain('/consumer/mobile/version/m2');

    await ok('broker', 'create-environment', '--name', 'staging');
    await ok(
      'broker',
      'record-deployment',
      '--pacticipant',
      'mobile',
      '--version',
      'm2',
      '--environment',
      'staging',
    );
    const deployed = await broker.api({ method: 'GET', url: '/environments/staging/deployed-versions' });
    expect(deployed.json<{ items: Array<{ version: string }> }>().items.map((row) => row.version)).toEqual([
      'm2',
    ]);

    await ok('broker', 'delete-branch', '--pacticipant', 'mobile', '--branch', 'feat/x');
    const gone = await broker.app.inject({ method: 'GET', url: '/pacticipants/mobile/branches/feat%2Fx' });
    expect(gone.statusCode).toBe(404);
    const other = await broker.app.inject({
      method: 'GET',
      url: '/pacticipants/mobile/branches/release%2F1.2',
    });
    expect(other.statusCode).toBe(200);

    // create-or-update-version sends the branch's slash unencoded (…/branches/release/2/versions/m3); the Pact
    // Broker takes the rest of the path up to /versions/ as the branch.
    await ok(
      'broker',
      'create-or-update-version',
      '--pacticipant',
      'mobile',
      '--version',
      'm3',
      '--branch',
      'release/2',
    );
    const onBranch = await broker.app.inject({
      method: 'GET',
      url: '/pacticipants/mobile/branches/release/2/versions/m3',
    });
    expect(onBranch.statusCode).toBe(200);
    expect(onBranch.json()).toMatchObject({ name: 'release/2' });
    const version = await broker.api({ method: 'GET', url: '/services/mobile/versions/m3' });
    expect(version.json()).toMatchObject({ branch: 'release/2' });
  });

  // Pact Broker: `use_first_tag_as_branch` (on by default) gives a tag-only publisher's new version its first
  // tag as branch; a version that already exists keeps having none (lib/pact_broker/tags/service.rb).
  it('makes the first tag the branch of a version a tag-only publication creates, unless turned off', async () => {
    await ok(
      'broker',
      'publish',
      await pactDir('admin', 'a'),
      '--consumer-app-version',
      'a1',
      '--tag',
      'feat/t',
      'beta',
    );
    expect((await broker.api({ method: 'GET', url: '/services/admin/versions/a1' })).json()).toMatchObject({
      branch: 'feat/t',
    });
    await ok(
      'broker',
      'create-version-tag',
      '--pacticipant',
      'admin',
      '--version',
      'a2',
      '--tag',
      'first',
      '--auto-create-version',
    );
    await ok('broker', 'create-version-tag', '--pacticipant', 'admin', '--version', 'a2', '--tag', 'second');
    expect((await broker.api({ method: 'GET', url: '/services/admin/versions/a2' })).json()).toMatchObject({
      branch: 'first',
    });

    broker.deps.pact = { ...defaultPactSettings, useFirstTagAsBranch: false };
    try {
      await ok(
        'broker',
        'publish',
        await pactDir('admin', 'a'),
        '--consumer-app-version',
        'a3',
        '--tag',
        'beta',
      );
      expect((await broker.api({ method: 'GET', url: '/services/admin/versions/a3' })).json()).toMatchObject({
        branch: null,
      });
    } finally {
      broker.deps.pact = defaultPactSettings;
    }
  });

  // Pact Broker: `create_deployed_versions_for_tags` (on by default) records a deployment when a version gets a
  // tag named like an existing environment, so tag-based pipelines fill the environments (tags/service.rb).
  it('records a deployment for a new tag named like an environment, unless turned off', async () => {
    await ok('broker', 'create-environment', '--name', 'production', '--production');
    const deployedIn = async (environment: string) =>
      (await broker.api({ method: 'GET', url: `/environments/${environment}/deployed-versions` }))
        .json<{ items: Array<{ service: string; version: string; current: boolean }> }>()
        .items.filter((row) => row.current)
        .map((row) => `${row.service}@${row.version}`);
    await ok(
      'broker',
      'publish',
      await pactDir('admin', 'a'),
      '--consumer-app-version',
      'a4',
      '--tag',
      'production',
    );
    expect(await deployedIn('production')).toEqual(['admin@a4']);
    await ok(
      'broker',
      'create-version-tag',
      '--pacticipant',
      'admin',
      '--version',
      'a2',
      '--tag',
      'production',
    );
    expect(await deployedIn('production')).toEqual(['admin@a2']);
    // A tag that names no environment records nothing.
    await ok('broker', 'create-version-tag', '--pacticipant', 'admin', '--version', 'a1', '--tag', 'prod');
    expect(await deployedIn('production')).toEqual(['admin@a2']);

    broker.deps.pact = { ...defaultPactSettings, createDeployedVersionsForTags: false };
    try {
      await ok(
        'broker',
        'create-version-tag',
        '--pacticipant',
        'admin',
        '--version',
        'a1',
        '--tag',
        'production',
      );
      expect(await deployedIn('production')).toEqual(['admin@a2']);
    } finally {
      broker.deps.pact = defaultPactSettings;
    }
  });
});
