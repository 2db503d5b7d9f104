import { buildApp, declaredRoutes, type DeclaredRoute, type Store } from '@signet/broker';
import { defaultLimits, testEngine } from '@signet/broker/testing';

/**
 * The broker's own route table, read from an app built in this process (no database is touched: routes
 * are only registered). The attack suite derives its cases from it, so a new route is attacked the day it
 * is added.
 */
export async function brokerRoutes(): Promise<readonly DeclaredRoute[]> {
  const app = await buildApp({
    store: {} as Store,
    engine: testEngine,
    limits: defaultLimits,
    auth: { mode: 'open' },
  });
  await app.ready();
  const routes = [...declaredRoutes(app)];
  await app.close();
  return routes;
}

/** Values for path parameters that name nothing stored, so allowed requests change nothing that matters. */
const parameterValues: Record<string, string> = {
  id: '999999',
  deliveryId: '999999',
  uuid: '00000000-0000-4000-8000-000000000000',
  sha: 'a'.repeat(64),
  contractSha: 'a'.repeat(64),
  specSha: 'b'.repeat(64),
};

/** `url` with every `:param` filled in (names of services, versions, tags… get a made-up name). */
export function concretePath(url: string): string {
  return url.replace(/:([A-Za-z]+)/g, (_match, name: string) => parameterValues[name] ?? `attack-${name}`);
}

/** A way of writing the same path that a router decodes or strips back to it. */
export interface PathVariant {
  name: string;
  target: string;
}

/**
 * The spellings of `path` an attacker tries: as is, the first letter of each literal segment
 * percent-encoded (`/api/v1/%74okens`), every literal character encoded, a fragment, a query, both.
 */
export function pathVariants(path: string): PathVariant[] {
  const segments = path.split('/');
  const literal = (segment: string) =>
    !Object.values(parameterValues).includes(segment) && !segment.startsWith('attack-');
  const encode = (char: string) => `%${char.charCodeAt(0).toString(16).padStart(2, '0')}`;
  const firstEncoded = segments
    .map((segment) =>
      literal(segment) && segment.length > 0 ? encode(segment[0]!) + segment.slice(1) : segment,
    )
    .join('/');
  const allEncoded = segments
    .map((segment) =>
      literal(segment) ? [...segment].map(encode).join('').toUpperCase().replaceAll('%', '%') : segment,
    )
    .join('/');
  const variants: PathVariant[] = [
    { name: 'as is', target: path },
    { name: 'first letters encoded', target: firstEncoded },
    { name: 'every literal character encoded', target: allEncoded },
    { name: 'with a fragment', target: `${path}#f` },
    { name: 'with a query', target: `${path}?x=1` },
    { name: 'encoded, with a fragment and query', target: `${firstEncoded}?x=1#f` },
  ];
  return variants.filter((variant, index) => index === 0 || variant.target !== path);
}
