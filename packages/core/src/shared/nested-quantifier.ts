/**
 * Whether a pattern has the shape of catastrophic backtracking: a quantified group that itself contains a
 * quantifier (`(a+)+`, `(?:a*b)*`) or an alternation (`(a|a)*`, `(a|ab)+`), where a backtracking engine can
 * split the same text in exponentially many ways. Escaped characters and character classes are literal text.
 *
 * @example hasNestedQuantifier('(a+)+') // true
 * @example hasNestedQuantifier('(ab)+c*') // false
 */
export function hasNestedQuantifier(pattern: string): boolean {
  // Per open group: whether it holds a quantifier or an alternation.
  const risky: boolean[] = [false];
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      inClass = c !== ']';
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') risky.push(false);
    else if (c === ')') {
      const inner = risky.pop() ?? false;
      if (inner && isQuantifier(pattern, i + 1)) return true;
      if (risky.length === 0) risky.push(false);
      risky[risky.length - 1] ||= inner;
    } else if (c === '|' && risky.length > 1) {
      risky[risky.length - 1] = true;
    } else if (c === '*' || c === '+' || c === '{' || (c === '?' && pattern[i - 1] !== '(')) {
      risky[risky.length - 1] = true;
    }
  }
  return false;
}

function isQuantifier(pattern: string, at: number): boolean {
  const next = pattern[at];
  return next === '*' || next === '+' || next === '?' || next === '{';
}
