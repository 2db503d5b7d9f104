/**
 * Provider verifications in the UI (issue 15 item 3): a real `signet test` run against a build that fails one
 * operation and a Pact verifier's result published through the Pact API, shown on the version page (each failed
 * request with its curl line, compatibility per integration, environments, a deploy guard answer per environment),
 * in the service's versions table and in the integration matrix. A real broker started with the CLI, a real Chromium.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClient, type SignetClient } from '@signet/client';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium } from './chromium.js';
import { describeInChromium } from './ui-suite.js';
import { startCliBroker, type CliBroker } from './cli-broker.js';
import { publishReferenceWorkflow } from './reference-data.js';

const TOKEN = 'e2e-verifications-admin-token-0123456789';
const WAIT = 20_000;
const cli = fileURLToPath(new URL('../../packages/cli/bin/signet.js', import.meta.url));
const screenshots = fileURLToPath(new URL('../screenshots/', import.meta.url));

/** inventory_service inv-2 as built: items answer, gadgets crash (what `signet test` must catch). */
function startInventory(): Promise<Server> {
  const server = createServer((request, response) => {
    const item = /^\/api\/(items|gadgets)\/([^/?]+)/.exec(request.url ?? '');
    if (item?.[1] === 'items') {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ id: decodeURIComponent(item[2]!), name: 'thing' }));
    } else if (item?.[1] === 'gadgets') {
      response.writeHead(500, { 'content-type': 'text/plain' });
      response.end('gadget store down');
    } else {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function signet(
  args: string[],
  env: Record<string, string>,
  cwd: string,
): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [cli, ...args],
      { env: { ...process.env, ...env }, cwd, timeout: 120_000 },
      (error, stdout, stderr) =>
        resolve({
          code: error === null ? 0 : typeof error.code === 'number' ? error.code : -1,
          out: stdout + stderr,
        }),
    );
  });
}

