import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebhookTestBroker, type WebhookTestBroker } from '../webhooks/testing/webhook-test-broker.js';
import { runPact } from './testing/pact-cli.js';
import { pactFiles, writePact } from './testing/pact-files.js';

interface DeployedRow {
  service: string;
  version: string;
  kind: string;
  applicationInstance: string | null;
  current: boolean;
  endedAt: string | null;
}

/**
 * More of the real `pact broker` CLI (npm @pact-foundation/pact-cli) against a listening broker: the environment,
 * pacticipant, version, undeployment and webhook-test commands, each checked against what `/api/v1` shows after.
 */
describe('real pact broker commands against Signet (environments, pacticipants, versions, webhooks)', () => {
  let broker: WebhookTestBroker;
  let url: string;
  let dir: string;
  let receiver: Server;
  let receiverUrl: string;
  const received: string[] = [];

  // `--retries 0`: a failing request fails the command at once instead of after back-off.
  const pact = (...args: string[]) => runPact([...args, '--retries', '0'], { PACT_BROKER_BASE_URL: url });
  const ok = async (...args: string[]) => {
    const result = await pact(...args);
    expect(result.code, `pact ${args.join(' ')}\n${result.stdout}\n${result.stderr}`).toBe(0);
    return result;
  };
  const api = async <T>(path: string) => {
    const response = await broker.api({ method: 'GET', url: path });
    return { status: response.statusCode, body: response.json<T>() };
  };
  const deployed = async (environment: string) =>
    (await api<{ items: DeployedRow[] }>(`/environments/${environment}/deployed-versions`)).body.items
      .map(
        (row) =>
          `${row.service}@${row.version}:${row.kind}:${row.applicationInstance ?? '-'}:` +
          `${row.current ? 'current' : 'ended'}:${row.endedAt === null ? 'open' : 'closed'}`,
      )
      .sort();
  const environmentUuid = async (name: string) => {
    const listed = await ok('broker', 'list-environments', '--output', 'json');
    const all = (
      JSON.parse(listed.stdout) as { _embedded: { environments: Array<{ name: string; uuid: string }> } }
    )._embedded.environments;
    const found = all.find((environment) => environment.name === name);
    if (found === undefined) throw new Error(`no environment ${name} in ${listed.stdout}`);
    return found.uuid;
  };

  beforeAll(async () => {
    // Webhooks may call 127.0.0.1 (the receiver below); no worker: only `test-webhook` delivers.
    broker = await startWebhookTestBroker({}, { worker: false });
    await broker.app.listen({ port: 0, host: '127.0.0.1' });
    url = `http://127.0.0.1:${(broker.app.server.address() as AddressInfo).port}`;
    dir = await mkdtemp(join(tmpdir(), 'signet-pact-cli-more-'));
    receiver = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        received.push(`${request.method} ${request.url}`);
        response.writeHead(200, { 'content-type': 'text/plain' }).end('received');
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
    const pactDir = await mkdtemp(join(dir, 'web-'));
    await writePact(pactDir, pactFiles.v3('web', 'inventory', 'web'));
    const published = await ok(
      'broker',
      'publish',
      pactDir,
      '--consumer-app-version',
      'w1',
      '--branch',
      'main',
    );
    // The publish response's notices (and their deprecated `logs` copy) are what the CLI prints.
    expect(published.stdout).toContain('Created pact for web version w1 and provider inventory');
    expect(published.stdout).not.toContain('Failed to process response notices');
  });

  afterAll(async () => {
    await new Promise((resolve) => receiver.close(resolve));
    await broker.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('lists, describes and updates environments (list-environments, describe-environment, update-environment)', async () => {
    await ok('broker', 'create-environment', '--name', 'production', '--production');
    await ok('broker', 'create-environment', '--name', 'staging', '--display-name', 'Staging');

    const table = await ok('broker', 'list-environments');
    expect(table.stdout).toMatch(/production\s+┆ production\s+┆ true/);
    expect(table.stdout).toMatch(/staging\s+┆ Staging\s+┆ false/);

    const uuid = await environmentUuid('staging');
    expect(uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/);
    const described = await ok('broker', 'describe-environment', '--uuid', uuid);
    expect(described.stdout).toContain(`UUID ${uuid}`);
    expect(described.stdout).toContain('Name: staging');
    expect(described.stdout).toContain('Display Name: Staging');
    expect(described.stdout).toContain('Production: false');

    const updated = await ok(
      'broker',
      'update-environment',
      '--uuid',
      uuid,
      '--name',
      'staging-eu',
      '--display-name',
      'Staging EU',
      '--production',
      '--contact-name',
      'Ops',
      '--contact-email-address',
      'ops@example.com',
    );
    expect(updated.stdout).toContain(`Updated staging-eu environment in the Pact Broker with UUID ${uuid}`);
    // Renamed in place: the native API finds it under its new name only, with the new fields.
    expect(await api('/environments/staging-eu')).toMatchObject({
      status: 200,
      body: { name: 'staging-eu', displayName: 'Staging EU', production: true },
    });
    expect((await api('/environments/staging')).status).toBe(404);
    // The uuid survives the rename, and the contact is kept.
    const json = await ok('broker', 'describe-environment', '--uuid', uuid, '--output', 'json');
    expect(JSON.parse(json.stdout)).toMatchObject({
      uuid,
      name: 'staging-eu',
      production: true,
      contacts: [{ name: 'Ops', email: 'ops@example.com' }],
    });

    const missing = await pact(
      'broker',
      'describe-environment',
      '--uuid',
      '00000000-0000-4000-a000-000000000000',
    );
    expect(missing.code).toBe(1);
  });

  it('lists and describes pacticipants (list-pacticipants, describe-pacticipant)', async () => {
    await ok(
      'broker',
      'create-or-update-pacticipant',
      '--name',
      'web',
      '--display-name',
      'Web App',
      '--repository-url',
      'https://git.example.com/web',
    );
    const table = await ok('broker', 'list-pacticipants');
    expect(table.stdout).toMatch(/"web"\s+┆ "Web App"/);
    expect(table.stdout).toMatch(/"inventory"\s+┆ "inventory"/);
    const json = await ok('broker', 'list-pacticipants', '--output', 'json');
    const listed = (JSON.parse(json.stdout) as { _embedded: { pacticipants: Array<{ name: string }> } })
      ._embedded.pacticipants;
    const services = await api<{ items: Array<{ name: string }> }>('/services');
    expect(listed.map((p) => p.name).sort()).toEqual(['inventory', 'web']);
    expect(services.body.items.map((s) => s.name).sort()).toEqual(['inventory', 'web']);

    const described = await ok('broker', 'describe-pacticipant', '--name', 'web');
    expect(described.stdout).toContain('Name: web');
    expect(described.stdout).toContain('Display Name: Web App');
    expect(described.stdout).toContain('Main Branch: main');
    expect(described.stdout).toContain('Repo URL: https://git.example.com/web');
    expect((await api('/services/web')).body).toMatchObject({ name: 'web', mainBranch: 'main' });

    const missing = await pact('broker', 'describe-pacticipant', '--name', 'nobody');
    expect(missing.code).toBe(1);
  });

  it('creates and updates versions with branch and tag (create-or-update-version)', async () => {
    const created = await ok(
      'broker',
      'create-or-update-version',
      '--pacticipant',
      'inventory',
      '--version',
      'p1',
      '--branch',
      'main',
      '--tag',
      't1',
    );
    expect(created.stdout).toContain("Branch 'main' created for version 'p1'");
    expect(created.stdout).toContain("Tag 't1' created for version 'p1'");
    expect((await api('/services/inventory/versions/p1')).body).toMatchObject({
      service: 'inventory',
      number: 'p1',
      branch: 'main',
      tags: ['t1'],
    });
    // Again with another tag: the version is updated, the first tag kept.
    await ok(
      'broker',
      'create-or-update-version',
      '--pacticipant',
      'inventory',
      '--version',
      'p1',
      '--tag',
      't2',
    );
    expect((await api('/services/inventory/versions/p1')).body).toMatchObject({
      branch: 'main',
      tags: ['t1', 't2'],
    });
  });

  it('records undeployments per application instance (record-undeployment)', async () => {
    const record = (...instance: string[]) =>
      ok(
        'broker',
        'record-deployment',
        '--pacticipant',
        'inventory',
        '--version',
        'p1',
        '--environment',
        'production',
        ...instance,
      );
    await record();
    await record('--application-instance', 'eu');
    expect(await deployed('production')).toEqual([
      'inventory@p1:deployment:-:current:open',
      'inventory@p1:deployment:eu:current:open',
    ]);

    const eu = await ok(
      'broker',
      'record-undeployment',
      '--pacticipant',
      'inventory',
      '--environment',
      'production',
      '--application-instance',
      'eu',
    );
    expect(eu.stdout).toContain('Undeployed inventory from production environment (application instance eu)');
    expect(await deployed('production')).toEqual([
      'inventory@p1:deployment:-:current:open',
      'inventory@p1:deployment:eu:ended:closed',
    ]);

    await ok('broker', 'record-undeployment', '--pacticipant', 'inventory', '--environment', 'production');
    expect(await deployed('production')).toEqual([
      'inventory@p1:deployment:-:ended:closed',
      'inventory@p1:deployment:eu:ended:closed',
    ]);
    const current = await api<{ items: unknown[] }>(
      '/environments/production/deployed-versions?current=true',
    );
    expect(current.body.items).toEqual([]);

    const again = await pact(
      'broker',
      'record-undeployment',
      '--pacticipant',
      'inventory',
      '--environment',
      'production',
    );
    expect(again.code).toBe(1);
    expect(again.stdout + again.stderr).toContain(
      'inventory is not currently deployed to production environment',
    );
  });

  it('ends support for a released version (record-support-ended)', async () => {
    await ok(
      'broker',
      'record-release',
      '--pacticipant',
      'web',
      '--version',
      'w1',
      '--environment',
      'production',
    );
    expect(await deployed('production')).toContain('web@w1:release:-:current:open');
    const ended = await ok(
      'broker',
      'record-support-ended',
      '--pacticipant',
      'web',
      '--version',
      'w1',
      '--environment',
      'production',
    );
    expect(ended.stdout).toContain(
      'Recorded support ended for application web, version w1 from production environment',
    );
    expect(await deployed('production')).toContain('web@w1:release:-:ended:closed');
    const again = await pact(
      'broker',
      'record-support-ended',
      '--pacticipant',
      'web',
      '--version',
      'w1',
      '--environment',
      'production',
    );
    expect(again.code).toBe(1);
    expect(again.stdout + again.stderr).toContain(
      'No currently released versions found for web in production',
    );
  });

  it('executes a webhook once (test-webhook): the receiver gets it and the delivery is logged', async () => {
    await ok(
      'broker',
      'create-webhook',
      `${receiverUrl}/hook/\${pactbroker.consumerName}`,
      '--request',
      'POST',
      '--data',
      '{"provider":"${pactbroker.providerName}"}',
      '--consumer',
      'web',
      '--provider',
      'inventory',
      '--contract-published',
      '--description',
      'ping me',
    );
    const hooks = await api<{ items: Array<{ id: number; description: string }> }>('/webhooks');
    const hook = hooks.body.items.find((item) => item.description === 'ping me');
    if (hook === undefined) throw new Error('the webhook was not created');
    expect(received).toEqual([]);

    const tested = await ok('broker', 'test-webhook', '--uuid', String(hook.id));
    // The CLI follows the webhook's links, which name it by uuid.
    expect(tested.stdout).toMatch(new RegExp(`${url}/webhooks/[\\w-]{16,}/execute`));
    expect(received).toHaveLength(1);
    expect(received[0]).toMatch(/^POST \/hook\//);
    const output = JSON.parse(tested.stdout.slice(tested.stdout.indexOf('\n{') + 1)) as {
      success: boolean;
      response: { status: number } | null;
    };
    expect(output).toMatchObject({ success: true, response: { status: 200 } });
    const deliveries = await api<{ items: Array<{ kind: string; status: string }> }>(
      `/webhooks/${hook.id}/deliveries`,
    );
    expect(deliveries.body.items).toEqual([expect.objectContaining({ kind: 'ping' })]);

    const missing = await pact('broker', 'test-webhook', '--uuid', '999999');
    expect(missing.code).toBe(1);
  });

  it('updates an existing webhook by uuid (create-or-update-webhook) and deletes it (delete-webhook)', async () => {
    const hooks = await api<{ items: Array<{ id: number; description: string }> }>('/webhooks');
    const hook = hooks.body.items.find((item) => item.description === 'ping me');
    if (hook === undefined) throw new Error('no webhook to update');
    await ok(
      'broker',
      'create-or-update-webhook',
      `${receiverUrl}/other`,
      '--uuid',
      String(hook.id),
      '--request',
      'PUT',
      '--provider',
      'inventory',
      '--provider-verification-failed',
      '--description',
      'ping me too',
    );
    expect((await api(`/webhooks/${hook.id}`)).body).toMatchObject({
      description: 'ping me too',
      method: 'PUT',
      url: `${receiverUrl}/other`,
      consumer: null,
      provider: 'inventory',
      events: ['provider_verification_failed'],
    });
    await ok('broker', 'delete-webhook', '--uuid', String(hook.id));
    expect((await api(`/webhooks/${hook.id}`)).status).toBe(404);
  });
  it('deletes a version tag (delete-version-tag)', async () => {
    await ok('broker', 'create-version-tag', '--pacticipant', 'web', '--version', 'w1', '--tag', 'old');
    expect((await api('/services/web/versions/w1')).body).toMatchObject({ tags: ['old'] });
    const deleted = await ok(
      'broker',
      'delete-version-tag',
      '--pacticipant',
      'web',
      '--version',
      'w1',
      '--tag',
      'old',
    );
    expect(deleted.stdout).not.toContain('not found');
    expect((await api('/services/web/versions/w1')).body).toMatchObject({ tags: [] });
    const tag = await broker.app.inject({ method: 'GET', url: '/pacticipants/web/versions/w1/tags/old' });
    expect(tag.statusCode).toBe(404);
    // Deleting it again is not an error for the CLI, which says so.
    const again = await ok(
      'broker',
      'delete-version-tag',
      '--pacticipant',
      'web',
      '--version',
      'w1',
      '--tag',
      'old',
    );
    expect(again.stdout).toContain("Tag 'old' for version 'w1' of pacticipant 'web' was not found");
  });

  it('deletes a branch (delete-branch): its versions stay, its pacts are no longer selected by branch', async () => {
    const pactDir = await mkdtemp(join(dir, 'web-feat-'));
    await writePact(pactDir, pactFiles.v3('web', 'inventory', 'web-feat'));
    await ok('broker', 'publish', pactDir, '--consumer-app-version', 'w2', '--branch', 'feat-y');
    const byBranch = async () =>
      (
        await broker.app.inject({
          method: 'POST',
          url: '/pacts/provider/inventory/for-verification',
          payload: { consumerVersionSelectors: [{ branch: 'feat-y' }] },
        })
      ).json<{ _embedded: { pacts: Array<{ shortDescription: string }> } }>()._embedded.pacts;
    expect(await byBranch()).toHaveLength(1);
    expect((await api('/services/web/versions/w2')).body).toMatchObject({ branch: 'feat-y' });

    await ok('broker', 'delete-branch', '--pacticipant', 'web', '--branch', 'feat-y');
    expect(await byBranch()).toEqual([]);
    // The version and its contract remain; only the branch is gone.
    expect(await api('/services/web/versions/w2')).toMatchObject({ status: 200, body: { branch: null } });
    const contracts = await api<{ items: Array<{ consumerVersion: string }> }>('/contracts?consumer=web');
    expect(contracts.body.items.map((c) => c.consumerVersion).sort()).toEqual(['w1', 'w2']);
    const branch = await broker.app.inject({ method: 'GET', url: '/pacticipants/web/branches/feat-y' });
    expect(branch.statusCode).toBe(404);
    // The main branch is untouched.
    expect((await api('/services/web/versions/w1')).body).toMatchObject({ branch: 'main' });

    const again = await pact('broker', 'delete-branch', '--pacticipant', 'web', '--branch', 'feat-y');
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(
      "Could not delete branch 'feat-y' of pacticipant 'web' as it was not found",
    );
    const strict = await pact(
      'broker',
      'delete-branch',
      '--pacticipant',
      'web',
      '--branch',
      'feat-y',
      '--error-when-not-found',
      'true',
    );
    expect(strict.code).toBe(1);
  });

  it('gets the pacts of the main branch or a branch, all or the latest, and downloads them (get-pacts)', async () => {
    const pactDir = await mkdtemp(join(dir, 'web-3-'));
    await writePact(pactDir, pactFiles.v3('web', 'inventory', 'web-3'));
    await ok('broker', 'publish', pactDir, '--consumer-app-version', 'w3', '--branch', 'main');
    const listed = async (...flags: string[]) => {
      const result = await ok('broker', 'get-pacts', '--provider', 'inventory', '--output', 'json', ...flags);
      return (JSON.parse(result.stdout) as { pacts: Array<{ title: string }> }).pacts.map((p) => p.title);
    };
    // Without --branch: the consumers' main branch (w2's branch was deleted above).
    expect(await listed()).toEqual([
      'Pact between web (w1) and inventory',
      'Pact between web (w3) and inventory',
    ]);
    const versions = await api<{ items: Array<{ number: string; branch: string | null }> }>(
      '/services/web/versions',
    );
    expect(
      versions.body.items
        .filter((v) => v.branch === 'main')
        .map((v) => v.number)
        .sort(),
    ).toEqual(['w1', 'w3']);
    expect(await listed('--latest')).toEqual(['Pact between web (w3) and inventory']);
    expect(await listed('--consumer', 'web', '--branch', 'main')).toHaveLength(2);
    expect(await listed('--branch', 'feat-y')).toEqual([]);

    const table = await ok('broker', 'get-pacts', '--provider', 'inventory', '--latest');
    expect(table.stdout).toContain(`${url}/pacts/provider/inventory/consumer/web/version/w3`);
    const downloads = join(dir, 'downloads');
    await ok(
      'broker',
      'get-pacts',
      '--provider',
      'inventory',
      '--latest',
      '--download',
      '--download-dir',
      downloads,
    );
    const downloaded = JSON.parse(await readFile(join(downloads, 'web-inventory-w3.json'), 'utf8')) as {
      consumer: { name: string };
      interactions: Array<{ request: { path: string } }>;
    };
    expect(downloaded.consumer.name).toBe('web');
    expect(downloaded.interactions.map((i) => i.request.path)).toEqual(['/items/web-3']);
  });

  it('deletes an environment with its deployed versions (delete-environment)', async () => {
    const uuid = await environmentUuid('staging-eu');
    await ok(
      'broker',
      'record-deployment',
      '--pacticipant',
      'inventory',
      '--version',
      'p1',
      '--environment',
      'staging-eu',
    );
    expect(await deployed('staging-eu')).toEqual(['inventory@p1:deployment:-:current:open']);

    await ok('broker', 'delete-environment', '--uuid', uuid);
    expect((await api('/environments/staging-eu')).status).toBe(404);
    const environments = await api<{ items: Array<{ name: string }> }>('/environments');
    expect(environments.body.items.map((e) => e.name)).toEqual(['production']);
    const table = await ok('broker', 'list-environments');
    expect(table.stdout).not.toContain('staging-eu');
    // Other environments keep their history.
    expect(await deployed('production')).toContain('web@w1:release:-:ended:closed');

    const again = await pact('broker', 'delete-environment', '--uuid', uuid);
    expect(again.code).toBe(1);
  });
});
