import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { exitOf, spawnSignet, waitForOutput } from './signet.js';

/** A broker started with `signet broker` on a fresh embedded database. */
export interface BrokerProcess {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts `signet broker --port 0 --data-dir <fresh temp dir>` with `env` (e.g. `SIGNET_WEBHOOK_*`) and waits for
 * its "listening on" line. The first start of an empty data directory runs PGlite's initdb, which takes a while
 * on a busy machine.
 */
export async function startBrokerProcess(
  env: Record<string, string> = {},
  timeoutMs = 180_000,
): Promise<BrokerProcess> {
  const root = await mkdtemp(path.join(tmpdir(), 'signet-demo-broker-'));
  const { child, output } = spawnSignet(['broker', '--port', '0', '--data-dir', path.join(root, 'data')], {
    cwd: root,
    env,
  });
  try {
    const [, url] = await waitForOutput(child, () => output.stderr, /listening on (http:\/\/\S+)/, timeoutMs);
    return {
      url: url!,
      stop: async () => {
        child.kill('SIGTERM');
        await exitOf(child);
        await rm(root, { recursive: true, force: true });
      },
    };
  } catch (error) {
    child.kill('SIGKILL');
    await rm(root, { recursive: true, force: true });
    throw error;
  }
}
