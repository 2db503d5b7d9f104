/**
 * The integration matrix selects one consumer version × provider version (issue 15 item 1), and the service page
 * asks the broker once where a service runs (item 11): a real broker started with the CLI, a real Chromium.
 */
import type { SignetClient } from '@signet/client';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium } from './chromium.js';
import type { CliBroker } from './cli-broker.js';
import { describeInChromium, openPage, startUiBroker, stopUi, type UiBroker } from './ui-suite.js';
import { ops, pact, spec } from './reference-data.js';

const TOKEN = 'e2e-matrix-admin-token-0123456789';
const WAIT = 20_000;

describeInChromium('matrix pair and service deployments in Chromium', { timeout: 90_000 }, () => {
  let ui: UiBroker | undefined;
  let broker: CliBroker;
  let client: SignetClient;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ui = await startUiBroker('pair', TOKEN);
    ({ broker, client } = ui);
    // Two provider versions with different specs, both verified; two consumer versions with one contract.
    await client.specs.publish('stock', {
      content: spec('stock', [ops.item]),
      version: 's-1',
      branch: 'main',
    });
    await client.specs.publish('stock', {
      content: spec('stock', [ops.item, ops.gadget]),
      version: 's-2',
      branch: 'main',
    });
    for (const version of ['s-1', 's-2'])
      await client.verifications.record('stock', version, { success: true });
    // Deployed before the contracts arrive, so both are compared with s-1 as well as with the latest (s-2).
    for (const name of ['production', 'staging', 'test']) await client.environments.create({ name });
    await client.deployments.recordDeployment('production', { service: 'stock', version: 's-1' });
    await client.deployments.recordDeployment('staging', { service: 'stock', version: 's-2' });
    for (const version of ['shop-1', 'shop-2'])
      await client.contracts.publish({
        content: pact('shop', 'stock', [ops.item]),
        consumerVersion: version,
        branch: 'main',
      });
    await client.deployments.recordDeployment('test', { service: 'shop', version: 'shop-1' });
    browser = await launchChromium();
    page = await openPage(browser, WAIT, TOKEN);
  }, 240_000);

  afterAll(() => stopUi(browser, ui));

  const cell = (consumer: string, provider: string) =>
    page.getByRole('link', { name: new RegExp(`^shop ${consumer} with stock ${provider}: `) });
  const operations = async () => {
    await page.getByTestId('operations').locator('tbody tr').first().waitFor();
    return page.getByTestId('operations').locator('tbody td:first-child').allInnerTexts();
  };
  /** "consumer × provider" of each highlighted cell, read from its row and column headers. */
  const highlighted = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('[data-testid="matrix"] td.selected')].map((td) => {
        const row = td.parentElement!;
        const column = [...row.children].indexOf(td);
        const header = document.querySelectorAll('[data-testid="matrix"] thead th')[column];
        return `${row.querySelector('th code')?.textContent} × ${header?.querySelector('code')?.textContent}`;
      }),
    );

  it('lights exactly the clicked cell, names exactly that pair, and shows that provider version’s spec', async () => {
    await page.goto(`${broker.url}/integrations/shop/stock`);
    await expect
      .poll(() => page.getByTestId('matrix').locator('td .badge').allInnerTexts(), { timeout: WAIT })
      .toEqual(['compatible', 'compatible', 'compatible', 'compatible']);
    for (const [consumer, provider, expected] of [
      ['shop-1', 's-1', ['GET /api/items/{itemId}']],
      ['shop-2', 's-2', ['GET /api/items/{itemId}', 'GET /api/gadgets/{gadgetId}']],
      ['shop-2', 's-1', ['GET /api/items/{itemId}']],
    ] as const) {
      await cell(consumer, provider).click();
      await expect.poll(highlighted, { timeout: WAIT }).toEqual([`${consumer} × ${provider}`]);
      const summary = page.getByTestId('comparison-summary');
      await expect
        .poll(() => summary.innerText(), { timeout: WAIT })
        .toMatch(new RegExp(`^shop ${consumer} \\(contract .*\\) against stock ${provider} \\(spec`));
      expect(await page.getByTestId('spec-operations-source').innerText()).toContain(`stock ${provider}`);
      await expect.poll(operations, { timeout: WAIT }).toEqual([...expected]);
      await expect
        .poll(() => page.locator('#interactions-heading + p').innerText(), { timeout: WAIT })
        .toContain(`shop ${consumer},`);
    }
  });

  it('asks the broker once where a service runs, and shows the environments each one would', async () => {
    const asked: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith('/api/v1/environments') || path.endsWith('/deployed-versions')) asked.push(path);
    });
    await page.goto(`${broker.url}/services/stock`);
    const rows = page.getByTestId('service-deployments').locator('tbody tr');
    await rows.first().waitFor();
    const shown = (await rows.allInnerTexts()).map((row) => row.split('\t').slice(0, 2).join(' ')).sort();
    // What asking each environment in turn says.
    const expected: string[] = [];
    for (const environment of (await client.environments.list({ limit: 100 })).items)
      for (const row of (await client.deployments.list(environment.name, { current: true })).items)
        if (row.service === 'stock') expected.push(`${row.environment} ${row.version}`);
    expect(expected.sort()).toEqual(['production s-1', 'staging s-2']);
    expect(shown).toEqual(expected);
    expect(asked).toEqual(['/api/v1/services/stock/deployed-versions']);
  });
});
