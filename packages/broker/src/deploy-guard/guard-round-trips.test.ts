import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrokerDeps } from '../deps.js';
import type { Store } from '../store/index.js';
import { given } from '../testing/builder.js';
import { startTestBroker, type TestBroker } from '../testing/test-broker.js';
import { deployGuard } from './deploy-guard.js';

const items: ['get', string] = ['get', '/api/items/{itemId}'];
const gadgets: ['get', string] = ['get', '/api/gadgets/{gadgetId}'];

/** The store with every call of a sub-store's method recorded as `noun.method`. */
function countingStore(store: Store, calls: string[]): Store {
  const wrapped = { ...store } as Record<string, unknown>;
  for (const [noun, part] of Object.entries(store)) {
    if (typeof part !== 'object' || part === null) continue;
    wrapped[noun] = new Proxy(part as object, {
      get(target, method, receiver) {
        const value: unknown = Reflect.get(target, method, receiver);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          calls.push(`${noun}.${String(method)}`);
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
  }
  return wrapped as unknown as Store;
}

// A guard's reads are a fixed number of statements however many providers and consumers run (they were one or
// more per provider, plus all the environment's deployments): round trips are what a loaded machine stretches.
describe('deploy guard round trips', () => {
  let broker: TestBroker;
  let calls: string[];
  let deps: BrokerDeps;

  beforeAll(async () => {
    broker = await startTestBroker();
    await given(broker)
      .environment('production')
      .spec('inventory', [items], { version: 'inv1' })
      .verified('inventory', 'inv1')
      .deployed('inventory', 'inv1', 'production')
      .spec('pricing', [items], { version: 'pr1' })
      .verified('pricing', 'pr1')
      .deployed('pricing', 'pr1', 'production')
      .spec('cart', [['get', '/api/carts/{cartId}']], { version: 'c1' })
      .verified('cart', 'c1')
      .contract('cart', 'c1', 'inventory', [items])
      .contract('cart', 'c1', 'pricing', [items])
      .deployed('cart', 'c1', 'production')
      .contract('ads', 'a1', 'cart', [['get', '/api/carts/{cartId}']])
      .deployed('ads', 'a1', 'production')
      .contract('web', 'w1', 'cart', [['get', '/api/carts/{cartId}']])
      .deployed('web', 'w1', 'production')
      // Needs an endpoint neither running provider has: two incompatible reasons.
      .contract('cart', 'c2', 'inventory', [items, gadgets])
      .contract('cart', 'c2', 'pricing', [items, gadgets])
      .build();
    calls = [];
    deps = { ...broker.deps, store: countingStore(broker.deps.store, calls) };
  });
  afterAll(() => broker.close());

  it('reads a safe answer about a consumer of two providers with two consumers of its own in one call', async () => {
    calls.length = 0;
    const answer = await deployGuard(deps, { service: 'cart', version: 'c1', environment: 'production' });
    expect(answer.verdict).toBe('safe');
    expect(answer.reasons.filter((reason) => reason.kind === 'compatible')).toHaveLength(4);
    expect(calls).toEqual(['guard.read']);
  });

  it('explains every failing reason with one more call, not three per reason', async () => {
    calls.length = 0;
    const answer = await deployGuard(deps, { service: 'cart', version: 'c2', environment: 'production' });
    expect(answer.verdict).toBe('unsafe');
    expect(answer.reasons.filter((reason) => reason.kind === 'incompatible')).toHaveLength(2);
    expect(calls).toEqual(['guard.read', 'guard.earlierSpecs']);
  });
});
