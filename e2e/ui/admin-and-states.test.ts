/**
 * Issue 15 items 8–10 in a real Chromium against brokers started with the CLI: the webhook form and log, honest
 * states (sign-in redirect, roles, an open broker, an unknown integration) and the deploy guard and environments.
 * One browser for the file; the broker with a token and the open one start beside it.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SignetClient } from '@signet/client';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

const ADMIN_TOKEN = 'e2e-states-admin-token-0123456789';
const WAIT = 20_000;

describeInChromium('admin pages and honest states in Chromium', { timeout: 90_000 }, () => {
  let ui: UiBroker | undefined;
  /** A second broker, without a token: it runs open. */
  let openUi: UiBroker | undefined;
  let broker: CliBroker;
  let client: SignetClient;
  let browser: Browser | undefined;
  let receiver: Server | undefined;
  let readToken: string;

  beforeAll(async () => {
    receiver = createServer((request, response) => {
      request.resume();
      response.writeHead(request.url?.includes('broken') ? 500 : 200).end('thanks');
    });
    await new Promise<void>((resolve) => receiver!.listen(0, '127.0.0.1', resolve));
    await allStarted([
      startUiBroker('states', ADMIN_TOKEN, { env: { SIGNET_WEBHOOK_ALLOWED_HOSTS: '127.0.0.1' } }).then(
        (started) => (ui = started),
      ),
      startUiBroker('open').then((started) => (openUi = started)),
      launchChromium().then((started) => (browser = started)),
    ]);
    ({ broker, client } = ui!);
    await publishReferenceWorkflow(client);
    readToken = (await client.tokens.create({ name: 'dashboard', role: 'read' })).token;
  }, 240_000);

  afterAll(async () => {
    try {
      await stopUi(browser, ui);
    } finally {
      try {
        await stopUi(undefined, openUi);
      } finally {
        receiver?.close();
      }
    }
  });

  /** A page in a context of its own, signed in with `token` (none: signed out). */
  const open = (token?: string): Promise<Page> =>
    openPage(browser!, WAIT, token, { width: 1280, height: 900 });
  const receiverUrl = (path: string) =>
    `http://127.0.0.1:${(receiver!.address() as AddressInfo).port}${path}`;

  it('webhooks: filters picked from the services, unknown ${…} warned, a preview, private URLs refused on save, "saved", failed pings as failures, bodies and the last delivery', async () => {
    const page = await open(ADMIN_TOKEN);
    try {
      await page.goto(`${broker.url}/webhooks/new`);
      await page.getByLabel('verification.succeeded').check();
      const provider = page.getByLabel('Provider');
      await provider.fill('inventory_servce');
      await page.getByText('No service is named inventory_servce').waitFor();
      expect(await provider.getAttribute('aria-invalid')).toBe('true');
      const create = page.getByRole('button', { name: 'Create webhook' });
      expect(await create.isDisabled()).toBe(true);
      // The suggestions are the broker's services.
      expect(
        (
          await page
            .locator('#webhook-services option')
            .evaluateAll((o) => o.map((e) => e.getAttribute('value')))
        ).sort(),
      ).toEqual(['advertising_service', 'inventory_service', 'payments_service', 'shopping_cart_service']);
      await provider.fill('inventory_service');
      await page.getByLabel('URL').fill('http://10.0.0.1/hooks/${signet.provider}/${signet.providr}');
      await page
        .getByLabel('Body template')
        .fill('{"text":"${pactbroker.consumerName} verified ${signet.nope}"}');
      const warning = page.getByTestId('unknown-placeholders');
      await expect
        .poll(() => warning.locator('code').allInnerTexts())
        .toEqual(['${signet.providr}', '${signet.nope}']);
      const preview = await page.getByTestId('request-preview').innerText();
      expect(preview).toContain('POST http://10.0.0.1/hooks/inventory_service/${signet.providr}');
      expect(preview).toContain('{"text":"shopping_cart_service verified ${signet.nope}"}');
      await page.getByText('Template variables').click();
      expect(await page.getByTestId('template-variables').locator('li').count()).toBeGreaterThan(30);

      // The SSRF policy applies when saving: the broker's refusal is shown, nothing is created.
      await create.click();
      await page.getByRole('alert').getByText('webhook.destination-refused').waitFor();
      expect((await client.webhooks.list()).items).toHaveLength(0);

      await page.getByLabel('URL').fill(receiverUrl('/broken'));
      await create.click();
      await page.waitForURL(/\/webhooks\/\d+$/);
      await page.getByTestId('saved').waitFor();

      // The receiver answers 500: the ping is a failure, in red, with the reason and the body it answered.
      await page.getByRole('button', { name: 'Send test ping' }).click();
      const ping = page.getByTestId('ping-result');
      await ping.waitFor();
      expect(await ping.getAttribute('data-state')).toBe('failed');
      expect(await ping.getAttribute('class')).toBe('error');
      expect(await ping.innerText()).toContain('Test ping failed: the receiver answered 500');
      await ping.getByText('6 characters').click();
      expect(await ping.getByTestId('attempt-response').locator('pre').innerText()).toBe('thanks');
      // Beside it, the request the broker sent, as logged: method and URL, headers, the body.
      const sent = ping.getByTestId('attempt-request');
      expect(await sent.locator('summary').innerText()).toMatch(/^POST · \d+ bytes$/);
      await sent.locator('summary').click();
      const sentText = await sent.locator('pre').innerText();
      expect(sentText.split('\n')[0]).toBe(`POST ${receiverUrl('/broken')}`);
      expect(sentText).toMatch(/^content-type: application\/json/im);

      await page.getByLabel('URL').fill(receiverUrl('/ok'));
      await page.getByRole('button', { name: 'Save changes' }).click();
      await page.getByTestId('saved').waitFor();
      await page.getByRole('button', { name: 'Send test ping' }).click();
      await expect.poll(() => ping.getAttribute('data-state')).toBe('delivered');
      expect(await ping.getAttribute('class')).toBe('notice');

      await page.goto(`${broker.url}/webhooks`);
      await expect.poll(() => page.getByTestId('last-delivery').innerText()).toMatch(/^succeeded ping /);
    } finally {
      await page.close();
    }
  });

  it('honest states: a needed token leads to sign-in and back; the role shows; a read token cannot use admin controls; an unknown integration is not found', async () => {
    const page = await open();
    try {
      await page.goto(`${broker.url}/environments?q=pay`);
      await page.waitForURL(/\/sign-in\?next=%2Fenvironments%3Fq%3Dpay$/);
      await page.getByLabel('API token').fill(readToken);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL(/\/environments\?q=pay$/);
      await page.getByTestId('environment-production').locator('tbody tr').first().waitFor();
      await expect.poll(() => page.getByTestId('signed-in-as').innerText()).toBe('dashboard · read token');
      // The name is the token's as stored (one whoami call), not a guess from probing requests.
      expect(await page.getByTestId('signed-in-name').innerText()).toBe('dashboard');

      await page.goto(`${broker.url}/tokens`);
      await page.getByTestId('needs-admin').waitFor();
      expect(await page.getByTestId('needs-admin').innerText()).toContain("Your token's role is read");
      expect(await page.getByRole('button', { name: 'Create token' }).isDisabled()).toBe(true);

      await page.goto(`${broker.url}/integrations/nobody_service/inventory_service`);
      await page.getByRole('heading', { name: 'Integration not found', level: 1 }).waitFor();
      expect(await page.getByTestId('integration-not-found').innerText()).toContain(
        'this broker has no service named nobody_service.',
      );
      expect(await page.getByTestId('matrix').count()).toBe(0);
    } finally {
      await page.close();
    }
    const admin = await open(ADMIN_TOKEN);
    try {
      await admin.goto(`${broker.url}/tokens`);
      await admin.getByTestId('tokens').locator('tbody tr').first().waitFor();
      await expect
        .poll(() => admin.getByTestId('signed-in-as').innerText())
        .toBe('bootstrap admin · admin token');
      expect(await admin.getByTestId('needs-admin').count()).toBe(0);
      expect(await admin.getByRole('button', { name: 'Create token' }).isDisabled()).toBe(false);
      expect(await admin.getByTestId('open-broker').count()).toBe(0);
    } finally {
      await admin.close();
    }
  });

  it('deploy guard: production preselected, the service validated, what runs there with each pair, a CLI line', async () => {
    const page = await open(ADMIN_TOKEN);
    try {
      await page.goto(`${broker.url}/deploy-guard?service=shopping_cart_service`);
      await expect.poll(() => page.getByLabel('Environment').inputValue()).toBe('production');
      await page.getByLabel('Service').fill('shoping_cart');
      await page.getByText('No service is named shoping_cart').waitFor();
      expect(await page.getByRole('button', { name: 'Check' }).isDisabled()).toBe(true);

      await page.goto(
        `${broker.url}/deploy-guard?service=shopping_cart_service&version=cart-2&environment=production`,
      );
      await page.getByTestId('verdict').getByText('Unsafe').waitFor();
      expect(await page.getByTestId('copy-line').innerText()).toBe(
        'signet deploy-guard --service shopping_cart_service --version cart-2 --environment production',
      );
      const apps = page.getByTestId('environment-apps').locator('tbody tr');
      await apps.first().waitFor();
      const byService = Object.fromEntries(
        (await apps.allInnerTexts()).map((row) => [row.split('\t')[0], row.split('\t')[2]?.trim()]),
      );
      expect(byService).toEqual({
        advertising_service: 'ok compatible (calls it)',
        inventory_service: 'blocks incompatible (it calls)',
        payments_service: 'ok compatible (it calls)',
        shopping_cart_service: 'the version it would replace',
      });
    } finally {
      await page.close();
    }
  });

  it('environments: filter, linked versions, history, two compared', async () => {
    const page = await open(ADMIN_TOKEN);
    try {
      await page.goto(`${broker.url}/environments`);
      const production = page.getByTestId('environment-production');
      await production.locator('tbody tr').first().waitFor();
      await page.getByLabel('Service').fill('pay');
      await expect.poll(() => production.locator('tbody tr').count()).toBe(1);
      expect(new URL(page.url()).searchParams.get('q')).toBe('pay');
      await page
        .getByTestId('environment-staging')
        .getByText('Nothing is recorded as deployed here.')
        .waitFor();
      await page.getByLabel('Service').fill('nothing-like-this');
      await production
        .getByText('None of the 4 services running here has “nothing-like-this” in its name.')
        .waitFor();
      await production.getByRole('link', { name: 'Clear the filters' }).click();
      await expect.poll(() => page.getByLabel('Service').inputValue()).toBe('');
      expect(new URL(page.url()).searchParams.has('q')).toBe(false);

      const version = production.getByRole('link', { name: 'pay-1' });
      expect(await version.getAttribute('href')).toBe('/services/payments_service/versions/pay-1');
      await production.getByText('Deployment history').click();
      await production.getByTestId('history-production').locator('tbody tr').first().waitFor();
      expect(await production.getByTestId('history-production').locator('tbody tr').count()).toBe(4);

      await page.getByLabel('Compare').selectOption('production');
      await page.getByLabel('with').selectOption('staging');
      const compared = page.getByTestId('environment-compare').locator('tbody tr');
      await compared.first().waitFor();
      expect(await compared.count()).toBe(4);
      expect(await compared.first().innerText()).toContain('only in production');
      expect(new URL(page.url()).search).toBe('?compare=production&with=staging');
    } finally {
      await page.close();
    }
  });

  describe('a broker that runs open', () => {
    it('says so on every page, and nothing is disabled', async () => {
      const page = await open();
      try {
        for (const path of ['/', '/tokens']) {
          await page.goto(`${openUi!.broker.url}${path}`);
          await page.getByTestId('open-broker').waitFor();
        }
        expect(await page.getByTestId('open-broker').innerText()).toContain('This broker runs open');
        expect(await page.getByTestId('signed-in-as').innerText()).toBe('no sign-in (open)');
        expect(await page.getByTestId('needs-admin').count()).toBe(0);
        // Filling the form is enough to enable it: the role check never disables anything here.
        await page.getByLabel('Name').fill('ci');
        expect(await page.getByRole('button', { name: 'Create token' }).isDisabled()).toBe(false);
      } finally {
        await page.close();
      }
    });
  });
});
