/**
 * The version of the comparison's rules. Stored with every comparison the broker keeps, so a comparison computed
 * by other rules (an older Signet, which may have passed what these rules fail) is computed again rather than
 * trusted. Change it whenever the same spec and contract may get other findings;
 * `comparison-rules.test.ts` fails when the conformance results change and it was not.
 */
export const comparisonRules = '2026-12-03.2';
