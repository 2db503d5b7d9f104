import type { SpecChange } from '@signet/core';
import { paint, type Io } from '../../output/io.js';
import type { DiffFilesResult } from './diff-files.js';

const COLOURS = { breaking: 31, 'potentially-breaking': 33, safe: 32 } as const;

/** One line for a change's place: `POST /items/{id} response 200 application/json owner.name`. */
export function changePlace(change: SpecChange): string {
  const parts: string[] = [];
  if (change.operation) parts.push(`${change.operation.method.toUpperCase()} ${change.operation.path}`);
  if (change.parameter) parts.push(`${change.parameter.in} ${change.parameter.name}`);
  if (change.status) parts.push(`response ${change.status}`);
  if (change.mediaType) parts.push(change.mediaType);
  if (change.propertyPath) parts.push(change.propertyPath);
  return parts.join(' ') || 'spec';
}

/** The verdict line: how many changes of each severity, and whether --fail-on was reached. */
export function diffSummary(result: DiffFilesResult): string {
  const { breaking, safe } = result.counts;
  const potentially = result.counts['potentially-breaking'];
  const verdict = result.failed ? `fails on ${result.failOn}` : 'passes';
  return `${verdict}: ${breaking} breaking, ${potentially} potentially breaking, ${safe} safe change(s)`;
}

/** Human report: one block per change, breaking first, then the verdict. */
export function renderDiff(io: Io, result: DiffFilesResult): string {
  const order = { breaking: 0, 'potentially-breaking': 1, safe: 2 };
  const sorted = [...result.changes].sort((a, b) => order[a.severity] - order[b.severity]);
  const lines = sorted.flatMap((c) => [
    `${paint(io, COLOURS[c.severity], c.severity.padEnd(20))} ${c.id}  ${changePlace(c)}`,
    `${' '.repeat(21)}${c.message}`,
  ]);
  if (lines.length > 0) lines.push('');
  lines.push(paint(io, result.failed ? 31 : 32, diffSummary(result)));
  return lines.join('\n') + '\n';
}
