import type { ComparisonStatus } from '../store/records.js';

/**
 * One integration as a lens sees it: the pair it judges (a consumer version's contract, a provider spec) and the
 * evidence about that pair. `integration-store.ts` reads these; `service-graph.ts` turns them into statuses.
 */
export interface LensRow {
  consumer: string;
  provider: string;
  consumerVersion: string;
  consumerBranch: string | null;
  /** The provider version judged (environment lens) or whose spec is the newest on its main branch; null: none. */
  providerVersion: string | null;
  contractSha: string;
  specSha: string | null;
  /** Comparison of the contract with the spec; null while not compared (or no spec). */
  status: ComparisonStatus | null;
  /** The newest Pact-verifier result for the contract's content by the provider version(s) the lens counts. */
  pactSuccess: boolean | null;
  /**
   * Environment lens only: whether the deployed provider version's latest spec verification succeeded (the
   * deploy guard's rule: a comparison counts only for a verified provider version). Null in the main lens.
   */
  providerVerified: boolean | null;
}
