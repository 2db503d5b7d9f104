import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { BrokerDeps } from '../deps.js';
import { createEnvironment, findEnvironment } from './environments.js';
import { parse } from '../http/parse.js';
import { renderEnvironment, renderPage } from '../http/render.js';
import { name, pageQuery } from '../http/schemas.js';
import { access } from '../auth/route-access.js';

const environmentParams = z.object({ name });
const createBody = z.object({
  name,
  displayName: z.string().min(1).max(200).optional(),
  production: z.boolean().optional(),
});

/** `/environments`: create (409 when the name is taken), list (name order), one. */
export function environmentRoutes(app: FastifyInstance, deps: BrokerDeps): void {
  app.post('/environments', access('write'), async (request, reply) => {
    const body = parse(createBody, request.body, 'body');
    return reply.status(201).send(renderEnvironment(await createEnvironment(deps.store, body)));
  });

  app.get('/environments', access('read'), async (request) => {
    const query = parse(pageQuery, request.query, 'query');
    return renderPage(await deps.store.environments.list(query), renderEnvironment);
  });

  app.get('/environments/:name', access('read'), async (request) => {
    const params = parse(environmentParams, request.params, 'path');
    return renderEnvironment(await findEnvironment(deps.store, params.name));
  });
}
