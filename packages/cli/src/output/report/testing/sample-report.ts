import type { CiReport } from '../ci-report.js';

/** A report with every kind of case: passed, failed with located problems, passed with a warning, skipped. */
export function sampleReport(): CiReport {
  return {
    command: 'signet compare',
    title: 'pacts/cart-inventory.json against specs/inventory.yaml',
    passed: false,
    summary: 'incompatible: 1 error(s), 1 warning(s)',
    durationMs: 1234,
    cases: [
      { group: 'pacts/cart-inventory.json', name: 'a request for item 1', failed: false, problems: [] },
      {
        group: 'pacts/cart-inventory.json',
        name: 'a request for <items> & "gadgets"',
        failed: true,
        problems: [
          {
            level: 'error',
            code: 'response.body.incompatible',
            message: 'must be integer: 100%, a,b: c\nsecond line',
            detail: 'contract: [root].interactions[1].response.body.id',
            location: { file: 'pacts/cart-inventory.json', line: 12 },
            related: [{ file: 'specs/inventory.yaml', line: 30 }],
          },
        ],
      },
      {
        group: 'pacts/cart-inventory.json',
        name: 'a request with a header',
        failed: false,
        problems: [
          { level: 'warning', code: 'request.header.unknown', message: 'X-Trace is not in the spec' },
        ],
      },
      {
        group: 'pacts/cart-inventory.json',
        name: 'nothing to send',
        failed: false,
        problems: [],
        skipped: 'no examples',
      },
    ],
  };
}
