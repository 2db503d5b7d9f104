import { comparisonsApi } from './comparisons.js';
import { contractsApi } from './contracts.js';
import { deployGuardApi } from './deploy-guard.js';
import { deploymentsApi } from './deployments.js';
import { environmentsApi } from './environments.js';
import { eventsApi } from './events.js';
import { graphApi } from './graph.js';
import { createHttp, type ClientOptions } from './http.js';
import { matrixApi } from './matrix.js';
import { servicesApi } from './services.js';
import { specsApi } from './specs.js';
import { specImpactApi } from './spec-impact.js';
import { tokensApi } from './tokens.js';
import { verificationsApi } from './verifications.js';
import { versionsApi } from './versions.js';
import { webhooksApi } from './webhooks.js';

/**
 * A typed client of the broker's `/api/v1`, grouped by noun. Every call resolves to the broker's JSON, or
 * rejects with `BrokerProblemError` (the broker said no) or `BrokerUnreachableError` (no answer at all).
 * Throws `InvalidBrokerUrlError` at once when `baseUrl` is not an http or https URL.
 *
 * @example
 * ```ts
 * const broker = createClient({ baseUrl: 'http://localhost:3000', token: ciToken });
 * const answer = await broker.deployGuard.check({ service: 'cart', version: 'abc123', environment: 'production' });
 * if (answer.verdict !== 'safe') console.log(answer.reasons);
 * ```
 */
export function createClient(options: ClientOptions) {
  const http = createHttp(options);
  return {
    services: servicesApi(http),
    versions: versionsApi(http),
    specs: specsApi(http),
    specImpact: specImpactApi(http),
    contracts: contractsApi(http),
    comparisons: comparisonsApi(http),
    verifications: verificationsApi(http),
    environments: environmentsApi(http),
    deployments: deploymentsApi(http),
    deployGuard: deployGuardApi(http),
    matrix: matrixApi(http),
    events: eventsApi(http),
    graph: graphApi(http),
    tokens: tokensApi(http),
    webhooks: webhooksApi(http),
  };
}

/** What `createClient` returns. */
export type SignetClient = ReturnType<typeof createClient>;