describeInChromium(
  'provider verifications on the version page, versions table and matrix',
  { timeout: 120_000 },
  () => {
    let dataDir: string;
    let broker: CliBroker;
    let client: SignetClient;
    let inventory: Server;
    let browser: Browser;
    let page: Page;

    beforeAll(async () => {
      dataDir = mkdtempSync(join(tmpdir(), 'signet-ui-verify-'));
      broker = await startCliBroker(['--data-dir', join(dataDir, 'data')], { SIGNET_ADMIN_TOKEN: TOKEN });
      client = createClient({ baseUrl: broker.url, token: TOKEN });
      await publishReferenceWorkflow(client);
      inventory = await startInventory();
      const url = `http://127.0.0.1:${(inventory.address() as AddressInfo).port}`;
      const env = { SIGNET_BROKER_URL: broker.url, SIGNET_TOKEN: TOKEN, SIGNET_BRANCH: 'main' };
      const run = await signet(
        [
          'test',
          '--provider',
          'inventory_service',
          '--version',
          'inv-2',
          '--provider-url',
          url,
          '--publish',
          '--seed',
          '1',
          '--max-examples',
          '3',
        ],
        env,
        dataDir,
      );
      // The gadgets operation fails, so the verification fails and is published as such.
      expect(run.code, run.out).toBe(1);
      // A Pact verifier's failed result for cart-2's inventory contract, as `pact verifier` publishes it.
      const contract = (
        await client.contracts.list({
          consumer: 'shopping_cart_service',
          provider: 'inventory_service',
          consumerVersion: 'cart-2',
        })
      ).items[0]!;
      const published = await fetch(
        `${broker.url}/pacts/provider/inventory_service/consumer/shopping_cart_service/pact-version/${contract.contentSha}/verification-results`,
        {
          method: 'POST',
          headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
          body: JSON.stringify({
            success: false,
            providerApplicationVersion: 'inv-2',
            testResults: [
              { interactionId: 'i-1', interactionDescription: 'get an item', success: true },
              {
                interactionId: 'i-2',
                interactionDescription: 'get a gadget',
                success: false,
                mismatches: [{ attribute: 'status', description: 'expected 200 but was 500' }],
              },
            ],
          }),
        },
      );
      expect(published.status).toBe(201);
      browser = await launchChromium();
      page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
      page.setDefaultTimeout(WAIT);
      await page.addInitScript((token) => sessionStorage.setItem('signet.token', token), TOKEN);
      mkdirSync(screenshots, { recursive: true });
    }, 300_000);

    afterAll(async () => {
      await browser?.close();
      await new Promise((resolve) => (inventory ? inventory.close(resolve) : resolve(undefined)));
      await broker?.stop();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    }, 60_000);

    it('shows each verification of a version: what, when, against which spec, every failed request with its curl line', async () => {
      await page.goto(`${broker.url}/services/inventory_service/versions/inv-2`);
      const cards = page.getByTestId('verification');
      // The first page of the run: the broker may still be comparing what signet test published (a slow machine).
      await expect.poll(() => cards.count(), { timeout: 3 * WAIT }).toBe(2);
      // Newest first: the Pact verifier's result, then signet test's.
      expect(await cards.evaluateAll((all) => all.map((card) => card.getAttribute('data-kind')))).toEqual([
        'pact',
        'spec',
      ]);
      const [stored] = (await client.verifications.list('inventory_service', 'inv-2')).items.filter(
        (v) => v.kind === 'spec',
      );
      const ownSpec = (await client.specs.list('inventory_service', { version: 'inv-2' })).items[0]!;
      expect(stored!.specSha).toBe(ownSpec.contentSha);
      const spec = cards.nth(1);
      const specText = await spec.innerText();
      expect(specText).toMatch(/^failed Spec verification \(signet test\)/);
      expect(specText).toContain(`against spec ${ownSpec.contentSha.slice(0, 8)} (its own spec)`);
      expect(await spec.locator('time').getAttribute('datetime')).toBe(stored!.createdAt);
      const failed = spec.getByTestId('failed-request');
      expect(await failed.count()).toBeGreaterThan(0);
      for (const text of await failed.allInnerTexts()) {
        expect(text).toMatch(/^Answered 500/);
        expect(text).toMatch(/curl .*\/api\/gadgets\//);
      }
      const curl = await failed.first().locator('pre.curl').innerText();
      expect(curl).toContain(`http://127.0.0.1:${(inventory.address() as AddressInfo).port}/api/gadgets/`);
      // The operation that passed says so, with no failed requests.
      expect(await spec.getByTestId('verification-results').innerText()).toMatch(
        /GET \/api\/items\/\{itemId\} passed/,
      );
      const pact = cards.nth(0);
      expect(await pact.innerText()).toContain('Pact verification');
      expect(await pact.innerText()).toContain('get a gadget failed');
      expect(await pact.innerText()).toContain('status: expected 200 but was 500');
      await page.screenshot({ path: join(screenshots, 'version-inv-2-1440.png'), fullPage: true });
    });

    it('shows compatibility per integration, the environments a version runs in and the deploy guard per environment', async () => {
      await page.goto(`${broker.url}/services/inventory_service/versions/inv-1`);
      const environments = page.getByTestId('version-environments').locator('tbody tr');
      await environments.first().waitFor();
      expect(
        (await environments.allInnerTexts()).map((row) => row.split('\t').slice(0, 2).join(' ')),
      ).toEqual(['production deployed']);
      const asProvider = page.getByTestId('compatibility-as-provider').locator('tbody tr');
      await asProvider.first().waitFor();
      const expected = (
        await client.matrix.list({ provider: 'inventory_service', providerVersion: 'inv-1' })
      ).items.map(
        (row) => `${row.consumer.name} → ${row.provider.name}\t${row.consumer.version}\t${row.status}`,
      );
      expect(expected).toHaveLength(2);
      expect((await asProvider.allInnerTexts()).map((row) => row.split('\t').slice(0, 3).join('\t'))).toEqual(
        expected,
      );
      // Every environment has an answer, and it is the broker's answer.
      const guards = page.getByTestId('version-guard');
      await expect.poll(() => guards.locator('.badge').count(), { timeout: WAIT }).toBeGreaterThanOrEqual(2);
      for (const environment of ['production', 'staging']) {
        const answer = await client.deployGuard.check({
          service: 'inventory_service',
          version: 'inv-1',
          environment,
        });
        const line = page.locator(`[data-testid="version-guard"][data-environment="${environment}"]`);
        await expect
          .poll(() => line.locator('.badge').first().innerText(), { timeout: WAIT })
          .toBe(answer.verdict);
        expect(await line.locator('pre').innerText()).toBe(
          `signet deploy-guard --service inventory_service --version inv-1 --environment ${environment}`,
        );
      }
      // cart-2 as a consumer: its contracts against inventory's and payments' versions.
      await page.goto(`${broker.url}/services/shopping_cart_service/versions/cart-2`);
      const asConsumer = page.getByTestId('compatibility-as-consumer').locator('tbody tr');
      await asConsumer.first().waitFor();
      const rows = await asConsumer.allInnerTexts();
      expect(rows.some((row) => row.startsWith('shopping_cart_service → inventory_service\tinv-2'))).toBe(
        true,
      );
      expect(rows.some((row) => row.startsWith('shopping_cart_service → payments_service\tpay-1'))).toBe(
        true,
      );
      const guard = await client.deployGuard.check({
        service: 'shopping_cart_service',
        version: 'cart-2',
        environment: 'production',
      });
      const production = page.locator('[data-testid="version-guard"][data-environment="production"]');
      await expect
        .poll(() => production.locator('.badge').first().innerText(), { timeout: WAIT })
        .toBe(guard.verdict);
      expect(guard.verdict).toBe('unsafe');
    });

    it('marks whether each version was verified in the versions table and in the matrix', async () => {
      await page.goto(`${broker.url}/services/inventory_service`);
      const rows = page.getByTestId('service-versions').locator('tbody tr');
      await rows.first().waitFor();
      const verified = Object.fromEntries(
        (await rows.allInnerTexts()).map((row) => {
          const cells = row.split('\t');
          return [cells[0], cells[4]];
        }),
      );
      expect(verified['inv-2']).toMatch(/^spec failed .* pact failed /);
      expect(verified['inv-1']).toMatch(/^spec verified /);
      expect(verified['inv-1']).not.toContain('pact');
      await page.getByRole('link', { name: 'inv-2' }).first().click();
      await page.getByTestId('verification').first().waitFor();
      expect(new URL(page.url()).pathname).toBe('/services/inventory_service/versions/inv-2');

      await page.goto(`${broker.url}/integrations/shopping_cart_service/inventory_service`);
      const headers = page.getByTestId('matrix').locator('thead th');
      await expect.poll(() => headers.count(), { timeout: WAIT }).toBe(3);
      const texts = await headers.allInnerTexts();
      expect(texts.find((t) => t.startsWith('inv-1'))).toMatch(/spec verified/);
      expect(texts.find((t) => t.startsWith('inv-2'))).toMatch(/spec failed/);
      // cart-2 × inv-2 carries the Pact verifier's failed result; cart-1 × inv-2 has none.
      const cellText = (consumer: string, provider: string) =>
        page.evaluate(
          ([c, p]) => {
            const table = document.querySelector('[data-testid="matrix"]')!;
            const column = [...table.querySelectorAll('thead th')].findIndex(
              (th) => th.querySelector('code')?.textContent === p,
            );
            const row = [...table.querySelectorAll('tbody tr')].find(
              (tr) => tr.querySelector('th code')?.textContent === c,
            );
            return row?.children[column]?.textContent ?? null;
          },
          [consumer, provider],
        );
      expect(await cellText('cart-2', 'inv-2')).toBe('incompatiblepact failed');
      expect(await cellText('cart-1', 'inv-2')).not.toContain('pact');
      await page.screenshot({ path: join(screenshots, 'matrix-verifications-1440.png'), fullPage: true });
    });
  },
);
