import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { BrokerDeps } from '../deps.js';
import { parse } from '../http/parse.js';
import { renderPage, renderService } from '../http/render.js';
import { name, pageQuery } from '../http/schemas.js';
import { findService } from './find-service.js';
import { access } from '../auth/route-access.js';

const serviceParams = z.object({ name });

/** `/services`: list (name order), one service. Services are created by publishing. */
export function serviceRoutes(app: FastifyInstance, deps: BrokerDeps): void {
  app.get('/services', access('read'), async (request) => {
    const query = parse(pageQuery, request.query, 'query');
    return renderPage(await deps.store.services.list(query), renderService);
  });

  app.get('/services/:name', access('read'), async (request) => {
    const params = parse(serviceParams, request.params, 'path');
    return renderService(await findService(deps.store, params.name));
  });
}
