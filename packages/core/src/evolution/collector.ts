import type { ChangeSeverity, SpecChange } from './model.js';

/** Most changes one diff records; past it a single `diff-truncated` change says the list is incomplete. */
export const MAX_CHANGES = 20_000;

/** Where the checks are looking: copied into every change they record there. */
export type ChangeScope = Omit<SpecChange, 'id' | 'severity' | 'message'>;

/** Collects changes; bounded so a hostile pair of specs cannot grow the answer without limit. */
export class ChangeCollector {
  readonly changes: SpecChange[] = [];
  private truncated = false;

  add(scope: ChangeScope, id: string, severity: ChangeSeverity, message: string): void {
    if (this.changes.length >= MAX_CHANGES) {
      this.truncate();
      return;
    }
    this.changes.push({ id, severity, message, ...scope });
  }

  /** Records, once, that the diff stopped early; never a false "no change". */
  truncate(reason = `more than ${MAX_CHANGES} changes; the rest were not listed`): void {
    if (this.truncated) return;
    this.truncated = true;
    this.changes.push({
      id: 'diff-truncated',
      severity: 'potentially-breaking',
      message: reason,
      direction: 'spec',
    });
  }
}
