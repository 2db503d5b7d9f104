import type { ChangeImpact } from '@signet/client';

/** Changes grouped by the operation they are in ("GET /items/{id}"), spec-wide ones under "the whole spec". */
export function groupByOperation(
  changes: readonly ChangeImpact[],
): Array<{ key: string; changes: ChangeImpact[] }> {
  const groups = new Map<string, ChangeImpact[]>();
  for (const impact of changes) {
    const op = impact.change.operation;
    const key = op === undefined ? 'the whole spec' : `${op.method.toUpperCase()} ${op.path}`;
    groups.set(key, [...(groups.get(key) ?? []), impact]);
  }
  return [...groups].map(([key, list]) => ({ key, changes: list }));
}
