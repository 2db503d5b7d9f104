import { reasonEffects, type ReasonKind } from '@signet/core';
import { described, literal, object, oneOf, ref, sha, string } from './schema-helpers.js';

/** Schemas of the deploy guard's answer: the verdict and core's `Reason` union, each with its effect. */

const versionRef = ref('VersionRef');
const integration = ref('Integration');

// Keyed by core's kinds, so a kind added there fails to compile here until it is described.
const reasonFields: Record<ReasonKind, { properties: Record<string, unknown>; optional?: string[] }> = {
  'version-not-found': { properties: { subject: versionRef, environment: string } },
  'no-integrations': { properties: { subject: versionRef, environment: string } },
  compatible: {
    properties: {
      integration,
      via: described(oneOf('comparison', 'pact-verification'), 'Which check the positive result came from.'),
      contractSha: sha,
      specSha: sha,
    },
    optional: ['specSha'],
  },
  incompatible: {
    properties: {
      integration,
      contractSha: sha,
      specSha: sha,
      findings: ref('ComparisonSummary'),
      specChanges: described(
        object({
          baseSpecSha: described(
            sha,
            'The provider’s newest spec published before `specSha` that this contract passed.',
          ),
          changes: described(
            { type: 'array', maxItems: 20, items: ref('SpecChange') },
            'The changes from it to `specSha` that break this consumer (what its failing interactions use).',
          ),
        }),
        'When the provider’s new spec broke a consumer: the spec changes that caused it. Absent when no ' +
          'earlier spec of the provider passed this contract.',
      ),
    },
    optional: ['specChanges'],
  },
  'comparison-pending': { properties: { integration, contractSha: sha, specSha: sha } },
  'no-spec-verified': { properties: { integration, contractSha: sha } },
  'pact-verification-failed': { properties: { integration, contractSha: sha } },
  'no-provider-deployed': { properties: { consumer: versionRef, provider: string, environment: string } },
  'provider-verified': { properties: { provider: versionRef, specSha: sha } },
  'not-verified': { properties: { provider: versionRef } },
  'verification-failed': { properties: { provider: versionRef, specSha: sha } },
};

const reasons = Object.entries(reasonFields).map(([kind, { properties, optional }]) =>
  object({ kind: literal(kind), effect: ref('ReasonEffect'), ...properties }, optional),
);

export const deployGuardSchemas = {
  VersionRef: described(object({ service: string, version: string }), 'One build of one service.'),
  Integration: described(
    object({ consumer: versionRef, provider: versionRef }),
    'A consumer version and a provider version linked by a contract.',
  ),
  ReasonEffect: described(
    oneOf(...reasonEffects),
    'What the reason does to the verdict: `blocks` makes it unsafe, `unknown` leaves it open, `ok` is ' +
      'informative. The broker decides it; clients show it.',
  ),
  Reason: described(
    { oneOf: reasons },
    'Why a deployment is safe, unsafe or unknown: `kind` says which, `effect` how it weighs; every reason ' +
      'names the versions involved.',
  ),
  Verdict: oneOf('safe', 'unsafe', 'unknown'),
  DeployGuardAnswer: object({
    service: string,
    version: string,
    environment: string,
    verdict: ref('Verdict'),
    reasons: described(
      { type: 'array', items: ref('Reason') },
      'Every reason, in both directions (as consumer and as provider), not just the first.',
    ),
  }),
};
