import { createHash, randomUUID } from 'node:crypto';
import { link, mkdir, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { currentProcess, processState, type ProcessIdentity } from './process-identity.js';

/** Another broker holds the embedded data directory (or this one cannot tell that none does). */
export class DataDirLockedError extends Error {
  override readonly name = 'DataDirLockedError';
}

/** The exclusive hold on a data directory; `release` gives it up. */
export interface DataDirLock {
  path: string;
  release(): Promise<void>;
}

/** The lock's file name inside the data directory (PGlite ignores files it does not know). */
export const LOCK_FILE = 'signet-broker.lock';

const ATTEMPTS = 50;

/**
 * Takes the data directory for this process: two processes on one PGlite directory each keep their own
 * copy of its pages and overwrite each other's writes. The lock file names its holder; it is created whole
 * and atomically (written aside, then hard-linked into place, which fails if one exists), so a reader never
 * sees half a lock. A lock whose holder has died (killed, crashed) is stale and is removed, so a crash never
 * blocks the next start; one whose holder runs, or whose holder this host cannot check, is refused.
 */
export async function lockDataDir(dataDir: string): Promise<DataDirLock> {
  await mkdir(dataDir, { recursive: true });
  const path = join(dataDir, LOCK_FILE);
  const content = JSON.stringify({ ...currentProcess(), nonce: randomUUID() });
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    if (await createWhole(path, content)) return { path, release: () => release(path, content) };
    const held = await readText(path);
    if (held === undefined) continue; // released meanwhile: try again
    const holder = parseHolder(held);
    if (holder === undefined)
      throw new DataDirLockedError(
        `${path} is not a lock a signet broker wrote; if no broker uses ${dataDir}, delete that file`,
      );
    const state = processState(holder);
    if (state === 'running')
      throw new DataDirLockedError(
        `${dataDir} is in use by another signet broker (pid ${holder.pid}); stop it, or give this one ` +
          'another --data-dir (two brokers on one embedded database lose each other’s writes)',
      );
    if (state === 'unknown')
      throw new DataDirLockedError(
        `${dataDir} is locked by pid ${holder.pid} on host ${holder.host}, which this host cannot check; ` +
          `if no broker runs there, delete ${path}`,
      );
    await removeStale(path, held);
  }
  throw new DataDirLockedError(
    `could not lock ${dataDir}: another start keeps changing ${path}; if no broker uses the directory, ` +
      `delete ${path} and any ${LOCK_FILE}.break-* file beside it`,
  );
}

/** Writes `content` aside, then links it to `path`: false when a lock is already there. */
async function createWhole(path: string, content: string): Promise<boolean> {
  const aside = `${path}.${randomUUID()}.tmp`;
  await writeFile(aside, content, { flag: 'wx' });
  try {
    await link(aside, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    await rm(aside, { force: true });
  }
}

/**
 * Removes the stale lock `stale`, unless someone else is already doing so. Only the process that created the
 * marker for this very lock (its content is unique) may remove it, so two starts that both found it stale
 * cannot have the slower one remove the lock the faster one took meanwhile.
 */
async function removeStale(path: string, stale: string): Promise<void> {
  const marker = `${path}.break-${createHash('sha256').update(stale).digest('hex').slice(0, 16)}`;
  try {
    await writeFile(marker, String(process.pid), { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    await sleep(20); // another start is removing it
    return;
  }
  try {
    if ((await readText(path)) === stale) await unlink(path);
  } finally {
    await rm(marker, { force: true });
  }
}

async function release(path: string, content: string): Promise<void> {
  if ((await readText(path)) === content) await rm(path, { force: true });
}

async function readText(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function parseHolder(text: string): ProcessIdentity | undefined {
  try {
    const value = JSON.parse(text) as Partial<ProcessIdentity>;
    const optional = (field: unknown) => field === undefined || typeof field === 'string';
    if (
      Number.isInteger(value.pid) &&
      typeof value.host === 'string' &&
      optional(value.bootId) &&
      optional(value.startTicks)
    )
      return value as ProcessIdentity;
  } catch {
    // not JSON: not ours
  }
  return undefined;
}
