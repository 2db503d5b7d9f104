/**
 * The home graph, its lists and the timeline at scale (issue 15 items 2, 6, 7): the UI benchmark's generated
 * history (300 services, 30,000 versions, 150,000 contracts, 1,500 integrations, 30,000 events) loaded into
 * PGlite, a broker started on it with the CLI, a real Chromium. What is checked here is shape, not speed (speed
 * is `npm run bench`, section ui).
 */
import { openDatabase } from '@signet/broker';
import { sql } from 'kysely';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SERVICES } from '../../scripts/bench/broker-history.js';
import { uiHistoryStatements } from '../../scripts/bench/ui-history.js';
import { launchChromium } from './chromium.js';
import type { CliBroker } from './cli-broker.js';
import {
  allStarted,
  describeInChromium,
  openPage,
  startUiBroker,
  stopUi,
  type UiBroker,
} from './ui-suite.js';

const WAIT = 60_000;

/** The generated history, in bulk SQL, into a new PGlite data directory (before any broker opens it). */
async function loadHistory(dataDir: string): Promise<void> {
  const opened = await openDatabase({ kind: 'embedded', dataDir });
  try {
    for (const statement of uiHistoryStatements()) await sql.raw(statement.sql).execute(opened.db);
  } finally {
    await opened.close();
  }
}

describeInChromium('UI at 300 services and 30,000 versions in Chromium', { timeout: 180_000 }, () => {
  let ui: UiBroker | undefined;
  let broker: CliBroker;
  let browser: Browser | undefined;
  let page: Page;
  /** Every script the page asked for, by file name. */
  let scripts: string[];

  beforeAll(async () => {
    // Chromium starts while the history loads.
    await allStarted([
      startUiBroker('large', undefined, { seed: loadHistory }).then((started) => (ui = started)),
      launchChromium().then((started) => (browser = started)),
    ]);
    broker = ui!.broker;
    page = await openPage(browser!, WAIT);
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
  }, 420_000);

  afterAll(() => stopUi(browser, ui));

  const go = async (path: string) => {
    scripts = [];
    await page.goto(`${broker.url}${path}`);
  };
  const elkLoaded = () => scripts.some((path) => path.includes('elk-layout'));

  it('draws 300 services without ELK, pages its lists, and keeps the page short', async () => {
    await go('/');
    await page.getByRole('heading', { name: 'Integrations (1500)' }).waitFor();
    await page.locator('.react-flow__node').first().waitFor();
    expect(elkLoaded()).toBe(false);
    expect(await page.getByRole('heading', { name: `Services (${SERVICES})` }).count()).toBe(1);
    expect(await page.getByTestId('service-row').count()).toBe(50);
    expect(await page.getByTestId('integration-row').count()).toBe(50);
    expect(await page.getByRole('navigation', { name: 'Pages' }).first().innerText()).toContain(
      '1–50 of 300',
    );
    // Next page of services: the next 50 names, each linked to its service.
    await page
      .getByRole('navigation', { name: 'Pages' })
      .first()
      .getByRole('button', { name: 'Next' })
      .click();
    const first = page.getByTestId('service-row').first().getByRole('link').first();
    await expect.poll(() => first.innerText()).toBe('service-051');
    expect(await first.getAttribute('href')).toBe('/services/service-051');
    // Every service has published and been verified (bench history): no "never" in those columns.
    expect(await page.getByTestId('service-row').first().innerText()).not.toContain('never');
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThan(4000);
  });

  it('filters to a few services: the drawing is redone and fitted to them, ELK used for the small graph', async () => {
    await go('/');
    await page.locator('.react-flow__node').first().waitFor();
    await page.getByLabel('Filter by name').fill('service-150');
    // service-150, its 5 providers and 5 consumers.
    await expect.poll(() => page.locator('.react-flow__node').count(), { timeout: WAIT }).toBe(11);
    expect(new URL(page.url()).searchParams.get('q')).toBe('service-150');
    await expect.poll(() => nodesInsideCanvas(page), { timeout: WAIT }).toBe(11);
    expect(elkLoaded()).toBe(true);
    expect(await page.locator('.graph-node-match').count()).toBe(1);
  });

  it('shows the neighbourhood of one service, and the lens of an environment, at scale', async () => {
    await go('/?around=service-007');
    await expect.poll(() => page.locator('.react-flow__node').count(), { timeout: WAIT }).toBe(11);
    expect(await page.getByTestId('integration-row').count()).toBe(10);
    await go('/?environment=production');
    await page.getByRole('heading', { name: 'Integrations (1500)' }).waitFor();
    // Production runs 1.0.95 everywhere; each pair is named in its row.
    expect(await page.getByTestId('integration-row').first().innerText()).toMatch(/1\.0\.95[\s\S]*1\.0\.95/);
  });

  it('picks a timeline service by typing, from 300 suggestions, and pages the events by day', async () => {
    await go('/timeline');
    const items = page.getByTestId('timeline').locator('li');
    await expect.poll(() => items.count(), { timeout: WAIT }).toBe(50);
    const picker = page.getByTestId('timeline-service');
    expect(await picker.evaluate((e) => e.tagName)).toBe('INPUT');
    await expect
      .poll(() => picker.evaluate((e) => (e as HTMLInputElement).list?.options.length ?? 0), {
        timeout: WAIT,
      })
      .toBe(SERVICES);
    await picker.fill('service-002');
    await page.waitForURL(/service=service-002/);
    // A full page of service-002's events (an empty list while the filtered page loads would pass `every`).
    await expect
      .poll(
        () =>
          items.evaluateAll(
            (li) => li.length === 50 && li.every((e) => e.textContent?.includes('service-002')),
          ),
        { timeout: WAIT },
      )
      .toBe(true);
  });
});

/** How many drawn nodes lie within the graph canvas, each big enough to read (the view was fitted to them). */
function nodesInsideCanvas(page: Page): Promise<number> {
  return page.evaluate(() => {
    const canvas = document.querySelector('[data-testid="graph-canvas"]')!.getBoundingClientRect();
    return [...document.querySelectorAll('.react-flow__node')]
      .map((n) => n.getBoundingClientRect())
      .filter(
        (n) =>
          n.left >= canvas.left - 1 &&
          n.right <= canvas.right + 1 &&
          n.top >= canvas.top - 1 &&
          n.bottom <= canvas.bottom + 1 &&
          n.height >= 12,
      ).length;
  });
}
