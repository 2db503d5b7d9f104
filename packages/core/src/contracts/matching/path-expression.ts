/**
 * Pact path expressions (`$.items[*].id`, `$['a.b']`, `$.people.*['@id']`) and their weight
 * against a concrete path, as the Pact specification selects matching rules.
 */

export type PathToken =
  | { kind: 'root' }
  | { kind: 'field'; name: string }
  | { kind: 'index'; index: number }
  | { kind: 'star' }
  | { kind: 'star-index' };

const cache = new Map<string, PathToken[] | undefined>();
const IDENTIFIER = /^[^.[\]\s'"]+/;

/**
 * Tokens of a path expression; `undefined` when it is not one.
 *
 * @example parsePathExpression("$.a['b.c'][*]") // root, field a, field 'b.c', star-index
 */
export function parsePathExpression(expression: string): PathToken[] | undefined {
  if (cache.has(expression)) return cache.get(expression);
  const tokens = parse(expression);
  if (cache.size > 10_000) cache.clear();
  cache.set(expression, tokens);
  return tokens;
}

function parse(expression: string): PathToken[] | undefined {
  if (!expression.startsWith('$')) return undefined;
  const tokens: PathToken[] = [{ kind: 'root' }];
  let rest = expression.slice(1);
  while (rest.length > 0) {
    const step = /^\.\*/.exec(rest) ?? /^\[\*\]/.exec(rest);
    if (step) {
      tokens.push(step[0] === '.*' ? { kind: 'star' } : { kind: 'star-index' });
    } else if (rest.startsWith('.')) {
      const name = IDENTIFIER.exec(rest.slice(1));
      if (!name) return undefined;
      tokens.push({ kind: 'field', name: name[0] });
      rest = rest.slice(1 + name[0].length);
      continue;
    } else if (rest.startsWith('[')) {
      const bracket =
        /^\[(\d+)\]/.exec(rest) ??
        /^\['((?:[^'\\]|\\.)*)'\]/.exec(rest) ??
        /^\["((?:[^"\\]|\\.)*)"\]/.exec(rest);
      if (!bracket) return undefined;
      const inner = bracket[1] ?? '';
      tokens.push(
        /^\d+$/.test(inner) && bracket[0].startsWith('[' + inner)
          ? { kind: 'index', index: Number(inner) }
          : { kind: 'field', name: inner.replace(/\\(.)/g, '$1') },
      );
      rest = rest.slice(bracket[0].length);
      continue;
    } else return undefined;
    rest = rest.slice(step[0].length);
  }
  return tokens;
}

/** Weight of one token against one path segment: exact 2, wildcard 1, no match 0. */
function tokenWeight(token: PathToken, segment: string): number {
  switch (token.kind) {
    case 'root':
      return segment === '$' ? 2 : 0;
    case 'field':
      return segment === token.name ? 2 : 0;
    case 'index':
      return segment === String(token.index) ? 2 : 0;
    case 'star-index':
      return /^\d+$/.test(segment) ? 1 : 0;
    case 'star':
      return 1;
  }
}

/**
 * How well `tokens` select `path` (segments starting with `'$'`): the product of token weights over
 * the expression's length, 0 when it does not apply. An expression shorter than the path selects the
 * path's ancestors too, which is how a rule cascades to nested values.
 */
export function pathWeight(tokens: readonly PathToken[], path: readonly string[]): number {
  if (tokens.length > path.length) return 0;
  let weight = 1;
  for (let i = 0; i < tokens.length && weight > 0; i++) weight *= tokenWeight(tokens[i]!, path[i]!);
  return weight;
}

/** Canonical text of tokens: identifier fields dotted, everything else bracketed. */
export function formatPath(tokens: readonly PathToken[]): string {
  return tokens
    .map((token) => {
      switch (token.kind) {
        case 'root':
          return '$';
        case 'star':
          return '.*';
        case 'star-index':
          return '[*]';
        case 'index':
          return `[${token.index}]`;
        case 'field':
          return /^[A-Za-z_][\w-]*$/.test(token.name)
            ? `.${token.name}`
            : `['${token.name.replace(/'/g, "\\'")}']`;
      }
    })
    .join('');
}

/** A concrete path (`['$', 'items', '0', 'id']`) as display text (`$.items[0].id`). */
export function displayPath(path: readonly string[]): string {
  return formatPath(
    path.map((segment, i): PathToken =>
      i === 0 && segment === '$' ? { kind: 'root' } : { kind: 'field', name: segment },
    ),
  ).replace(/\['(\d+)'\]/g, '[$1]');
}
