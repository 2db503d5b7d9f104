import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken, startTestBroker, type TestBroker } from '@signet/broker/testing';
import { runCli, scratchDir } from '../testing/cli-run.js';

describe('signet token create | list | revoke', () => {
  let broker: TestBroker;
  let scratch: Awaited<ReturnType<typeof scratchDir>>;
  let url: string;
  const admin = (...argv: string[]) =>
    runCli(argv, scratch.dir, { SIGNET_BROKER_URL: url, SIGNET_TOKEN: 'admin-secret' });

  beforeAll(async () => {
    broker = await startTestBroker({ auth: { mode: 'tokens', adminTokenHash: hashToken('admin-secret') } });
    url = await broker.app.listen({ port: 0, host: '127.0.0.1' });
    scratch = await scratchDir();
  });
  afterAll(async () => {
    await broker.close();
    await scratch.remove();
  });

  it('creates a token that works, lists it without its secret, and revokes it', async () => {
    const created = await admin('token', 'create', '--name', 'ci', '--role', 'write');
    expect(created.code).toBe(0);
    const secret = created.stdout.trim();
    expect(created.stderr).toMatch(/^created write token \d+ \(ci\); it is shown only once/);
    const withToken = await runCli(
      ['environment', 'create', 'qa', '--token', secret, '--broker-url', url],
      scratch.dir,
    );
    expect(withToken.code).toBe(0);

    const list = await admin('token', 'list', '--json');
    const tokens = JSON.parse(list.stdout) as Array<{ id: number; name: string; token?: string }>;
    expect(tokens).toEqual([expect.objectContaining({ name: 'ci', revokedAt: null })]);
    expect(list.stdout).not.toContain(secret);

    expect((await admin('token', 'revoke', String(tokens[0]!.id))).stdout).toBe(
      `revoked token ${tokens[0]!.id}\n`,
    );
    const refused = await runCli(
      ['environment', 'list', '--token', secret, '--broker-url', url],
      scratch.dir,
    );
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('the broker answered 401 auth.unauthenticated');
  });

  it('refuses a bad role or id before asking the broker', async () => {
    expect((await admin('token', 'create', '--name', 'x', '--role', 'root')).stderr).toContain(
      "--role must be one of read, write, admin, got 'root'",
    );
    expect((await admin('token', 'revoke', 'abc')).code).toBe(2);
  });
});
