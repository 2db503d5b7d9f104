import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, scratchDir } from '../testing/cli-run.js';

// Every command that talks to the broker gets its URL checked by the client, with one message.
describe('a broker URL that is not http(s)', () => {
  let scratch: Awaited<ReturnType<typeof scratchDir>>;
  beforeAll(async () => (scratch = await scratchDir()));
  afterAll(() => scratch.remove());

  it.each([
    ['environment', 'list'],
    ['webhook', 'list'],
  ])('signet %s %s exits 2, naming the URL', async (...command) => {
    const result = await runCli([...command, '--broker-url', 'ftp://broker.example'], scratch.dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      "the broker URL must be an http or https URL, got 'ftp://broker.example'",
    );
  });
});
