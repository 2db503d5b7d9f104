import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { BrokerDeps } from '../deps.js';
import { parse } from '../http/parse.js';
import { name, pageQuery, refName, versionNumber } from '../http/schemas.js';
import type { MatrixRow } from '../store/index.js';
import { access } from '../auth/route-access.js';

const matrixQuery = pageQuery.extend({
  consumer: name.optional(),
  provider: name.optional(),
  consumerVersion: versionNumber.optional(),
  providerVersion: versionNumber.optional(),
  consumerBranch: refName.optional(),
  providerBranch: refName.optional(),
  environment: name.optional(),
  status: z.enum(['compatible', 'incompatible', 'unknown']).optional(),
});

const renderRow = (row: MatrixRow) => ({
  consumer: { name: row.consumer, version: row.consumerVersion, branch: row.consumerBranch },
  provider:
    row.providerVersion === null
      ? { name: row.provider, version: null, branch: null }
      : { name: row.provider, version: row.providerVersion, branch: row.providerBranch },
  contractSha: row.contractSha,
  specSha: row.specSha,
  status: row.status,
  verification: {
    spec: verified(row.specVerified, row.specVerifiedAt),
    pact: verified(row.pactVerified, row.pactVerifiedAt),
  },
});

const verified = (success: boolean | null, at: Date | string | null) =>
  success === null || at === null ? null : { success, verifiedAt: new Date(at).toISOString() };

/** `/matrix`: consumer version × provider version with status, filtered, newest contracts first. */
export function matrixRoutes(app: FastifyInstance, deps: BrokerDeps): void {
  app.get('/matrix', access('read'), async (request) => {
    const { limit, cursor, ...filter } = parse(matrixQuery, request.query, 'query');
    const page = await deps.store.matrix.list(filter, { limit, cursor });
    return { items: page.items.map(renderRow), nextCursor: page.nextCursor };
  });
}
