import type { ComparisonResult, Finding } from '@signet/core';
import { paint, type Io } from './io.js';

/** Human-readable comparison report: findings grouped by interaction, then a one-line verdict. */
export function renderComparison(io: Io, result: ComparisonResult): string {
  const lines: string[] = [];
  for (const [interaction, findings] of groupByInteraction(result.findings)) {
    lines.push(paint(io, 1, interaction));
    for (const finding of findings) {
      const label =
        finding.type === 'error' ? paint(io, 31, 'error  ') : paint(io, 33, finding.type.padEnd(7));
      lines.push(`  ${label} ${finding.code}  ${finding.mockDetails.location}`);
      lines.push(`          ${finding.message}`);
      if (finding.specDetails) lines.push(`          spec: ${finding.specDetails.location}`);
    }
  }
  const errors = result.findings.filter((f) => f.type === 'error').length;
  const warnings = result.findings.length - errors;
  const verdict = result.compatible ? paint(io, 32, 'compatible') : paint(io, 31, 'incompatible');
  if (lines.length > 0) lines.push('');
  lines.push(`${verdict}: ${errors} error(s), ${warnings} warning(s)`);
  return lines.join('\n') + '\n';
}

function groupByInteraction(findings: Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const { interactionDescription, interactionState } = finding.mockDetails;
    const key =
      interactionState && interactionState !== '[none]'
        ? `${interactionDescription} (given ${interactionState})`
        : interactionDescription;
    const group = groups.get(key) ?? [];
    group.push(finding);
    groups.set(key, group);
  }
  return groups;
}
