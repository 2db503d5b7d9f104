import { path, type Http } from './http.js';
import type { QueryOf, Schemas } from './schemas.js';

export type SpecImpactInput = Schemas['SpecImpactInput'];
/** What publishing a candidate spec would do to the consumers that count; nothing is stored. */
export type SpecImpactAnswer = Schemas['SpecImpactAnswer'];
export type SpecImpact = Schemas['SpecImpact'];
export type ChangeImpact = Schemas['ChangeImpact'];
export type ConsumerImpact = Schemas['ConsumerImpact'];
export type SpecChange = Schemas['SpecChange'];
/** Which consumer interactions rely on each part of the latest spec. */
export type SpecUsageAnswer = Schemas['SpecUsageAnswer'];
export type SpecUsageQuery = QueryOf<'/api/v1/services/{name}/usage'>;

/** `/services/{name}/spec-impact` and `/services/{name}/usage`. */
export function specImpactApi(http: Http) {
  return {
    /** The changes from the provider's latest spec to `input.content`, each with the consumers it breaks. */
    check: (provider: string, input: SpecImpactInput) =>
      http<SpecImpactAnswer>({ method: 'POST', path: path`/services/${provider}/spec-impact`, body: input }),
    /** Who uses what in the provider's latest spec (consumers on their main branch by default). */
    usage: (provider: string, query: SpecUsageQuery = {}) =>
      http<SpecUsageAnswer>({ method: 'GET', path: path`/services/${provider}/usage`, query: { ...query } }),
  };
}

export type SpecImpactApi = ReturnType<typeof specImpactApi>;
