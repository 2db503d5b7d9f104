import type { Operation, ProviderSpec } from '@signet/core';

interface Route {
  operation: Operation;
  /** Per segment: a literal, or a regex capturing the template's parameters in order. */
  segments: Array<{ literal: string } | { regex: RegExp; names: string[] }>;
  /** Literal segments count: more literals is more specific (`/pets/mine` before `/pets/{id}`). */
  literals: number;
}

/** Where a request path led: the operation for its method, or why there is none. */
export type RouteResult =
  | { kind: 'found'; operation: Operation; pathValues: Record<string, string> }
  | { kind: 'no-path' }
  | { kind: 'no-method'; allowed: string[] };

/**
 * Routes request paths to a spec's operations, with or without the servers' base path (consumers often
 * put it in their base URL). Core's route index is internal to the comparison, so this is the mock's own.
 */
export class SpecRouter {
  private readonly routes: Route[] = [];

  constructor(spec: ProviderSpec) {
    for (const operation of spec.operations) {
      for (const base of new Set(['', ...operation.basePaths])) {
        const segments = split(`${base.replace(/\/+$/, '')}/${operation.path.replace(/^\/+/, '')}`).map(
          compileSegment,
        );
        const literals = segments.filter((s) => 'literal' in s).length;
        this.routes.push({ operation, segments, literals });
      }
    }
    this.routes.sort((a, b) => b.literals - a.literals);
  }

  /** The operation for `method` at `path` (raw, percent-encoded); HEAD falls back to GET. */
  route(method: string, path: string): RouteResult {
    const segments = split(path).map(safeDecode);
    const matches = this.routes.flatMap((route) => {
      const values = matchRoute(route, segments);
      return values ? [{ route, values }] : [];
    });
    if (matches.length === 0) return { kind: 'no-path' };
    const wanted = method.toLowerCase();
    const found =
      matches.find((m) => m.route.operation.method === wanted) ??
      (wanted === 'head' ? matches.find((m) => m.route.operation.method === 'get') : undefined);
    if (found) return { kind: 'found', operation: found.route.operation, pathValues: found.values };
    const allowed = [...new Set(matches.map((m) => m.route.operation.method.toUpperCase()))];
    return { kind: 'no-method', allowed };
  }
}

function matchRoute(route: Route, segments: string[]): Record<string, string> | undefined {
  if (route.segments.length !== segments.length) return undefined;
  const values: Record<string, string> = {};
  for (const [i, segment] of route.segments.entries()) {
    const actual = segments[i] as string;
    if ('literal' in segment) {
      if (segment.literal !== actual) return undefined;
      continue;
    }
    const found = segment.regex.exec(actual);
    if (!found) return undefined;
    segment.names.forEach((name, n) => (values[name] = found[n + 1] ?? ''));
  }
  return values;
}

function compileSegment(segment: string): Route['segments'][number] {
  if (!segment.includes('{')) return { literal: safeDecode(segment) };
  const names: string[] = [];
  // Template text is quoted; each `{name}` is a lazy non-empty group, so `{id}.json` works.
  const source = segment.replace(/\{([^}]*)\}|[^{]+/g, (text, name: string | undefined) => {
    if (name === undefined) return safeDecode(text).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    names.push(name.replace(/^[+#./;?&]/, '').replace(/\*$/, ''));
    return '(.+?)';
  });
  return { regex: new RegExp(`^${source}$`, 's'), names };
}

function split(path: string): string[] {
  const trimmed = path.length > 1 ? path.replace(/\/+$/, '') : path;
  return trimmed === '/' || trimmed === '' ? [] : trimmed.replace(/^\//, '').split('/');
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
