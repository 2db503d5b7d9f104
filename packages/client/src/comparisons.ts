import { path, type Http } from './http.js';

/** One error worth showing in a summary (warnings never block). */
export interface FindingDigest {
  code: string;
  message: string;
  /** The interaction that failed, as the contract describes it. */
  interaction: string;
  /** `GET /api/gadgets/{gadgetId}`: the spec operation, or the contract's request when none matched. */
  operation?: string;
}

/** What a comparison concluded, reduced to counts and the first few errors. */
export interface ComparisonSummary {
  compatible: boolean;
  errorCount: number;
  warningCount: number;
  errors: FindingDigest[];
}

/** One finding of a comparison, with PactFlow's codes (e.g. `request.path-or-method.unknown`). */
export interface Finding {
  code: string;
  type: 'error' | 'warning' | 'info';
  message: string;
  mockDetails: {
    interactionDescription: string;
    interactionState: string;
    location: string;
    value?: unknown;
  };
  specDetails?: { location: string; pathMethod?: string; pathName?: string; value?: unknown };
}

/** A consumer contract content checked against a provider spec content, once per pair. */
export interface Comparison {
  contractSha: string;
  specSha: string;
  /** `failed`: the comparison could not run (see `error`); it says nothing about compatibility. */
  status: 'compatible' | 'incompatible' | 'failed';
  summary: ComparisonSummary;
  error: string | null;
  createdAt: string;
}

export interface ComparisonWithFindings extends Comparison {
  findings: Finding[];
}

/** `/comparisons/{contractSha}/{specSha}`. */
export function comparisonsApi(http: Http) {
  return {
    /** One comparison with every finding; `comparison.not-found` (404) for a pair never compared. */
    get: (contractSha: string, specSha: string) =>
      http<ComparisonWithFindings>({ method: 'GET', path: path`/comparisons/${contractSha}/${specSha}` }),
  };
}

export type ComparisonsApi = ReturnType<typeof comparisonsApi>;
