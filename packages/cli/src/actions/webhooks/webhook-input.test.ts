import { describe, expect, it } from 'vitest';
import { CliError } from '../../exit-codes.js';
import { runCli, scratchDir } from '../../testing/cli-run.js';
import { webhookInput } from './webhook-input.js';

const flags = { event: [] as string[], header: [] as string[] };

describe('webhookInput', () => {
  it('refuses an unknown --event, listing the valid names and the nearest one', () => {
    expect(webhookInput({ ...flags, event: ['verification.failed', 'contract_published'] }).events).toEqual([
      'verification.failed',
      'contract_published',
    ]);
    let error: unknown;
    try {
      webhookInput({ ...flags, event: ['spec.published', 'verificaton.failed'] });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).message).toMatch(
      /^unknown --event 'verificaton\.failed'; did you mean 'verification\.failed'\?\n {2}valid events: spec\.published, /,
    );
  });

  it('stops signet webhook create before it calls the broker, and warns of a URL the broker will refuse', async () => {
    const scratch = await scratchDir();
    try {
      // Nothing listens on port 9: a call to the broker would exit 3.
      const env = { SIGNET_BROKER_URL: 'http://127.0.0.1:9' };
      const typo = await runCli(
        ['webhook', 'create', '--event', 'spec.publised', '--url', 'https://hooks.example.com/'],
        scratch.dir,
        env,
      );
      expect(typo.code).toBe(2);
      expect(typo.stderr).toMatch(
        /^signet: unknown --event 'spec\.publised'; did you mean 'spec\.published'\?/,
      );
      const loopback = await runCli(
        ['webhook', 'create', '--event', 'spec.published', '--url', 'http://localhost:8080/hook'],
        scratch.dir,
        env,
      );
      expect(loopback.code).toBe(3);
      expect(loopback.stderr).toMatch(
        /^warning: localhost is a loopback name: the broker refuses to save or call it unless SIGNET_WEBHOOK_ALLOWED_HOSTS names it/,
      );
    } finally {
      await scratch.remove();
    }
  });
});
