import { describe, expect, it } from 'vitest';
import { failureCount, readVerificationResults } from './read-verification-results.js';

describe('readVerificationResults', () => {
  it('reads signet test’s per-operation results with each failed request’s curl line', () => {
    const lines = readVerificationResults([
      { operation: 'GET /items/{id}', requests: 3, passed: 3, failed: 0, failures: [] },
      {
        operation: 'POST /items',
        requests: 2,
        passed: 0,
        failed: 2,
        failures: [
          {
            curl: "curl -X POST 'http://x/items'",
            status: 500,
            failures: [{ check: 'no-server-error', message: 'answered 500' }],
          },
        ],
      },
    ]);
    expect(lines[1]).toEqual({
      kind: 'operation',
      operation: 'POST /items',
      requests: 2,
      failed: 2,
      skipped: undefined,
      failures: [
        { curl: "curl -X POST 'http://x/items'", status: 500, problems: ['no-server-error: answered 500'] },
      ],
    });
    expect(failureCount(lines)).toBe(2);
  });

  it('reads Pact verifier test results per interaction, and keeps unknown shapes as they are', () => {
    const lines = readVerificationResults([
      { interactionId: 'a1', success: true },
      {
        interactionId: 'a2',
        interactionDescription: 'get an item',
        success: false,
        mismatches: [{ attribute: 'body', description: 'Expected name' }, 'plain'],
      },
      42,
      { whatever: true },
    ]);
    expect(lines).toEqual([
      { kind: 'interaction', name: 'a1', success: true, problems: [] },
      {
        kind: 'interaction',
        name: 'get an item',
        success: false,
        problems: ['body: Expected name', 'plain'],
      },
      { kind: 'other', value: 42 },
      { kind: 'other', value: { whatever: true } },
    ]);
    expect(failureCount(lines)).toBe(1);
  });
});
