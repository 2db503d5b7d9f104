import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DataDirLockedError, LOCK_FILE, lockDataDir } from './data-dir-lock.js';
import { currentProcess } from './process-identity.js';

describe('lockDataDir', () => {
  const roots: string[] = [];
  afterAll(async () => {
    for (const root of roots) await rm(root, { recursive: true, force: true });
  });
  async function dataDir(): Promise<string> {
    const root = await mkdtemp(join(tmpdir(), 'signet-lock-'));
    roots.push(root);
    return join(root, 'data');
  }
  /** The pid of a process that has exited. */
  function deadPid(): number {
    const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
    return Number(child.stdout.toString());
  }

  it('refuses a second holder while the first holds it, naming the holder, and allows it once released', async () => {
    const dir = await dataDir();
    const first = await lockDataDir(dir);
    const refused = await lockDataDir(dir).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(DataDirLockedError);
    expect((refused as Error).message).toContain(`in use by another signet broker (pid ${process.pid})`);
    await first.release();
    const second = await lockDataDir(dir);
    await second.release();
    expect(await readdir(dir)).toEqual([]);
  });

  it('takes over a lock whose holder has died, or whose pid now belongs to another process', async () => {
    const dir = await dataDir();
    const crashed = await lockDataDir(dir);
    const stale = JSON.parse(await readFile(crashed.path, 'utf8')) as Record<string, unknown>;
    await writeFile(crashed.path, JSON.stringify({ ...stale, pid: deadPid() }));
    const afterCrash = await lockDataDir(dir);
    expect(JSON.parse(await readFile(afterCrash.path, 'utf8'))).toMatchObject({ pid: process.pid });
    await afterCrash.release();

    const identity = currentProcess();
    // Linux tells a process's start time; elsewhere a reused pid counts as running (refused, never taken).
    if (process.platform !== 'linux') return;
    expect(identity.startTicks).toMatch(/^\d+$/);
    // Our own pid, but a start time that is not ours: an earlier process that had the same pid.
    await writeFile(join(dir, LOCK_FILE), JSON.stringify({ ...identity, startTicks: '1' }));
    const afterReuse = await lockDataDir(dir);
    await afterReuse.release();
  });

  it('lets exactly one of many simultaneous starts take over a stale lock', async () => {
    const dir = await dataDir();
    const crashed = await lockDataDir(dir);
    await writeFile(crashed.path, JSON.stringify({ ...currentProcess(), pid: deadPid(), nonce: 'x' }));
    const outcomes = await Promise.allSettled(Array.from({ length: 12 }, () => lockDataDir(dir)));
    const held = outcomes.filter((outcome) => outcome.status === 'fulfilled');
    expect(held).toHaveLength(1);
    for (const outcome of outcomes)
      if (outcome.status === 'rejected') expect(outcome.reason).toBeInstanceOf(DataDirLockedError);
    await held[0]!.value.release();
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses a lock it cannot check (another host) or did not write, saying which file to delete', async () => {
    const dir = await dataDir();
    const lock = await lockDataDir(dir);
    await writeFile(lock.path, JSON.stringify({ pid: 1, host: `not-${hostname()}` }));
    await expect(lockDataDir(dir)).rejects.toThrow(`on host not-${hostname()}, which this host cannot check`);
    await writeFile(lock.path, 'garbage');
    await expect(lockDataDir(dir)).rejects.toThrow(`${lock.path} is not a lock a signet broker wrote`);
  });
});
