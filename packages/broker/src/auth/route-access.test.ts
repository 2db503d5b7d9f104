import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { access, declaredRoutes, enforceDeclaredAccess } from './route-access.js';

describe('declared access', () => {
  it('stops an app whose route declares no access from starting', async () => {
    const app = Fastify();
    enforceDeclaredAccess(app);
    await expect(
      app.register(async (child) => {
        child.get('/forgotten', () => 'hello');
        await Promise.resolve();
      }),
    ).rejects.toThrow(/route GET \/forgotten declares no access/);
  });

  it('refuses an access that is not one of the four', () => {
    const app = Fastify();
    enforceDeclaredAccess(app);
    expect(() => app.get('/typo', { config: { access: 'amdin' as never } }, () => 'x')).toThrow(
      /declares no access/,
    );
  });

  it('keeps the route table with each route access, HEAD routes included', async () => {
    const app = Fastify();
    enforceDeclaredAccess(app);
    app.get('/things', access('read'), () => []);
    app.post('/things', access('write'), () => ({}));
    await app.ready();
    expect(declaredRoutes(app)).toEqual([
      { method: 'GET', url: '/things', access: 'read' },
      { method: 'HEAD', url: '/things', access: 'read' },
      { method: 'POST', url: '/things', access: 'write' },
    ]);
  });
});
