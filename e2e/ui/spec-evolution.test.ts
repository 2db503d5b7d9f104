/**
 * Issue 14's UI: on a provider's page, "What my consumers use" (operations and fields with their consumer
 * versions, unused ones marked), and "Check a spec change" (paste or upload a candidate; every change with its
 * impact, by consumer and by operation). A real broker started with the CLI, a real Chromium.
 */
import type { SignetClient } from '@signet/client';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium } from './chromium.js';
import type { CliBroker } from './cli-broker.js';
import { describeInChromium, openPage, startUiBroker, stopUi, type UiBroker } from './ui-suite.js';
import { ops, publishReferenceWorkflow, spec } from './reference-data.js';

const WAIT = 20_000;
/** An operation of inventory's newest spec that no consumer calls: the candidate for removal. */
const stock = { method: 'get', path: '/api/stock/{stockId}', status: 200, description: 'get stock' } as const;

describeInChromium('spec evolution pages in Chromium', { timeout: 90_000 }, () => {
  let ui: UiBroker | undefined;
  let broker: CliBroker;
  let client: SignetClient;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ui = await startUiBroker('evolution');
    ({ broker, client } = ui);
    await publishReferenceWorkflow(client);
    await client.specs.publish('inventory_service', {
      content: spec('inventory_service', [ops.item, ops.gadget, stock]),
      version: 'inv-3',
      branch: 'main',
    });
    browser = await launchChromium();
    page = await openPage(browser, WAIT);
  }, 240_000);

  afterAll(() => stopUi(browser, ui));

  const go = (path: string) => page.goto(`${broker.url}${path}`);

  it("shows what a provider's consumers use, with versions, and marks what nobody uses", async () => {
    await go('/services/inventory_service');
    const usage = page.getByTestId('service-usage');
    const operations = usage.getByTestId('usage-operation');
    await operations.first().waitFor();
    expect(await operations.count()).toBe(3);
    expect(await usage.innerText()).toContain('2 of 3 operations used, 1 unused');
    const unused = operations.filter({ hasText: 'GET /api/stock/{stockId}' });
    expect(await unused.getAttribute('data-used')).toBe('false');
    expect(await unused.innerText()).toContain('unused by every consumer');
    const gadgets = operations.filter({ hasText: 'GET /api/gadgets/{gadgetId}' });
    expect(await gadgets.getAttribute('data-used')).toBe('true');
    await gadgets.locator('summary').click();
    // The consumer version on its main branch that calls it, linked to its version page.
    const version = gadgets.getByRole('link', { name: 'cart-2' }).first();
    expect(await version.getAttribute('href')).toBe('/services/shopping_cart_service/versions/cart-2');
    // Fields: the response's id and name are read by cart-2's expected body.
    const parts = gadgets.getByTestId('usage-part');
    expect(await parts.filter({ hasText: 'response 200 field id' }).getAttribute('data-used')).toBe('true');

    // A consumer-only service has no spec: no usage section at all, and no error.
    const asked = page.waitForResponse((r) => r.url().includes('/api/v1/services/advertising_service/usage'));
    await go('/services/advertising_service');
    expect((await asked).status()).toBe(404);
    await page.getByRole('heading', { name: 'Specs' }).waitFor();
    expect(await page.getByTestId('service-usage').count()).toBe(0);
    expect(await page.locator('.error').allInnerTexts()).toEqual([]);
  });

  it('checks a pasted spec change: the removal a consumer needs breaks it, the unused removal is safe', async () => {
    await go('/services/inventory_service');
    await page.getByTestId('service-usage').getByRole('link', { name: 'Check a spec change' }).click();
    await page.waitForURL(/\/services\/inventory_service\/spec-change$/);
    // Both gadgets and stock removed: gadgets breaks cart-2, stock is breaking in theory but unused.
    await page.getByLabel(/Candidate spec/).fill(JSON.stringify(spec('inventory_service', [ops.item])));
    await page.getByRole('button', { name: 'Check the change' }).click();
    const impact = page.getByTestId('spec-impact');
    await impact.waitFor();
    expect(await impact.getByRole('status').innerText()).toMatch(/Breaks 1 consumer version/);
    const consumer = impact.getByTestId('impact-consumer').filter({ hasText: 'shopping_cart_service' });
    expect(await consumer.getAttribute('data-verdict')).toBe('broken');
    expect(await consumer.innerText()).toContain('cart-2');
    const groups = impact.getByTestId('impact-operation');
    const gadgets = groups.filter({ hasText: 'GET /api/gadgets/{gadgetId}' });
    expect(await gadgets.getByTestId('impact-change').first().getAttribute('data-verdict')).toBe('breaks');
    expect(await gadgets.innerText()).toMatch(/Breaks: shopping_cart_service cart-2/);
    const removedStock = groups.filter({ hasText: 'GET /api/stock/{stockId}' });
    expect(await removedStock.getByTestId('impact-change').first().getAttribute('data-verdict')).toBe(
      'unused',
    );

    // Only stock removed, uploaded as a file: nobody breaks.
    await page.getByLabel('Or upload a file').setInputFiles({
      name: 'inventory.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(spec('inventory_service', [ops.item, ops.gadget]))),
    });
    await expect
      .poll(() => page.getByLabel(/Candidate spec/).inputValue())
      .toContain('/api/gadgets/{gadgetId}');
    await page.getByRole('button', { name: 'Check the change' }).click();
    await expect
      .poll(() => impact.getByRole('status').innerText(), { timeout: WAIT })
      .toMatch(/Breaks no consumer counted .*: safe to ship/);
    expect(await impact.getByTestId('impact-consumer').first().getAttribute('data-verdict')).toBe(
      'compatible',
    );
  });

  it('says what is wrong with a candidate that is not a spec, and with an empty one', async () => {
    await go('/services/inventory_service/spec-change');
    await page.getByRole('button', { name: 'Check the change' }).click();
    await page.getByText('Paste a spec or choose a file first.').waitFor();
    await page.getByLabel(/Candidate spec/).fill('this: [is not, an api');
    await page.getByRole('button', { name: 'Check the change' }).click();
    // The broker's own words (a 422: not worth retrying as is).
    await page.locator('.error').waitFor();
    expect(await page.locator('.error').innerText()).toMatch(/^checking the change: .+/);
    expect(await page.getByTestId('spec-impact').count()).toBe(0);
  });
});
