/**
 * Every page of the web UI, at 1440×900 and on a phone (390×844), in a real Chromium against a broker started
 * with the CLI (authentication on, the reference workflow's data): axe-core finds no violation, no document is
 * wider than the viewport (wide tables scroll inside their own container), the top bar is one row, and each page
 * is screenshotted into e2e/screenshots/<page>-<width>.png.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './chromium.js';
import type { CliBroker } from './cli-broker.js';
import { everyPage, type PageVisit } from './every-page-list.js';
import { publishReferenceWorkflow } from './reference-data.js';
import { allStarted, describeInChromium, startUiBroker, stopUi, type UiBroker } from './ui-suite.js';

const screenshots = fileURLToPath(new URL('../screenshots/', import.meta.url));
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const ADMIN_TOKEN = 'e2e-every-page-admin-token-0123456789';
const WAIT = 20_000;

const viewports = [
  { label: 'desktop', width: 1440, height: 900 },
  { label: 'phone', width: 390, height: 844 },
] as const;

interface AxeViolation {
  id: string;
  help: string;
  nodes: Array<{ target: string[] }>;
}

describeInChromium('every page in Chromium', { timeout: 60_000 }, () => {
  let ui: UiBroker | undefined;
  let broker: CliBroker;
  let browser: Browser | undefined;
  let webhookId: number;

  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    await allStarted([
      startUiBroker('every-page', ADMIN_TOKEN, { env: { SIGNET_WEBHOOK_ALLOWED_HOSTS: '127.0.0.1' } }).then(
        (started) => (ui = started),
      ),
      launchChromium().then((started) => (browser = started)),
    ]);
    broker = ui!.broker;
    const { client } = ui!;
    await publishReferenceWorkflow(client);
    // Port 9 (discard) on loopback: nothing listens, so the ping fails and the log shows a failure.
    const hook = await client.webhooks.create({
      description: 'notify the cart team',
      events: ['verification.succeeded', 'deployment.recorded'],
      provider: 'inventory_service',
      url: 'http://127.0.0.1:9/hooks/${signet.provider}',
    });
    webhookId = hook.id;
    await client.webhooks.test(webhookId);
    await client.tokens.create({ name: 'dashboard', role: 'read' });
  }, 240_000);

  afterAll(() => stopUi(browser, ui));

  for (const viewport of viewports) {
    describe(`at ${viewport.width}×${viewport.height}`, () => {
      let context: BrowserContext;
      let page: Page;
      beforeAll(async () => {
        context = await browser!.newContext({ viewport, deviceScaleFactor: 1 });
        await context.addInitScript((token) => sessionStorage.setItem('signet.token', token), ADMIN_TOKEN);
        page = await context.newPage();
        page.setDefaultTimeout(WAIT);
      });
      afterAll(() => context?.close());

      const visit = async (target: PageVisit) => {
        await page.goto(`${broker.url}${target.path({ webhookId })}`);
        try {
          await target.ready(page);
        } catch (error) {
          await page.screenshot({
            path: join(screenshots, `FAILED-${target.name}-${page.viewportSize()?.width}.png`),
          });
          throw error;
        }
        // Whatever loads after the main content (other sections, lazy chunks) has arrived before measuring.
        await page.waitForFunction(() => document.querySelector('.loading') === null);
      };

      for (const target of everyPage) {
        it(`${target.name}: axe finds no violation${viewport.label === 'phone' ? ', nothing wider than the screen, the top bar one row' : ''}`, async () => {
          await visit(target);
          await page.screenshot({
            path: join(screenshots, `${target.name}-${viewport.width}.png`),
            fullPage: true,
          });
          // Evaluated over the DevTools protocol: the UI's Content-Security-Policy refuses inline scripts.
          await page.evaluate(axeSource);
          const violations = await page.evaluate(async () => {
            const axe = (
              window as unknown as {
                axe: { run: (context: Document) => Promise<{ violations: AxeViolation[] }> };
              }
            ).axe;
            const result = await axe.run(document);
            return result.violations.map((v) => ({
              id: v.id,
              help: v.help,
              nodes: v.nodes.map((n) => ({ target: n.target })),
            }));
          });
          expect(
            violations.map(
              (v) => `${v.id} (${v.help}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
            ),
          ).toEqual([]);
          if (viewport.label !== 'phone') return;
          const size = await page.evaluate(() => ({
            document: document.documentElement.scrollWidth,
            body: document.body.scrollWidth,
            viewport: window.innerWidth,
            topBar: document.querySelector('header.top')?.getBoundingClientRect().height ?? 0,
            // What sticks out, for the failure message.
            wide: [...document.querySelectorAll('main *')]
              .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1)
              .filter((element) => !element.closest('.scroll-x, .graph-canvas'))
              .slice(0, 5)
              .map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`),
          }));
          expect(size.document, `wider than the screen: ${size.wide.join(', ')}`).toBeLessThanOrEqual(
            size.viewport,
          );
          expect(size.body, `wider than the screen: ${size.wide.join(', ')}`).toBeLessThanOrEqual(
            size.viewport,
          );
          expect(size.topBar, 'the top bar takes one row').toBeLessThanOrEqual(60);
        });
      }
    });
  }
});
