import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { BrokerDeps } from '../deps.js';
import { NotFoundError } from '../errors/broker-error.js';
import { parse } from '../http/parse.js';
import { renderComparison } from '../http/render.js';
import { access } from '../auth/route-access.js';

const sha = z.string().regex(/^[0-9a-f]{64}$/, 'must be a sha256 in lower-case hex');
const pairParams = z.object({ contractSha: sha, specSha: sha });

/** `/comparisons/{contractSha}/{specSha}`: one comparison with all its findings. */
export function comparisonRoutes(app: FastifyInstance, deps: BrokerDeps): void {
  app.get('/comparisons/:contractSha/:specSha', access('read'), async (request) => {
    const params = parse(pairParams, request.params, 'path');
    const comparison = await deps.store.comparisons.find(params.contractSha, params.specSha);
    if (comparison === undefined) {
      throw new NotFoundError(
        'comparison.not-found',
        'this contract content has not been compared with this spec content',
      );
    }
    return { ...renderComparison(comparison), findings: comparison.findings };
  });
}
