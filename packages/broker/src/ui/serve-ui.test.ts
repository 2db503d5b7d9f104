import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.js';
import { hashToken } from '../auth/tokens.js';
import { startTestBroker, type TestBroker } from '../testing/test-broker.js';

const html = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

describe('the web UI served at /', () => {
  let dir: string;
  let database: TestBroker;
  let broker: { app: FastifyInstance };
  let bare: { app: FastifyInstance };
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'signet-ui-'));
    await mkdir(join(dir, 'assets'));
    await writeFile(join(dir, 'index.html'), '<!doctype html><title>Signet UI</title><div id="root"></div>');
    await writeFile(join(dir, 'assets', 'index-abc123.js'), 'console.log("ui")');
    await writeFile(join(dir, 'secret.txt'), 'not an asset');
    // Authentication on: the page and its assets must still load (the sign-in page is part of them).
    database = await startTestBroker();
    const auth = { mode: 'tokens' as const, adminTokenHash: hashToken('admin-token-0123456789') };
    broker = { app: await buildApp({ ...database.deps, auth, uiDir: dir }) };
    bare = { app: await buildApp({ ...database.deps, uiDir: join(dir, 'missing') }) };
  });
  afterAll(async () => {
    await broker.app.close();
    await bare.app.close();
    await database.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('answers browser navigation anywhere outside /api/ with index.html, uncached', async () => {
    for (const url of ['/', '/services/cart', '/integrations/a/b?consumerBranch=main', '/environments']) {
      const response = await broker.app.inject({ method: 'GET', url, headers: { accept: html } });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.body).toContain('<title>Signet UI</title>');
    }
  });

  it('serves built assets with long-lived caching, and 404s unknown or out-of-folder names', async () => {
    const asset = await broker.app.inject({ method: 'GET', url: '/assets/index-abc123.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['content-type']).toMatch(/^text\/javascript/);
    expect(asset.headers['cache-control']).toContain('immutable');
    expect(asset.body).toBe('console.log("ui")');
    for (const url of ['/assets/nope.js', '/assets/..%2Fsecret.txt', '/assets/../secret.txt']) {
      const response = await broker.app.inject({ method: 'GET', url });
      expect(response.body, url).not.toContain('not an asset');
      expect(response.statusCode, url).not.toBe(200);
    }
  });

  it('leaves API clients alone: JSON/HAL requests and everything under /api/ reach the routes', async () => {
    const api = await broker.app.inject({
      method: 'GET',
      url: '/api/v1/services',
      headers: { accept: html },
    });
    expect(api.statusCode).toBe(401);
    const hal = await broker.app.inject({
      method: 'GET',
      url: '/',
      headers: { accept: 'application/hal+json' },
    });
    expect(hal.headers['content-type']).not.toMatch(/^text\/html/);
    const post = await broker.app.inject({ method: 'POST', url: '/', headers: { accept: html } });
    expect(post.headers['content-type']).not.toMatch(/^text\/html/);
  });

  it('says clearly, with a 503 page, that the UI is not built when it is missing', async () => {
    const response = await bare.app.inject({ method: 'GET', url: '/', headers: { accept: html } });
    expect(response.statusCode).toBe(503);
    expect(response.body).toContain('The web UI is not built');
    expect(response.body).toContain(join(dir, 'missing'));
  });
});
