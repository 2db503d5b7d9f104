import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeDocsSection } from './docs-section.js';

describe('writeDocsSection', () => {
  it('replaces only its own marked block and keeps hand-written text', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'bench-doc-')), 'benchmarks.md');
    writeFileSync(
      path,
      '# Benchmarks\n\n<!-- bench:a:start -->\nold\n<!-- bench:a:end -->\n\nWhy it differs.\n',
    );
    await writeDocsSection('a', '## A\n\nnew', path);
    await writeDocsSection('b', '## B\n\nfirst', path);
    await writeDocsSection('a', '## A\n\nnewer', path);
    const text = readFileSync(path, 'utf8');
    expect(text).toContain('newer');
    expect(text).not.toContain('old');
    expect(text).toContain('Why it differs.');
    expect(text.indexOf('## A')).toBeLessThan(text.indexOf('## B'));
  });
});
