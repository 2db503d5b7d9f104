import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { BrokerDeps } from '../deps.js';
import { parse } from '../http/parse.js';
import { renderComparison } from '../http/render.js';
import { access } from '../auth/route-access.js';
import { findComparison } from './find-comparison.js';

const sha = z.string().regex(/^[0-9a-f]{64}$/, 'must be a sha256 in lower-case hex');
const pairParams = z.object({ contractSha: sha, specSha: sha });

/** `/comparisons/{contractSha}/{specSha}`: one comparison with all its findings. */
export function comparisonRoutes(app: FastifyInstance, deps: BrokerDeps): void {
  app.get('/comparisons/:contractSha/:specSha', access('read'), async (request) => {
    const params = parse(pairParams, request.params, 'path');
    const comparison = await findComparison(deps.store, params.contractSha, params.specSha);
    return { ...renderComparison(comparison), findings: comparison.findings };
  });
}
