import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { BrokerDeps } from '../deps.js';
import { parse } from '../http/parse.js';
import { renderVerification, renderVerificationSummary, renderVersion } from '../http/render.js';
import { name, pageQuery, refName, versionNumber } from '../http/schemas.js';
import { findVersion } from '../services/find-service.js';
import { recordVerification } from './record-verification.js';
import { versionVerificationSummaries } from './version-verification-summaries.js';
import { access } from '../auth/route-access.js';

const sha = z.string().regex(/^[0-9a-f]{64}$/, 'must be a sha256 in lower-case hex');
const versionParams = z.object({ name, version: versionNumber });
const summariesQuery = pageQuery.extend({ branch: refName.optional() });
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

  // Paged as GET /services/{name}/versions (same order and cursor), so a versions table adds one request per page.
  app.get('/services/:name/verification-summaries', access('read'), async (request) => {
    const params = parse(z.object({ name }), request.params, 'path');
    const query = parse(summariesQuery, request.query, 'query');
    const page = await versionVerificationSummaries(deps.store, params.name, query);
    return {
      items: page.items.map((item) => ({
        version: renderVersion(item.version),
        spec: item.spec === undefined ? null : renderVerificationSummary(item.spec),
        pact: item.pact === undefined ? null : renderVerificationSummary(item.pact),
      })),
      nextCursor: page.nextCursor,
    };
  });
}
