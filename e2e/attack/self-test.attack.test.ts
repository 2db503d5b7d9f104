import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { VerificationReport } from '../../packages/cli/src/actions/verify/index.js';
import { runCli, scratchDir } from '../../packages/cli/src/testing/cli-run.js';
import { startAttackBroker, type AttackBroker } from './harness/attack-broker.js';
import { describeOnBackends } from './harness/backends.js';
import { storedData } from './harness/stored-data.js';

// `signet test --negative` pointed at the broker with the broker's own OpenAPI document: generated valid
// requests must get answers the document allows, invalid ones a 4xx. What it finds is a bug in one or the other.

describeOnBackends('the broker verified against its own API description', (backend) => {
  let broker: AttackBroker;
  let scratch: Awaited<ReturnType<typeof scratchDir>>;
  beforeAll(async () => {
    broker = await startAttackBroker(backend);
    scratch = await scratchDir();
  }, 120_000);
  afterAll(async () => {
    await broker?.close();
    await scratch?.remove();
  });

  it('passes signet test --negative with every operation, and everything it wrote reads back', async () => {
    const description = await broker.api('none', 'GET', '/openapi.json');
    expect(description.status).toBe(200);
    const specFile = join(scratch.dir, 'openapi.json');
    await writeFile(specFile, description.body);
    const before = await storedData(broker);
    const result = await runCli(
      [
        'test',
        '--spec',
        specFile,
        '--provider-url',
        broker.url,
        '--negative',
        '--seed',
        '20261202',
        '--max-examples',
        '5',
        '--json',
        // The admin token, so every write is really processed, not refused at the door.
        '--header',
        `Authorization: Bearer ${broker.tokens.admin}`,
      ],
      scratch.dir,
    );
    const report = JSON.parse(result.stdout) as VerificationReport;
    const failures = report.operations.flatMap((operation) =>
      operation.failures.map(
        (failure) => `${failure.curl}: ${failure.failures.map((f) => f.message).join('; ')}`,
      ),
    );
    expect(failures).toEqual([]);
    expect(report.totals.requests).toBeGreaterThan(300);
    expect(result.code).toBe(0);
    // What the generated requests wrote reads back whole.
    expect((await storedData(broker)).length).toBeGreaterThan(before.length);
  }, 600_000);
});
