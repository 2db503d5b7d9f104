/**
 * "Not compared yet" is a neutral state with a way out (issue 15, item 9): the integration page offers "Compare
 * now" for a pair the broker never compared, asks the broker (POST /comparisons) and shows the verdict. A real
 * broker started with the CLI, a real Chromium.
 */
import type { SignetClient } from '@signet/client';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium } from './chromium.js';
import type { CliBroker } from './cli-broker.js';
import { describeInChromium, openPage, startUiBroker, stopUi, type UiBroker } from './ui-suite.js';
import { ops, pact, spec } from './reference-data.js';

const TOKEN = 'e2e-compare-now-admin-token-0123456';
const WAIT = 20_000;

describeInChromium('asking for a comparison not made yet, in Chromium', { timeout: 90_000 }, () => {
  let ui: UiBroker | undefined;
  let broker: CliBroker;
  let client: SignetClient;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ui = await startUiBroker('compare-now', TOKEN);
    ({ broker, client } = ui);
    const shelf = async (version: string, operations: Array<(typeof ops)[keyof typeof ops]>) => {
      await client.specs.publish('shelf', { content: spec('shelf', operations), version, branch: 'main' });
      await client.verifications.record('shelf', version, { success: true });
    };
    const reader = (version: string, operation: (typeof ops)[keyof typeof ops]) =>
      client.contracts.publish({
        content: pact('reader', 'shelf', [operation]),
        consumerVersion: version,
        branch: 'main',
      });
    // Each publication is compared with the other side's newest: reader-2 meets shelf-2 only, never shelf-1
    // (not deployed anywhere), which has no gadgets endpoint.
    await shelf('shelf-1', [ops.item]);
    await reader('reader-1', ops.item);
    await shelf('shelf-2', [ops.item, ops.gadget]);
    await reader('reader-2', ops.gadget);
    browser = await launchChromium();
    page = await openPage(browser, WAIT, TOKEN);
  }, 240_000);

  afterAll(() => stopUi(browser, ui));

  it('shows the pair as not compared yet, compares it on request and shows the verdict', async () => {
    await page.goto(`${broker.url}/integrations/reader/shelf`);
    await page.getByRole('link', { name: /^reader reader-2 with shelf shelf-1: / }).click();
    const pending = page.getByTestId('not-compared-yet');
    await pending.waitFor();
    expect(await pending.innerText()).toContain('not compared yet');
    // Neutral, not an error.
    expect(await page.getByRole('alert').count()).toBe(0);
    await pending.getByRole('button', { name: 'Compare now' }).click();
    const summary = page.getByTestId('comparison-summary');
    await summary.waitFor();
    expect(await summary.innerText()).toMatch(/reader reader-2 .* against shelf shelf-1 .*incompatible/);
    expect(await page.getByTestId('not-compared-yet').count()).toBe(0);
    // Stored: the broker answers the comparison now.
    const row = (await client.matrix.list({ consumer: 'reader' })).items.find(
      (item) => item.consumer.version === 'reader-2' && item.provider.version === 'shelf-1',
    );
    expect(row?.status).toBe('incompatible');
  });
});
