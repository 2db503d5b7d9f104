import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeclaredRoute } from '@signet/broker';
import { startAttackBroker, type AttackBroker, type Caller } from './harness/attack-broker.js';
import { describeOnBackends } from './harness/backends.js';
import type { RawResponse } from './harness/raw-http.js';
import { brokerRoutes, concretePath, pathVariants } from './harness/route-cases.js';
import { storedData } from './harness/stored-data.js';

// Every route × every spelling of its path × every caller gets exactly what the route's declared access allows.
// The role is decided on the route the router matched: `%74okens` and `tokens#f` reach the tokens routes, so
// they need admin like `tokens` does (before, a write token created an admin token that way).

const rank: Record<Caller, number> = { none: -1, read: 0, write: 1, admin: 2 };
const needed = { public: -1, read: 0, write: 1, admin: 2 } as const;
const callers: Caller[] = ['none', 'read', 'write', 'admin'];

/** What a caller should get from a route: in (`allowed`), 401, or 403. */
function expected(route: DeclaredRoute, caller: Caller): 'allowed' | 401 | 403 {
  if (rank[caller] >= needed[route.access]) return 'allowed';
  return caller === 'none' ? 401 : 403;
}

function verdict(route: DeclaredRoute, answer: RawResponse): string {
  const problem = answer.json as { code?: string } | undefined;
  if (answer.status === 401 || answer.status === 403) return String(answer.status);
  if (answer.status >= 500) return `server error ${answer.status}: ${answer.body.slice(0, 200)}`;
  if (answer.status === 404 && problem?.code === 'route.not-found')
    return `did not reach ${route.method} ${route.url}`;
  return 'allowed';
}

describe('the route table', () => {
  it('declares an access for every route, and the Pact and Signet admin areas need admin', async () => {
    const routes = await brokerRoutes();
    expect(routes.length).toBeGreaterThan(100);
    const adminOnly = routes.filter((route) => /^\/(api\/v1\/)?(tokens|webhooks)(\/|$)/.test(route.url));
    expect(adminOnly.length).toBeGreaterThan(10);
    for (const route of adminOnly) expect(route.access, `${route.method} ${route.url}`).toBe('admin');
    // Public: the API's description, the relation docs the Pact index's curies point at (fixed text) and the
    // HAL browser's old addresses (a redirect to the UI, whose pages are public too). None reads stored data.
    expect(routes.filter((route) => route.access === 'public').map((route) => route.url)).toEqual([
      '/api/v1/openapi.json',
      '/api/v1/openapi.json',
      '/doc/:rel',
      '/doc/:rel',
      '/hal-browser',
      '/hal-browser',
      '/hal-browser/',
      '/hal-browser/',
      '/hal-browser/browser.html',
      '/hal-browser/browser.html',
    ]);
  });
});

describeOnBackends('no way around authorisation', (backend) => {
  let broker: AttackBroker;
  let routes: readonly DeclaredRoute[];
  beforeAll(async () => {
    routes = await brokerRoutes();
    broker = await startAttackBroker(backend);
  }, 120_000);
  afterAll(() => broker?.close());

  it('answers every route, spelled every way, as its declared access allows each caller', async () => {
    const before = await storedData(broker);
    const wrong: string[] = [];
    let cases = 0;
    for (const route of routes) {
      const path = concretePath(route.url);
      const withBody = route.method === 'POST' || route.method === 'PUT' || route.method === 'PATCH';
      for (const variant of pathVariants(path)) {
        for (const caller of callers) {
          const answer = await broker.send(caller, {
            method: route.method,
            target: variant.target,
            // Bodies name nothing that exists, so an allowed write is refused or creates only made-up rows.
            ...(withBody ? { body: '{}', headers: { 'content-type': 'application/json' } } : {}),
            headersOnly: route.url.endsWith('/events/stream'),
          });
          cases++;
          const want = expected(route, caller);
          const got = verdict(route, answer);
          if (String(want) !== got) {
            wrong.push(`${route.method} ${variant.target} as ${caller}: want ${want}, got ${got}`);
          } else if (want !== 'allowed' && route.method !== 'HEAD') {
            const problem = answer.json as { code?: string; status?: number } | undefined;
            if (
              !answer.headers['content-type']?.startsWith('application/problem+json') ||
              problem?.status !== want
            )
              wrong.push(
                `${route.method} ${variant.target} as ${caller}: ${want} is not problem+json: ${answer.body}`,
              );
          }
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(cases).toBeGreaterThan(2000);
    // Nothing the refused callers sent was written: only the allowed ones' made-up pacticipants may appear.
    const after = JSON.parse(await storedData(broker)) as Record<string, unknown>;
    const kept = JSON.parse(before) as Record<string, unknown>;
    expect(after['/tokens']).toEqual(kept['/tokens']);
    expect(after['/webhooks']).toEqual(kept['/webhooks']);
  }, 600_000);

  it('refuses a write token the encoded ways of making an admin token, revoking tokens and reading webhooks', async () => {
    const before = await storedData(broker);
    const attempts = [
      { method: 'POST', target: '/api/v1/%74okens', body: '{"name":"x","role":"admin"}' },
      { method: 'POST', target: '/api/v1/tokens#f', body: '{"name":"x","role":"admin"}' },
      { method: 'DELETE', target: '/api/v1/%74okens/1' },
      {
        method: 'POST',
        target: '/api/v1/%77ebhooks',
        body: '{"url":"https://ci.example/h","events":["contract.published"]}',
      },
      { method: 'GET', target: '/%77ebhooks' },
    ];
    for (const attempt of attempts) {
      for (const caller of ['read', 'write'] as const) {
        const answer = await broker.send(caller, {
          ...attempt,
          ...(attempt.body === undefined ? {} : { headers: { 'content-type': 'application/json' } }),
        });
        expect(answer.status, `${attempt.method} ${attempt.target} as ${caller}`).toBe(403);
        expect(answer.json).toMatchObject({ code: 'auth.forbidden', status: 403 });
      }
    }
    expect(await storedData(broker)).toBe(before);
  });
});
