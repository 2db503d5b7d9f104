import type { ComparisonSummary } from './comparisons.js';
import type { Http } from './http.js';

/** One build of one service, as reasons name it. */
export interface VersionRef {
  service: string;
  version: string;
}

/** A consumer version and a provider version linked by a contract. */
export interface Integration {
  consumer: VersionRef;
  provider: VersionRef;
}

/** Why a deployment is safe, unsafe or unknown; every reason names the versions involved. */
export type Reason =
  | { kind: 'version-not-found'; subject: VersionRef; environment: string }
  | { kind: 'no-integrations'; subject: VersionRef; environment: string }
  | {
      kind: 'compatible';
      integration: Integration;
      via: 'comparison' | 'pact-verification';
      contractSha: string;
      specSha?: string;
    }
  | {
      kind: 'incompatible';
      integration: Integration;
      contractSha: string;
      specSha: string;
      findings: ComparisonSummary;
    }
  | { kind: 'comparison-pending'; integration: Integration; contractSha: string; specSha: string }
  | { kind: 'no-spec-verified'; integration: Integration; contractSha: string }
  | { kind: 'pact-verification-failed'; integration: Integration; contractSha: string }
  | { kind: 'no-provider-deployed'; consumer: VersionRef; provider: string; environment: string }
  | { kind: 'provider-verified'; provider: VersionRef; specSha: string }
  | { kind: 'not-verified'; provider: VersionRef }
  | { kind: 'verification-failed'; provider: VersionRef; specSha: string };

export type Verdict = 'safe' | 'unsafe' | 'unknown';

export interface DeployGuardQuery {
  service: string;
  version: string;
  environment: string;
}

export interface DeployGuardAnswer extends DeployGuardQuery {
  verdict: Verdict;
  /** Every reason, in both directions (as consumer and as provider), not just the first. */
  reasons: Reason[];
}

/** `/deploy-guard`: may `service@version` go to `environment`? */
export function deployGuardApi(http: Http) {
  return {
    /** The verdict with every reason; `environment.not-found` (404) for an unknown environment. */
    check: (query: DeployGuardQuery) =>
      http<DeployGuardAnswer>({ method: 'GET', path: '/deploy-guard', query: { ...query } }),
  };
}

export type DeployGuardApi = ReturnType<typeof deployGuardApi>;
