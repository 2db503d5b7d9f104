import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { BrokerDeps } from '../deps.js';
import { parse } from '../http/parse.js';
import { renderComparison } from '../http/render.js';
import { access } from '../auth/route-access.js';
import { findComparison } from './find-comparison.js';
import { requestComparison } from './request-comparison.js';

const sha = z.string().regex(/^[0-9a-f]{64}$/, 'must be a sha256 in lower-case hex');
const pairParams = z.object({ contractSha: sha, specSha: sha });
const pairBody = z.object({ contractSha: sha, specSha: sha }).strict();

/**
 * `/comparisons/{contractSha}/{specSha}`: one comparison with all its findings; `POST /comparisons` asks for one
 * (201 once computed, 200 when it already was).
 */
export function comparisonRoutes(app: FastifyInstance, deps: BrokerDeps): void {
  app.get('/comparisons/:contractSha/:specSha', access('read'), async (request) => {
    const params = parse(pairParams, request.params, 'path');
    const comparison = await findComparison(deps.store, params.contractSha, params.specSha);
    return { ...renderComparison(comparison), findings: comparison.findings };
  });
  app.post('/comparisons', access('write'), async (request, reply) => {
    const body = parse(pairBody, request.body, 'body');
    const { comparison, created } = await requestComparison(deps, body.contractSha, body.specSha);
    return reply
      .code(created ? 201 : 200)
      .send({ ...renderComparison(comparison), findings: comparison.findings });
  });
}
