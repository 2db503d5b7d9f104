import { RE2JS } from 're2js';
import { ecmaScriptToRe2 } from './ecmascript-to-re2.js';
import { hasNestedQuantifier } from './nested-quantifier.js';

export { hasNestedQuantifier };

/** Longest pattern evaluated; longer ones are refused, never compiled. */
export const MAX_PATTERN_LENGTH = 4096;
/** Native `RegExp` fallback (lookaround, backreferences) only for short patterns without nested quantifiers. */
const MAX_FALLBACK_LENGTH = 256;
/** Compiled patterns kept per kind; a document with more distinct ones recompiles (correct, only slower). */
const MAX_CACHED = 5000;

/** A compiled pattern: `test` runs in time linear in the text (or is a vetted short fallback). */
export interface LinearRegex {
  test(text: string): boolean;
}

/** A compiled pattern, or why it cannot be run safely (the caller must then report the value as unchecked). */
export type CompiledPattern = { ok: true; regex: LinearRegex } | { ok: false; reason: string };

/**
 * A JSON Schema `pattern` (or `patternProperties` key) as Ajv and OpenAPI read it: ECMAScript syntax with the
 * `u` flag, searched anywhere in the text (`abc` matches `xabcx`). Runs on re2js (linear time), after
 * {@link ecmaScriptToRe2} keeps ECMAScript's meaning; a pattern RE2 cannot express (lookaround, backreferences)
 * runs on `RegExp` only when it is short and has no nested quantifiers, and is refused otherwise.
 *
 * @example schemaPattern('^\\d+$') // { ok: true, regex } with regex.test('123') === true
 * @example schemaPattern('^(?=a)(a+)+$') // { ok: false, reason: "regular expression '^(?=a)(a+)+$' is not supported (…)" }
 */
export function schemaPattern(pattern: string): CompiledPattern {
  return cached(schemaPatterns, pattern, compileSchemaPattern);
}

/**
 * A Pact `regex` matcher's pattern, which must match the whole text. Pact patterns come from JVM and Rust
 * regex syntax, close to RE2's, so they are compiled as written; the same fallback rule as {@link schemaPattern}.
 *
 * @example wholeTextPattern('\\d+') // { ok: true, regex } with regex.test('123') === true, regex.test('a1') === false
 */
export function wholeTextPattern(pattern: string): CompiledPattern {
  return cached(wholeTextPatterns, pattern, compileWholeTextPattern);
}

/**
 * Whether `pattern` is valid ECMAScript under the `u` flag, i.e. whether Ajv accepts it. Only parses the
 * pattern (constructing a `RegExp` never runs it).
 *
 * @example isEcmaScriptPattern('[a-z]+') // true
 * @example isEcmaScriptPattern('(') // false
 */
export function isEcmaScriptPattern(pattern: string): boolean {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}

/** A regular expression Signet assembles from document text (literals quoted with {@link quoteLiteral}). */
export interface CapturingRegex extends LinearRegex {
  /** The capture groups of the first match (a group that took no part as ''), or undefined when none. */
  exec(text: string): string[] | undefined;
}

/**
 * Compiles an expression Signet builds itself (path templates, date formats) in RE2 syntax, on re2js only:
 * the parts taken from a document make it as long or as repetitive as the author likes, so it never runs
 * on a backtracking engine.
 *
 * @example builtExpression(`^${quoteLiteral('v1.')}(.+?)$`, { dotAll: true }) // regex.exec('v1.2') → ['2']
 */
export function builtExpression(
  source: string,
  options: { dotAll?: boolean } = {},
): { ok: true; regex: CapturingRegex } | { ok: false; reason: string } {
  try {
    const re = RE2JS.compile(source, options.dotAll ? RE2JS.DOTALL : 0);
    const exec = (text: string): string[] | undefined => {
      const found = re.exec(text) as Array<string | undefined> | null;
      return found === null ? undefined : found.slice(1).map((group) => group ?? '');
    };
    return { ok: true, regex: { test: (text) => re.test(text), exec } };
  } catch (error) {
    return { ok: false, reason: messageOf(error) };
  }
}

/** `text` as an RE2 literal. */
export function quoteLiteral(text: string): string {
  return RE2JS.quote(text);
}

const schemaPatterns = new Map<string, CompiledPattern>();
const wholeTextPatterns = new Map<string, CompiledPattern>();

function cached(
  cache: Map<string, CompiledPattern>,
  pattern: string,
  compile: (pattern: string) => CompiledPattern,
): CompiledPattern {
  let compiled = cache.get(pattern);
  if (compiled === undefined) {
    compiled = compile(pattern);
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(pattern, compiled);
  }
  return compiled;
}

function compileSchemaPattern(pattern: string): CompiledPattern {
  const tooLong = lengthProblem(pattern);
  if (tooLong) return tooLong;
  let native: RegExp;
  try {
    native = new RegExp(pattern, 'u');
  } catch (error) {
    return { ok: false, reason: `invalid regular expression '${pattern}': ${messageOf(error)}` };
  }
  const source = ecmaScriptToRe2(pattern);
  try {
    if (source === undefined) throw new Error('backreferences have no linear-time form');
    const re = RE2JS.compile(source);
    return { ok: true, regex: { test: (text) => re.test(text) } };
  } catch (re2Error) {
    return fallback(pattern, re2Error, () => native);
  }
}

function compileWholeTextPattern(pattern: string): CompiledPattern {
  const tooLong = lengthProblem(pattern);
  if (tooLong) return tooLong;
  try {
    const re = RE2JS.compile(pattern);
    return { ok: true, regex: { test: (text) => re.matches(text) } };
  } catch (re2Error) {
    return fallback(pattern, re2Error, () => {
      try {
        return new RegExp(`^(?:${pattern})$`, 'u');
      } catch {
        return new RegExp(`^(?:${pattern})$`);
      }
    });
  }
}

/** The short, vetted native fallback for what RE2 cannot compile; refused for anything else. */
function fallback(pattern: string, re2Error: unknown, native: () => RegExp): CompiledPattern {
  if (pattern.length > MAX_FALLBACK_LENGTH || hasNestedQuantifier(pattern)) {
    return { ok: false, reason: `regular expression '${pattern}' is not supported (${messageOf(re2Error)})` };
  }
  try {
    const re = native();
    return { ok: true, regex: { test: (text) => re.test(text) } };
  } catch (error) {
    return { ok: false, reason: `invalid regular expression '${pattern}': ${messageOf(error)}` };
  }
}

function lengthProblem(pattern: string): CompiledPattern | undefined {
  if (pattern.length <= MAX_PATTERN_LENGTH) return undefined;
  return {
    ok: false,
    reason: `regular expression is ${pattern.length} characters long; the limit is ${MAX_PATTERN_LENGTH}`,
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
