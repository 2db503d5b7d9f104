import type { FastifyInstance } from 'fastify';
import { access } from '../../auth/route-access.js';
import { NotFoundError } from '../../errors/broker-error.js';
import { docPage, unknownRelationPage } from './doc-page.js';
import { relationDoc } from './relation-docs.js';

/**
 * `GET /doc/{rel}`: what the index's curie (`/doc/{rel}?context=index`) points Pact tooling and people at, as
 * HTML. `GET /hal-browser/browser.html` (which Pact tools link to, with the resource in the fragment) redirects
 * to the root: the web UI for browsers, the HAL index for API clients. Both are public: they hold no data.
 */
export function docRoutes(app: FastifyInstance): void {
  app.get<{ Params: { rel: string } }>('/doc/:rel', access('public'), async (request, reply) => {
    const rel = request.params.rel;
    const doc = relationDoc(rel);
    const html = 'text/html; charset=utf-8';
    if (doc !== undefined) return reply.type(html).send(docPage(rel.replace(/^pb:/, ''), doc));
    if ((request.headers.accept ?? '').includes('text/html'))
      return reply.code(404).type(html).send(unknownRelationPage(rel));
    throw new NotFoundError('pact.doc-not-found', `the index has no relation named '${rel}'`);
  });
  for (const path of ['/hal-browser', '/hal-browser/', '/hal-browser/browser.html'])
    app.get(path, access('public'), async (_request, reply) => reply.redirect('/', 302));
}
