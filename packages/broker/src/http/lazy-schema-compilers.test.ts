import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { lazySchemaCompilers } from './lazy-schema-compilers.js';

describe('lazySchemaCompilers', () => {
  it('validates and serializes as Fastify would when a route does declare schemas', async () => {
    const app = Fastify({ schemaController: { compilersFactory: lazySchemaCompilers } });
    app.post(
      '/echo',
      {
        schema: {
          body: { type: 'object', required: ['n'], properties: { n: { type: 'integer' } } },
          response: { 200: { type: 'object', properties: { n: { type: 'integer' } } } },
        },
      },
      (request) => ({ ...(request.body as object), undeclared: 'dropped by the serializer' }),
    );
    try {
      const refused = await app.inject({ method: 'POST', url: '/echo', payload: { n: 'x' } });
      expect(refused.statusCode).toBe(400);
      expect(refused.json()).toMatchObject({ message: 'body/n must be integer' });
      const served = await app.inject({ method: 'POST', url: '/echo', payload: { n: 3 } });
      expect(served.json()).toEqual({ n: 3 });
    } finally {
      await app.close();
    }
  });
});
