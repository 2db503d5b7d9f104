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

/** `/comparisons/{contractSha}/{specSha}`. */
export function comparisonsApi(http: Http) {
  return {
    /** One comparison with every finding; `comparison.not-found` (404) for a pair never compared. */
    get: (contractSha: string, specSha: string) =>
      http<ComparisonWithFindings>({ method: 'GET', path: path`/comparisons/${contractSha}/${specSha}` }),
  };
}

export type ComparisonsApi = ReturnType<typeof comparisonsApi>;
