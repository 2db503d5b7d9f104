import { RE2JS } from 're2js';

/** Longest pattern evaluated; longer ones are reported as mismatches, never compiled. */
export const MAX_PATTERN_LENGTH = 4096;
/** JS `RegExp` fallback (lookaround, backreferences) only for short patterns without nested quantifiers. */
const MAX_FALLBACK_LENGTH = 256;

type Compiled = { test: (text: string) => boolean } | { error: string };
const cache = new Map<string, Compiled>();

/**
 * Whether `text` matches `pattern` as a whole, as Pact regex matchers require. Patterns run on
 * re2js (linear time), so a user-supplied regex cannot hang the process; a pattern re2js cannot
 * compile falls back to `RegExp` only when it is short and has no nested quantifiers.
 *
 * @returns `true`/`false`, or a message when the pattern cannot be evaluated safely.
 * @example fullMatch('\\d+', '123') // true
 */
export function fullMatch(pattern: string, text: string): boolean | string {
  const compiled = compile(pattern);
  if ('error' in compiled) return compiled.error;
  try {
    return compiled.test(text);
  } catch (error) {
    return `regular expression could not be evaluated: ${error instanceof Error ? error.message : String(error)}`;
  }
}

function compile(pattern: string): Compiled {
  const cached = cache.get(pattern);
  if (cached) return cached;
  const compiled = build(pattern);
  if (cache.size > 1000) cache.clear();
  cache.set(pattern, compiled);
  return compiled;
}

function build(pattern: string): Compiled {
  if (pattern.length > MAX_PATTERN_LENGTH) {
    return {
      error: `regular expression is ${pattern.length} characters long; the limit is ${MAX_PATTERN_LENGTH}`,
    };
  }
  try {
    const re = RE2JS.compile(pattern);
    return { test: (text) => re.matches(text) };
  } catch (re2Error) {
    const reason = re2Error instanceof Error ? re2Error.message : String(re2Error);
    if (pattern.length > MAX_FALLBACK_LENGTH || hasNestedQuantifier(pattern)) {
      return { error: `regular expression '${pattern}' is not supported (${reason})` };
    }
    try {
      const re = new RegExp(`^(?:${pattern})$`, 'u');
      return { test: (text) => re.test(text) };
    } catch {
      try {
        const re = new RegExp(`^(?:${pattern})$`);
        return { test: (text) => re.test(text) };
      } catch (jsError) {
        return {
          error: `invalid regular expression '${pattern}': ${jsError instanceof Error ? jsError.message : String(jsError)}`,
        };
      }
    }
  }
}

/** A quantified group that itself contains a quantifier, e.g. `(a+)+` — the shape of catastrophic backtracking. */
export function hasNestedQuantifier(pattern: string): boolean {
  const depthHasQuantifier: boolean[] = [false];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '(') depthHasQuantifier.push(false);
    else if (c === ')') {
      const inner = depthHasQuantifier.pop() ?? false;
      const next = pattern[i + 1];
      if (inner && (next === '*' || next === '+' || next === '?' || next === '{')) return true;
      if (depthHasQuantifier.length === 0) depthHasQuantifier.push(false);
      depthHasQuantifier[depthHasQuantifier.length - 1] ||= inner;
    } else if (c === '*' || c === '+' || c === '{' || (c === '?' && pattern[i - 1] !== '(')) {
      depthHasQuantifier[depthHasQuantifier.length - 1] = true;
    }
  }
  return false;
}
