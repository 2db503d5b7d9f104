/**
 * Contracts and specs shown in full (issue 15 item 4): interactions with states and params, query, headers, bodies,
 * matching rules behind a toggle, v4 message interactions; spec parameters, request and response schemas as a tree;
 * each finding's schema excerpt; a diff of two contract versions. HTTP contracts are published with the real `pact`
 * CLI (`pact broker publish`); a real broker started with the CLI, a real Chromium.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runPact } from '@signet/broker/testing';
import type { SignetClient } from '@signet/client';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium } from './chromium.js';
import type { CliBroker } from './cli-broker.js';
import { describeInChromium, openPage, startUiBroker, stopUi, type UiBroker } from './ui-suite.js';

const TOKEN = 'e2e-in-full-admin-token-0123456789';
const WAIT = 20_000;
const screenshots = fileURLToPath(new URL('../screenshots/', import.meta.url));

const json = { 'application/json': { schema: { $ref: '#/components/schemas/Product' } } };
const catalogSpec = {
  openapi: '3.0.3',
  info: { title: 'catalog', version: '1' },
  paths: {
    '/api/products/{productId}': {
      get: {
        summary: 'one product',
        parameters: [
          { name: 'productId', in: 'path', required: true, schema: { type: 'string', pattern: '^[0-9]+$' } },
          { name: 'include', in: 'query', schema: { type: 'string', enum: ['price', 'stock'] } },
        ],
        responses: { '200': { description: 'the product', content: json } },
      },
    },
    '/api/products': {
      post: {
        summary: 'add a product',
        requestBody: {
          required: true,
          content: { 'application/json': { schema: { $ref: '#/components/schemas/NewProduct' } } },
        },
        responses: { '201': { description: 'added', content: json } },
      },
    },
  },
  components: {
    schemas: {
      Product: {
        type: 'object',
        required: ['id'],
        properties: {
          id: { type: 'string' },
          name: { type: 'string' },
          price: { $ref: '#/components/schemas/Money' },
        },
      },
      Money: {
        type: 'object',
        properties: {
          amount: { type: 'number', minimum: 0 },
          currency: { type: 'string', enum: ['EUR', 'USD'] },
        },
      },
      NewProduct: {
        type: 'object',
        required: ['name'],
        properties: { name: { type: 'string', minLength: 1 } },
      },
    },
  },
};

const getProduct = (body: object) => ({
  description: 'get a product',
  providerStates: [{ name: 'a product exists', params: { productId: '42' } }],
  request: {
    method: 'GET',
    path: '/api/products/42',
    query: { include: ['price'] },
    headers: { Accept: 'application/json' },
  },
  response: {
    status: 200,
    headers: { 'Content-Type': 'application/json' },
    body,
    matchingRules: { body: { '$.name': { matchers: [{ match: 'type' }] } } },
  },
});
const createProduct = {
  description: 'create a product',
  request: {
    method: 'POST',
    path: '/api/products',
    headers: { 'Content-Type': 'application/json' },
    body: { name: 'Lamp' },
  },
  response: {
    status: 201,
    headers: { 'Content-Type': 'application/json' },
    body: { id: '43', name: 'Lamp' },
  },
};
const missingProduct = {
  description: 'get a missing product',
  request: { method: 'GET', path: '/api/products/0' },
  response: { status: 404 },
};
const webShopPact = (interactions: object[]) => ({
  consumer: { name: 'web_shop' },
  provider: { name: 'catalog_service' },
  interactions,
  metadata: { pactSpecification: { version: '3.0.0' } },
});

const notifierPact = {
  consumer: { name: 'notifier' },
  provider: { name: 'catalog_service' },
  interactions: [
    {
      type: 'Asynchronous/Messages',
      description: 'product changed',
      providerStates: [{ name: 'a product changed', params: { id: '42' } }],
      contents: { content: { id: '42' }, contentType: 'application/json', encoded: false },
      metadata: { topic: 'products' },
      matchingRules: {
        body: { '$.id': { combine: 'AND', matchers: [{ match: 'regex', regex: '^[0-9]+$' }] } },
      },
    },
    {
      type: 'Synchronous/Messages',
      description: 'ask a price',
      request: { contents: { content: { id: '42' }, contentType: 'application/json', encoded: false } },
      response: [{ contents: { content: { amount: 10 }, contentType: 'application/json', encoded: false } }],
    },
  ],
  metadata: { pactSpecification: { version: '4.0' } },
};

describeInChromium('contracts and specs in full, findings and contract diffs', { timeout: 120_000 }, () => {
  let ui: UiBroker | undefined;
  let broker: CliBroker;
  let client: SignetClient;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ui = await startUiBroker('in-full', TOKEN);
    ({ broker, client } = ui);
    await client.specs.publish('catalog_service', {
      content: catalogSpec,
      version: 'cat-1',
      branch: 'main',
    });
    await client.verifications.record('catalog_service', 'cat-1', { success: true });
    for (const [version, interactions] of [
      [
        'ws-1',
        [getProduct({ id: '42', name: 'Lamp', price: { amount: 10, currency: 'EUR' } }), createProduct],
      ],
      ['ws-2', [getProduct({ id: '42', name: 'Desk lamp', colour: 'red' }), missingProduct]],
    ] as const) {
      const pacts = join(ui.dir, version);
      mkdirSync(pacts);
      writeFileSync(
        join(pacts, 'web_shop-catalog_service.json'),
        JSON.stringify(webShopPact([...interactions])),
      );
      const published = await runPact(
        ['broker', 'publish', pacts, '--consumer-app-version', version, '--branch', 'main', '--retries', '0'],
        { PACT_BROKER_BASE_URL: broker.url, PACT_BROKER_TOKEN: TOKEN },
      );
      expect(published.code, published.stdout + published.stderr).toBe(0);
    }
    await client.contracts.publish({ content: notifierPact, consumerVersion: 'n-1', branch: 'main' });
    browser = await launchChromium();
    page = await openPage(browser, WAIT, TOKEN);
    mkdirSync(screenshots, { recursive: true });
  }, 300_000);

  afterAll(() => stopUi(browser, ui), 60_000);

  const open = async (testId: string, name: string) => {
    const details = page.getByTestId(testId).filter({ hasText: name }).first();
    await details.waitFor();
    await details.locator('summary').first().click();
    return details;
  };

  it('shows each interaction in full, with its matching rules behind a toggle', async () => {
    await page.goto(
      `${broker.url}/integrations/web_shop/catalog_service?pairConsumerVersion=ws-1&pairProviderVersion=cat-1`,
    );
    const interaction = await open('interaction-details', 'get a product');
    expect(await interaction.getByTestId('provider-states').innerText()).toBe(
      'a product exists with {"productId":"42"}',
    );
    const request = await interaction.getByTestId('interaction-request').innerText();
    expect(request).toContain('GET /api/products/42?include=price');
    expect(request).toContain('Accept: application/json');
    const response = await interaction.getByTestId('interaction-response').innerText();
    expect(response).toContain('Status 200');
    expect(response).toContain('Content-Type: application/json');
    expect(response).toContain('"currency": "EUR"');
    expect(await page.getByTestId('matching-rules').count()).toBe(0);
    await page.getByLabel('Show matching rules and generators').check();
    expect(
      await interaction.getByTestId('interaction-response').getByTestId('matching-rules').innerText(),
    ).toContain('"$.name"');
    const create = await open('interaction-details', 'create a product');
    expect(await create.getByTestId('interaction-request').innerText()).toContain('"name": "Lamp"');
    await page.screenshot({ path: join(screenshots, 'integration-in-full-1440.png'), fullPage: true });
  });

  it('renders each operation’s parameters, request and response schemas as a tree, and the named schemas', async () => {
    const get = await open('operation-details', 'GET /api/products/{productId}');
    const parameters = (
      await get.getByTestId('operation-parameters').locator('tbody tr').allInnerTexts()
    ).map((row) => row.split('\t').map((cell) => cell.trim().split('\n')[0]));
    expect(parameters).toEqual([
      ['productId', 'path', 'required', 'string · pattern "^[0-9]+$"'],
      ['include', 'query', 'optional', 'string · one of "price", "stock"'],
    ]);
    const ok = await get
      .locator('[data-testid="operation-response"][data-status="200"] [data-testid="schema-tree"]')
      .innerText();
    expect(ok).toMatch(/^Product: object\n/);
    expect(ok).toContain('id required: string');
    expect(ok).toContain('price: Money: object');
    expect(ok).toContain('amount: number · minimum 0');
    expect(ok).toContain('currency: string · one of "EUR", "USD"');
    const post = await open('operation-details', 'POST /api/products');
    const body = await post.getByTestId('schema-tree').first().innerText();
    expect(body).toMatch(/^NewProduct: object\n/);
    expect(body).toContain('name required: string · minLength 1');
    const money = page
      .getByTestId('named-schema')
      .filter({ has: page.locator('summary', { hasText: /^Money$/ }) });
    await money.locator('summary').first().click();
    expect(await money.getByTestId('schema-tree').innerText()).toMatch(/^object\namount: number · minimum 0/);
  });

  it('shows the schema excerpt at each finding’s spec location', async () => {
    await page.goto(
      `${broker.url}/integrations/web_shop/catalog_service?pairConsumerVersion=ws-2&pairProviderVersion=cat-1`,
    );
    const findings = page.getByTestId('finding');
    await findings.first().waitFor();
    const comparison = (await client.matrix.list({ consumer: 'web_shop', consumerVersion: 'ws-2' }))
      .items[0]!;
    const stored = await client.comparisons.get(comparison.contractSha, comparison.specSha!);
    const errors = stored.findings.filter((f) => f.type === 'error').map((f) => f.code);
    expect(errors).toEqual(expect.arrayContaining(['response.body.incompatible', 'response.status.unknown']));
    const undeclared = findings.filter({ hasText: 'colour' }).first();
    const excerpt = await undeclared.getByTestId('schema-tree').innerText();
    expect(excerpt).toContain('id required: string');
    expect(excerpt).not.toContain('colour');
    await page.screenshot({
      path: join(screenshots, 'integration-findings-excerpt-1440.png'),
      fullPage: true,
    });
  });

  it('diffs two contract versions of the integration', async () => {
    const summary = page.getByTestId('contract-diff-summary');
    await expect
      .poll(() => summary.innerText(), { timeout: WAIT })
      .toBe('From ws-1 to ws-2: 1 added, 1 removed, 1 changed, 0 unchanged.');
    const items = page.getByTestId('contract-diff').locator(':scope > li');
    expect(await items.evaluateAll((all) => all.map((li) => li.getAttribute('data-kind')))).toEqual([
      'removed',
      'changed',
      'added',
    ]);
    const changed = (await items.nth(1).locator('tbody tr').allInnerTexts()).map((row) => row.split('\t'));
    expect(changed).toEqual(
      expect.arrayContaining([
        ['response.body.value.name', '"Lamp"', '"Desk lamp"'],
        ['response.body.value.colour', 'absent', '"red"'],
        ['response.body.value.price', '{"amount":10,"currency":"EUR"}', 'absent'],
      ]),
    );
    // The same pair the other way round, from the URL.
    await page.goto(`${broker.url}/integrations/web_shop/catalog_service?diffBase=ws-2&diffHead=ws-1`);
    await expect
      .poll(() => summary.innerText(), { timeout: WAIT })
      .toBe('From ws-2 to ws-1: 1 added, 1 removed, 1 changed, 0 unchanged.');
  });

  it('shows v4 message interactions: contents, metadata, states with params, sync request and responses', async () => {
    await page.goto(`${broker.url}/integrations/notifier/catalog_service`);
    const async = await open('interaction-details', 'product changed');
    expect(await async.getAttribute('data-type')).toBe('Asynchronous/Messages');
    expect(await async.getByTestId('provider-states').innerText()).toBe('a product changed with {"id":"42"}');
    const message = await async.getByTestId('interaction-message').innerText();
    expect(message).toContain('topic: products');
    expect(message).toContain('Contents (application/json)');
    expect(message).toContain('"id": "42"');
    const sync = await open('interaction-details', 'ask a price');
    expect(await sync.getByTestId('interaction-message').locator('h4').allInnerTexts()).toEqual([
      'Request',
      'Response',
    ]);
    expect(await sync.getByTestId('interaction-message').nth(1).innerText()).toContain('"amount": 10');
    await page.getByLabel('Show matching rules and generators').check();
    expect(await async.getByTestId('matching-rules').innerText()).toContain('"regex": "^[0-9]+$"');
  });
});
