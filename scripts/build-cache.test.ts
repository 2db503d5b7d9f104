import { mkdirSync, mkdtempSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildUnlessCurrent, inputsHash } from './build-cache.js';

let root: string;
let builds: number;

/** A build step whose output is `out/bundle.js`; `ok` false makes it fail. */
const step = (ok = true) => ({
  root,
  inputs: ['src', 'config.json'],
  output: join(root, 'out', 'bundle.js'),
  stamp: join(root, 'out', '.inputs.sha256'),
  build: () => {
    builds++;
    if (!ok) return false;
    mkdirSync(join(root, 'out'), { recursive: true });
    writeFileSync(join(root, 'out', 'bundle.js'), `built ${builds}`);
    return true;
  },
});

/** Rewrites a file with new content but the old modification time, as a copy or checkout can leave it. */
function editKeepingMtime(file: string, content: string): void {
  const { atime, mtime } = statSync(file);
  writeFileSync(file, content);
  utimesSync(file, atime, mtime);
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'signet-build-cache-'));
  builds = 0;
  mkdirSync(join(root, 'src', 'pages'), { recursive: true });
  writeFileSync(join(root, 'src', 'pages', 'home.ts'), 'export const home = 1;\n');
  writeFileSync(join(root, 'config.json'), '{}\n');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('buildUnlessCurrent', () => {
  it('builds once, then skips while no input has changed', async () => {
    expect(await buildUnlessCurrent(step())).toBe('built');
    expect(await buildUnlessCurrent(step())).toBe('skipped');
    expect(builds).toBe(1);
  });

  it('rebuilds a stale output: one input byte changed with its modification time kept', async () => {
    await buildUnlessCurrent(step());
    editKeepingMtime(join(root, 'src', 'pages', 'home.ts'), 'export const home = 2;\n');
    expect(await buildUnlessCurrent(step())).toBe('built');
    expect(builds).toBe(2);
  });

  it('rebuilds when an input file is added, removed or renamed', async () => {
    await buildUnlessCurrent(step());
    writeFileSync(join(root, 'src', 'pages', 'about.ts'), 'export const about = 1;\n');
    expect(await buildUnlessCurrent(step())).toBe('built');
    rmSync(join(root, 'src', 'pages', 'about.ts'));
    expect(await buildUnlessCurrent(step())).toBe('built');
    expect(await buildUnlessCurrent(step())).toBe('skipped');
    const before = inputsHash(root, ['src']);
    renameSync(join(root, 'src', 'pages', 'home.ts'), join(root, 'src', 'pages', 'index.ts'));
    expect(inputsHash(root, ['src'])).not.toBe(before);
    expect(await buildUnlessCurrent(step())).toBe('built');
  });

  it('rebuilds when the output or its stamp is missing, or when forced', async () => {
    await buildUnlessCurrent(step());
    rmSync(join(root, 'out', 'bundle.js'));
    expect(await buildUnlessCurrent(step())).toBe('built');
    rmSync(join(root, 'out', '.inputs.sha256'));
    expect(await buildUnlessCurrent(step())).toBe('built');
    expect(await buildUnlessCurrent({ ...step(), force: true })).toBe('built');
    expect(builds).toBe(4);
  });

  it('stamps nothing when the build fails, so the next run builds again', async () => {
    expect(await buildUnlessCurrent(step(false))).toBe('failed');
    expect(await buildUnlessCurrent(step())).toBe('built');
    await buildUnlessCurrent(step());
    editKeepingMtime(join(root, 'config.json'), '{"x":1}\n');
    expect(await buildUnlessCurrent(step(false))).toBe('failed');
    expect(await buildUnlessCurrent(step())).toBe('built');
    expect(builds).toBe(4);
  });
});
