import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scratchDir } from '../testing/cli-run.js';
import { locateRcDir } from './rc-location.js';

describe('locateRcDir', () => {
  let scratch: Awaited<ReturnType<typeof scratchDir>>;
  beforeEach(async () => (scratch = await scratchDir()));
  afterEach(() => scratch.remove());
  const rc = (dir: string) => writeFile(path.join(dir, '.signetrc.yaml'), 'service: x\n');

  it('takes the nearest file from the working directory up to the git root, and none above it', async () => {
    const repo = path.join(scratch.dir, 'repo');
    const deep = path.join(repo, 'a', 'b');
    await mkdir(deep, { recursive: true });
    await mkdir(path.join(repo, '.git'));
    await rc(scratch.dir); // above the repository: never used from inside it
    expect(await locateRcDir(deep)).toBeUndefined();
    await rc(repo);
    expect(await locateRcDir(deep)).toBe(repo);
    await rc(path.join(repo, 'a'));
    expect(await locateRcDir(deep)).toBe(path.join(repo, 'a'));
  });

  it('looks only in the working directory outside a repository', async () => {
    const sub = path.join(scratch.dir, 'sub');
    await mkdir(sub);
    await rc(scratch.dir);
    expect(await locateRcDir(sub)).toBeUndefined();
    expect(await locateRcDir(scratch.dir)).toBe(scratch.dir);
  });
});
