/**
 * The web UI in a real Chromium (playwright-core driving the system browser) against a real broker started with
 * the CLI, with authentication on, holding the reference workflow's data. Every page is checked for what it must
 * show, live refresh included, and screenshotted into e2e/screenshots/ (CI keeps them as an artifact).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClient, type SignetClient } from '@signet/client';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium } from './chromium.js';
import type { CliBroker } from './cli-broker.js';
import { publishReferenceWorkflow } from './reference-data.js';
import {
  allStarted,
  describeInChromium,
  openPage,
  startUiBroker,
  stopUi,
  type UiBroker,
} from './ui-suite.js';

const screenshots = fileURLToPath(new URL('../screenshots/', import.meta.url));
const builtUi = fileURLToPath(new URL('../../packages/web/dist/index.html', import.meta.url));
const ADMIN_TOKEN = 'e2e-admin-token-0123456789abcdef';
const WAIT = 20_000;

describeInChromium('web UI in Chromium', { timeout: 90_000 }, () => {
  let ui: UiBroker | undefined;
  let broker: CliBroker;
  let client: SignetClient;
  let browser: Browser | undefined;
  /** One page for the whole suite: the first test signs in on it, the others use that sign-in. */
  let page: Page;
  /** A webhook receiver: every request it got. */
  let receiver: Server;
  const received: Array<{ url: string; headers: IncomingHttpHeaders }> = [];

  beforeAll(async () => {
    if (!existsSync(builtUi)) throw new Error(`${builtUi} is missing: run npm run build first`);
    mkdirSync(screenshots, { recursive: true });
    receiver = createServer((request, response) => {
      received.push({ url: request.url ?? '', headers: request.headers });
      request.resume();
      response.end('thanks');
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const env = { SIGNET_WEBHOOK_ALLOWED_HOSTS: '127.0.0.1', SIGNET_WEBHOOK_POLL_MS: '200' };
    await allStarted([
      startUiBroker('e2e', ADMIN_TOKEN, { env }).then((started) => (ui = started)),
      launchChromium().then((started) => (browser = started)),
    ]);
    ({ broker, client } = ui!);
    await publishReferenceWorkflow(client);
    page = await openPage(browser!, WAIT);
  }, 240_000);

  afterAll(async () => {
    try {
      await stopUi(browser, ui);
    } finally {
      receiver?.close();
    }
  });

  const shot = (name: string) => page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true });
  const go = (path: string) => page.goto(`${broker.url}${path}`);
  const texts = (selector: string) => page.locator(selector).allTextContents();
  /** The rows of a table once it has loaded. */
  const rowsOf = async (testId: string) => {
    const rows = page.getByTestId(testId).locator('tbody tr');
    await rows.first().waitFor();
    return rows.allInnerTexts();
  };

  it('asks for a token, checks it, and keeps it for the tab (sessionStorage)', async () => {
    await go('/');
    await page.getByText('this broker needs a token').waitFor();
    await page.getByRole('link', { name: 'Sign in' }).last().click();
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await page.getByLabel('API token').fill('not-a-real-token-at-all');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('does not accept this token').waitFor();
    await shot('sign-in');
    await page.getByLabel('API token').fill(ADMIN_TOKEN);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('.react-flow__node').first().waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await page.evaluate(() => sessionStorage.getItem('signet.token'))).toBe(ADMIN_TOKEN);
  });

  it('draws the service graph: four services, three integrations coloured by status; filters; clicks through', async () => {
    await go('/');
    await expect.poll(() => page.locator('.react-flow__node').count(), { timeout: WAIT }).toBe(4);
    expect((await texts('.react-flow__node')).sort()).toEqual([
      'advertising_service',
      'inventory_service',
      'payments_service',
      'shopping_cart_service',
    ]);
    expect(await page.locator('.react-flow__edge').count()).toBe(3);
    expect(await page.locator('.react-flow__edge.edge-compatible').count()).toBe(3);
    expect(await page.getByTestId('integration-row').count()).toBe(3);
    await page.getByTestId('live-indicator').getByText('live').waitFor();
    await shot('graph');

    await page.getByLabel('Filter by name').fill('payments');
    await expect.poll(() => page.locator('.react-flow__node').count(), { timeout: WAIT }).toBe(2);
    expect(new URL(page.url()).search).toBe('?q=payments');
    expect((await texts('.react-flow__node')).sort()).toEqual(['payments_service', 'shopping_cart_service']);

    await page.locator('.react-flow__node', { hasText: 'payments_service' }).click();
    await page.waitForURL(/\/services\/payments_service$/);
    await page.getByRole('heading', { name: 'payments_service', level: 1 }).waitFor();
  });

  it('lets the keyboard reach the graph: nodes are tab stops with a name and a focus ring, Enter opens one', async () => {
    await go('/');
    await expect.poll(() => page.locator('.react-flow__node').count(), { timeout: WAIT }).toBe(4);
    const active = () =>
      page.evaluate(() => {
        const element = document.activeElement!;
        return {
          node: element.classList.contains('react-flow__node'),
          name: element.getAttribute('aria-label'),
          role: element.getAttribute('role'),
          outline: getComputedStyle(element).outlineStyle,
        };
      });
    // Tab from the top of the page until a node has focus (the skip link, the nav and the filter come first).
    let tabs = 0;
    while (!(await active()).node) {
      expect(++tabs, 'no graph node took the focus within 30 tabs').toBeLessThan(30);
      await page.keyboard.press('Tab');
    }
    expect(await active()).toEqual({
      node: true,
      name: 'service advertising_service, 1 integration',
      role: 'link',
      outline: 'solid',
    });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect((await active()).name).toBe('service payments_service, 1 integration');
    await page.keyboard.press('Tab');
    expect((await active()).name).toBe('service shopping_cart_service, 3 integrations');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/services\/shopping_cart_service$/);
    await page.getByRole('heading', { name: 'shopping_cart_service', level: 1 }).waitFor();

    // Space works too, and the node is found by its accessible name.
    await page.goBack();
    const inventory = page.getByRole('link', { name: 'service inventory_service, 1 integration' });
    await inventory.focus();
    await page.keyboard.press(' ');
    await page.waitForURL(/\/services\/inventory_service$/);
    await page.getByRole('heading', { name: 'inventory_service', level: 1 }).waitFor();
  });

  it('shows a service: versions with branch, where it runs, contracts and specs', async () => {
    await go('/services/shopping_cart_service');
    const rows = await rowsOf('service-versions');
    expect(rows.map((row) => row.split('\t').slice(0, 2).join(' ').trim())).toEqual([
      'cart-2 main',
      'cart-1 main',
    ]);
    // A branch no version is on: the no-match sentence, and its link back to every version.
    await page.getByLabel('Branch').fill('no-such-branch');
    await page.getByText('No version of shopping_cart_service is on branch no-such-branch.').waitFor();
    await page.getByTestId('no-match').getByRole('link', { name: 'Clear the filters' }).click();
    expect(await rowsOf('service-versions')).toHaveLength(2);
    expect(new URL(page.url()).searchParams.has('branch')).toBe(false);
    const deployed = await rowsOf('service-deployments');
    expect(deployed).toHaveLength(1);
    expect(deployed[0]).toContain('production');
    expect(deployed[0]).toContain('cart-1');
    expect(await rowsOf('contracts-as-consumer')).toHaveLength(4);
    const consumers = await rowsOf('contracts-as-provider');
    expect(consumers).toHaveLength(1);
    expect(consumers[0]).toContain('advertising_service');
    expect(await rowsOf('service-specs')).toHaveLength(2);
    await page.locator('#integrations-heading + ul li').first().waitFor();
    expect(await page.locator('#integrations-heading + ul li').allInnerTexts()).toEqual([
      'called by advertising_service compatible',
      'calls inventory_service compatible',
      'calls payments_service compatible',
    ]);
    await shot('service');
  });

  it('shows an integration: the matrix, findings by operation side by side, interactions, operations', async () => {
    await go('/integrations/shopping_cart_service/inventory_service');
    const matrix = page.getByTestId('matrix');
    await matrix.waitFor();
    expect(await matrix.locator('tbody th').allInnerTexts()).toEqual(['cart-2\nmain', 'cart-1\nmain']);
    // Provider versions with a verified spec (inv-2 is not verified yet).
    // Each provider column is marked with its newest spec verification.
    expect(await matrix.locator('thead th').allInnerTexts()).toEqual([
      'shopping_cart_service ↓ / inventory_service →',
      expect.stringMatching(/^inv-1\nmain\nspec verified \S/),
    ]);
    expect(await matrix.locator('td .badge').allInnerTexts()).toEqual(['incompatible', 'compatible']);
    const cell = page.getByRole('link', {
      name: 'shopping_cart_service cart-2 with inventory_service inv-1: incompatible',
    });
    await cell.click();
    const selection = new URL(page.url()).searchParams;
    expect([selection.get('pairConsumerVersion'), selection.get('pairProviderVersion')]).toEqual([
      'cart-2',
      'inv-1',
    ]);
    const summary = page.getByTestId('comparison-summary');
    await summary.getByText('incompatible').waitFor();
    expect(await summary.innerText()).toContain('cart-2');
    const finding = page.getByTestId('finding').first();
    expect(await finding.innerText()).toContain('request.path-or-method.unknown');
    expect(await finding.locator('.side-by-side h4').allInnerTexts()).toEqual(['Interaction', 'Spec']);
    expect(await finding.locator('.side-by-side').innerText()).toContain('get a gadget');
    const interactions = await rowsOf('interactions');
    expect(interactions.map((row) => row.split('\t')[0])).toEqual(['get an item', 'get a gadget']);
    await rowsOf('operations');
    const operations = await page.getByTestId('operations').locator('tbody td:first-child').allInnerTexts();
    // The selected cell's provider version (inv-1) has no gadgets endpoint: that is why cart-2 fails with it.
    expect(operations).toEqual(['GET /api/items/{itemId}']);
    expect(await page.getByTestId('spec-operations-source').innerText()).toContain('inventory_service inv-1');
    await page.getByText('Thing', { exact: true }).waitFor();
    await shot('integration');

    await page.getByLabel('Environment').selectOption('production');
    await expect.poll(() => new URL(page.url()).searchParams.get('environment')).toBe('production');
    await expect
      .poll(() => matrix.locator('tbody th').allInnerTexts(), { timeout: WAIT })
      .toEqual(['cart-1\nmain']);
    expect(await matrix.locator('thead th').allInnerTexts()).toEqual([
      'shopping_cart_service ↓ / inventory_service →',
      expect.stringMatching(/^inv-1\nmain\nspec verified \S/),
    ]);
  });

  it('answers the deploy guard with every reason, and refreshes live when the provider ships', async () => {
    await go('/deploy-guard');
    await page.getByLabel('Service').fill('shopping_cart_service');
    await page.getByLabel('Version').fill('cart-2');
    await page.getByLabel('Environment').selectOption('production');
    await page.getByLabel('Version').press('Enter');
    await page.waitForURL(/service=shopping_cart_service&version=cart-2&environment=production/);
    const verdict = page.getByTestId('verdict');
    await verdict.getByText('Unsafe').waitFor();
    const reasons = await page.getByTestId('reasons').locator('li[data-kind]').allInnerTexts();
    const incompatible = reasons.find((reason) => reason.includes('incompatible'));
    expect(incompatible).toContain('shopping_cart_service cart-2 → inventory_service inv-1');
    expect(incompatible).toContain('request.path-or-method.unknown');
    expect(incompatible).toContain('/api/gadgets/1');
    expect(reasons.some((r) => r.includes('payments_service pay-1') && r.includes('compatible'))).toBe(true);
    expect(reasons.some((r) => r.includes('advertising_service ad-1'))).toBe(true);
    await shot('deploy-guard-unsafe');

    // inventory's CI verifies inv-2 and deploys it while the page is open: the verdict flips by itself.
    await client.verifications.record('inventory_service', 'inv-2', { success: true });
    await client.deployments.recordDeployment('production', {
      service: 'inventory_service',
      version: 'inv-2',
    });
    await verdict.getByText('Safe to deploy').waitFor({ timeout: WAIT });
    expect(await page.getByTestId('reasons').innerText()).toContain('inventory_service inv-2');
    await shot('deploy-guard-safe');
  });

  it('shows the timeline newest first, filters by type, pages, and shows new events live', async () => {
    await go('/timeline');
    const items = page.getByTestId('timeline').locator('li');
    await items.first().waitFor();
    expect(await items.first().getAttribute('data-type')).toBe('deployment.recorded');
    await page.getByLabel('Type').selectOption('contract.published');
    await expect
      .poll(
        async () => new Set(await items.evaluateAll((li) => li.map((e) => e.getAttribute('data-type')))),
        {
          timeout: WAIT,
        },
      )
      .toEqual(new Set(['contract.published']));
    expect(await items.count()).toBe(5);
    expect(new URL(page.url()).searchParams.get('type')).toBe('contract.published');

    await page.getByLabel('Type').selectOption('');
    await page.getByLabel('Service').fill('payments_service');
    await expect
      .poll(() => items.allInnerTexts(), { timeout: WAIT })
      .toEqual([
        // cart-2's contract with payments has cart-1's content: compared once (content addressing).
        expect.stringContaining('comparison.succeeded payments_service shopping_cart_service cart-1'),
        expect.stringContaining('deployment.recorded payments_service'),
        expect.stringContaining('verification.succeeded payments_service'),
        expect.stringContaining('spec.published payments_service'),
      ]);
    expect(new URL(page.url()).searchParams.get('service')).toBe('payments_service');
    await page.getByLabel('Service').fill('');
    await items.first().waitFor();
    expect(await items.count()).toBeGreaterThan(20);
    // More than a page (50): scrolling to the end loads the next one.
    for (let i = 1; i <= 30; i++) await client.environments.create({ name: `preview-${i}` });
    await page.reload();
    await expect.poll(() => items.count(), { timeout: WAIT }).toBe(50);
    await page.getByRole('button', { name: 'Load more' }).scrollIntoViewIfNeeded();
    await expect.poll(() => items.count(), { timeout: WAIT }).toBeGreaterThan(55);
    expect(await items.last().innerText()).toContain('in production');
    await client.environments.create({ name: 'qa', displayName: 'QA' });
    await expect
      .poll(() => items.first().innerText(), { timeout: WAIT })
      .toMatch(/environment\.created in qa · environments$/);
    await shot('timeline');
  });

  it('lists environments with what runs in each', async () => {
    await go('/environments');
    const production = page.getByTestId('environment-production');
    await production.locator('tbody tr').first().waitFor();
    const rows = await production.locator('tbody tr').allInnerTexts();
    expect(rows.map((row) => row.split('\t').slice(0, 2).join(' ')).sort()).toEqual([
      'advertising_service ad-1',
      'inventory_service inv-2',
      'payments_service pay-1',
      'shopping_cart_service cart-1',
    ]);
    expect(await production.getByText('production', { exact: true }).count()).toBe(1);
    await page.getByTestId('environment-staging').getByText('Nothing is recorded').waitFor();
    await shot('environments');
  });

  it('lets an admin create and revoke tokens', async () => {
    await go('/tokens');
    await page.getByLabel('Name').fill('ci-publisher');
    await page.getByLabel('Role').selectOption('write');
    await page.getByRole('button', { name: 'Create token' }).click();
    const token = await page.getByTestId('new-token').innerText();
    expect(token.length).toBeGreaterThan(20);
    const row = page.getByTestId('tokens').locator('tr', { hasText: 'ci-publisher' });
    expect(await row.innerText()).toContain('write');
    // The new token really works against the API.
    const asCi = createClient({ baseUrl: broker.url, token });
    expect((await asCi.services.list()).items).toHaveLength(4);
    await shot('tokens');
    page.once('dialog', (dialog) => void dialog.accept());
    await row.getByRole('button', { name: /Revoke/ }).click();
    await row.getByRole('button', { name: /Revoke/ }).waitFor({ state: 'detached' });
    await expect(asCi.services.list()).rejects.toThrow();
  });

  it('manages webhooks: create, test ping, edit, delivery log with redelivery, delete', async () => {
    const hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks/cart`;
    await go('/webhooks');
    await page.getByText('No webhooks yet').waitFor();
    await page.getByRole('link', { name: 'New webhook' }).click();
    await page.getByLabel('Description').fill('notify shopping_cart');
    await page.getByLabel('verification.succeeded').check();
    await page.getByLabel('Provider').fill('inventory_service');
    await page.getByLabel('URL').fill(hookUrl);
    await page.getByLabel(/^Secret/).fill('a-long-enough-secret');
    await page.getByRole('button', { name: 'Create webhook' }).click();
    await page.waitForURL(/\/webhooks\/\d+$/);
    await page.getByRole('heading', { name: 'notify shopping_cart', level: 1 }).waitFor();

    await page.getByRole('button', { name: 'Send test ping' }).click();
    const ping = page.getByTestId('ping-result');
    await ping.waitFor();
    expect(await ping.innerText()).toContain('Test ping delivered');
    expect(await ping.locator('tbody td').nth(3).innerText()).toBe('200');
    expect(received).toHaveLength(1);
    expect(received[0]!.url).toBe('/hooks/cart');
    expect(received[0]!.headers['signet-signature']).toBeTruthy();

    await page.getByLabel('Description').fill('tell the cart team');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('heading', { name: 'tell the cart team', level: 1 }).waitFor();

    // inventory's CI verifies again: the subscription fires, and the log shows it.
    await client.verifications.record('inventory_service', 'inv-2', { success: true });
    await expect.poll(() => received.length, { timeout: WAIT }).toBe(2);
    const deliveries = page.getByTestId('deliveries').locator('tbody tr[data-state]');
    await expect
      .poll(
        async () => {
          await page.getByRole('button', { name: 'Refresh' }).click();
          return deliveries.allInnerTexts();
        },
        { timeout: WAIT },
      )
      .toEqual([
        expect.stringMatching(/^verification\.succeeded\tevent\tsucceeded/),
        expect.stringMatching(/^ping\tping/),
      ]);
    await deliveries.first().getByRole('button', { name: 'Attempts' }).click();
    await page.getByRole('table').filter({ hasText: 'Latency' }).first().waitFor();
    await deliveries.first().getByRole('button', { name: 'Redeliver' }).click();
    await expect.poll(() => received.length, { timeout: WAIT }).toBe(3);
    expect(received[2]!.headers['signet-event-id']).toBe(received[1]!.headers['signet-event-id']);
    await shot('webhook');

    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Delete webhook' }).click();
    await page.waitForURL(/\/webhooks$/);
    await page.getByText('No webhooks yet').waitFor();
  });

  it('is keyboard usable: a skip link first, real links, visible focus; unknown paths say so', async () => {
    await go('/environments');
    await page.getByRole('heading', { name: 'Environments', level: 1 }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('/');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).toBe('solid');
    await go('/no/such/page');
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
  });

  it('colours a Pact-only integration by its Pact verification: unknown until verified, then compatible', async () => {
    const pactApi = (path: string, body: object) =>
      fetch(`${broker.url}${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const pactFile = {
      consumer: { name: 'pact_consumer' },
      provider: { name: 'pact_provider' },
      interactions: [
        {
          description: 'get an item',
          request: { method: 'GET', path: '/items/1' },
          response: { status: 200, body: { id: '1' } },
        },
      ],
      metadata: { pactSpecification: { version: '3.0.0' } },
    };
    const published = await pactApi('/contracts/publish', {
      pacticipantName: 'pact_consumer',
      pacticipantVersionNumber: 'pc1',
      branch: 'main',
      contracts: [
        {
          consumerName: 'pact_consumer',
          providerName: 'pact_provider',
          specification: 'pact',
          contentType: 'application/json',
          content: Buffer.from(JSON.stringify(pactFile)).toString('base64'),
        },
      ],
    });
    expect(published.status).toBe(200);
    const edge = page.locator('.react-flow__edge.edge-unknown');
    await go('/');
    await expect.poll(() => page.locator('.react-flow__node').count(), { timeout: WAIT }).toBe(6);
    await expect.poll(() => edge.count(), { timeout: WAIT }).toBe(1);

    const graph = (await (
      await fetch(`${broker.url}/api/v1/graph`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })
    ).json()) as { integrations: Array<{ consumer: string; contractSha: string }> };
    const sha = graph.integrations.find((row) => row.consumer === 'pact_consumer')!.contractSha;
    const verified = await pactApi(
      `/pacts/provider/pact_provider/consumer/pact_consumer/pact-version/${sha}/verification-results`,
      { success: true, providerApplicationVersion: 'pp1' },
    );
    expect(verified.status).toBe(201);
    await go('/');
    await expect.poll(() => page.locator('.react-flow__edge').count(), { timeout: WAIT }).toBe(4);
    await expect
      .poll(() => page.locator('.react-flow__edge.edge-compatible').count(), { timeout: WAIT })
      .toBe(4);
    expect(await edge.count()).toBe(0);
    await shot('graph-pact-verified');
  });
});
