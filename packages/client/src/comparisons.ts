import { path, type Http } from './http.js';
import type { Schemas } from './schemas.js';

/** One error worth showing in a summary (warnings never block). */
export type FindingDigest = Schemas['FindingDigest'];

/** What a comparison concluded, reduced to counts and the first few errors. */
export type ComparisonSummary = Schemas['ComparisonSummary'];

/** One finding of a comparison, with PactFlow's codes (e.g. `request.path-or-method.unknown`). */
export type Finding = Schemas['Finding'];

/** A consumer contract content checked against a provider spec content, once per pair. */
export type Comparison = Schemas['Comparison'];

export type ComparisonWithFindings = Schemas['ComparisonWithFindings'];

/** A pair to compare: a contract content and a spec key of the provider it names. */
export type ComparisonRequest = Schemas['ComparisonRequest'];

/** `/comparisons/{contractSha}/{specSha}`, and `POST /comparisons`. */
export function comparisonsApi(http: Http) {
  return {
    /** One comparison with every finding; `comparison.not-found` (404) for a pair never compared. */
    get: (contractSha: string, specSha: string) =>
      http<ComparisonWithFindings>({ method: 'GET', path: path`/comparisons/${contractSha}/${specSha}` }),
    /**
     * Compares the pair now if it was not compared yet (write role), answering the comparison either way;
     * 404 `contract.not-found`, `spec.not-found` or `comparison.unrelated-pair` for a pair that cannot be.
     */
    request: (pair: ComparisonRequest) =>
      http<ComparisonWithFindings>({ method: 'POST', path: '/comparisons', body: pair }),
  };
}

export type ComparisonsApi = ReturnType<typeof comparisonsApi>;
