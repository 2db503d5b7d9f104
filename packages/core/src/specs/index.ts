/** Provider spec loading: Swagger 2.0 / OpenAPI 3.0 / 3.1 / AsyncAPI 2.x / 3.x → the normalised {@link ProviderSpec}. */
export type * from './model.js';
export { loadSpec } from './load-spec.js';
export type { LoadSpecOptions } from './load-options.js';
export type { SpecInput } from './input/read-input.js';
export { SpecError } from './spec-error.js';
export { pointerToLocation, formatLocation, type LocationPath } from './location.js';
export { pointerToFragment, childPointer, valueAt } from './pointer.js';
