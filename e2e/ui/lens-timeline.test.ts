/**
 * The home graph through a lens (issue 15 item 2), its lists and neighbourhood view (item 6), and the timeline for
 * consumer teams (item 7), on the reference workflow plus a feature-branch experiment and a staging environment:
 * a real broker started with the CLI, a real Chromium.
 */
import type { SignetClient } from '@signet/client';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium } from './chromium.js';
import type { CliBroker } from './cli-broker.js';
import { describeInChromium, openPage, startUiBroker, stopUi, type UiBroker } from './ui-suite.js';
import { pact, publishReferenceWorkflow } from './reference-data.js';

const WAIT = 20_000;

describeInChromium('graph lens, lists and timeline in Chromium', { timeout: 90_000 }, () => {
  let ui: UiBroker | undefined;
  let broker: CliBroker;
  let client: SignetClient;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ui = await startUiBroker('lens');
    ({ broker, client } = ui);
    await publishReferenceWorkflow(client);
    // An experiment on a feature branch calls an endpoint inventory has nowhere: incompatible, but not main's.
    await client.contracts.publish({
      content: pact('shopping_cart_service', 'inventory_service', [
        { method: 'get', path: '/api/widgets/{id}', status: 200, description: 'get a widget' },
      ]),
      consumerVersion: 'cart-widgets',
      branch: 'feat-widgets',
    });
    // Staging runs cart-2 (needs gadgets) with inv-1 (has none): what runs there is broken.
    await client.deployments.recordDeployment('staging', { service: 'inventory_service', version: 'inv-1' });
    await client.deployments.recordDeployment('staging', {
      service: 'shopping_cart_service',
      version: 'cart-2',
    });
    browser = await launchChromium();
    page = await openPage(browser, WAIT);
  }, 240_000);

  afterAll(() => stopUi(browser, ui));

  const go = (path: string) => page.goto(`${broker.url}${path}`);
  const edge = (consumer: string, provider: string) =>
    page.locator(`.react-flow__edge[aria-label^="${consumer} → ${provider}:"]`);
  const edgeClass = async (consumer: string, provider: string) => {
    await edge(consumer, provider).waitFor();
    return (await edge(consumer, provider).getAttribute('class')) ?? '';
  };

  it('colours edges by the main branches by default, lists the feature-branch result apart, and switches lens by URL', async () => {
    await go('/');
    await page.locator('.react-flow__node').first().waitFor();
    // The newest contract overall (feat-widgets) is incompatible; main's cart-2 × inv-2 is not.
    expect(await edgeClass('shopping_cart_service', 'inventory_service')).toContain('edge-compatible');
    await expect.poll(() => page.getByTestId('graph-lens-line').innerText()).toContain('main-branch');
    const feature = page.getByTestId('feature-branch-row');
    expect(await feature.count()).toBe(1);
    expect(await feature.first().innerText()).toMatch(
      /shopping_cart_service\s+cart-widgets\s+\(feat-widgets\)/,
    );
    expect(await feature.first().getAttribute('data-status')).toBe('incompatible');

    await page.getByTestId('graph-lens').selectOption('staging');
    await page.waitForURL(/\?environment=staging$/);
    await expect
      .poll(() => edgeClass('shopping_cart_service', 'inventory_service'), { timeout: WAIT })
      .toContain('edge-incompatible');
    // Only what runs in staging is drawn: cart-2's two contracts; payments runs nowhere there (unknown).
    expect(await page.locator('.react-flow__edge').count()).toBe(2);
    expect(await edgeClass('shopping_cart_service', 'payments_service')).toContain('edge-unknown');
    expect(await page.getByTestId('feature-branch-row').count()).toBe(0);
    const row = page.getByTestId('integration-row').filter({ hasText: 'inventory_service' });
    expect(await row.innerText()).toMatch(/cart-2[\s\S]*inv-1[\s\S]*incompatible/);
    // Its status opens the integration at that very pair.
    await row.getByRole('link', { name: /incompatible/ }).click();
    await page.waitForURL(/pairConsumerVersion=cart-2&pairProviderVersion=inv-1/);

    await go('/?environment=production');
    await expect
      .poll(() => edgeClass('shopping_cart_service', 'inventory_service'), { timeout: WAIT })
      .toContain('edge-compatible');
    expect(await page.getByTestId('graph-lens').inputValue()).toBe('production');
  });

  it("shows the integration page's status through the graph's lens, the feature-branch result apart", async () => {
    await go('/integrations/shopping_cart_service/inventory_service');
    const newest = page.getByTestId('lens-newest');
    await newest.waitFor();
    // Not the newest contract overall (feat-widgets, incompatible): main's cart-2 × inv-2, as the graph edge.
    expect(await newest.getAttribute('data-status')).toBe('compatible');
    expect(await newest.innerText()).toMatch(/main branches[\s\S]*cart-2[\s\S]*inv-2[\s\S]*compatible/);
    const feature = page.getByTestId('lens-feature');
    expect(await feature.count()).toBe(1);
    expect(await feature.getAttribute('data-status')).toBe('incompatible');
    expect(await feature.innerText()).toMatch(/feat-widgets[\s\S]*cart-widgets/);

    await page.getByTestId('integration-lens').getByTestId('graph-lens').selectOption('staging');
    await page.waitForURL(/[?&]lens=staging/);
    await expect.poll(() => newest.getAttribute('data-status'), { timeout: WAIT }).toBe('incompatible');
    expect(await newest.innerText()).toMatch(/Running in staging[\s\S]*cart-2[\s\S]*inv-1/);
    expect(await page.getByTestId('lens-feature').count()).toBe(0);
    await go('/integrations/advertising_service/shopping_cart_service?lens=staging');
    await expect.poll(() => newest.innerText(), { timeout: WAIT }).toContain('does not run in staging');
  });

  it('says when filters exclude everything (not "nothing yet"), with the way back to the whole list', async () => {
    await go('/integrations/shopping_cart_service/inventory_service?consumerBranch=no-such-branch');
    const none = page.getByTestId('no-match');
    await none.waitFor();
    expect(await none.innerText()).toMatch(/pair matches these filters\.\s+Clear the filters/);
    await none.getByRole('link', { name: 'Clear the filters' }).click();
    await page.waitForURL(/\/integrations\/shopping_cart_service\/inventory_service$/);
    await page.getByTestId('matrix').locator('td .badge').first().waitFor();
    expect(await page.getByTestId('no-match').count()).toBe(0);

    await go('/?q=no-such-service');
    await expect.poll(() => page.getByTestId('no-match').count(), { timeout: WAIT }).toBe(2);
    const [services, integrations] = await page.getByTestId('no-match').allInnerTexts();
    expect(services).toContain('No service name contains “no-such-service”.');
    expect(integrations).toContain('No integration has a service named like “no-such-service”.');
    expect(await page.getByText('No integrations yet').count()).toBe(0);
    await page.getByTestId('no-match').first().getByRole('link', { name: 'Clear the filters' }).click();
    await expect.poll(() => page.getByTestId('service-row').count(), { timeout: WAIT }).toBe(4);
    expect(new URL(page.url()).searchParams.get('q')).toBeNull();
  });

  it('lists services with links, last published and last verified; shows a neighbourhood and refits on filter', async () => {
    await go('/');
    const rows = page.getByTestId('service-row');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(4);
    const inventory = rows.filter({ hasText: 'inventory_service' });
    // Published and verified within this test run; advertising is never verified (it provides nothing verified).
    expect(await inventory.innerText()).toMatch(
      /inventory_service\s+(now|\d+ seconds? ago|\d+ minutes? ago)\s+(now|\d+ seconds? ago|\d+ minutes? ago)/,
    );
    expect(await rows.filter({ hasText: 'advertising_service' }).innerText()).toContain('never');
    expect(
      await inventory.getByRole('link', { name: 'inventory_service', exact: true }).getAttribute('href'),
    ).toBe('/services/inventory_service');

    await rows
      .filter({ hasText: 'payments_service' })
      .getByRole('link', { name: 'Show around payments_service' })
      .click();
    await page.waitForURL(/\?around=payments_service$/);
    await expect.poll(() => page.locator('.react-flow__node').count(), { timeout: WAIT }).toBe(2);
    await page.getByTestId('graph-around').getByText('payments_service').waitFor();
    await page.getByRole('link', { name: 'show every service' }).click();
    await expect.poll(() => page.locator('.react-flow__node').count(), { timeout: WAIT }).toBe(4);

    // Filtering draws the matches afresh, fitted: every node drawn inside the canvas.
    await page.getByLabel('Filter by name').fill('advert');
    await expect.poll(() => page.locator('.react-flow__node').count(), { timeout: WAIT }).toBe(2);
    expect(new URL(page.url()).searchParams.get('q')).toBe('advert');
    await expect.poll(() => allNodesInside(page), { timeout: WAIT }).toBe(true);
  });

  it('files comparisons under the consumer too, marks failures, links each event, groups by day, filters by date', async () => {
    await go('/timeline?service=shopping_cart_service');
    const items = page.getByTestId('timeline').locator('li');
    await items.first().waitFor();
    const types = await items.evaluateAll((li) => li.map((e) => e.getAttribute('data-type')));
    // The comparisons are filed under their providers; the consumer's timeline shows them too.
    expect(types).toContain('comparison.failed');
    expect(types).toContain('comparison.succeeded');
    const failed = page.getByTestId('timeline').locator('li[data-failed="true"]');
    expect(await failed.count()).toBeGreaterThan(0);
    expect(await failed.first().innerText()).toMatch(/comparison\.failed failed inventory_service/);
    expect(await page.getByTestId('timeline').getByRole('heading', { name: 'Today' }).count()).toBe(1);
    // Each comparison links to its pair on the integration page.
    await failed.first().getByRole('link', { name: 'the comparison' }).click();
    await page.waitForURL(
      /\/integrations\/shopping_cart_service\/inventory_service\?contractSha=\w+&specSha=\w+/,
    );

    await go('/timeline');
    await items.first().waitFor();
    const today = await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    const tomorrow = await page.evaluate(() => {
      const d = new Date();
      d.setDate(d.getDate() + 1);
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    await page.getByLabel('From', { exact: true }).fill(tomorrow);
    await page.getByText('Nothing has happened that matches these filters').waitFor();
    expect(new URL(page.url()).searchParams.get('from')).toBe(tomorrow);
    await page.getByLabel('From', { exact: true }).fill(today);
    await page.getByLabel('To', { exact: true }).fill(today);
    await items.first().waitFor();
    expect(await items.count()).toBeGreaterThan(10);

    // The service picker is a searchable text field with suggestions, not a select; a wrong name says so.
    const picker = page.getByTestId('timeline-service');
    expect(await picker.evaluate((e) => e.tagName)).toBe('INPUT');
    await picker.fill('nobody_service');
    await page.getByText('No service is named “nobody_service”.').waitFor();
    expect(new URL(page.url()).searchParams.get('service')).toBeNull();
    await picker.fill('payments_service');
    await page.waitForURL(/service=payments_service/);
  });

  it('fits a phone: the home page, a neighbourhood, the timeline and the spec-change page are no wider than 390 px', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    try {
      const pages: Array<[string, string]> = [
        ['/', '.react-flow__node'],
        ['/?around=shopping_cart_service', '.react-flow__node'],
        ['/timeline', '[data-testid="timeline"] li'],
        ['/services/inventory_service/spec-change', 'textarea'],
      ];
      for (const [path, content] of pages) {
        await phone.goto(`${broker.url}${path}`);
        await phone.locator(content).first().waitFor();
        const width = await phone.evaluate(() => document.documentElement.scrollWidth);
        expect(width, path).toBeLessThanOrEqual(390);
      }
    } finally {
      await phone.close();
    }
  });
});

/** Whether every drawn node's box lies within the graph canvas (the view was fitted to what is shown). */
function allNodesInside(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const canvas = document.querySelector('[data-testid="graph-canvas"]')!.getBoundingClientRect();
    const nodes = [...document.querySelectorAll('.react-flow__node')].map((n) => n.getBoundingClientRect());
    return (
      nodes.length > 0 &&
      nodes.every(
        (n) =>
          n.left >= canvas.left - 1 &&
          n.right <= canvas.right + 1 &&
          n.top >= canvas.top - 1 &&
          n.bottom <= canvas.bottom + 1 &&
          n.width > 20,
      )
    );
  });
}
