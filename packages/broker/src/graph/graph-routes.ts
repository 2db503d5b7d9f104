import type { FastifyInstance } from 'fastify';
import type { BrokerDeps } from '../deps.js';
import { serviceGraph } from './service-graph.js';
import { access } from '../auth/route-access.js';

/** `/graph`: all services and integrations with their status. */
export function graphRoutes(app: FastifyInstance, deps: BrokerDeps): void {
  app.get('/graph', access('read'), () => serviceGraph(deps.store));
}
