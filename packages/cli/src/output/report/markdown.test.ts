import { describe, expect, it } from 'vitest';
import { markdownSummary } from './markdown.js';
import { sampleReport } from './testing/sample-report.js';

describe('Markdown summary', () => {
  it('heads with the verdict and lists every case with its problem counts', () => {
    const md = markdownSummary(sampleReport());
    expect(md.split('\n')[0]).toBe('### ❌ signet compare: incompatible: 1 error(s), 1 warning(s)');
    expect(md).toContain('| ❌ | a request for \\<items\\> & "gadgets" | 1 error(s) |');
    expect(md).toContain('| ✅ | a request with a header | 1 warning(s) |');
    expect(md).toContain('| ⏭️ | nothing to send | — |');
  });

  it('lists problems with their location, on one line each', () => {
    const md = markdownSummary(sampleReport());
    expect(md).toContain(
      '- **error** `response.body.incompatible` a request for \\<items\\> & "gadgets": must be integer: 100%, a,b: c second line (pacts/cart-inventory.json:12)',
    );
  });

  it('keeps a pipe in a name from splitting the table', () => {
    const report = sampleReport();
    report.cases[0]!.name = 'GET /a|b';
    expect(markdownSummary(report)).toContain('| ✅ | GET /a\\|b | — |');
  });
});
