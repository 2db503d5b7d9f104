import { describe, expect, it } from 'vitest';
import { candidate } from './testing/fixtures.js';
import { groupSelections } from './group-selections.js';
import { defaultSelections, selectPacts } from './select-pacts.js';

const w1 = candidate({
  consumer: 'web',
  consumerVersion: 'w1',
  branches: ['main'],
  tags: ['prod'],
  headBranches: [],
  headTags: [],
});
const w2 = candidate({ consumer: 'web', consumerVersion: 'w2', branches: ['main'] });
const w3 = candidate({
  consumer: 'web',
  consumerVersion: 'w3',
  branches: ['feat'],
  tags: ['prod'],
  deployments: [{ environment: 'production', kind: 'deployment' }],
});
const m1 = candidate({ consumer: 'mobile', consumerVersion: 'm1', consumerMainBranch: null, tags: ['prod'] });
const all = [w1, w2, w3, m1];
const versions = (selector: Parameters<typeof selectPacts>[1], branch?: string) =>
  selectPacts(all, selector, branch).map((s) => s.candidate.consumerVersion);

describe('selectPacts', () => {
  it('chooses the latest of the main branch, a branch, the matching branch, or overall, per consumer', () => {
    expect(versions({ mainBranch: true })).toEqual(['w2']);
    expect(versions({ branch: 'feat' })).toEqual(['w3']);
    expect(versions({ branch: 'nope', fallbackBranch: 'main' })).toEqual(['w2']);
    expect(versions({ matchingBranch: true }, 'feat')).toEqual(['w3']);
    expect(versions({ latest: true })).toEqual(['w3', 'm1']);
    expect(versions({ latest: true, consumer: 'mobile' })).toEqual(['m1']);
  });

  it('reads branches at their head version: a head that published no pact with this provider selects nothing', () => {
    // Pact Broker joins branch_heads: the pact of an older version on the branch is not chosen instead.
    const dropped = candidate({
      consumer: 'web',
      consumerVersion: 'd1',
      branches: ['feat'],
      headBranches: [],
    });
    expect(selectPacts([dropped], { branch: 'feat' })).toEqual([]);
    expect(selectPacts([dropped], { matchingBranch: true }, 'feat')).toEqual([]);
    expect(selectPacts([{ ...dropped, branches: ['main'] }], { mainBranch: true })).toEqual([]);
  });

  it('falls back per selector: only when the selector chose nothing for any consumer', () => {
    // Pact Broker's find_pacts_for_fallback_tags: the fallback is used for a selector no pact answered.
    const m2 = candidate({ consumer: 'mobile', consumerVersion: 'm2', branches: ['main'] });
    const pool = [...all, m2];
    const chosen = (selector: Parameters<typeof selectPacts>[1]) =>
      selectPacts(pool, selector).map((s) => s.candidate.consumerVersion);
    expect(chosen({ branch: 'feat', fallbackBranch: 'main' })).toEqual(['w3']);
    expect(chosen({ branch: 'gone', fallbackBranch: 'main' })).toEqual(['w2', 'm2']);
    const m3 = candidate({ consumer: 'mobile', consumerVersion: 'm3', tags: ['beta'] });
    expect(
      selectPacts([...all, m3], { tag: 'beta', latest: true, fallbackTag: 'prod' }).map(
        (s) => s.candidate.consumerVersion,
      ),
    ).toEqual(['m3']);
  });

  it('treats a tag without latest as all versions with the tag, with latest as the newest, with a fallback tag', () => {
    expect(versions({ tag: 'prod' })).toEqual(['w1', 'w3', 'm1']);
    expect(versions({ tag: 'prod', latest: true })).toEqual(['w3', 'm1']);
    expect(versions({ tag: 'gone', latest: true, fallbackTag: 'prod' })).toEqual(['w3', 'm1']);
  });

  it('chooses what is deployed or released, optionally in one environment', () => {
    expect(versions({ deployed: true })).toEqual(['w3']);
    expect(versions({ released: true })).toEqual([]);
    expect(versions({ environment: 'production' })).toEqual(['w3']);
    expect(versions({ environment: 'staging' })).toEqual([]);
  });

  it('defaults to the main branch head (else the latest) plus everything deployed or released', () => {
    expect(defaultSelections(all).map((s) => s.candidate.consumerVersion)).toEqual(['w2', 'm1', 'w3']);
  });

  it('de-duplicates identical content chosen by several selectors and merges the reasons', () => {
    const same = candidate({
      consumer: 'web',
      consumerVersion: 'w4',
      branches: ['main'],
      contentSha: w3.contentSha,
    });
    const groups = groupSelections([
      ...selectPacts([w3, same], { mainBranch: true }),
      ...selectPacts([w3, same], { deployed: true }),
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.consumerVersions).toEqual(['w4', 'w3']);
    expect(groups[0]!.candidate.consumerVersion).toBe('w4');
    expect(groups[0]!.criteria).toHaveLength(2);
  });
});
