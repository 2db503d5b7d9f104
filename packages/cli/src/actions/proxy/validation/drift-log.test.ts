import { describe, expect, it } from 'vitest';
import { DriftLog, driftLines, KEPT_DRIFTS, KEPT_FINDINGS, summaryLines } from './drift-log.js';
import type { DriftFinding, ExchangeVerdict } from './drift-finding.js';

const finding = (n: number): DriftFinding => ({
  code: 'request.body.incompatible',
  side: 'request',
  location: `body/items/${n}`,
  message: 'must be integer',
});

const verdict = (findings: DriftFinding[], url = '/pets'): ExchangeVerdict => ({
  method: 'POST',
  url,
  status: 201,
  operation: 'POST /pets',
  findings,
});

describe('DriftLog', () => {
  it('keeps and prints the first findings of an exchange, counting the rest', () => {
    const many = verdict(Array.from({ length: KEPT_FINDINGS + 30 }, (_, n) => finding(n)));
    const log = new DriftLog('spec.yaml');
    log.add(many);
    const [kept] = log.summary().exchanges;
    expect(kept!.findings).toHaveLength(KEPT_FINDINGS);
    expect(kept!.omittedFindings).toBe(30);
    const lines = driftLines(many).trimEnd().split('\n');
    expect(lines).toHaveLength(1 + KEPT_FINDINGS + 1);
    expect(lines.at(-1)).toContain('… and 30 more finding(s)');
    // Counts by code still see every finding.
    expect(log.summary().codes).toEqual([
      { code: 'request.body.incompatible', count: KEPT_FINDINGS + 30, operations: ['POST /pets'] },
    ]);
  });

  it('keeps a bounded number of drifting exchanges and counts the others', () => {
    const log = new DriftLog('spec.yaml');
    for (let n = 0; n < KEPT_DRIFTS + 5; n += 1) log.add(verdict([finding(n)], `/pets?n=${n}`));
    log.add(verdict([]));
    const summary = log.summary();
    expect(summary).toMatchObject({ checked: KEPT_DRIFTS + 6, drifted: KEPT_DRIFTS + 5, omitted: 5 });
    expect(summary.exchanges).toHaveLength(KEPT_DRIFTS);
    expect(summaryLines(summary)).toContain(
      `${KEPT_DRIFTS + 6} exchange(s) checked, ${KEPT_DRIFTS + 5} drifted`,
    );
  });
});
