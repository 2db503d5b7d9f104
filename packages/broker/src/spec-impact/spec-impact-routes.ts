import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { access } from '../auth/route-access.js';
import type { BrokerDeps } from '../deps.js';
import { parse } from '../http/parse.js';
import { documentContent, documentText, name, refName } from '../http/schemas.js';
import { checkSpecImpact } from './check-spec-impact.js';
import { specUsage } from './spec-usage.js';

const serviceParams = z.object({ name });
const selection = { environment: name.optional(), branch: refName.optional() };
const impactBody = z.object({ content: documentContent, ...selection }).strict();
const usageQuery = z.object(selection);

/**
 * `POST /services/{name}/spec-impact` (a candidate spec → its changes and the consumers each breaks; nothing
 * stored) and `GET /services/{name}/usage` (who uses what in the latest spec). Reading roles suffice: neither
 * changes anything; the body is bounded by the document limit and the work by the engine's time limit.
 */
export function specImpactRoutes(app: FastifyInstance, deps: BrokerDeps): void {
  app.post('/services/:name/spec-impact', access('read'), async (request) => {
    const params = parse(serviceParams, request.params, 'path');
    const body = parse(impactBody, request.body, 'body');
    return checkSpecImpact(deps, {
      provider: params.name,
      content: documentText(body.content),
      ...(body.environment === undefined ? {} : { environment: body.environment }),
      ...(body.branch === undefined ? {} : { branch: body.branch }),
    });
  });

  app.get('/services/:name/usage', access('read'), async (request) => {
    const params = parse(serviceParams, request.params, 'path');
    const query = parse(usageQuery, request.query, 'query');
    return specUsage(deps, params.name, {
      ...(query.environment === undefined ? {} : { environment: query.environment }),
      ...(query.branch === undefined ? {} : { branch: query.branch }),
    });
  });
}
