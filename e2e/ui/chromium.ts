/**
 * The system Chromium for browser tests (`npx playwright install` cannot download here). Locally a missing
 * Chromium skips the browser suites with a visible reason; under `CI=true` it fails them.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const candidates = [process.env['SIGNET_CHROMIUM'], '/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** Path of the Chromium to drive, or undefined. */
export function findChromium(): string | undefined {
  return candidates.find((path): path is string => path !== undefined && path !== '' && existsSync(path));
}

/** Why browser tests cannot run here, or undefined when they can. */
export function chromiumMissingReason(): string | undefined {
  return findChromium() === undefined
    ? `no Chromium found (looked for ${candidates.filter(Boolean).join(', ')}; set SIGNET_CHROMIUM)`
    : undefined;
}

export const inCi = process.env['CI'] === 'true';

/** Headless Chromium with the flags a container needs. */
export function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (executablePath === undefined) throw new Error(chromiumMissingReason());
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
