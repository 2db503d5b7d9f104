/**
 * A provider version with an OpenAPI and an AsyncAPI spec (issue 13): the integration page shows both specs of
 * the selected provider version, each under its kind, and the service page lists each spec's kind. A real broker
 * started with the CLI, a real Chromium.
 */
import type { SignetClient } from '@signet/client';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium } from './chromium.js';
import type { CliBroker } from './cli-broker.js';
import { describeInChromium, openPage, startUiBroker, stopUi, type UiBroker } from './ui-suite.js';
import { ops, spec } from './reference-data.js';

const TOKEN = 'e2e-mixed-specs-admin-token-0123456';
const WAIT = 20_000;
const asyncapi = JSON.stringify({
  asyncapi: '3.0.0',
  info: { title: 'stock events', version: '1' },
  channels: { stock: { messages: { changed: { payload: { type: 'object' } } } } },
  operations: { onStockChanged: { action: 'send', channel: { $ref: '#/channels/stock' } } },
});
const mixedPact = JSON.stringify({
  consumer: { name: 'shop' },
  provider: { name: 'stock' },
  interactions: [
    {
      type: 'Synchronous/HTTP',
      description: 'an item',
      request: { method: 'GET', path: '/api/items/1' },
      response: { status: 200 },
    },
    {
      type: 'Asynchronous/Messages',
      description: 'stock changed',
      comments: { references: { AsyncAPI: { operationId: 'onStockChanged' } } },
      contents: { content: {}, contentType: 'application/json', encoded: false },
    },
  ],
  metadata: { pactSpecification: { version: '4.0' } },
});

describeInChromium(
  'a provider version with OpenAPI and AsyncAPI specs in Chromium',
  { timeout: 90_000 },
  () => {
    let ui: UiBroker | undefined;
    let broker: CliBroker;
    let client: SignetClient;
    let browser: Browser;
    let page: Page;

    beforeAll(async () => {
      ui = await startUiBroker('mixed', TOKEN);
      ({ broker, client } = ui);
      await client.specs.publish('stock', {
        content: spec('stock', [ops.item]),
        version: 's-1',
        branch: 'main',
      });
      const messages = await client.specs.publish('stock', {
        content: asyncapi,
        version: 's-1',
        branch: 'main',
      });
      // Both halves verified: the spec set stands for the version only then.
      await client.verifications.record('stock', 's-1', { success: true });
      await client.verifications.record('stock', 's-1', { success: true, specSha: messages.spec.contentSha });
      await client.contracts.publish({ content: mixedPact, consumerVersion: 'shop-1', branch: 'main' });
      browser = await launchChromium();
      page = await openPage(browser, WAIT, TOKEN);
    }, 240_000);

    afterAll(() => stopUi(browser, ui));

    it('shows both specs of the selected provider version, each under its kind', async () => {
      await page.goto(`${broker.url}/integrations/shop/stock`);
      await expect
        .poll(() => page.getByTestId('matrix').locator('td .badge').allInnerTexts(), { timeout: WAIT })
        .toEqual(['compatible']);
      await page.getByRole('link', { name: /^shop shop-1 with stock s-1: / }).click();
      await expect
        .poll(() => page.getByTestId('spec-kind').allInnerTexts(), { timeout: WAIT })
        .toEqual(['AsyncAPI spec (messages)', 'OpenAPI spec (HTTP)']);
      const sources = await page.getByTestId('spec-operations-source').allInnerTexts();
      expect(sources).toEqual([
        expect.stringContaining('stock events (asyncapi-3)'),
        expect.stringContaining('(openapi-3.0)'),
      ]);
      // The cell was compared with this version's spec set: no "not the compared spec" note.
      expect(await page.locator('section[aria-labelledby="operations-heading"] [role="note"]').count()).toBe(
        0,
      );
    });

    it('lists each spec’s kind on the service page', async () => {
      await page.goto(`${broker.url}/services/stock`);
      const rows = page.getByTestId('service-specs').locator('tbody tr');
      await rows.first().waitFor({ timeout: WAIT });
      expect(await rows.allInnerTexts()).toEqual([
        expect.stringContaining('AsyncAPI (messages)'),
        expect.stringContaining('OpenAPI (HTTP)'),
      ]);
    });
  },
);
