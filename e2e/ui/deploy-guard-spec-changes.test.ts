/**
 * The deploy guard's incompatible reason links to the spec changes that caused it when a provider's new spec broke
 * a consumer (issue 14): a real broker started with the CLI, a real Chromium.
 */
import type { SignetClient } from '@signet/client';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium } from './chromium.js';
import type { CliBroker } from './cli-broker.js';
import { describeInChromium, openPage, startUiBroker, stopUi, type UiBroker } from './ui-suite.js';
import { ops, pact, spec } from './reference-data.js';

const TOKEN = 'e2e-guard-changes-admin-token-0123456789';
const WAIT = 20_000;

describeInChromium('deploy guard spec changes in Chromium', { timeout: 90_000 }, () => {
  let ui: UiBroker | undefined;
  let broker: CliBroker;
  let client: SignetClient;
  let browser: Browser;
  let page: Page;
  let passedSpecSha = '';

  beforeAll(async () => {
    ui = await startUiBroker('guard-changes', TOKEN);
    ({ broker, client } = ui);
    // stock s-1 serves items and gadgets, and shop reads both; s-2 drops gadgets.
    const first = await client.specs.publish('stock', {
      content: spec('stock', [ops.item, ops.gadget]),
      version: 's-1',
      branch: 'main',
    });
    passedSpecSha = first.spec.contentSha;
    await client.verifications.record('stock', 's-1', { success: true });
    await client.environments.create({ name: 'production' });
    await client.deployments.recordDeployment('production', { service: 'stock', version: 's-1' });
    await client.contracts.publish({
      content: pact('shop', 'stock', [ops.item, ops.gadget]),
      consumerVersion: 'shop-1',
      branch: 'main',
    });
    await client.deployments.recordDeployment('production', { service: 'shop', version: 'shop-1' });
    await client.specs.publish('stock', {
      content: spec('stock', [ops.item]),
      version: 's-2',
      branch: 'main',
    });
    await client.verifications.record('stock', 's-2', { success: true });
    browser = await launchChromium();
    page = await openPage(browser, WAIT, TOKEN);
  }, 240_000);

  afterAll(() => stopUi(browser, ui));

  it('names the removal that broke shop and links the spec shop passed', async () => {
    await page.goto(`${broker.url}/deploy-guard?service=stock&version=s-2&environment=production`);
    const changes = page.getByTestId('spec-changes');
    await changes.first().waitFor();
    expect(await changes.count()).toBe(1);
    const text = await changes.innerText();
    expect(text).toMatch(/^Caused by \d+ spec changes? since the spec it passed/);
    expect(text).toContain('GET /api/gadgets/{gadgetId}');
    expect(text).toContain('(breaking)');
    expect(text).toContain(passedSpecSha.slice(0, 8));
    const link = changes.getByRole('link', { name: /spec it passed/ });
    const href = new URL(String(await link.getAttribute('href')), broker.url);
    expect(href.pathname).toBe('/integrations/shop/stock');
    expect(href.searchParams.get('specSha')).toBe(passedSpecSha);
    await link.click();
    await expect.poll(() => new URL(page.url()).pathname, { timeout: WAIT }).toBe('/integrations/shop/stock');
  });
});
