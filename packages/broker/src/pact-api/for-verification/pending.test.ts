import { describe, expect, it } from 'vitest';
import { success } from './testing/fixtures.js';
import { isPending, notPendingReason, type ProviderContext } from './pending.js';

const onMain: ProviderContext = {
  providerVersionBranch: 'main',
  providerVersionTags: [],
  branchCreatedAt: new Date('2024-01-01'),
  tagCreatedAt: new Map(),
};

describe('isPending', () => {
  it('is pending for a branch until a version on that branch verified the content successfully', () => {
    expect(isPending([], onMain, false)).toBe(true);
    expect(isPending([success({ providerBranches: ['feat'] })], onMain, false)).toBe(true);
    expect(isPending([success({ providerBranches: ['main'] })], onMain, false)).toBe(false);
  });

  it('counts another branch that verified before this branch existed, and a branch that does not exist yet', () => {
    const early = success({ providerBranches: ['feat'], createdAt: new Date('2023-12-01') });
    expect(isPending([early], onMain, false)).toBe(false);
    expect(
      isPending([success({ providerBranches: ['feat'] })], { ...onMain, branchCreatedAt: undefined }, false),
    ).toBe(false);
  });

  it('with tags only, is pending if any tag lacks a successful verification', () => {
    const tags: ProviderContext = {
      providerVersionTags: ['prod', 'eu'],
      tagCreatedAt: new Map([
        ['prod', new Date('2024-01-01')],
        ['eu', new Date('2024-01-01')],
      ]),
    };
    expect(isPending([success({ providerTags: ['prod'] })], tags, false)).toBe(true);
    expect(isPending([success({ providerTags: ['prod', 'eu'] })], tags, false)).toBe(false);
  });

  it('with neither, is pending until ever verified; WIP verifications do not count; deployed content is never pending', () => {
    const none: ProviderContext = { providerVersionTags: [], tagCreatedAt: new Map() };
    expect(isPending([], none, false)).toBe(true);
    expect(isPending([success()], none, false)).toBe(false);
    expect(isPending([success({ providerBranches: ['main'], wip: true })], onMain, false)).toBe(true);
    expect(isPending([], onMain, true)).toBe(false);
  });

  it('says why a pact is not pending, so a notice never claims a verification that did not happen', () => {
    expect(notPendingReason([success({ providerBranches: ['main'] })], onMain, true)).toBe('verified-here');
    const early = success({ providerBranches: ['feat'], createdAt: new Date('2023-12-01') });
    expect(notPendingReason([early], onMain, false)).toBe('verified-before');
    expect(notPendingReason([], onMain, true)).toBe('deployed-or-released');
    expect(notPendingReason([], onMain, false)).toBeUndefined();
  });
});
