import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { BrokerDeps } from '../deps.js';
import { recordDeployment, recordEnd, recordRelease } from './record-deployment.js';
import { findEnvironment } from '../environments/environments.js';
import { parse } from '../http/parse.js';
import { renderDeployedVersion, renderPage } from '../http/render.js';
import { name, pageQuery, versionNumber } from '../http/schemas.js';
import { access } from '../auth/route-access.js';

const environmentParams = z.object({ name });
const targetParams = z.object({ name, service: name, version: versionNumber });
const recordBody = z.object({ service: name, version: versionNumber, applicationInstance: name.optional() });
const instanceQuery = z.object({ applicationInstance: name.optional() });
const historyQuery = pageQuery.extend({ current: z.enum(['true', 'false']).optional() });

/**
 * What runs where: record a deployment or release (POST), end one (DELETE), and list an environment's
 * deployed versions (`?current=true` for only those running now).
 */
export function deploymentRoutes(app: FastifyInstance, deps: BrokerDeps): void {
  app.post('/environments/:name/deployments', access('write'), async (request, reply) => {
    const params = parse(environmentParams, request.params, 'path');
    const body = parse(recordBody, request.body, 'body');
    const deployed = await recordDeployment(deps.store, { ...body, environment: params.name });
    return reply.status(201).send(renderDeployedVersion(deployed));
  });

  app.post('/environments/:name/releases', access('write'), async (request, reply) => {
    const params = parse(environmentParams, request.params, 'path');
    const body = parse(recordBody.omit({ applicationInstance: true }), request.body, 'body');
    const released = await recordRelease(deps.store, { ...body, environment: params.name });
    return reply.status(201).send(renderDeployedVersion(released));
  });

  app.delete('/environments/:name/deployments/:service/:version', access('write'), async (request, reply) => {
    const params = parse(targetParams, request.params, 'path');
    const query = parse(instanceQuery, request.query, 'query');
    const target = { environment: params.name, service: params.service, version: params.version, ...query };
    await recordEnd(deps.store, target, 'deployment');
    return reply.status(204).send();
  });

  app.delete('/environments/:name/releases/:service/:version', access('write'), async (request, reply) => {
    const params = parse(targetParams, request.params, 'path');
    await recordEnd(
      deps.store,
      { environment: params.name, service: params.service, version: params.version },
      'release',
    );
    return reply.status(204).send();
  });

  app.get('/environments/:name/deployed-versions', access('read'), async (request) => {
    const params = parse(environmentParams, request.params, 'path');
    const query = parse(historyQuery, request.query, 'query');
    const environment = await findEnvironment(deps.store, params.name);
    if (query.current === 'true') {
      // Bounded by the number of services: one page holds them all.
      const current = await deps.store.deployedVersions.current({ environmentId: environment.id });
      return { items: current.map(renderDeployedVersion), nextCursor: null };
    }
    return renderPage(await deps.store.deployedVersions.list(environment.id, query), renderDeployedVersion);
  });
}
