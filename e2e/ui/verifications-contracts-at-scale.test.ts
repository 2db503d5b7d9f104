/**
 * Items 3 and 4 of issue 15 on a larger generated history: a provider with 120 versions, each verified (some
 * failing), shows its verification marks one request per page of the versions table (never one per version); a
 * contract of 150 interactions against a spec of 150 operations is shown in full, and two of its versions diff.
 */
import type { SignetClient } from '@signet/client';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium } from './chromium.js';
import type { CliBroker } from './cli-broker.js';
import { describeInChromium, openPage, startUiBroker, stopUi, type UiBroker } from './ui-suite.js';

const TOKEN = 'e2e-at-scale-admin-token-0123456789';
const WAIT = 30_000;
const VERSIONS = 120;
const OPERATIONS = 150;
const CHANGED = 10;

const failing = (i: number) => i % 3 === 0;

function wideSpec(): Record<string, unknown> {
  const paths: Record<string, unknown> = {};
  for (let i = 0; i < OPERATIONS; i++)
    paths[`/api/r${i}/{id}`] = {
      get: {
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: {
          '200': {
            description: 'ok',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } },
          },
        },
      },
    };
  return {
    openapi: '3.0.3',
    info: { title: 'wide', version: '1' },
    paths,
    components: {
      schemas: { Thing: { type: 'object', properties: { id: { type: 'string' }, n: { type: 'integer' } } } },
    },
  };
}

function widePact(version: number): Record<string, unknown> {
  return {
    consumer: { name: 'wide_consumer' },
    provider: { name: 'wide_provider' },
    interactions: Array.from({ length: OPERATIONS }, (_, i) => ({
      description: `read r${i}`,
      providerStates: [{ name: `r${i} exists`, params: { id: String(i) } }],
      request: { method: 'GET', path: `/api/r${i}/${i}` },
      response: {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
        // The second version changes the first CHANGED interactions' expected n.
        body: { id: String(i), n: version === 2 && i < CHANGED ? i + 1000 : i },
      },
    })),
    metadata: { pactSpecification: { version: '3.0.0' } },
  };
}

describeInChromium('verifications and contracts in full on a larger history', { timeout: 180_000 }, () => {
  let ui: UiBroker | undefined;
  let broker: CliBroker;
  let client: SignetClient;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ui = await startUiBroker('scale', TOKEN);
    ({ broker, client } = ui);
    // Every version publishes the same spec (stored once) and is verified against it.
    const content = wideSpec();
    for (let i = 0; i < VERSIONS; i++) {
      const version = `w-${i}`;
      await client.specs.publish('wide_provider', { content, version, branch: 'main' });
      await client.verifications.record('wide_provider', version, { success: !failing(i) });
    }
    for (const version of [1, 2])
      await client.contracts.publish({
        content: widePact(version),
        consumerVersion: `wc-${version}`,
        branch: 'main',
      });
    browser = await launchChromium();
    page = await openPage(browser, WAIT, TOKEN);
  }, 600_000);

  afterAll(() => stopUi(browser, ui), 60_000);

  it('marks every version of a 120-version provider with one request per page of the versions table', async () => {
    const asked: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.includes('/verification')) asked.push(path);
    });
    await page.goto(`${broker.url}/services/wide_provider`);
    const rows = page.getByTestId('service-versions').locator('tbody tr');
    await expect.poll(() => rows.count(), { timeout: WAIT }).toBeGreaterThanOrEqual(50);
    // The list also loads on scrolling; click until every version is there (three pages of 50).
    const more = page.getByRole('region', { name: 'Versions' }).getByRole('button', { name: /more/i });
    while ((await rows.count()) < VERSIONS) {
      const before = await rows.count();
      if (await more.isVisible()) await more.click();
      await expect.poll(() => rows.count(), { timeout: WAIT }).toBeGreaterThan(before);
    }
    const shown = (await rows.allInnerTexts()).map((row) => {
      const cells = row.split('\t');
      return [cells[0], cells[4]!.split(' ').slice(0, 2).join(' ')];
    });
    const expected = Array.from({ length: VERSIONS }, (_, k) => {
      const i = VERSIONS - 1 - k;
      return [`w-${i}`, failing(i) ? 'spec failed' : 'spec verified'];
    });
    expect(shown).toEqual(expected);
    expect(asked).toEqual(Array(3).fill('/api/v1/services/wide_provider/verification-summaries'));
  });

  it('shows a 150-interaction contract and a 150-operation spec in full, and diffs two versions of the contract', async () => {
    await page.goto(
      `${broker.url}/integrations/wide_consumer/wide_provider?pairConsumerVersion=wc-2&pairProviderVersion=w-119`,
    );
    await expect
      .poll(() => page.getByTestId('interaction-details').count(), { timeout: WAIT })
      .toBe(OPERATIONS);
    await expect
      .poll(() => page.getByTestId('operation-details').count(), { timeout: WAIT })
      .toBe(OPERATIONS);
    const last = page.getByTestId('operation-details').last();
    await last.locator('summary').first().click();
    expect(await last.getByTestId('schema-tree').last().innerText()).toMatch(
      /^Thing: object\nid: string\nn: integer/,
    );
    await expect
      .poll(() => page.getByTestId('contract-diff-summary').innerText(), { timeout: WAIT })
      .toBe(`From wc-1 to wc-2: 0 added, 0 removed, ${CHANGED} changed, ${OPERATIONS - CHANGED} unchanged.`);
    const changed = page.getByTestId('contract-diff').locator(':scope > li');
    expect(await changed.count()).toBe(CHANGED);
    expect((await changed.first().locator('tbody tr').allInnerTexts()).map((row) => row.split('\t'))).toEqual(
      [['response.body.value.n', '0', '1000']],
    );
  });
});
