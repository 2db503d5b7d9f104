import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { BrokerDeps } from '../deps.js';
import { parse } from '../http/parse.js';
import { name } from '../http/schemas.js';
import { latestSpecOperations } from './spec-operations.js';
import { access } from '../auth/route-access.js';

const serviceParams = z.object({ name });
const kindQuery = z.object({ kind: z.enum(['openapi', 'asyncapi']).optional() });

/**
 * `/services/{name}/specs/latest/operations`: the latest spec's operations and schemas (for the UI); `?kind=`
 * picks OpenAPI or AsyncAPI, needed once the service has both.
 */
export function specOperationRoutes(app: FastifyInstance, deps: BrokerDeps): void {
  app.get('/services/:name/specs/latest/operations', access('read'), async (request) => {
    const params = parse(serviceParams, request.params, 'path');
    const { kind } = parse(kindQuery, request.query, 'query');
    return latestSpecOperations(deps, params.name, kind);
  });
}
