import { describe, expect, it } from 'vitest';
import { noticesFor, type NoticeInput } from './notices.js';
import type { ProviderContext } from './pending.js';

const context: ProviderContext = {
  providerVersionBranch: 'feat',
  providerVersionTags: [],
  tagCreatedAt: new Map(),
};
const input: NoticeInput = {
  url: 'http://b/p',
  provider: 'api',
  criteria: ['x'],
  wip: false,
  pending: false,
};
const before = (extra: Partial<NoticeInput>) =>
  noticesFor({ ...input, ...extra }, context)
    .filter((n) => n.when === 'before_verification')
    .map((n) => n.text)
    .join('\n');

describe('noticesFor', () => {
  it('claims a previous successful verification only when the branch itself made one', () => {
    expect(before({ notPendingBecause: 'verified-here' })).toContain(
      "previously been successfully verified by a version of api with branch 'feat'",
    );
    for (const reason of ['verified-before', 'deployed-or-released'] as const) {
      const text = before({ notPendingBecause: reason });
      expect(text).not.toContain('previously been successfully verified');
      expect(text).toContain('not in pending state');
    }
  });

  it('names the WIP criteria and the pending state', () => {
    const text = before({
      wip: true,
      pending: true,
      criteria: ["the latest version of web from tag 'beta' (w1)"],
    });
    expect(text).toContain(
      "'work in progress' pact (ie. it is the pact for the latest version of web from tag 'beta'",
    );
    expect(text).toContain("pending state for a version of api with branch 'feat'");
  });
});
