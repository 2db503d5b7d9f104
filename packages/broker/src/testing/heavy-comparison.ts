/**
 * A comparison that is genuinely CPU-heavy, for tests of what must not wait on it. Each pattern `a[ab]{n}$`
 * runs in linear time but keeps ~n states alive per character (no small automaton exists for it: ~0.2 s per
 * string here), and each of 20 of them checks each of 200 strings: a quarter of an hour or more on any
 * machine, so whatever a test does meanwhile provably happens while it runs, and a time limit ends it.
 */
export function heavySpec(provider: string): string {
  const patterns = Array.from({ length: 20 }, (_, i) => ({ pattern: `a[ab]{${999 - i}}$` }));
  return JSON.stringify({
    openapi: '3.0.3',
    info: { title: provider, version: '1' },
    paths: {
      '/items': {
        post: {
          requestBody: {
            content: {
              'application/json': { schema: { type: 'array', items: { type: 'string', allOf: patterns } } },
            },
          },
          responses: { '201': { description: 'created' } },
        },
      },
    },
  });
}

/** A Pact v3 contract posting 200 strings of 1,000 pseudo-random `a`/`b` to the {@link heavySpec}. */
export function heavyContract(consumer: string, provider: string): string {
  let seed = 1;
  const letter = (): string => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed % 2 === 0 ? 'a' : 'b';
  };
  const body = Array.from({ length: 200 }, () => Array.from({ length: 1000 }, letter).join(''));
  return JSON.stringify({
    consumer: { name: consumer },
    provider: { name: provider },
    interactions: [
      {
        description: 'post many items',
        request: { method: 'POST', path: '/items', headers: { 'Content-Type': 'application/json' }, body },
        response: { status: 201 },
      },
    ],
    metadata: { pactSpecification: { version: '3.0.0' } },
  });
}
