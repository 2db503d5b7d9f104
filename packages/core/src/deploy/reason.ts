import type { ComparisonSummary, Integration, VersionRef } from './model.js';

/** Which check a positive result came from. */
export type Evidence = 'comparison' | 'pact-verification';

/**
 * Why a deployment is safe, unsafe or unknown. Every reason names the versions involved, and the integration
 * (consumer version → provider version) when it is about one.
 */
export type Reason =
  | { kind: 'version-not-found'; subject: VersionRef; environment: string }
  | { kind: 'no-integrations'; subject: VersionRef; environment: string }
  | { kind: 'compatible'; integration: Integration; via: Evidence; contractSha: string; specSha?: string }
  | {
      kind: 'incompatible';
      integration: Integration;
      contractSha: string;
      specSha: string;
      findings: ComparisonSummary;
    }
  | { kind: 'comparison-pending'; integration: Integration; contractSha: string; specSha: string }
  | { kind: 'no-spec-verified'; integration: Integration; contractSha: string }
  | { kind: 'pact-verification-failed'; integration: Integration; contractSha: string }
  | { kind: 'no-provider-deployed'; consumer: VersionRef; provider: string; environment: string }
  | { kind: 'provider-verified'; provider: VersionRef; specSha: string }
  | { kind: 'not-verified'; provider: VersionRef }
  | { kind: 'verification-failed'; provider: VersionRef; specSha: string };

export type ReasonKind = Reason['kind'];

/** What a reason does to the verdict: `blocks` makes it unsafe, `unknown` leaves it open, `ok` is informative. */
export const reasonEffects = ['ok', 'blocks', 'unknown'] as const;

export type ReasonEffect = (typeof reasonEffects)[number];

const effects: Record<ReasonKind, ReasonEffect> = {
  'version-not-found': 'blocks',
  'no-integrations': 'ok',
  compatible: 'ok',
  incompatible: 'blocks',
  'comparison-pending': 'unknown',
  'no-spec-verified': 'unknown',
  'pact-verification-failed': 'blocks',
  // Calls to a provider that is not there fail: deploy providers first (as Pact Broker requires).
  'no-provider-deployed': 'blocks',
  'provider-verified': 'ok',
  'not-verified': 'unknown',
  'verification-failed': 'blocks',
};

/**
 * How a reason of this kind affects the verdict: the one place this rule is written. The broker sends it
 * with every reason (`effect`), so its clients never restate it.
 *
 * @example
 * ```ts
 * reasonEffect({ kind: 'not-verified', provider: { service: 'inventory', version: 'i1' } }); // 'unknown'
 * ```
 */
export function reasonEffect(reason: Reason): ReasonEffect {
  return effects[reason.kind];
}
