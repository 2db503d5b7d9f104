import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { VerificationReport } from '../actions/verify/index.js';
import { run } from '../main.js';
import { captureIo } from '../testing/cli-run.js';

const spec = path.resolve(import.meta.dirname, '../../test-fixtures/verify/carts.yaml');
const NOTE = 'n'.repeat(700); // longer than the 500 characters a failure shows

// A carts provider whose answers carry `internalNote`, which carts.yaml never declares. Each answer waits a
// different, random while, so answers come back in another order on every run.
let server: http.Server | undefined;
afterEach(async () => {
  if (!server) return;
  server.closeAllConnections();
  await new Promise((resolve) => server!.close(resolve));
  server = undefined;
});

async function startProvider(): Promise<string> {
  server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const one = /^\/carts\/([^/]+)$/.exec(url.pathname);
    const body =
      url.pathname === '/carts'
        ? [{ id: 'c1', total: 3, internalNote: 'staff only' }]
        : one
          ? { id: decodeURIComponent(one[1]!), total: 3, internalNote: NOTE }
          : undefined;
    setTimeout(
      () => {
        res.writeHead(body ? 200 : 404, { 'content-type': 'application/json', 'x-trace': 'abc' });
        res.end(JSON.stringify(body ?? { message: 'no such resource' }));
      },
      Math.floor(Math.random() * 15),
    );
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function signetTest(url: string, ...flags: string[]) {
  const io = captureIo();
  const code = await run(['test', '--provider-url', url, '--spec', spec, '--seed', '11', ...flags], io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

describe('signet test report', () => {
  it('prints each kind of failure once, with its count, one example request and what the provider answered', async () => {
    const url = await startProvider();
    const { code, stdout } = await signetTest(url, '--operation', 'getCart');
    expect(code).toBe(1);
    const blocks = stdout.match(/^FAIL GET \/carts\/\{cartId\} .*$/gm) ?? [];
    expect(blocks).toHaveLength(1);
    const requests = Number(/^GET \/carts\/\{cartId\}\s+(\d+)\s+0\s+\1$/m.exec(stdout)?.[1]);
    expect(requests).toBeGreaterThan(5);
    expect(blocks[0]).toBe(`FAIL GET /carts/{cartId} response-body: ${requests} of ${requests} request(s)`);
    // The undeclared field by its path, the example's curl line, status, the headers that explain it, the body cut.
    expect(stdout).toContain('✗ body does not match the 200 schema: /internalNote undeclared field');
    expect(stdout).not.toContain('at /internalNote:'); // named once, in the message
    expect(stdout).toMatch(/^ {4}curl '.*\/carts\/[^/']+'$/m);
    expect(stdout).toContain('    ← 200\n      content-type: application/json\n');
    expect(stdout).not.toContain('x-trace');
    const bodyLine = stdout.split('\n').find((line) => line.includes('"internalNote"'))!;
    expect(bodyLine.trim().length).toBe(500);
    expect(stdout).toMatch(/ {6}… \(\d+ more character\(s\) not shown\)/);
  });

  it('names the field an additionalProperties: false schema refuses by its JSON path', async () => {
    const url = await startProvider();
    const { code, stdout } = await signetTest(url, '--operation', 'listCarts', '--json');
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as VerificationReport;
    const [failure] = report.operations[0]!.failures[0]!.failures;
    expect(failure).toMatchObject({
      check: 'response-body',
      message: expect.stringContaining('/0/internalNote undeclared field'),
      violations: [
        {
          instancePath: '/0/internalNote',
          message: expect.stringContaining('forbids additional properties'),
        },
      ],
    });
    expect(report.operations[0]!.failures[0]!.response).toEqual({
      status: 200,
      headers: { 'content-type': 'application/json' }, // not x-trace, date or connection
      body: '[{"id":"c1","total":3,"internalNote":"staff only"}]',
    });
  });

  it('says which strictness applies; --allow-undeclared-response-fields accepts what additionalProperties allows', async () => {
    const url = await startProvider();
    const strict = await signetTest(url);
    expect(strict.stdout.split('\n').slice(0, 3)).toEqual([
      expect.stringMatching(/^Verified the provider at .* against Carts 1\.0\.0 \(seed 11\)$/),
      `Spec: ${spec}`,
      'Undeclared response fields: fail, as in signet compare (--allow-undeclared-response-fields accepts them)',
    ]);
    const relaxed = await signetTest(url, '--allow-undeclared-response-fields');
    expect(relaxed.stdout.split('\n')[2]).toBe(
      'Undeclared response fields: accepted where the schema allows them (--allow-undeclared-response-fields)',
    );
    // getCart's schema allows other fields: no failure, and no empty cartId (GET /carts/ would be a 404).
    expect(relaxed.stdout).not.toContain('FAIL GET /carts/{cartId}');
    expect(relaxed.stdout).toMatch(/^GET \/carts\/\{cartId\}\s+(\d+)\s+\1\s+0$/m);
    // listCarts' schema forbids them: still a failure.
    expect(relaxed.stdout).toContain('FAIL GET /carts response-body');
    expect(relaxed.code).toBe(1);
  });

  it('prints the same report twice for one seed, whatever order the answers came in', async () => {
    const url = await startProvider();
    const first = await signetTest(url);
    const second = await signetTest(url);
    expect(first.code).toBe(1);
    expect(second.stdout).toBe(first.stdout);
    const curls = (stdout: string): string[] =>
      (JSON.parse(stdout) as VerificationReport).operations.flatMap((o) => o.failures.map((f) => f.curl));
    const [a, b] = [await signetTest(url, '--json'), await signetTest(url, '--json')];
    expect(curls(a.stdout).length).toBeGreaterThan(20);
    expect(curls(b.stdout)).toEqual(curls(a.stdout));
  });
});
