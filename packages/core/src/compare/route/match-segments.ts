import type { TemplateSegment } from './path-template.js';

/** The values of a template's parameters in a request path (decoded segments), or undefined when it does not match. */
export function matchSegments(
  template: TemplateSegment[],
  path: string[],
  caseInsensitive = false,
): Record<string, string> | undefined {
  const values: Record<string, string> = {};
  for (let i = 0; i < template.length; i += 1) {
    const segment = template[i] as TemplateSegment;
    const actual = path[i];
    if (segment.kind === 'wildcard') return path.length > i ? values : undefined;
    if (actual === undefined) return undefined;
    if (segment.kind === 'literal') {
      const same = caseInsensitive
        ? segment.text.toLowerCase() === actual.toLowerCase()
        : segment.text === actual;
      if (!same) return undefined;
      continue;
    }
    const found = segment.regex.exec(actual);
    if (!found) return undefined;
    segment.names.forEach((name, n) => (values[name] = found[n] ?? ''));
  }
  return template.length === path.length ? values : undefined;
}

/** Orders specificity scores segment by segment, left to right; a missing segment ranks lowest. */
export function compareScores(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    const diff = (a[i] ?? -1) - (b[i] ?? -1);
    if (diff !== 0) return diff;
  }
  return 0;
}
