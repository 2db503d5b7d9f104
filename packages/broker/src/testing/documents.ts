/** Small, valid documents for tests: an OpenAPI 3.0 spec and a Pact v3 contract over the same operations. */

export type Operation = [method: 'get' | 'post' | 'put' | 'delete', path: string];

/** An OpenAPI 3.0 spec (JSON text) whose operations answer 200 with `{ id: string, name: string }`. */
export function openApiSpec(title: string, operations: Operation[]): string {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [method, path] of operations) {
    const parameters = [...path.matchAll(/\{(\w+)\}/g)].map((match) => ({
      name: match[1],
      in: 'path',
      required: true,
      schema: { type: 'string' },
    }));
    (paths[path] ??= {})[method] = {
      ...(parameters.length > 0 ? { parameters } : {}),
      responses: {
        '200': {
          description: 'ok',
          content: {
            'application/json': {
              schema: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' } } },
            },
          },
        },
      },
    };
  }
  return JSON.stringify({ openapi: '3.0.3', info: { title, version: '1' }, paths });
}

/** A Pact v3 contract (JSON text) with one interaction per request path (`{id}` filled with `1`). */
export function pactContract(consumer: string, provider: string, operations: Operation[]): string {
  const interactions = operations.map(([method, path]) => ({
    description: `${method} ${path}`,
    request: { method: method.toUpperCase(), path: path.replace(/\{\w+\}/g, '1') },
    response: {
      status: 200,
      headers: { 'Content-Type': 'application/json' },
      body: { id: '1', name: 'gadget' },
    },
  }));
  return JSON.stringify({
    consumer: { name: consumer },
    provider: { name: provider },
    interactions,
    metadata: { pactSpecification: { version: '3.0.0' } },
  });
}
