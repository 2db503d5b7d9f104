/** One segment of an OpenAPI path template, compiled for matching against a request path. */
export type TemplateSegment =
  | { kind: 'literal'; text: string }
  | { kind: 'pattern'; regex: RegExp; names: string[] }
  /** `*` or `**` (PactFlow treats them as "the rest of the path"; OpenAPI has no wildcard, so nothing else does). */
  | { kind: 'wildcard' };

/** Higher is more specific: a literal segment beats a mixed one (`{id}.json`), which beats a bare `{id}`. */
export function segmentScore(segment: TemplateSegment): number {
  if (segment.kind === 'literal') return 3;
  if (segment.kind === 'wildcard') return 0;
  return segment.regex.source === '^(.+?)$' ? 1 : 2;
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
    source += escapeRegex(safeDecode(rest.slice(0, open))) + '(.+?)';
    names.push(parameterName(rest.slice(open + 1, close)));
    rest = rest.slice(close + 1);
  }
  source += escapeRegex(safeDecode(rest)) + '$';
  return { kind: 'pattern', regex: new RegExp(source, 's'), names };
}

/** `{.id*}` (RFC 6570 label, exploded) names the parameter `id`; the operators only describe the style. */
function parameterName(expression: string): string {
  return expression.replace(/^[+#./;?&]/, '').replace(/\*$/, '');
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
