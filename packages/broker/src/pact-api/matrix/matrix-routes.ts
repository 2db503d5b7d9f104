import type { FastifyInstance } from 'fastify';
import type { BrokerDeps } from '../../deps.js';
import { PactValidationError } from '../errors/pact-validation-error.js';
import { sendHal } from '../hal/hal.js';
import { environmentMatrix } from './environment-matrix.js';
import { readMatrixQuery } from './matrix-query.js';
import { pairMatrix } from './pair-matrix.js';
import { access } from '../../auth/route-access.js';

/**
 * `/matrix` and `/can-i-deploy`. With an environment, the answer is the deploy guard's decision (the same
 * function `/api/v1/deploy-guard` uses); without one, the rows between the named versions.
 */
export function matrixRoutes(app: FastifyInstance, deps: BrokerDeps): void {
  app.get('/matrix', access('read'), async (request, reply) => {
    const query = readMatrixQuery(request.url.split('?')[1] ?? '');
    const [first] = query.selectors;
    if (first === undefined)
      throw new PactValidationError({ q: ['Please provide 1 or more version selectors.'] });
    if (query.environment !== undefined)
      return sendHal(reply, await environmentMatrix(deps, first, query.environment, query.ignore));
    return sendHal(reply, await pairMatrix(deps, query.selectors, query.ignore, query.others));
  });

  app.get<{ Querystring: { pacticipant?: string; version?: string; environment?: string } }>(
    '/can-i-deploy',
    access('read'),
    async (request, reply) => {
      const { pacticipant, version, environment } = request.query;
      const errors: Record<string, string[]> = {};
      if (!pacticipant) errors['pacticipant'] = ['is required'];
      if (!environment) errors['environment'] = ['is required'];
      if (Object.keys(errors).length > 0) throw new PactValidationError(errors);
      const selector = { pacticipant: pacticipant!, version, latest: version === undefined };
      return sendHal(reply, await environmentMatrix(deps, selector, environment!));
    },
  );
}
