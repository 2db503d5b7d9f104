import type { Reason } from '@signet/core';
import { describe, expect, it } from 'vitest';
import { decisionToMatrix } from './decision-to-matrix.js';

const integration = (provider: string) => ({
  consumer: { service: 'cart', version: 'c1' },
  provider: { service: provider, version: 'p1' },
});
const summary = { compatible: false, errorCount: 1, warningCount: 0, errors: [] };

describe('decisionToMatrix', () => {
  it('gives each integration a verification result from core’s effect of its reason, and counts them', () => {
    const reasons: Reason[] = [
      {
        kind: 'compatible',
        integration: integration('a'),
        via: 'comparison',
        contractSha: 'c',
        specSha: 's',
      },
      {
        kind: 'incompatible',
        integration: integration('b'),
        contractSha: 'c',
        specSha: 's',
        findings: summary,
      },
      { kind: 'pact-verification-failed', integration: integration('c'), contractSha: 'c' },
      { kind: 'comparison-pending', integration: integration('d'), contractSha: 'c', specSha: 's' },
      { kind: 'no-spec-verified', integration: integration('e'), contractSha: 'c' },
      // Not about one integration: in the words, not a row.
      { kind: 'not-verified', provider: { service: 'cart', version: 'c1' } },
    ];
    const matrix = decisionToMatrix({ verdict: 'unsafe', reasons });
    expect(matrix.matrix.map((row) => [row.provider.name, row.verificationResult?.success ?? null])).toEqual([
      ['a', true],
      ['b', false],
      ['c', false],
      ['d', null],
      ['e', null],
    ]);
    // Unknown rows make it null although two failed, as the Pact Broker answers.
    expect(matrix.summary).toMatchObject({ deployable: null, success: 1, failed: 2, unknown: 2 });
    expect(matrix.notices).toHaveLength(6);
  });

  it('says false for a version that does not exist, and null for a provider missing from the environment', () => {
    const subject = { service: 'cart', version: 'c9' };
    const missing = decisionToMatrix({
      verdict: 'unsafe',
      reasons: [{ kind: 'version-not-found', subject, environment: 'test' }],
    });
    expect(missing.summary.deployable).toBe(false);
    const undeployed = decisionToMatrix({
      verdict: 'unsafe',
      reasons: [
        { kind: 'compatible', integration: integration('a'), via: 'comparison', contractSha: 'c' },
        { kind: 'no-provider-deployed', consumer: subject, provider: 'b', environment: 'test' },
      ],
    });
    expect(undeployed.summary.deployable).toBeNull();
  });

  it('keeps ignored rows, marked and counted, and decides on the rest', () => {
    const subject = { service: 'cart', version: 'c1' };
    const decision = {
      verdict: 'unsafe' as const,
      reasons: [
        { kind: 'pact-verification-failed' as const, integration: integration('a'), contractSha: 'c' },
        {
          kind: 'compatible' as const,
          integration: integration('b'),
          via: 'comparison' as const,
          contractSha: 'c',
        },
        { kind: 'no-provider-deployed' as const, consumer: subject, provider: 'd', environment: 'test' },
      ],
    };
    const matrix = decisionToMatrix(decision, [{ pacticipant: 'a' }, { pacticipant: 'd' }]);
    expect(matrix.summary).toMatchObject({ deployable: true, success: 1, failed: 0, ignored: 1 });
    expect(matrix.matrix.map((row) => row.ignored ?? false)).toEqual([true, false]);
    expect(matrix.notices[0]!.text).toMatch(/^Ignoring: /);
    // An ignore naming another version of a covers nothing.
    const other = decisionToMatrix(decision, [{ pacticipant: 'a', version: 'p2' }, { pacticipant: 'd' }]);
    expect(other.summary).toMatchObject({ deployable: false, failed: 1 });
    expect(other.summary).not.toHaveProperty('ignored');
  });
});
