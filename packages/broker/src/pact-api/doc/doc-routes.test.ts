import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../../auth/tokens.js';
import { startTestBroker, type TestBroker } from '../../testing/test-broker.js';
import { indexLinks } from '../index-resource/index-routes.js';
import { relationDocs } from './relation-docs.js';

const browser = { accept: 'text/html,application/xhtml+xml' };

/** The index's curie target and the HAL browser link Pact tools print, which the web UI's hook must not take. */
describe('GET /doc/{rel} and /hal-browser', () => {
  let broker: TestBroker;
  beforeAll(async () => {
    broker = await startTestBroker({
      auth: { mode: 'tokens', adminTokenHash: hashToken('doc-admin-token') },
    });
  }, 120_000);
  afterAll(() => broker?.close());
  const get = (url: string, headers: Record<string, string> = browser) =>
    broker.app.inject({ method: 'GET', url, headers });

  it('documents every pb: relation of the index', () => {
    const hal = {
      base: 'http://b',
      link: (p: string) => ({ href: p }),
      template: (p: string) => ({ href: p }),
    };
    const rels = Object.keys(indexLinks(hal))
      .filter((rel) => rel.startsWith('pb:'))
      .map((rel) => rel.slice(3));
    expect(rels.length).toBeGreaterThan(10);
    expect(rels.filter((rel) => !Object.hasOwn(relationDocs, rel))).toEqual([]);
  });

  it('answers the curie, with or without the pb: prefix, as HTML, without a token', async () => {
    for (const url of ['/doc/publish-contracts?context=index', '/doc/pb:publish-contracts']) {
      const page = await get(url);
      expect(page.statusCode, url).toBe(200);
      expect(page.headers['content-type']).toContain('text/html');
      expect(page.body).toContain('<h1>Publish contracts</h1>');
      expect(page.body).not.toContain('<div id="root">');
    }
    expect((await get('/doc/matrix', { accept: 'application/hal+json' })).body).toContain('<h1>Matrix</h1>');
  });

  it('404s an unknown relation, escaping the name', async () => {
    const page = await get('/doc/%3Cscript%3Enope');
    expect(page.statusCode).toBe(404);
    expect(page.body).toContain('&#60;script&#62;nope');
    expect(page.body).not.toContain('<script>');
    const api = await get('/doc/nope', { accept: 'application/json' });
    expect(api.statusCode).toBe(404);
    expect(api.json()).toMatchObject({ status: 404 });
    expect((await get('/doc/constructor')).statusCode).toBe(404);
  });

  it('redirects the HAL browser to the root, which browsers see as the web UI', async () => {
    for (const url of ['/hal-browser/browser.html', '/hal-browser']) {
      const answer = await get(url);
      expect(answer.statusCode, url).toBe(302);
      expect(answer.headers['location']).toBe('/');
    }
    // The root answers browsers with the web UI (or, unbuilt, the page saying how to build it).
    const root = await get('/');
    expect(root.headers['content-type']).toContain('text/html');
    expect(root.statusCode).not.toBe(404);
  });
});
