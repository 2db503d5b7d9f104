import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { BrokerDeps } from '../deps.js';
import { parse } from '../http/parse.js';
import { renderDeployedVersion } from '../http/render.js';
import { name } from '../http/schemas.js';
import { access } from '../auth/route-access.js';
import { currentDeploymentsOf } from './service-deployments.js';

const serviceParams = z.object({ name });

/** `/services/{name}/deployed-versions`: what of the service runs now, in every environment. */
export function serviceDeploymentRoutes(app: FastifyInstance, deps: BrokerDeps): void {
  app.get('/services/:name/deployed-versions', access('read'), async (request) => {
    const params = parse(serviceParams, request.params, 'path');
    // Bounded by environments × instances of one service: one page holds them all.
    const rows = await currentDeploymentsOf(deps.store, params.name);
    return { items: rows.map(renderDeployedVersion), nextCursor: null };
  });
}
