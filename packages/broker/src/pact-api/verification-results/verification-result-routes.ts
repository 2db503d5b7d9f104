import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { access } from '../../auth/route-access.js';
import type { BrokerDeps } from '../../deps.js';
import { parse } from '../../http/parse.js';
import { name, versionNumber } from '../../http/schemas.js';
import { parsePactBody } from '../errors/parse-pact-body.js';
import { decodeMetadata } from '../for-verification/selection-metadata.js';
import { halFor, sendHal } from '../hal/hal.js';
import { verificationResultResource } from './verification-result-resource.js';
import { getVerificationResult, publishVerificationResult } from './verification-result-service.js';

/** A pact by content; `metadata` (from pacts for verification) and `id` are read exactly. */
const pactParams = z.object({
  provider: name,
  consumer: name,
  sha: z.string(),
  metadata: z.string().optional(),
});
const resultParams = pactParams.extend({ id: z.string() });

const resultBody = z.object({
  success: z.boolean(),
  providerApplicationVersion: versionNumber,
  buildUrl: z.string().max(2000).nullish(),
  testResults: z.array(z.unknown()).max(10_000).nullish(),
  verifiedBy: z.unknown().optional(),
});

const base = '/pacts/provider/:provider/consumer/:consumer/pact-version/:sha';

/**
 * Verification results: recorded with the same `recordVerification` as `/api/v1` (kind `pact`, keyed by the
 * pact's content), so they count in the matrix, the deploy guard and the timeline.
 */
export function verificationResultRoutes(app: FastifyInstance, deps: BrokerDeps): void {
  for (const path of [`${base}/verification-results`, `${base}/metadata/:metadata/verification-results`]) {
    app.post(path, access('write'), async (request, reply) => {
      const body = parsePactBody(resultBody, request.body);
      const { provider, consumer, sha, metadata } = parse(pactParams, request.params, 'path');
      const view = await publishVerificationResult(deps, {
        provider,
        consumer,
        sha,
        success: body.success,
        providerVersion: body.providerApplicationVersion,
        buildUrl: body.buildUrl ?? undefined,
        testResults: body.testResults ?? undefined,
        verifiedBy: body.verifiedBy,
        selection: decodeMetadata(metadata),
      });
      return sendHal(reply, verificationResultResource(halFor(request), view), 201);
    });
  }

  app.get(`${base}/verification-results/:id`, access('read'), async (request, reply) => {
    const { id, ...pact } = parse(resultParams, request.params, 'path');
    const view = await getVerificationResult(deps.store, pact, id);
    return sendHal(reply, verificationResultResource(halFor(request), view));
  });
}
