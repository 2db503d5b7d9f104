import { path, type Http } from './http.js';
import type { Page } from './page.js';
import type { QueryOf, Schemas } from './schemas.js';

/** A provider verification: `spec` (e.g. `signet test`) or `pact` (the Pact verifier replayed a contract). */
export type Verification = Schemas['Verification'];

export type RecordVerificationInput = Schemas['RecordVerificationInput'];

/** A verification without its per-check results. */
export type VerificationSummary = Schemas['VerificationSummary'];

/** A version with its newest spec verification and newest Pact-verifier result. */
export type VersionVerifications = Schemas['VersionVerifications'];

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
    /** The provider's versions, newest first and paged as `versions.list` (same cursor), with their newest verifications. */
    summaries: (provider: string, query: QueryOf<'/api/v1/services/{name}/verification-summaries'> = {}) =>
      http<Page<VersionVerifications>>({
        method: 'GET',
        path: path`/services/${provider}/verification-summaries`,
        query: { ...query },
      }),
  };
}

export type VerificationsApi = ReturnType<typeof verificationsApi>;
