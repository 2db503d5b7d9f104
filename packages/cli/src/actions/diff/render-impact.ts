import type { ChangeImpact, ConsumerImpact } from '@signet/client';
import { paint, type Io } from '../../output/io.js';
import type { BrokerDiffResult } from './diff-against-broker.js';
import { changePlace } from './render-diff.js';

const COLOURS = { breaks: 31, used: 33, unused: 32, safe: 32 } as const;
const ORDER = { breaks: 0, used: 1, unused: 2, safe: 3 } as const;

/** `shopping-cart@c2 (production)` */
export function consumerName(c: Pick<ConsumerImpact, 'consumer' | 'version' | 'environments'>): string {
  const where = c.environments?.length ? ` (${c.environments.join(', ')})` : '';
  return `${c.consumer}${c.version ? `@${c.version}` : ''}${where}`;
}

/** Which consumers counted, and the verdict in one line. */
export function impactSummary(result: BrokerDiffResult): string {
  const { counts, consumers } = result.impact;
  const against = `${result.provider}'s latest spec${result.base.version ? ` (${result.base.version})` : ''}`;
  const verdict = result.failed
    ? `fails: ${counts.brokenConsumers} of ${consumers.length} consumer(s) broken`
    : `passes: none of ${consumers.length} consumer(s) broken`;
  return `${verdict} against ${against}; ${counts.breaks} change(s) break consumers, ${counts.used} used but still compatible, ${counts.unused} unused (safe to ship), ${counts.safe} safe`;
}

/** Human report: each change with its impact (breaking ones first), the consumers checked, the verdict. */
export function renderImpact(io: Io, result: BrokerDiffResult): string {
  const sorted = [...result.impact.changes].sort((a, b) => ORDER[a.verdict] - ORDER[b.verdict]);
  const lines = sorted.flatMap((c: ChangeImpact) => [
    `${paint(io, COLOURS[c.verdict], c.verdict.padEnd(8))} ${c.change.severity.padEnd(20)} ${c.change.id}  ${changePlace(c.change)}`,
    `${' '.repeat(30)}${c.change.message}`,
    `${' '.repeat(30)}${c.message}`,
  ]);
  for (const consumer of result.impact.unexplained)
    lines.push(
      `${paint(io, 31, 'broken'.padEnd(8))} ${consumerName(consumer)}: its contract fails against the new spec, and no listed change explains why`,
    );
  if (lines.length > 0) lines.push('');
  const consumers = result.impact.consumers.map((c) => `${consumerName(c)} ${c.verdict}`);
  lines.push(`consumers checked: ${consumers.length > 0 ? consumers.join(', ') : 'none'}`);
  lines.push(paint(io, result.failed ? 31 : 32, impactSummary(result)));
  return lines.join('\n') + '\n';
}
