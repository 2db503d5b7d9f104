import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { authGuard } from './auth/auth-guard.js';
import { enforceDeclaredAccess } from './auth/route-access.js';
import type { BrokerDeps } from './deps.js';
import { NotFoundError } from './errors/broker-error.js';
import { pactApi } from './pact-api/index.js';
import { clientErrorHandler, frameworkErrors } from './http/framework-errors.js';
import { inputGuard } from './http/input-guard.js';
import { useJsonBodyParser } from './http/json-body.js';
import { enforceParamRules, maxParamLength } from './http/param-rules.js';
import { lazySchemaCompilers } from './http/lazy-schema-compilers.js';
import { withSafeErrorLogging } from './http/log-safe-error.js';
import { sendProblem } from './http/problem.js';
import { rateLimitGuard } from './http/rate-limit-guard.js';
import { requestIdFor } from './http/request-id.js';
import { bindRequestLog } from './logging/request-log.js';
import { addSecurityHeaders } from './http/security-headers.js';
import { comparisonRoutes } from './comparisons/comparison-routes.js';
import { contractRoutes } from './contracts/contract-routes.js';
import { deployGuardRoutes } from './deploy-guard/deploy-guard-routes.js';
import { deploymentRoutes } from './deployments/deployment-routes.js';
import { serviceDeploymentRoutes } from './deployments/service-deployment-routes.js';
import { environmentRoutes } from './environments/environment-routes.js';
import { openApiRoutes } from './openapi/openapi-routes.js';
import { eventRoutes } from './events/event-routes.js';
import { liveRoutes } from './live/live-routes.js';
import { graphRoutes } from './graph/graph-routes.js';
import { matrixRoutes } from './matrix/matrix-routes.js';
import { serviceRoutes } from './services/service-routes.js';
import { specRoutes } from './specs/spec-routes.js';
import { specOperationRoutes } from './specs/spec-operation-routes.js';
import { specImpactRoutes } from './spec-impact/spec-impact-routes.js';
import { tokenRoutes } from './tokens/token-routes.js';
import { whoamiRoutes } from './tokens/whoami-routes.js';
import { verificationRoutes } from './verifications/verification-routes.js';
import { versionRoutes } from './versions/version-routes.js';
import { versionSpecRoutes } from './specs/version-spec-routes.js';
import { webhookRoutes } from './webhooks/webhook-routes.js';
import { locateUiDir, serveUi, uiBuilt } from './ui/index.js';

export interface AppOptions {
  logger?: FastifyServerOptions['logger'];
}

/** Every `/api/v1` route group; each is thin: parse, call one domain function, render. Exported for the API-description test. */
export const routeGroups = [
  serviceRoutes,
  versionRoutes,
  versionSpecRoutes,
  specRoutes,
  specOperationRoutes,
  specImpactRoutes,
  contractRoutes,
  comparisonRoutes,
  verificationRoutes,
  environmentRoutes,
  deploymentRoutes,
  serviceDeploymentRoutes,
  deployGuardRoutes,
  eventRoutes,
  liveRoutes,
  graphRoutes,
  matrixRoutes,
  tokenRoutes,
  whoamiRoutes,
  webhookRoutes,
  openApiRoutes,
];

/**
 * Builds the broker's HTTP application from its dependencies (no listening; `main.ts` does that, tests use
 * `inject`). Every response carries `X-Request-ID`; every error is `application/problem+json`.
 */
export async function buildApp(deps: BrokerDeps, options: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    // Errors are logged without the values of failed queries (secrets a request sent may be among them).
    logger: withSafeErrorLogging(options.logger),
    genReqId: requestIdFor,
    // JSON wrapping and escaping can make a request a little larger than the document it carries.
    bodyLimit: Math.ceil(deps.limits.maxDocumentBytes * 1.25) + 64 * 1024,
    // Long enough for the URL encoding of the longest name, so every name the API accepts can be addressed.
    routerOptions: { maxParamLength },
    // Errors raised before any hook runs are problem+json too.
    frameworkErrors,
    clientErrorHandler,
    // Ajv and fast-json-stringify load only if a route declares a schema (none does): not on the start path.
    schemaController: { compilersFactory: lazySchemaCompilers },
  });
  // Every route declares who may call it; one that does not stops the broker here, at start-up.
  enforceDeclaredAccess(app);
  // Every path parameter has a rule; a route with one that has none stops start-up too.
  enforceParamRules(app);
  app.addHook('onRequest', bindRequestLog);
  app.addHook('onRequest', addSecurityHeaders);
  app.addHook('onRequest', async (request, reply) => {
    void reply.header('x-request-id', request.id);
  });
  // The web UI (pages and assets are public; the API they call is not), then authentication.
  const uiDir = deps.uiDir ?? locateUiDir();
  if (!uiBuilt(uiDir))
    app.log.warn(`web UI not built (${uiDir ?? '@signet/web not found'}): run npm run build`);
  app.addHook('onRequest', serveUi(uiDir));
  app.addHook('onRequest', authGuard(deps));
  app.addHook('onRequest', rateLimitGuard(deps));
  // Hostile text, keys and parameters are refused here, once, before any route of either API runs.
  useJsonBodyParser(app);
  app.addHook('preValidation', inputGuard());
  app.setErrorHandler((error, request, reply) => sendProblem(error, request, reply));
  app.setNotFoundHandler((request, reply) =>
    sendProblem(
      new NotFoundError('route.not-found', `no route for ${request.method} ${request.url.split('?')[0]}`),
      request,
      reply,
    ),
  );
  // Async plugins, so a route refused at registration (no declared access) fails start-up with its message.
  await app.register(
    async (api) => {
      for (const routes of routeGroups) routes(api, deps);
      await Promise.resolve();
    },
    { prefix: '/api/v1' },
  );
  // The Pact Broker HAL API at the root, for existing Pact clients (see docs/pact-compatibility.md).
  await app.register(async (pact) => {
    pactApi(pact, deps);
    await Promise.resolve();
  });
  return app;
}
