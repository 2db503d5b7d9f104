import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { BrokerDeps } from '../deps.js';
import { parse } from '../http/parse.js';
import { renderPage, renderVersion } from '../http/render.js';
import { name, pageQuery, refName, versionNumber } from '../http/schemas.js';
import { findService, findVersion } from '../services/find-service.js';
import { ensureVersion } from './ensure-version.js';
import { access } from '../auth/route-access.js';

const serviceParams = z.object({ name });
const versionParams = z.object({ name, version: versionNumber });
const tagParams = versionParams.extend({ tag: refName });
const versionBody = z.object({
  branch: refName.optional(),
  tags: z.array(refName).max(50).optional(),
  buildUrl: z.string().min(1).max(2000).optional(),
});

/**
 * `/services/{name}/versions`: list (newest first, `?branch=`), one version, create with branch/tags/build URL
 * (a build URL given replaces the stored one), add a tag.
 */
export function versionRoutes(app: FastifyInstance, deps: BrokerDeps): void {
  app.get('/services/:name/versions', access('read'), async (request) => {
    const params = parse(serviceParams, request.params, 'path');
    const query = parse(pageQuery.extend({ branch: refName.optional() }), request.query, 'query');
    const service = await findService(deps.store, params.name);
    return renderPage(await deps.store.versions.list(service.id, query), renderVersion);
  });

  app.get('/services/:name/versions/:version', access('read'), async (request) => {
    const params = parse(versionParams, request.params, 'path');
    return renderVersion(await findVersion(deps.store, params.name, params.version));
  });

  app.put('/services/:name/versions/:version', access('write'), async (request) => {
    const params = parse(versionParams, request.params, 'path');
    const body = parse(versionBody, request.body, 'body');
    const version = await deps.store.transaction(async (store) =>
      ensureVersion(store, await store.services.ensure(params.name), { number: params.version, ...body }),
    );
    return renderVersion(version);
  });

  app.put('/services/:name/versions/:version/tags/:tag', access('write'), async (request) => {
    const params = parse(tagParams, request.params, 'path');
    const version = await deps.store.transaction(async (store) =>
      ensureVersion(store, await store.services.ensure(params.name), {
        number: params.version,
        tags: [params.tag],
      }),
    );
    return renderVersion(version);
  });
}
