import { describe, expect, it } from 'vitest';
import { candidate, success } from './testing/fixtures.js';
import type { ProviderContext } from './pending.js';
import { headNames, pactKey, selectWip } from './wip.js';

const onMain: ProviderContext = {
  providerVersionBranch: 'main',
  providerVersionTags: [],
  tagCreatedAt: new Map(),
};
const since = new Date('2024-05-01');

describe('selectWip', () => {
  const old = candidate({
    consumer: 'web',
    consumerVersion: 'w0',
    branches: ['feat'],
    headBranches: [],
    createdAt: new Date('2024-01-01'),
  });
  const head = candidate({ consumer: 'web', consumerVersion: 'w1', branches: ['feat'] });
  const main = candidate({ consumer: 'web', consumerVersion: 'w2', branches: ['main'] });
  const tagged = candidate({ consumer: 'mobile', consumerVersion: 'm1', tags: ['beta'] });
  const none = () => [];

  it('picks heads of consumer branches and tags created since the date, not already selected', () => {
    const wip = selectWip([old, head, main, tagged], new Set([pactKey(main)]), since, onMain, none);
    expect(wip.map((c) => c.consumerVersion)).toEqual(['w1', 'm1']);
  });

  it('leaves out pacts created before the date and non-head versions', () => {
    expect(selectWip([old], new Set(), since, onMain, none)).toEqual([]);
    const newer = candidate({ consumer: 'web', consumerVersion: 'w3', branches: ['feat'] });
    const behind = { ...head, headBranches: [] };
    expect(selectWip([behind, newer], new Set(), since, onMain, none).map((c) => c.consumerVersion)).toEqual([
      'w3',
    ]);
  });

  it('leaves out a branch or tag whose head version published no pact with this provider', () => {
    // Pact Broker's WIP query joins branch heads and tag heads: an older pact of the branch is not WIP.
    const dropped = { ...head, headBranches: [] };
    const untagged = { ...tagged, headTags: [] };
    expect(selectWip([dropped, untagged], new Set(), since, onMain, none)).toEqual([]);
  });

  it('leaves out pacts this provider branch verified successfully, but not those verified only as WIP', () => {
    const verified = (wip: boolean) => () => [
      success({ contentSha: head.contentSha, providerBranches: ['main'], wip }),
    ];
    expect(selectWip([head], new Set(), since, onMain, verified(false))).toEqual([]);
    expect(selectWip([head], new Set(), since, onMain, verified(true))).toEqual([head]);
  });

  it('on a new provider branch, leaves out pacts another branch verified successfully before it existed', () => {
    // Pact Broker excludes pacts "successfully verified by another provider branch before this branch first
    // created"; a branch with no versions yet counts every earlier non-WIP success.
    const byMain = () => [success({ contentSha: head.contentSha, providerBranches: ['main'] })];
    const fresh: ProviderContext = { ...onMain, providerVersionBranch: 'feat-x', branchCreatedAt: undefined };
    expect(selectWip([head], new Set(), since, fresh, byMain)).toEqual([]);
    const createdFirst: ProviderContext = { ...fresh, branchCreatedAt: new Date('2024-06-01') };
    expect(selectWip([head], new Set(), since, createdFirst, byMain)).toEqual([head]);
    const createdAfter: ProviderContext = { ...fresh, branchCreatedAt: new Date('2024-07-01') };
    expect(selectWip([head], new Set(), since, createdAfter, byMain)).toEqual([]);
  });

  it('names the branch and the tags a WIP pact is the head of', () => {
    expect(headNames(head)).toEqual(["branch 'feat'"]);
    const both = candidate({
      consumer: 'web',
      consumerVersion: 'w9',
      branches: ['x'],
      tags: ['a', 'b'],
      headTags: ['b'],
    });
    expect(headNames(both)).toEqual(["branch 'x'", "tag 'b'"]);
    expect(headNames({ ...both, headBranches: [] })).toEqual(["tag 'b'"]);
  });

  it('needs a provider branch or tags', () => {
    expect(
      selectWip([head], new Set(), since, { providerVersionTags: [], tagCreatedAt: new Map() }, none),
    ).toEqual([]);
  });
});
