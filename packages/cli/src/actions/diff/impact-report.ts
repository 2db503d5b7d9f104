import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pointerToLocation } from '@signet/core';
import type { CiReport } from '../../output/report/ci-report.js';
import { displayPath } from '../../output/report/display-path.js';
import { SourceLines } from '../../output/report/source-lines.js';
import type { BrokerDiffResult } from './diff-against-broker.js';
import { changePlace } from './render-diff.js';
import { consumerName, impactSummary } from './render-impact.js';

const LEVELS = { breaks: 'error', used: 'warning', unused: 'note', safe: 'note' } as const;

/** The impact as a CI report: one case per change (failed when it breaks a consumer), on the head spec's line. */
export async function impactReport(result: BrokerDiffResult, head: string, cwd: string): Promise<CiReport> {
  const text = await readFile(path.resolve(cwd, head), 'utf8').catch(() => undefined);
  const lines = text === undefined ? undefined : new SourceLines(text);
  const file = displayPath(head, cwd);
  const at = (pointer: string | undefined) =>
    pointer === undefined
      ? undefined
      : { location: { file, line: lines?.lineOf(pointerToLocation(pointer)) } };
  const cases = result.impact.changes.map((c) => ({
    group: c.change.operation
      ? `${c.change.operation.method.toUpperCase()} ${c.change.operation.path}`
      : 'spec',
    name: `${c.change.id}: ${changePlace(c.change)}`,
    failed: c.verdict === 'breaks',
    problems: [
      {
        level: LEVELS[c.verdict],
        code: c.change.id,
        message: `${changePlace(c.change)}: ${c.change.message} — ${c.message}`,
        // A removal has no place in the head: its base pointer finds the deepest part of it the head still has.
        ...(at(c.change.head ?? c.change.base) ?? {}),
      },
    ],
  }));
  for (const consumer of result.impact.unexplained)
    cases.push({
      group: 'consumers',
      name: `${consumerName(consumer)} broken`,
      failed: true,
      problems: [
        {
          level: 'error',
          code: 'consumer-broken',
          message: `${consumerName(consumer)}: its contract fails against the new spec, and no listed change explains why`,
        },
      ],
    });
  return {
    command: 'signet diff',
    title: `${file} against ${result.provider}'s latest spec, for its consumers`,
    passed: !result.failed,
    summary: impactSummary(result),
    cases,
  };
}
