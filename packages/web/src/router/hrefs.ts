/** URLs of the app's pages, in one place (shared links depend on them staying put). */
const seg = encodeURIComponent;

const withQuery = (path: string, query: Record<string, string | undefined>) => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, value);
  const text = params.toString();
  return text === '' ? path : `${path}?${text}`;
};

export const hrefs = {
  graph: (q?: string) => withQuery('/', { q }),
  service: (name: string) => `/services/${seg(name)}`,
  version: (service: string, number: string) => `/services/${seg(service)}/versions/${seg(number)}`,
  integration: (consumer: string, provider: string, query: Record<string, string | undefined> = {}) =>
    withQuery(`/integrations/${seg(consumer)}/${seg(provider)}`, query),
  deployGuard: (query: { service?: string; version?: string; environment?: string } = {}) =>
    withQuery('/deploy-guard', query),
  timeline: (query: { service?: string; type?: string } = {}) => withQuery('/timeline', query),
  environments: () => '/environments',
  tokens: () => '/tokens',
  webhooks: () => '/webhooks',
  signIn: (next?: string) => withQuery('/sign-in', { next }),
  withQuery,
};
