import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { BrokerDeps } from '../deps.js';
import { parse } from '../http/parse.js';
import { renderComparison, renderPage, renderSpec } from '../http/render.js';
import { documentContent, documentText, name, pageQuery, refName, versionNumber } from '../http/schemas.js';
import { latestSpecOfKind, latestSpecOfOneKind, listSpecs } from './find-specs.js';
import { publishSpec } from './publish-spec.js';
import { access } from '../auth/route-access.js';

const serviceParams = z.object({ name });
const publishBody = z
  .object({
    content: documentContent,
    version: versionNumber.optional(),
    branch: refName.optional(),
    overwrite: z.boolean().optional(),
  })
  .refine((body) => body.branch === undefined || body.version !== undefined, {
    message: 'a branch needs a version',
    path: ['version'],
  });

/**
 * `/services/{name}/specs`: publish (201 new, 200 repeated or replaced), list (newest first; `?version=` filters to
 * that version's specs), latest with content (`?kind=`: the latest OpenAPI or AsyncAPI one; needed once the service has both).
 */
export function specRoutes(app: FastifyInstance, deps: BrokerDeps): void {
  app.post('/services/:name/specs', access('write'), async (request, reply) => {
    const params = parse(serviceParams, request.params, 'path');
    const body = parse(publishBody, request.body, 'body');
    const result = await publishSpec(deps, {
      ...body,
      provider: params.name,
      content: documentText(body.content),
    });
    return reply.status(result.outcome === 'created' ? 201 : 200).send({
      outcome: result.outcome,
      spec: renderSpec(result.spec),
      comparisons: result.comparisons.map(renderComparison),
    });
  });

  app.get('/services/:name/specs', access('read'), async (request) => {
    const params = parse(serviceParams, request.params, 'path');
    const query = parse(pageQuery.extend({ version: versionNumber.optional() }), request.query, 'query');
    return renderPage(await listSpecs(deps.store, params.name, query), renderSpec);
  });

  app.get('/services/:name/specs/latest', access('read'), async (request) => {
    const params = parse(serviceParams, request.params, 'path');
    const { kind } = parse(
      z.object({ kind: z.enum(['openapi', 'asyncapi']).optional() }),
      request.query,
      'query',
    );
    const { spec, content } = await (kind === undefined
      ? latestSpecOfOneKind(deps.store, params.name)
      : latestSpecOfKind(deps.store, params.name, kind));
    return { ...renderSpec(spec), content };
  });
}
