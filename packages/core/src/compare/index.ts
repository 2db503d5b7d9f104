/** Contract-vs-spec comparison: {@link compare} and its findings. */
export { compare } from './compare.js';
export type { CompareOptions } from './check-context.js';
export type { ComparisonResult, Finding, FindingCode, FindingType } from './model.js';
