import { describe, expect, it } from 'vitest';
import { fastLayout } from './fast-layout.js';

const node = (id: string) => ({ id, width: 100, height: 36 });

describe('fastLayout', () => {
  it('puts consumers before their providers, also around cycles, and never two services on one spot', () => {
    const nodes = ['web', 'cart', 'inventory', 'payments', 'audit'].map(node);
    const edges = [
      { source: 'web', target: 'cart' },
      { source: 'cart', target: 'inventory' },
      { source: 'cart', target: 'payments' },
      { source: 'payments', target: 'audit' },
      { source: 'audit', target: 'cart' }, // a cycle
    ];
    const positions = fastLayout(nodes, edges);
    const order = (id: string) => {
      const p = positions.get(id)!;
      return p.y * 1e6 + p.x;
    };
    expect(order('web')).toBeLessThan(order('cart'));
    expect(order('cart')).toBeLessThan(order('inventory'));
    expect(order('cart')).toBeLessThan(order('payments'));
    expect(order('payments')).toBeLessThan(order('audit'));
    const spots = new Set([...positions.values()].map((p) => `${p.x},${p.y}`));
    expect(spots.size).toBe(5);
  });

  it('lays out 300 services and 1,500 integrations in well under the frame budget of a page', () => {
    const nodes = Array.from({ length: 300 }, (_, i) => node(`service-${i}`));
    const edges = nodes.flatMap((_, s) =>
      [1, 2, 3, 4, 5].map((k) => ({ source: `service-${s}`, target: `service-${(s + k) % 300}` })),
    );
    const started = performance.now();
    const positions = fastLayout(nodes, edges);
    expect(performance.now() - started).toBeLessThan(200);
    expect(positions.size).toBe(300);
    // Roughly square: wrapped into rows rather than one 300-column strip.
    const xs = new Set([...positions.values()].map((p) => p.x));
    expect(xs.size).toBeLessThan(30);
  });
});
