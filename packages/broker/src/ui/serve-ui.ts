import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { contentTypeOf } from './content-types.js';
import { missingUiPage } from './missing-ui-page.js';

/** Vite's hashed file names: one flat folder, no path tricks. */
const assetName = /^[\w-][\w.-]*$/;
const immutable = 'public, max-age=31536000, immutable';

/** True for a browser navigation: it asks for HTML (API clients ask for JSON or HAL). */
export function wantsHtml(accept: string | undefined): boolean {
  return accept !== undefined && accept.toLowerCase().includes('text/html');
}

/**
 * The web UI as an `onRequest` hook, registered before authentication: the page and its scripts are public
 * (the data they fetch is not). `GET /assets/<file>` serves a built asset with long-lived caching (Vite's
 * names carry a content hash); any other GET outside `/api/` whose `Accept` asks for HTML gets `index.html`,
 * so client-side routes and shared URLs work, while API clients (JSON, HAL) fall through to the routes.
 * Without a build, browsers get a page saying how to build the UI.
 */
export function serveUi(uiDir: string | undefined) {
  const indexFile = uiDir === undefined ? undefined : join(uiDir, 'index.html');
  const assets = new Map<string, Buffer>();

  async function sendAsset(name: string, reply: FastifyReply): Promise<FastifyReply> {
    let body = assets.get(name);
    if (body === undefined && uiDir !== undefined && assetName.test(name)) {
      body = await readFile(join(uiDir, 'assets', name)).catch(() => undefined);
      if (body !== undefined) assets.set(name, body);
    }
    if (body === undefined)
      return reply.code(404).type('text/plain; charset=utf-8').send(`no UI asset named ${name}\n`);
    return reply.header('cache-control', immutable).type(contentTypeOf(name)).send(body);
  }

  async function sendIndex(reply: FastifyReply): Promise<FastifyReply> {
    const html = indexFile === undefined ? undefined : await readFile(indexFile).catch(() => undefined);
    void reply.header('cache-control', 'no-cache').header('x-content-type-options', 'nosniff');
    if (html === undefined)
      return reply.code(503).type('text/html; charset=utf-8').send(missingUiPage(uiDir));
    return reply.type('text/html; charset=utf-8').send(html);
  }

  return async (request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return undefined;
    const path = request.url.split('?')[0] ?? '/';
    if (path.startsWith('/api/')) return undefined;
    // The Pact API's relation docs and HAL browser link answer browsers themselves.
    if (path.startsWith('/doc/') || path === '/hal-browser' || path.startsWith('/hal-browser/')) return undefined;
    if (path.startsWith('/assets/')) return sendAsset(safeDecode(path.slice('/assets/'.length)), reply);
    if (!wantsHtml(request.headers.accept)) return undefined;
    return sendIndex(reply);
  };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return '';
  }
}

/** Whether a built UI exists in `uiDir` (checked once at start, for the log). */
export function uiBuilt(uiDir: string | undefined): boolean {
  return uiDir !== undefined && existsSync(join(uiDir, 'index.html'));
}
