import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { BrokerDeps } from '../deps.js';
import { deployGuard } from './deploy-guard.js';
import { parse } from '../http/parse.js';
import { renderDeployGuardAnswer } from '../http/render.js';
import { name, versionNumber } from '../http/schemas.js';
import { access } from '../auth/route-access.js';

const guardQuery = z.object({ service: name, version: versionNumber, environment: name });

/** `/deploy-guard?service=&version=&environment=`: the verdict with every reason. */
export function deployGuardRoutes(app: FastifyInstance, deps: BrokerDeps): void {
  app.get('/deploy-guard', access('read'), async (request) => {
    const query = parse(guardQuery, request.query, 'query');
    return renderDeployGuardAnswer(await deployGuard(deps, query));
  });
}
