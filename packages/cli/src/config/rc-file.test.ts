import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CliError } from '../exit-codes.js';
import { scratchDir } from '../testing/cli-run.js';
import { readRcFile } from './rc-file.js';

describe('readRcFile', () => {
  let scratch: Awaited<ReturnType<typeof scratchDir>>;
  beforeEach(async () => (scratch = await scratchDir()));
  afterEach(() => scratch.remove());
  const write = (text: string) => writeFile(path.join(scratch.dir, '.signetrc.yaml'), text);
  const failure = (promise: Promise<unknown>) =>
    promise.then(
      () => undefined,
      (error: unknown) => error,
    );

  it('reads the known keys, and nothing when there is no file', async () => {
    expect(await readRcFile(scratch.dir)).toEqual({});
    await write('brokerUrl: https://broker.example\ntoken: abc\ntags: [dev, qa]\nenvironment: staging\n');
    expect(await readRcFile(scratch.dir)).toEqual({
      brokerUrl: 'https://broker.example',
      token: 'abc',
      tags: ['dev', 'qa'],
      environment: 'staging',
    });
  });

  it('names an unknown key, listing the known ones', async () => {
    await write('brokerURL: http://x\n');
    const error = await failure(readRcFile(scratch.dir));
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(2);
    expect((error as CliError).message).toMatch(
      /^\.signetrc\.yaml: unknown key 'brokerURL' \(known keys: brokerUrl,/,
    );
  });

  it('names a key with a bad value', async () => {
    await write('brokerUrl: ftp://x\n');
    expect(((await failure(readRcFile(scratch.dir))) as CliError).message).toMatch(
      /^\.signetrc\.yaml: 'brokerUrl': /,
    );
    await write('tags: [dev, 3]\n');
    expect(((await failure(readRcFile(scratch.dir))) as CliError).message).toMatch(/'tags\.1': /);
  });

  it('refuses YAML that does not parse, or is not a mapping', async () => {
    await write('brokerUrl: [unclosed\n');
    expect(((await failure(readRcFile(scratch.dir))) as CliError).message).toMatch(/is not valid YAML/);
    await write('- a\n- b\n');
    expect(((await failure(readRcFile(scratch.dir))) as CliError).message).toMatch(/must be a mapping/);
  });
});
