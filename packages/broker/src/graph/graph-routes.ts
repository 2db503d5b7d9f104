import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { BrokerDeps } from '../deps.js';
import { NotFoundError } from '../errors/broker-error.js';
import { parse } from '../http/parse.js';
import { name } from '../http/schemas.js';
import { graphCache } from './graph-cache.js';
import { narrowGraph } from './narrow-graph.js';
import { serviceGraph } from './service-graph.js';
import { access } from '../auth/route-access.js';

const graphQuery = z.object({
  environment: name.optional(),
  consumer: name.optional(),
  provider: name.optional(),
});

/**
 * `/graph`: all services and integrations with their status, through the main-branch or an environment's lens;
 * `consumer`/`provider` narrow it to their integrations.
 */
export function graphRoutes(app: FastifyInstance, deps: BrokerDeps): void {
  // Each page view reads the whole graph (seconds at 300 services); unchanged data is answered from memory.
  const cached = graphCache(() => deps.store.integrations.snapshot());
  app.get('/graph', access('read'), async (request) => {
    const query = parse(graphQuery, request.query, 'query');
    if (query.environment === undefined)
      return narrowGraph(await cached('main', () => serviceGraph(deps.store)), query);
    const environment = await deps.store.environments.find(query.environment);
    if (environment === undefined)
      throw new NotFoundError('environment.not-found', `no environment named "${query.environment}"`);
    const lens = {
      kind: 'environment',
      environment: environment.name,
      environmentId: environment.id,
    } as const;
    return narrowGraph(
      await cached(`environment:${environment.id}`, () => serviceGraph(deps.store, lens)),
      query,
    );
  });
}
