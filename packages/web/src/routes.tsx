import { Suspense, type ReactNode } from 'react';
import { DeployGuardPage } from './pages/deploy-guard/deploy-guard-page.js';
import { EnvironmentsPage } from './pages/environments/environments-page.js';
import { GraphPage } from './pages/graph/graph-page.js';
import { IntegrationPage } from './pages/integration/integration-page.js';
import { NotFoundPage } from './pages/not-found-page.js';
import { ServicePage } from './pages/service/service-page.js';
import { SpecChangePage } from './pages/spec-change/spec-change-page.js';
import { SignInPage } from './pages/sign-in/sign-in-page.js';
import { TimelinePage } from './pages/timeline/timeline-page.js';
import { TokensPage } from './pages/tokens/tokens-page.js';
import { VersionPage } from './pages/version/version-page.js';
import { NewWebhookPage } from './pages/webhooks/new-webhook-page.js';
import { WebhookPage } from './pages/webhooks/webhook-page.js';
import { WebhooksPage } from './pages/webhooks/webhooks-page.js';
import { Loading } from './components/loading.js';
import { matchPath } from './router/match.js';
import { useRouter } from './router/use-router.js';

const routes: Array<[pattern: string, render: (params: Record<string, string>) => ReactNode]> = [
  ['/', () => <GraphPage />],
  ['/services/:name', (p) => <ServicePage key={p['name']} name={p['name']!} />],
  ['/services/:name/spec-change', (p) => <SpecChangePage key={p['name']} name={p['name']!} />],
  [
    '/services/:name/versions/:version',
    (p) => <VersionPage key={`${p['name']}@${p['version']}`} name={p['name']!} version={p['version']!} />,
  ],
  [
    '/integrations/:consumer/:provider',
    (p) => (
      <IntegrationPage
        key={`${p['consumer']}/${p['provider']}`}
        consumer={p['consumer']!}
        provider={p['provider']!}
      />
    ),
  ],
  ['/deploy-guard', () => <DeployGuardPage />],
  ['/timeline', () => <TimelinePage />],
  ['/environments', () => <EnvironmentsPage />],
  ['/webhooks', () => <WebhooksPage />],
  ['/webhooks/new', () => <NewWebhookPage />],
  ['/webhooks/:id', (p) => <WebhookPage key={p['id']} id={Number(p['id'])} />],
  ['/tokens', () => <TokensPage />],
  ['/sign-in', () => <SignInPage />],
];

/** The page for the current path. */
export function Routes() {
  const { location } = useRouter();
  for (const [pattern, render] of routes) {
    const params = matchPath(pattern, location.path);
    if (params !== undefined) return <Suspense fallback={<Loading />}>{render(params)}</Suspense>;
  }
  return <NotFoundPage />;
}
