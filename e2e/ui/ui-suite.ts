/**
 * What every browser suite sets up the same way: the Chromium check (skipped locally with its reason, failed under
 * CI=true), a broker started with the CLI in its own directory with a client for it, a signed-in page, and the
 * teardown that stops all of it in every outcome.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient, type SignetClient } from '@signet/client';
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe } from 'vitest';
import { chromiumMissingReason, inCi } from './chromium.js';
import { startCliBroker, type CliBroker } from './cli-broker.js';

/** `describe` for a suite that needs Chromium: without one it is skipped locally (saying why) and fails in CI. */
export function describeInChromium(name: string, options: { timeout: number }, body: () => void): void {
  const missing = chromiumMissingReason();
  if (missing !== undefined && !inCi) {
    console.warn(`e2e/ui: browser tests SKIPPED: ${missing}`);
    // The suite's own tests, reported as skipped under a name that says why.
    describe.skip(`${name}: skipped because ${missing}`, options, body);
    return;
  }
  describe(name, options, () => {
    beforeAll(() => {
      if (missing !== undefined) throw new Error(`CI=true and ${missing}`);
    });
    body();
  });
}

export interface UiBroker {
  /** The suite's own directory: the broker's data is in `data/`, the rest is the suite's. */
  dir: string;
  broker: CliBroker;
  /** A client with the admin token (when the broker has one). */
  client: SignetClient;
}

export interface UiBrokerOptions {
  /** More environment for the broker, e.g. `SIGNET_WEBHOOK_ALLOWED_HOSTS`. */
  env?: NodeJS.ProcessEnv;
  /** Fills the data directory before the broker starts on it (a generated history in bulk SQL). */
  seed?: (dataDir: string) => Promise<void>;
}

/** `signet broker` on a new directory, with `SIGNET_ADMIN_TOKEN` when a token is given (else it runs open). */
export async function startUiBroker(
  prefix: string,
  token?: string,
  options: UiBrokerOptions = {},
): Promise<UiBroker> {
  const dir = mkdtempSync(join(tmpdir(), `signet-ui-${prefix}-`));
  const env = { ...options.env, ...(token === undefined ? {} : { SIGNET_ADMIN_TOKEN: token }) };
  try {
    await options.seed?.(join(dir, 'data'));
    const broker = await startCliBroker(['--data-dir', join(dir, 'data')], env);
    return { dir, broker, client: createClient({ baseUrl: broker.url, token }) };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Waits for every start (brokers, the browser) begun together, so that the teardown finds whatever did start,
 * then throws the first failure.
 */
export async function allStarted(starts: Array<Promise<unknown>>): Promise<void> {
  const failed = (await Promise.allSettled(starts)).find(
    (result): result is PromiseRejectedResult => result.status === 'rejected',
  );
  if (failed !== undefined) throw failed.reason;
}

/**
 * A page (in a context of its own: closing the page closes it) that waits `wait` ms for what it looks for, signed
 * in with `token` when given; desktop-sized unless another viewport is given.
 */
export async function openPage(
  browser: Browser,
  wait: number,
  token?: string,
  viewport = { width: 1400, height: 1000 },
): Promise<Page> {
  const page = await browser.newPage({ viewport });
  page.setDefaultTimeout(wait);
  if (token !== undefined)
    await page.addInitScript((value) => sessionStorage.setItem('signet.token', value), token);
  return page;
}

/** Closes the browser, stops the broker and removes its directory, whichever of them were started. */
export async function stopUi(browser: Browser | undefined, ui: UiBroker | undefined): Promise<void> {
  try {
    await browser?.close();
  } finally {
    await ui?.broker.stop();
    if (ui !== undefined) rmSync(ui.dir, { recursive: true, force: true });
  }
}
