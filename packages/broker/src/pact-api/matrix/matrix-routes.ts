import type { FastifyInstance } from 'fastify';
import type { BrokerDeps } from '../../deps.js';
import { PactValidationError } from '../errors/pact-validation-error.js';
import { sendHal } from '../hal/hal.js';
import { environmentMatrix } from './environment-matrix.js';
import { readMatrixQuery } from './matrix-query.js';
import { answerMatrixQuery } from './matrix-service.js';
import { access } from '../../auth/route-access.js';

/** `/matrix` and `/can-i-deploy`: the query read, answered by {@link answerMatrixQuery} or the deploy guard. */
export function matrixRoutes(app: FastifyInstance, deps: BrokerDeps): void {
  app.get('/matrix', access('read'), async (request, reply) => {
    const query = readMatrixQuery(request.url.split('?')[1] ?? '');
    return sendHal(reply, await answerMatrixQuery(deps, query));
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
