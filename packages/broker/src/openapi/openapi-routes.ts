import type { FastifyInstance } from 'fastify';
import { openApiDocument } from './openapi-document.js';
import { access } from '../auth/route-access.js';

/** `/openapi.json`: the API's own description (built once; it never changes while running). */
export function openApiRoutes(app: FastifyInstance): void {
  const document = openApiDocument();
  app.get('/openapi.json', access('public'), () => Promise.resolve(document));
}
