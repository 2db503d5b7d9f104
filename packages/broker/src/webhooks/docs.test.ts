import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (relative: string) => readFileSync(new URL(relative, import.meta.url), 'utf8');

describe('docs/webhooks.md', () => {
  it('shows the very receiver check the tests use', () => {
    const docs = read('../../../../docs/webhooks.md');
    expect(docs).toContain(`\`\`\`ts\n${read('./testing/verify-signet-webhook.ts')}\`\`\``);
  });
});
