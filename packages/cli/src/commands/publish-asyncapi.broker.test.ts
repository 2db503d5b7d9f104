import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBroker, type TestBroker } from '@signet/broker/testing';
import { runCli, scratchDir } from '../testing/cli-run.js';

const asyncapi = `asyncapi: 3.0.0
info: { title: Users, version: "1" }
channels:
  users:
    messages:
      created:
        contentType: application/json
        payload:
          type: object
          properties: { userId: { type: string } }
          required: [userId]
operations:
  onUserCreated:
    action: send
    channel: { $ref: "#/channels/users" }
`;

const messagePact = (consumer: string, content: unknown) =>
  JSON.stringify({
    consumer: { name: consumer },
    provider: { name: 'users' },
    interactions: [
      {
        type: 'Asynchronous/Messages',
        description: 'a user was created',
        comments: { references: { AsyncAPI: { operationId: 'onUserCreated' } } },
        contents: { content, contentType: 'application/json', encoded: false },
      },
    ],
    metadata: { pactSpecification: { version: '4.0' } },
  });

describe('signet publish spec with an AsyncAPI file', () => {
  let broker: TestBroker;
  let scratch: Awaited<ReturnType<typeof scratchDir>>;
  let env: Record<string, string>;
  const file = (name: string) => path.join(scratch.dir, name);
  const cli = (...argv: string[]) => runCli(argv, scratch.dir, env);

  beforeAll(async () => {
    broker = await startTestBroker();
    env = { SIGNET_BROKER_URL: await broker.app.listen({ port: 0, host: '127.0.0.1' }) };
    scratch = await scratchDir();
    await writeFile(file('users.asyncapi.yaml'), asyncapi);
    await writeFile(file('mailer-users.json'), messagePact('mailer', { userId: 'u-1' }));
    await writeFile(file('audit-users.json'), messagePact('audit', { userId: 7 }));
  });
  afterAll(async () => {
    await broker.close();
    await scratch.remove();
  });

  it('publishes it, and message contracts are compared with it', async () => {
    const spec = await cli(
      'publish',
      'spec',
      file('users.asyncapi.yaml'),
      '--provider',
      'users',
      '--version',
      'u1',
      '--branch',
      'main',
    );
    expect(spec).toMatchObject({ code: 0, stderr: '' });
    expect(spec.stdout).toContain('published spec of users@u1: created');
    const statuses: string[] = [];
    for (const name of ['mailer-users.json', 'audit-users.json']) {
      const published = await cli(
        'publish',
        'contract',
        file(name),
        '--version',
        'c1',
        '--branch',
        'main',
        '--json',
      );
      expect(published.code).toBe(0);
      const [result] = JSON.parse(published.stdout) as Array<{ comparisons: Array<{ status: string }> }>;
      statuses.push(...(result?.comparisons.map((c) => c.status) ?? []));
    }
    // The matching message is compatible; a userId that is a number is not.
    expect(statuses).toEqual(['compatible', 'incompatible']);
  });

  it('publishes an OpenAPI spec for the same version beside it, and refuses a second AsyncAPI one', async () => {
    const openapi = JSON.stringify({ openapi: '3.0.3', info: { title: 'users', version: '1' }, paths: {} });
    await writeFile(file('users.openapi.json'), openapi);
    const http = await cli(
      'publish',
      'spec',
      file('users.openapi.json'),
      '--provider',
      'users',
      '--version',
      'u1',
      '--branch',
      'main',
    );
    expect(http).toMatchObject({ code: 0, stderr: '' });
    expect(http.stdout).toContain('published spec of users@u1: created');
    const kinds = (await broker.api({ method: 'GET', url: '/services/users/specs?version=u1' })).json<{
      items: Array<{ kind: string }>;
    }>().items;
    expect(kinds.map((spec) => spec.kind)).toEqual(['asyncapi', 'openapi']);
    await writeFile(file('users-v2.asyncapi.yaml'), asyncapi.replace('title: Users', 'title: Users v2'));
    const again = await cli(
      'publish',
      'spec',
      file('users-v2.asyncapi.yaml'),
      '--provider',
      'users',
      '--version',
      'u1',
      '--branch',
      'main',
    );
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('asyncapi spec');
    // A contract is compared with both specs of u1 at once, and the output names the version.
    const published = await cli(
      'publish',
      'contract',
      file('mailer-users.json'),
      '--version',
      'c2',
      '--branch',
      'main',
    );
    expect(published.code).toBe(0);
    expect(published.stdout).toContain('spec of users@u1');
  });
});
