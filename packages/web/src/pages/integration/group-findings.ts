import type { Finding } from '@signet/client';

export interface FindingGroup {
  /** `GET /api/gadgets/{gadgetId}`, or a label for findings not tied to an operation. */
  operation: string;
  findings: Finding[];
}

export const UNMATCHED = 'Not matched to a spec operation';

/** Findings grouped by the spec operation they concern, errors first within each group, groups in first-seen order. */
export function groupFindings(findings: Finding[]): FindingGroup[] {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const method = finding.specDetails?.pathMethod;
    const path = finding.specDetails?.pathName;
    const key = method && path ? `${method.toUpperCase()} ${path}` : UNMATCHED;
    groups.set(key, [...(groups.get(key) ?? []), finding]);
  }
  const rank = { error: 0, warning: 1, info: 2 };
  return [...groups].map(([operation, list]) => ({
    operation,
    findings: [...list].sort((a, b) => rank[a.type] - rank[b.type]),
  }));
}
