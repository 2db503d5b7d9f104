import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { BrokerDeps } from '../deps.js';
import { parse } from '../http/parse.js';
import { renderVerification } from '../http/render.js';
import { name, versionNumber } from '../http/schemas.js';
import { findVersion } from '../services/find-service.js';
import { recordVerification } from './record-verification.js';
import { access } from '../auth/route-access.js';

const sha = z.string().regex(/^[0-9a-f]{64}$/, 'must be a sha256 in lower-case hex');
const versionParams = z.object({ name, version: versionNumber });
const verificationBody = z
  .object({
    success: z.boolean(),
    results: z.array(z.unknown()).max(10_000).optional(),
    buildUrl: z.url().max(2000).optional(),
    /** Spec verification (default): which spec content; Pact verification: which contract content. */
    specSha: sha.optional(),
    contractSha: sha.optional(),
  })
  .refine((body) => body.specSha === undefined || body.contractSha === undefined, {
    message: 'give specSha (spec verification) or contractSha (Pact verification), not both',
    path: ['contractSha'],
  });

/** `/services/{name}/versions/{version}/verifications`: record a provider verification; list them (oldest first). */
export function verificationRoutes(app: FastifyInstance, deps: BrokerDeps): void {
  app.post('/services/:name/versions/:version/verifications', access('write'), async (request, reply) => {
    const params = parse(versionParams, request.params, 'path');
    const body = parse(verificationBody, request.body, 'body');
    const target =
      body.contractSha === undefined
        ? { kind: 'spec' as const, specSha: body.specSha }
        : { kind: 'pact' as const, contractSha: body.contractSha };
    const verification = await recordVerification(deps, {
      provider: params.name,
      version: params.version,
      success: body.success,
      results: body.results,
      buildUrl: body.buildUrl,
      target,
    });
    return reply.status(201).send(renderVerification(verification));
  });

  app.get('/services/:name/versions/:version/verifications', access('read'), async (request) => {
    const params = parse(versionParams, request.params, 'path');
    const version = await findVersion(deps.store, params.name, params.version);
    // A version has few verifications; one page always holds them all.
    return {
      items: (await deps.store.verifications.forVersion(version.id)).map(renderVerification),
      nextCursor: null,
    };
  });
}
