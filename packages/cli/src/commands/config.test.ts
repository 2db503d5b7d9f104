import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, scratchDir } from '../testing/cli-run.js';

interface Row {
  name: string;
  value: string | string[] | null;
  from: string;
}

describe('signet config', () => {
  let scratch: Awaited<ReturnType<typeof scratchDir>>;
  beforeEach(async () => (scratch = await scratchDir()));
  afterEach(() => scratch.remove());

  it('shows each setting and where it came from, never a token', async () => {
    const rc = path.join(scratch.dir, '.signetrc.yaml');
    await writeFile(rc, 'token: file-secret-token\nservice: shop\ntags: [dev]\n');
    const env = { SIGNET_ENVIRONMENT: 'staging', SIGNET_TOKEN: 'env-secret-token' };
    const json = await runCli(['config', '--json', '--broker-url', 'https://b.example'], scratch.dir, env);
    expect(json.code).toBe(0);
    expect(json.stdout).not.toContain('secret-token');
    const { rcFile, settings } = JSON.parse(json.stdout) as { rcFile: string; settings: Row[] };
    expect(rcFile).toBe(rc);
    const from = Object.fromEntries(settings.map((row) => [row.name, [row.value, row.from]]));
    expect(from).toEqual({
      brokerUrl: ['https://b.example', '--broker-url'],
      token: ['******** (hidden)', 'SIGNET_TOKEN'],
      service: ['shop', rc],
      provider: [null, 'unset'],
      version: [null, 'unset'],
      branch: [null, 'unset'],
      environment: ['staging', 'SIGNET_ENVIRONMENT'],
      tags: [['dev'], rc],
    });
    const text = await runCli(['config'], scratch.dir, {});
    expect(text.stdout).toMatch(/^SETTING\s+VALUE\s+FROM\n/);
    expect(text.stdout).toMatch(/brokerUrl\s+http:\/\/localhost:3000\s+default\n/);
    expect(text.stdout).toMatch(/token\s+\*{8} \(hidden\)\s+\S*\.signetrc\.yaml\n/);
    expect(text.stdout).not.toContain('secret-token');
  });

  it('finds .signetrc.yaml from a subdirectory up to the git root, and says version and branch come from git', async () => {
    const git = (...args: string[]) =>
      execFileSync('git', args, { cwd: scratch.dir, encoding: 'utf8' }).trim();
    git('init', '-q', '-b', 'main');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '--allow-empty', '-m', 'one');
    await writeFile(path.join(scratch.dir, '.signetrc.yaml'), 'provider: inventory\n');
    const deep = path.join(scratch.dir, 'services', 'inventory');
    await mkdir(deep, { recursive: true });
    const { stdout } = await runCli(['config', '--json'], deep, {});
    const rows = (JSON.parse(stdout) as { settings: Row[] }).settings;
    expect(rows.find((row) => row.name === 'provider')).toEqual({
      name: 'provider',
      value: 'inventory',
      from: path.join(scratch.dir, '.signetrc.yaml'),
    });
    expect(rows.find((row) => row.name === 'version')).toEqual({
      name: 'version',
      value: git('rev-parse', 'HEAD'),
      from: 'git',
    });
    expect(rows.find((row) => row.name === 'branch')?.from).toBe('git');
  });
});
