import { describe, expect, it } from 'vitest';
import { candidateScope } from './candidate-scope.js';
import type { ForVerificationRequest } from './for-verification-request.js';
import type { ConsumerVersionSelector } from './selectors.js';

const request = (
  selectors: ConsumerVersionSelector[],
  extra: Partial<ForVerificationRequest> = {},
): ForVerificationRequest => ({ selectors, providerVersionTags: [], includePendingStatus: true, ...extra });

describe('candidateScope', () => {
  it('reads branch heads, deployments and WIP candidates for the common selectors', () => {
    const since = new Date('2026-01-01T00:00:00Z');
    expect(
      candidateScope(
        request([{ mainBranch: true }, { deployedOrReleased: true }, { matchingBranch: true }], {
          providerVersionBranch: 'feat',
          includeWipPactsSince: since,
        }),
      ),
    ).toEqual({ mainBranch: true, branches: ['feat'], tags: [], createdSince: since });
    expect(candidateScope(request([{ branch: 'a', fallbackBranch: 'b' }, { environment: 'prod' }]))).toEqual({
      mainBranch: false,
      branches: ['a', 'b'],
      tags: [],
      createdSince: undefined,
    });
  });

  it('reads the versions carrying the named tags (and fallback tags) for tag selectors, latest or not', () => {
    expect(
      candidateScope(request([{ tag: 'prod' }, { tag: 'beta', latest: true, fallbackTag: 'dev' }])),
    ).toEqual({ mainBranch: false, branches: [], tags: ['prod', 'beta', 'dev'], createdSince: undefined });
  });

  it('reads everything when a selector chooses among all versions', () => {
    expect(candidateScope(request([]))).toBeUndefined();
    expect(candidateScope(request([{ tag: 'prod' }, { latest: true }]))).toBeUndefined();
    expect(candidateScope(request([{ latest: true }]))).toBeUndefined();
    expect(candidateScope(request([{ consumer: 'web' }]))).toBeUndefined();
  });
});
