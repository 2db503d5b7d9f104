import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { BrokerDeps } from '../deps.js';
import { parse } from '../http/parse.js';
import { renderSpec } from '../http/render.js';
import { name, versionNumber } from '../http/schemas.js';
import { versionSpecOperations } from './spec-operations.js';
import { versionSpec } from './version-spec.js';
import { access } from '../auth/route-access.js';

const versionParams = z.object({ name, version: versionNumber });
const kindQuery = z.object({ kind: z.enum(['openapi', 'asyncapi']).optional() });

/**
 * `/services/{name}/versions/{version}/spec`: the spec that version published, with its content; `…/operations`:
 * its operations and schemas as the loader reads them (what the UI shows for a matrix cell). `?kind=` picks the
 * OpenAPI or AsyncAPI spec of a version that has both.
 */
export function versionSpecRoutes(app: FastifyInstance, deps: BrokerDeps): void {
  app.get('/services/:name/versions/:version/spec', access('read'), async (request) => {
    const params = parse(versionParams, request.params, 'path');
    const { kind } = parse(kindQuery, request.query, 'query');
    const { spec, content } = await versionSpec(deps.store, params.name, params.version, kind);
    return { ...renderSpec(spec), content };
  });

  app.get('/services/:name/versions/:version/spec/operations', access('read'), async (request) => {
    const params = parse(versionParams, request.params, 'path');
    const { kind } = parse(kindQuery, request.query, 'query');
    return versionSpecOperations(deps, params.name, params.version, kind);
  });
}
