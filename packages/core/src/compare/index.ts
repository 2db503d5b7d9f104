/** Contract-vs-spec comparison: {@link compare} and its findings. */
export { compare } from './compare.js';
export { comparisonRules } from './comparison-rules.js';
export type { CompareOptions } from './check-context.js';
export type { ComparisonResult, Finding, FindingCode, FindingType } from './model.js';
// The same rule for `signet test`, which checks a live provider's bodies: one definition of "declared".
export { findUndeclaredFields, type UndeclaredField } from './schema/undeclared-fields.js';
export type { Validates } from './schema/applied-schemas.js';
