import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { VerificationReport } from '../actions/verify/index.js';
import {
  FAULTS,
  startItemsProvider,
  type Fault,
  type ItemsProvider,
} from '../actions/verify/testing/items-provider.js';
import { run } from '../main.js';
import type { Io } from '../output/io.js';

const spec = path.resolve(import.meta.dirname, '../../test-fixtures/verify/items.yaml');
const allFaults = Object.keys(FAULTS) as Fault[];

function captureIo(): Io & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    color: false,
    out: (t: string) => void (io.stdout += t),
    err: (t: string) => void (io.stderr += t),
  };
  return io;
}

let provider: ItemsProvider | undefined;
afterEach(async () => {
  await provider?.close();
  provider = undefined;
});

async function verify(
  faults: Fault[],
  ...flags: string[]
): Promise<{ code: number; report: VerificationReport; io: ReturnType<typeof captureIo> }> {
  provider = await startItemsProvider(new Set(faults));
  const io = captureIo();
  const code = await run(
    ['test', '--provider-url', provider.url, '--spec', spec, '--seed', '7', '--json', ...flags],
    io,
  );
  return { code, report: JSON.parse(io.stdout) as VerificationReport, io };
}

/** Whether the report has a failure of the fault's check on the fault's operation (with its violation, if named). */
function reported(report: VerificationReport, fault: Fault): boolean {
  const { operation, check, violation } = FAULTS[fault];
  const result = report.operations.find((r) => r.operation === operation);
  return (result?.failures ?? []).some((f) =>
    f.failures.some(
      (c) =>
        c.check === check &&
        (violation === undefined ||
          (c.violations ?? []).some((v) => `${v.instancePath} ${v.message}`.includes(violation))),
    ),
  );
}

describe('signet test against a provider with seeded faults', () => {
  it('reports every fault, by check and operation, and exits 1', async () => {
    const { code, report } = await verify(allFaults, '--negative');
    expect(code).toBe(1);
    expect(report.success).toBe(false);
    for (const fault of allFaults)
      expect({ fault, reported: reported(report, fault) }).toEqual({ fault, reported: true });
  });

  it.each(allFaults)('reports %s when it is the only fault', async (fault) => {
    const { code, report } = await verify([fault], '--negative');
    expect(code).toBe(1);
    expect(reported(report, fault)).toBe(true);
    const others = allFaults.filter((f) => f !== fault && FAULTS[f].check !== FAULTS[fault].check);
    for (const other of others)
      expect({ other, reported: reported(report, other) }).toEqual({ other, reported: false });
  });

  it('misses accepted invalid input without --negative, and says nothing is wrong', async () => {
    const { code, report } = await verify(['accepts-invalid-input']);
    expect(code).toBe(0);
    expect(report.totals.failed).toBe(0);
  });

  it('reports zero failures and exits 0 against the corrected provider', async () => {
    const { code, report, io } = await verify([], '--negative');
    expect(code).toBe(0);
    expect(report.totals).toMatchObject({ operations: 3, failed: 0 });
    expect(report.totals.requests).toBeGreaterThan(60);
    expect(report.totals.checks['negative-rejected']?.passed).toBeGreaterThan(10);
    for (const result of report.operations) expect(result.requests).toBeGreaterThan(5);
    expect(io.stderr).toMatch(/requests sent, 0 failed/);
  });
});

describe('signet test output and exit codes', () => {
  it('prints each kind of failure once with an example (curl line, answer) and the counts per operation', async () => {
    provider = await startItemsProvider(new Set(['undocumented-status']));
    const io = captureIo();
    const code = await run(
      ['test', '--provider-url', provider.url, '--spec', spec, '--seed', '3', '--operation', 'createItem'],
      io,
    );
    expect(code).toBe(1);
    const requests = /POST \/items\s+(\d+)\s+0\s+\1\n/.exec(io.stdout)?.[1];
    expect(Number(requests)).toBeGreaterThan(5);
    // One block for the one kind of failure, its first request (the spec's example) as the example.
    expect(io.stdout).toContain(
      [
        `FAIL POST /items status-documented: ${requests} of ${requests} request(s)`,
        '  ✗ status 200 is not documented (documented: 201, 400)',
        '  example (example: spec example 1):',
        `    curl -X POST '${provider.url}/items' -H 'content-type: application/json' --data-raw '{"name":"lamp","price":12.5}'`,
        '    ← 200',
        '      content-type: application/json',
        '      {"id":7,"name":"lamp","price":12.5}',
      ].join('\n'),
    );
    expect(io.stdout.match(/^FAIL /gm)).toHaveLength(1);
    expect(io.stdout).toContain('(replay with --seed 3)');
  });

  it('sends the same requests for the same seed', async () => {
    const first = await verify(['undocumented-status'], '--operation', 'POST /items');
    const second = await verify(['undocumented-status'], '--operation', 'POST /items');
    const curls = (r: VerificationReport): string[] =>
      r.operations.flatMap((o) => o.failures.map((f) => f.curl.replace(/:\d+\//, '/')));
    expect(curls(second.report)).toEqual(curls(first.report));
  });

  it('exits 4 (provider unreachable, not the broker 3) when nothing listens at the provider URL', async () => {
    const server = http.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    await new Promise((resolve) => server.close(resolve));
    const io = captureIo();
    expect(await run(['test', '--provider-url', `http://127.0.0.1:${port}`, '--spec', spec], io)).toBe(4);
    expect(io.stderr).toContain(`provider unreachable at http://127.0.0.1:${port}/`);
    expect(io.stderr.match(/^signet: /gm)).toHaveLength(1);
  });

  it('exits 2 for bad flags, an unknown operation and an invalid spec', async () => {
    const cases = [
      ['--provider-url', 'ftp://x', '--spec', spec],
      ['--provider-url', 'http://127.0.0.1:9', '--spec', spec, '--max-examples', '0'],
      ['--provider-url', 'http://127.0.0.1:9', '--spec', spec, '--header', 'no colon'],
      ['--provider-url', 'http://127.0.0.1:9', '--spec', spec, '--operation', 'nope'],
      ['--provider-url', 'http://127.0.0.1:9', '--spec', path.join(path.dirname(spec), '../remote-ref.yaml')],
      ['--provider-url', 'http://127.0.0.1:9'],
    ];
    for (const args of cases) {
      const io = captureIo();
      expect({ args, code: await run(['test', ...args], io) }).toEqual({ args, code: 2 });
      expect(io.stderr).not.toBe('');
    }
  });
});
