/**
 * Every page of the web UI (one of each route in packages/web/src/routes.tsx) on the reference workflow's data,
 * with what shows that it has loaded.
 */
import type { Page } from 'playwright-core';

export interface PageVisit {
  /** Names the screenshot: e2e/screenshots/<name>-<width>.png */
  name: string;
  path: (ids: { webhookId: number }) => string;
  ready: (page: Page) => Promise<unknown>;
}

const heading = (name: string | RegExp) => (page: Page) =>
  page.getByRole('heading', { name, level: 1 }).waitFor();
const andThen =
  (...steps: Array<(page: Page) => Promise<unknown>>) =>
  async (page: Page) => {
    for (const step of steps) await step(page);
  };
const rows = (testId: string) => (page: Page) =>
  page.getByTestId(testId).locator('tbody tr').first().waitFor();

export const everyPage: PageVisit[] = [
  {
    name: 'graph',
    path: () => '/',
    ready: (page) => page.locator('.react-flow__node').first().waitFor(),
  },
  {
    name: 'service',
    path: () => '/services/shopping_cart_service',
    ready: andThen(heading('shopping_cart_service'), rows('service-versions')),
  },
  {
    name: 'version',
    path: () => '/services/inventory_service/versions/inv-1',
    ready: heading(/inv-1/),
  },
  {
    name: 'spec-change',
    path: () => '/services/inventory_service/spec-change',
    ready: heading(/Check a spec change/),
  },
  {
    name: 'integration',
    path: () => '/integrations/shopping_cart_service/inventory_service',
    ready: andThen(
      (page) => page.getByTestId('matrix').waitFor(),
      (page) => page.getByTestId('comparison-summary').waitFor(),
    ),
  },
  {
    name: 'integration-unknown',
    path: () => '/integrations/nobody_service/inventory_service',
    ready: heading('Integration not found'),
  },
  {
    name: 'deploy-guard',
    path: () => '/deploy-guard?service=shopping_cart_service&version=cart-2&environment=production',
    ready: (page) => page.getByTestId('verdict').waitFor(),
  },
  {
    name: 'environments-compare',
    path: () => '/environments?compare=production&with=staging',
    ready: rows('environment-compare'),
  },
  {
    name: 'deploy-guard-empty',
    path: () => '/deploy-guard',
    ready: heading('Deploy guard'),
  },
  {
    name: 'timeline',
    path: () => '/timeline',
    ready: (page) => page.getByTestId('timeline').locator('li').first().waitFor(),
  },
  {
    name: 'environments',
    path: () => '/environments',
    ready: (page) => page.getByTestId('environment-production').locator('tbody tr').first().waitFor(),
  },
  { name: 'webhooks', path: () => '/webhooks', ready: rows('webhooks') },
  { name: 'webhook-new', path: () => '/webhooks/new', ready: heading('New webhook') },
  {
    name: 'webhook',
    path: ({ webhookId }) => `/webhooks/${webhookId}`,
    ready: andThen(heading('notify the cart team'), rows('deliveries')),
  },
  { name: 'tokens', path: () => '/tokens', ready: andThen(heading('API tokens'), rows('tokens')) },
  { name: 'sign-in', path: () => '/sign-in', ready: heading('Sign in') },
  { name: 'not-found', path: () => '/no/such/page', ready: heading('Page not found') },
];
