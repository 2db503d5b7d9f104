/**
 * Unexpected failures that comparison contained instead of throwing. Kept (the last few) so tests can assert
 * there were none: containment must not hide bugs.
 */
const recent: unknown[] = [];

export function recordInternalError(error: unknown): void {
  recent.push(error);
  if (recent.length > 20) recent.shift();
}

/** Returns and forgets the recorded failures. */
export function takeInternalErrors(): unknown[] {
  return recent.splice(0, recent.length);
}
