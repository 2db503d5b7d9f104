import type { Http } from './http.js';
import type { QueryOf, Schemas } from './schemas.js';

/** One build of one service, as reasons name it. */
export type VersionRef = Schemas['VersionRef'];

/** A consumer version and a provider version linked by a contract. */
export type Integration = Schemas['Integration'];

/**
 * Why a deployment is safe, unsafe or unknown (a union on `kind`); every reason names the versions involved
 * and carries its `effect`, as the broker weighed it.
 */
export type Reason = Schemas['Reason'];

/** What a reason does to the verdict: `blocks` makes it unsafe, `unknown` leaves it open, `ok` is informative. */
export type ReasonEffect = Schemas['ReasonEffect'];

export type Verdict = Schemas['Verdict'];

export type DeployGuardQuery = QueryOf<'/api/v1/deploy-guard'>;

export type DeployGuardAnswer = Schemas['DeployGuardAnswer'];

/** `/deploy-guard`: may `service@version` go to `environment`? */
export function deployGuardApi(http: Http) {
  return {
    /** The verdict with every reason; `environment.not-found` (404) for an unknown environment. */
    check: (query: DeployGuardQuery) =>
      http<DeployGuardAnswer>({ method: 'GET', path: '/deploy-guard', query: { ...query } }),
  };
}

export type DeployGuardApi = ReturnType<typeof deployGuardApi>;
