import { createServer, type AddressInfo } from 'node:net';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from './main.js';
import { captureIo, runCli, scratchDir } from './testing/cli-run.js';

const fixtures = path.resolve(import.meta.dirname, '../test-fixtures');

/** A URL where nothing listens: a port that was just free. */
async function closedUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  await new Promise((resolve) => server.close(resolve));
  return url;
}

describe('signet (the program)', () => {
  let scratch: Awaited<ReturnType<typeof scratchDir>>;
  beforeEach(async () => (scratch = await scratchDir()));
  afterEach(() => scratch.remove());
  const cli = (...argv: string[]) => runCli(argv, scratch.dir);

  it('with --json, prints a usage error as a JSON object on stdout (exit 2), and the message on stderr', async () => {
    const result = await cli('compare', '--spec', 'x.yaml', '--json');
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout)).toEqual({
      schemaVersion: 1,
      error: {
        code: 'commander.missingMandatoryOptionValue',
        message: "required option '--contract <file>' not specified",
        exitCode: 2,
      },
    });
    expect(result.stderr).toContain("required option '--contract <file>' not specified");
    const missing = await cli('compare', '--spec', 'nope.yaml', '--contract', 'nope.json', '--json');
    expect(missing.code).toBe(2);
    expect(JSON.parse(missing.stdout)).toMatchObject({ error: { code: 'usage', exitCode: 2 } });
    // Without --json, stdout stays empty.
    expect((await cli('compare', '--spec', 'x.yaml')).stdout).toBe('');
  });

  it('with --json, prints an unreachable broker as a JSON object on stdout (exit 3)', async () => {
    const url = await closedUrl();
    const args = ['--broker-url', url, '--service', 's', '--version', '1', '--environment', 'e'];
    const result = await cli('record-deployment', ...args, '--json');
    expect(result.code).toBe(3);
    expect(JSON.parse(result.stdout)).toEqual({
      schemaVersion: 1,
      error: { code: 'broker.unreachable', message: expect.stringContaining(url) as string, exitCode: 3 },
    });
  });

  it('lists the exit codes in the program help; marks required options and shows an example per command', async () => {
    const help = await cli('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Exit codes:\n {2}0 .*\n {2}1 .*\n {2}2 .*\n {2}3 .*\n {2}4 /);
    const compare = await cli('compare', '--help');
    // Descriptions wrap; neither of these has a dash, so [^-]* stays within one option.
    expect(compare.stdout).toMatch(/--spec <file>[^-]*\(required\)/);
    expect(compare.stdout).toMatch(/--contract <file>[^-]*\(required\)/);
    expect(compare.stdout.match(/\(required\)/g)).toHaveLength(2);
    expect(compare.stdout).toMatch(/Example:\n {2}\$ signet compare --spec /);
    expect((await cli('webhook', 'create', '--help')).stdout).toMatch(
      /--event <name>((?!\n {2}--)[\s\S])*\(required\)/,
    );
  });

  it('colours with --color and not with --no-color, wherever they are given', async () => {
    const args = ['compare', '--spec', path.join(fixtures, 'petstore.yaml')];
    const contract = ['--contract', path.join(fixtures, 'pact-compatible.json')];
    const plain = captureIo(); // colour off, as a pipe
    expect(await run([...args, '--color', ...contract], plain, { cwd: scratch.dir, env: {} })).toBe(0);
    expect(plain.stdout).toContain('\u001b[');
    const coloured = captureIo();
    coloured.color = true; // as on a terminal
    await run(['--no-color', ...args, ...contract], coloured, { cwd: scratch.dir, env: {} });
    expect(coloured.stdout).not.toContain('\u001b[');
    expect(coloured.stdout).toContain('compatible');
  });
});
