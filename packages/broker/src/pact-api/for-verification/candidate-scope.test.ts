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
    ).toEqual({ mainBranch: true, branches: ['feat'], createdSince: since });
    expect(candidateScope(request([{ branch: 'a', fallbackBranch: 'b' }, { environment: 'prod' }]))).toEqual({
      mainBranch: false,
      branches: ['a', 'b'],
      createdSince: undefined,
    });
  });

  it('reads everything when a selector chooses among all versions', () => {
    expect(candidateScope(request([]))).toBeUndefined();
    expect(candidateScope(request([{ mainBranch: true }, { tag: 'prod', latest: true }]))).toBeUndefined();
    expect(candidateScope(request([{ tag: 'prod' }]))).toBeUndefined();
    expect(candidateScope(request([{ latest: true }]))).toBeUndefined();
    expect(candidateScope(request([{ consumer: 'web' }]))).toBeUndefined();
  });
});
