import { path, type Http } from './http.js';
import type { Page } from './page.js';

/**
 * A provider verification: `spec` (the version implements a spec, e.g. `signet test`) or `pact` (the Pact
 * verifier replayed one contract content against it).
 */
export interface Verification {
  id: number;
  kind: 'spec' | 'pact';
  specSha: string | null;
  contractSha: string | null;
  success: boolean;
  results: unknown[];
  buildUrl: string | null;
  createdAt: string;
}

export interface RecordVerificationInput {
  success: boolean;
  /** Per-check details, kept as given (at most 10,000). */
  results?: unknown[];
  buildUrl?: string;
  /** Spec verification (the default) of this spec content; default: the version's own spec. */
  specSha?: string;
  /** Pact verification of this contract content instead. Not together with `specSha`. */
  contractSha?: string;
}

/** `/services/{name}/versions/{version}/verifications`: record one, list them (oldest first). */
export function verificationsApi(http: Http) {
  return {
    /** Records a verification of an existing provider version (`version.not-found`, `spec.not-found`: 404). */
    record: (provider: string, version: string, input: RecordVerificationInput) =>
      http<Verification>({
        method: 'POST',
        path: path`/services/${provider}/versions/${version}/verifications`,
        body: input,
      }),
    /** All of the version's verifications, oldest first, in one page. */
    list: (provider: string, version: string) =>
      http<Page<Verification>>({
        method: 'GET',
        path: path`/services/${provider}/versions/${version}/verifications`,
      }),
  };
}

export type VerificationsApi = ReturnType<typeof verificationsApi>;
