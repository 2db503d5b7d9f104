const regexes = new Map<string, RegExp | undefined>();

/** `pattern` compiled as Ajv compiles patterns (`u` flag), cached; undefined when it is not a valid expression. */
export function unicodeRegex(pattern: string): RegExp | undefined {
  if (!regexes.has(pattern)) {
    let compiled: RegExp | undefined;
    try {
      compiled = new RegExp(pattern, 'u');
    } catch {
      compiled = undefined;
    }
    regexes.set(pattern, compiled);
  }
  return regexes.get(pattern);
}
