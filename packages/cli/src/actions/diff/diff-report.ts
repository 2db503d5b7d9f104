import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pointerToLocation } from '@signet/core';
import type { CiProblem, CiReport } from '../../output/report/ci-report.js';
import { displayPath } from '../../output/report/display-path.js';
import { SourceLines } from '../../output/report/source-lines.js';
import type { DiffFilesResult } from './diff-files.js';
import { changePlace, diffSummary } from './render-diff.js';

const LEVELS = { breaking: 'error', 'potentially-breaking': 'warning', safe: 'note' } as const;

/** The diff as a CI report: one case per change (failed at or above --fail-on), located on the spec's line. */
export async function diffReport(
  result: DiffFilesResult,
  files: { base: string; head: string },
  cwd: string,
): Promise<CiReport> {
  const [baseLines, headLines] = await Promise.all([lines(files.base, cwd), lines(files.head, cwd)]);
  const rank = { safe: 0, 'potentially-breaking': 1, breaking: 2 };
  const baseFile = displayPath(files.base, cwd);
  const headFile = displayPath(files.head, cwd);
  return {
    command: 'signet diff',
    title: `${headFile} against ${baseFile}`,
    passed: !result.failed,
    summary: diffSummary(result),
    cases: result.changes.map((change) => {
      const at = (file: string, text: SourceLines | undefined, pointer: string | undefined) =>
        pointer === undefined ? undefined : { file, line: text?.lineOf(pointerToLocation(pointer)) };
      const head = at(headFile, headLines, change.head);
      const base = at(baseFile, baseLines, change.base);
      const problem: CiProblem = {
        level: LEVELS[change.severity],
        code: change.id,
        message: `${changePlace(change)}: ${change.message}`,
        ...((head ?? base) ? { location: (head ?? base)! } : {}),
        ...(head && base ? { related: [base] } : {}),
      };
      return {
        group: change.operation
          ? `${change.operation.method.toUpperCase()} ${change.operation.path}`
          : 'spec',
        name: `${change.id}: ${changePlace(change)}`,
        failed: rank[change.severity] >= rank[result.failOn],
        problems: [problem],
      };
    }),
  };
}

async function lines(file: string, cwd: string): Promise<SourceLines | undefined> {
  const text = await readFile(path.resolve(cwd, file), 'utf8').catch(() => undefined);
  return text === undefined ? undefined : new SourceLines(text);
}
