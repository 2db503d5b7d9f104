import type { FastifyInstance } from 'fastify';
import { access } from '../../auth/route-access.js';
import { z } from 'zod';
import type { BrokerDeps } from '../../deps.js';
import { NotFoundError } from '../../errors/broker-error.js';
import { versionNumber } from '../../http/schemas.js';
import { recordVerification } from '../../verifications/record-verification.js';
import { ensureVersion } from '../../versions/ensure-version.js';
import { parsePactBody } from '../errors/parse-pact-body.js';
import { decodeMetadata } from '../for-verification/selection-metadata.js';
import { halFor, sendHal } from '../hal/hal.js';
import { findPact } from '../pacts/find-pact.js';
import { verificationResultResource } from './verification-result-resource.js';

type P = { Params: { provider: string; consumer: string; sha: string; metadata?: string; id: string } };

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
    app.post<P>(path, access('write'), async (request, reply) => {
      const body = parsePactBody(resultBody, request.body);
      const { provider, consumer, sha } = request.params;
      await findPact(deps.store, provider, consumer, { kind: 'content', sha });
      const number = body.providerApplicationVersion;
      // Verifiers may publish for a provider version the broker has not seen yet (no branch or tags given).
      await deps.store.transaction(async (store) =>
        ensureVersion(store, await store.services.ensure(provider), { number }),
      );
      const verification = await recordVerification(deps, {
        provider,
        version: number,
        success: body.success,
        results: body.testResults ?? undefined,
        buildUrl: body.buildUrl ?? undefined,
        target: { kind: 'pact', contractSha: sha },
      });
      const metadata = decodeMetadata(request.params.metadata);
      await deps.store.pact.verifications.recordDetails(verification.id, {
        pending: metadata?.pending ?? false,
        wip: metadata?.wip ?? false,
        consumerVersions: metadata?.consumerVersions ?? [],
        verifiedBy: body.verifiedBy,
      });
      const view = {
        ...verification,
        provider,
        consumer,
        contentSha: sha,
        providerVersion: number,
        verifiedBy: body.verifiedBy,
      };
      return sendHal(reply, verificationResultResource(halFor(request), view), 201);
    });
  }

  app.get<P>(`${base}/verification-results/:id`, access('read'), async (request, reply) => {
    const { provider, consumer, sha, id } = request.params;
    const found = /^\d{1,9}$/.test(id) ? await deps.store.pact.verifications.find(Number(id)) : undefined;
    if (found === undefined || found.contentSha !== sha)
      throw new NotFoundError('verification.not-found', `no verification result ${id} of this pact`);
    const details = await deps.store.pact.verifications.details(found.id);
    const view = { ...found, provider, consumer, contentSha: sha, verifiedBy: details?.verifiedBy };
    return sendHal(reply, verificationResultResource(halFor(request), view));
  });
}
