import type { FastifyInstance } from 'fastify';
import type { BrokerDeps } from '../deps.js';
import { parseJsonBody } from '../http/json-body.js';
import { canIDeployUrlRoutes } from './can-i-deploy/can-i-deploy-url-routes.js';
import { deployedVersionRoutes } from './environments/deployed-version-routes.js';
import { environmentRoutes } from './environments/environment-routes.js';
import { pactErrorHandler } from './errors/pact-error-handler.js';
import { forVerificationRoutes } from './for-verification/for-verification-routes.js';
import { indexRoutes } from './index-resource/index-routes.js';
import { matrixRoutes } from './matrix/matrix-routes.js';
import { pacticipantRoutes } from './pacticipants/pacticipant-routes.js';
import { branchPactsRoutes } from './pacts/branch-pacts-routes.js';
import { latestPactsRoutes } from './pacts/latest-pacts-routes.js';
import { pactBadgeRoutes } from './pacts/pact-badge-routes.js';
import { pactRoutes } from './pacts/pact-routes.js';
import { publishRoutes } from './publish/publish-routes.js';
import { verificationResultRoutes } from './verification-results/verification-result-routes.js';
import { branchRoutes } from './versions/branch-routes.js';
import { tagRoutes } from './versions/tag-routes.js';
import { versionRoutes } from './versions/version-routes.js';
import { pactWebhookRoutes } from './webhooks/pact-webhook-routes.js';

const groups = [
  pacticipantRoutes,
  versionRoutes,
  tagRoutes,
  branchRoutes,
  publishRoutes,
  pactBadgeRoutes,
  pactRoutes,
  latestPactsRoutes,
  branchPactsRoutes,
  forVerificationRoutes,
  verificationResultRoutes,
  matrixRoutes,
  canIDeployUrlRoutes,
  environmentRoutes,
  deployedVersionRoutes,
  pactWebhookRoutes,
];

/**
 * The Pact Broker HAL API at the root, so `pact` CLIs and verifiers work against Signet unchanged. An
 * encapsulated plugin: its error handler and body parsers apply to these routes only.
 *
 * @example
 * ```ts
 * await app.register((pact, _options, done) => { pactApi(pact, deps); done(); });
 * ```
 */
export function pactApi(app: FastifyInstance, deps: BrokerDeps): void {
  // Pact clients PATCH with `application/merge-patch+json` and may send HAL documents.
  app.addContentTypeParser(
    ['application/merge-patch+json', 'application/hal+json'],
    { parseAs: 'string' },
    (_request, body, done) => {
      try {
        done(null, parseJsonBody(body as string, {}));
      } catch (error) {
        done(error as Error, undefined);
      }
    },
  );
  app.setErrorHandler(pactErrorHandler);
  indexRoutes(app);
  for (const routes of groups) routes(app, deps);
}
