import { builtExpression, quoteLiteral, type CapturingRegex } from '../../shared/linear-regex.js';

/** One segment of an OpenAPI path template, compiled for matching against a request path. */
export type TemplateSegment =
  | { kind: 'literal'; text: string }
  /** `source` (RE2 syntax) identifies the pattern: `{owner}` and `{org}` share one. */
  | { kind: 'pattern'; regex: CapturingRegex; source: string; names: string[] }
  /** `*` or `**` (PactFlow treats them as "the rest of the path"; OpenAPI has no wildcard, so nothing else does). */
  | { kind: 'wildcard' };

/** Higher is more specific: a literal segment beats a mixed one (`{id}.json`), which beats a bare `{id}`. */
export function segmentScore(segment: TemplateSegment): number {
  if (segment.kind === 'literal') return 3;
  if (segment.kind === 'wildcard') return 0;
  return segment.source === WHOLE_SEGMENT ? 1 : 2;
}

/** Splits a request or template path into segments, ignoring one trailing slash and any query string. */
export function splitPath(path: string): string[] {
  let clean = path.split('?')[0] ?? '';
  if (!clean.startsWith('/')) clean = '/' + clean;
  if (clean.length > 1 && clean.endsWith('/')) clean = clean.slice(0, -1);
  return clean === '/' ? [] : clean.slice(1).split('/');
}

export function parseTemplate(template: string): TemplateSegment[] {
  return splitPath(template).map(parseSegment);
}

function parseSegment(segment: string): TemplateSegment {
  if (segment === '*' || segment === '**') return { kind: 'wildcard' };
  if (!segment.includes('{')) return { kind: 'literal', text: safeDecode(segment) };
  const names: string[] = [];
  let source = '^';
  let rest = segment;
  for (let open = rest.indexOf('{'); open >= 0; open = rest.indexOf('{')) {
    const close = rest.indexOf('}', open);
    if (close < 0) break;
    source += quoteLiteral(safeDecode(rest.slice(0, open))) + '(.+?)';
    names.push(parameterName(rest.slice(open + 1, close)));
    rest = rest.slice(close + 1);
  }
  source += quoteLiteral(safeDecode(rest)) + '$';
  const regex = source === WHOLE_SEGMENT ? wholeSegment : compiledOnFirstUse(source);
  return { kind: 'pattern', regex, source, names };
}

/** A bare `{id}`: the whole (non-empty) segment is the value, no expression needed. */
const WHOLE_SEGMENT = '^(.+?)$';
const wholeSegment: CapturingRegex = {
  test: (text) => text.length > 0,
  exec: (text) => (text.length > 0 ? [text] : undefined),
};

/**
 * The spec decides how many parameters share a segment: on a backtracking engine each one multiplies the work
 * on a long request segment, so this runs on re2js. Compiled when a request first reaches it (a large spec has
 * hundreds a contract never touches). Literals are quoted, so it always compiles; if it did not, the segment
 * would match nothing (the request then has no route: an error, never a pass).
 */
function compiledOnFirstUse(source: string): CapturingRegex {
  let regex: CapturingRegex | undefined;
  const get = (): CapturingRegex => {
    if (regex) return regex;
    const compiled = builtExpression(source, { dotAll: true });
    regex = compiled.ok ? compiled.regex : { test: () => false, exec: () => undefined };
    return regex;
  };
  return { test: (text) => get().test(text), exec: (text) => get().exec(text) };
}

/** `{.id*}` (RFC 6570 label, exploded) names the parameter `id`; the operators only describe the style. */
function parameterName(expression: string): string {
  return expression.replace(/^[+#./;?&]/, '').replace(/\*$/, '');
}

export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
