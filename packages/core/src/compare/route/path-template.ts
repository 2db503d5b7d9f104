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
  return segment.source === '^(.+?)$' ? 1 : 2;
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
  // The spec decides how many parameters share a segment: on a backtracking engine each one multiplies the
  // work on a long request segment, so this runs on re2js. Literals are quoted, so it always compiles; if it
  // did not, the segment would match nothing (the request then has no route: an error, never a pass).
  const compiled = builtExpression(source, { dotAll: true });
  const regex = compiled.ok ? compiled.regex : { test: () => false, exec: () => undefined };
  return { kind: 'pattern', regex, source, names };
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
