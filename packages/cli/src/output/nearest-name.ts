/** Edits (insert, delete, substitute, swap two neighbours) that turn `a` into `b`, case-insensitively. */
function editDistance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  // Three rows are enough: the current, the previous, and the one before it (for swaps).
  let before: number[] = [];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1])
        best = Math.min(best, before[j - 2]! + 1);
      current.push(best);
    }
    before = previous;
    previous = current;
  }
  return previous[y.length]!;
}

/**
 * The candidate closest to what was typed, when it is close enough to be a typo (at most a third of its
 * length in edits, and at least one) or the only one it abbreviates (`prod` for `production`); else undefined.
 *
 * @example nearestName('verificaton.succeeded', ['verification.succeeded', 'spec.published']) // 'verification.succeeded'
 */
export function nearestName(typed: string, candidates: readonly string[]): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const name of candidates) {
    const distance = editDistance(typed, name);
    if (best === undefined || distance < best.distance) best = { name, distance };
  }
  const limit = Math.max(1, Math.floor(typed.length / 3));
  if (best !== undefined && best.distance <= limit) return best.name;
  const extending = candidates.filter((name) => name.toLowerCase().startsWith(typed.toLowerCase()));
  return typed.length >= 3 && extending.length === 1 ? extending[0] : undefined;
}

/** `; did you mean 'x'?` for a close candidate, else an empty string: the tail of an "unknown name" message. */
export function didYouMean(typed: string, candidates: readonly string[]): string {
  const nearest = nearestName(typed, candidates);
  return nearest === undefined ? '' : `; did you mean '${nearest}'?`;
}
