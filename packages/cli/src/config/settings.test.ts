import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scratchDir } from '../testing/cli-run.js';
import { loadSettings } from './settings.js';

describe('loadSettings', () => {
  let scratch: Awaited<ReturnType<typeof scratchDir>>;
  beforeEach(async () => (scratch = await scratchDir()));
  afterEach(() => scratch.remove());

  it('takes the flag, then SIGNET_* variables, then .signetrc.yaml', async () => {
    await writeFile(
      path.join(scratch.dir, '.signetrc.yaml'),
      'environment: from-file\nservice: file-service\n',
    );
    const settings = await loadSettings({ cwd: scratch.dir, env: { SIGNET_ENVIRONMENT: 'from-env' } });
    expect(settings.get('environment', 'from-flag')).toBe('from-flag');
    expect(settings.get('environment', undefined)).toBe('from-env');
    expect(settings.get('service', undefined)).toBe('file-service');
    expect(settings.get('provider', undefined)).toBeUndefined();
    expect(() => settings.require('provider', undefined)).toThrow(
      "missing --provider: give --provider, SIGNET_PROVIDER or 'provider:' in .signetrc.yaml",
    );
  });

  it('defaults version and branch to git, and says so when this is not a repository', async () => {
    const outside = await loadSettings({ cwd: scratch.dir, env: {} });
    await expect(outside.fromGit('version', undefined)).rejects.toThrow(
      /missing --version: this is not a git repository, so give --version, SIGNET_VERSION/,
    );
    expect(await outside.fromGit('version', 'v1')).toBe('v1');

    const git = (...args: string[]) =>
      execFileSync('git', args, { cwd: scratch.dir, encoding: 'utf8' }).trim();
    git('init', '-q', '-b', 'feature-x');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '--allow-empty', '-m', 'one');
    const inside = await loadSettings({ cwd: scratch.dir, env: {} });
    expect(await inside.fromGit('version', undefined)).toBe(git('rev-parse', 'HEAD'));
    expect(await inside.fromGit('branch', undefined)).toBe('feature-x');
    git('checkout', '-q', '--detach');
    await expect(inside.fromGit('branch', undefined)).rejects.toThrow(/no git branch is checked out here/);
  });
});
