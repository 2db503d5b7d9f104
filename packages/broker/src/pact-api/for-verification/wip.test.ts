import { describe, expect, it } from 'vitest';
import { candidate, success } from './testing/fixtures.js';
import type { ProviderContext } from './pending.js';
import { pactKey, selectWip } from './wip.js';

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
    branch: 'feat',
    createdAt: new Date('2024-01-01'),
  });
  const head = candidate({ consumer: 'web', consumerVersion: 'w1', branch: 'feat' });
  const main = candidate({ consumer: 'web', consumerVersion: 'w2', branch: 'main' });
  const tagged = candidate({ consumer: 'mobile', consumerVersion: 'm1', tags: ['beta'] });
  const none = () => [];

  it('picks heads of consumer branches and tags created since the date, not already selected', () => {
    const wip = selectWip([old, head, main, tagged], new Set([pactKey(main)]), since, onMain, none);
    expect(wip.map((c) => c.consumerVersion)).toEqual(['w1', 'm1']);
  });

  it('leaves out pacts created before the date and non-head versions', () => {
    expect(selectWip([old], new Set(), since, onMain, none)).toEqual([]);
    const newer = candidate({ consumer: 'web', consumerVersion: 'w3', branch: 'feat' });
    expect(selectWip([head, newer], new Set(), since, onMain, none).map((c) => c.consumerVersion)).toEqual([
      'w3',
    ]);
  });

  it('leaves out pacts this provider branch verified successfully, but not those verified only as WIP', () => {
    const verified = (wip: boolean) => () => [
      success({ contentSha: head.contentSha, providerBranch: 'main', wip }),
    ];
    expect(selectWip([head], new Set(), since, onMain, verified(false))).toEqual([]);
    expect(selectWip([head], new Set(), since, onMain, verified(true))).toEqual([head]);
  });

  it('needs a provider branch or tags', () => {
    expect(
      selectWip([head], new Set(), since, { providerVersionTags: [], tagCreatedAt: new Map() }, none),
    ).toEqual([]);
  });
});
