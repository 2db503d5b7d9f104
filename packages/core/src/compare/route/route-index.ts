import type { Operation, ProviderSpec } from '../../specs/model.js';
import { compareScores, matchSegments } from './match-segments.js';
import type { CapturingRegex } from '../../shared/linear-regex.js';
import { parseTemplate, safeDecode, segmentScore, splitPath, type TemplateSegment } from './path-template.js';

export interface Route {
  operation: Operation;
  /** The server or base path prefix this route was added under (`''` for the bare template). */
  base: string;
  /** Matched without a prefix the operation's servers or `basePath` declare (none of them is `''`). */
  prefixOmitted: boolean;
  /** The template (with its prefix) ends with `/`. */
  trailingSlash: boolean;
  segments: TemplateSegment[];
  /** Specificity per segment, compared left to right. */
  score: number[];
}

/** A request path matched against a route: the raw (decoded) values of its template parameters. */
export interface RouteMatch {
  route: Route;
  values: Record<string, string>;
  /** The request path's trailing slash differs from the template's (matching ignores one). */
  trailingSlashDiffers: boolean;
}

/** How paths are matched; the defaults are Signet's, PactFlow's `x-opc-config-*` extensions may change them. */
export interface RouteOptions {
  /** Literal segments match whatever their case. */
  caseInsensitive?: boolean;
  /** Repeated slashes in a request path count as one. */
  ignoreDuplicateSlashes?: boolean;
}

interface TrieNode {
  literals: Map<string, TrieNode>;
  /** Children for templated segments, keyed by the segment's pattern (`{owner}` and `{org}` share one). */
  patterns: Map<string, { regex: CapturingRegex; node: TrieNode }>;
  /** Routes whose template ends here. */
  routes: Route[];
  /** Routes whose template ends here with a trailing wildcard. */
  wildcards: Route[];
}

const emptyNode = (): TrieNode => ({ literals: new Map(), patterns: new Map(), routes: [], wildcards: [] });

/**
 * All operations' path templates (under each base path) in a segment trie, so a lookup follows the request's
 * segments instead of testing every template of a large spec.
 */
export class RouteIndex {
  private readonly root = emptyNode();

  constructor(
    spec: ProviderSpec,
    private readonly options: RouteOptions = {},
  ) {
    for (const operation of spec.operations) {
      // Without the prefix too: consumers often put the server path in their base URL instead. Such a match is
      // marked `prefixOmitted` and reported (report-leniency.ts). `basePaths` includes PactFlow's `info.x-opc-config-base-path` (added by the loader).
      const bases = new Set(['', ...operation.basePaths.filter((b) => typeof b === 'string')]);
      const declared = operation.basePaths.filter((b) => typeof b === 'string');
      const bareDeclared = declared.length === 0 || declared.includes('');
      for (const base of bases) {
        if (typeof operation.path !== 'string') continue;
        const template = joinPath(base, operation.path);
        const flags = {
          base,
          prefixOmitted: base === '' && !bareDeclared,
          trailingSlash: template.length > 1 && template.endsWith('/'),
        };
        this.add(operation, parseTemplate(template), flags);
      }
    }
  }

  /** Routes whose template matches `path`, most specific first. */
  match(requestPath: string): RouteMatch[] {
    const path = this.options.ignoreDuplicateSlashes ? requestPath.replace(/\/{2,}/g, '/') : requestPath;
    const fold = this.options.caseInsensitive === true;
    const segments = splitPath(path).map(safeDecode);
    const bare = path.split('?')[0] ?? '';
    const requestTrailing = bare.length > 1 && bare.endsWith('/');
    const candidates: Route[] = [];
    const visit = (node: TrieNode, i: number): void => {
      if (i === segments.length) {
        candidates.push(...node.routes);
        return;
      }
      candidates.push(...node.wildcards);
      const segment = segments[i] as string;
      const literal = node.literals.get(fold ? segment.toLowerCase() : segment);
      if (literal) visit(literal, i + 1);
      for (const { regex, node: child } of node.patterns.values())
        if (regex.test(segment)) visit(child, i + 1);
    };
    visit(this.root, 0);
    const matches: RouteMatch[] = [];
    for (const route of candidates) {
      const values = matchSegments(route.segments, segments, fold);
      if (values)
        matches.push({ route, values, trailingSlashDiffers: requestTrailing !== route.trailingSlash });
    }
    // Equally specific routes: the one matched without leniency first (`/a/` before `/a` for `/a/`).
    return matches.sort(
      (a, b) => compareScores(b.route.score, a.route.score) || leniencies(a) - leniencies(b),
    );
  }

  private add(
    operation: Operation,
    segments: TemplateSegment[],
    flags: Pick<Route, 'base' | 'prefixOmitted' | 'trailingSlash'>,
  ): void {
    const route: Route = { operation, segments, score: segments.map(segmentScore), ...flags };
    let node = this.root;
    for (const segment of segments) {
      if (segment.kind === 'wildcard') {
        node.wildcards.push(route);
        return;
      }
      if (segment.kind === 'literal') {
        const text = this.options.caseInsensitive ? segment.text.toLowerCase() : segment.text;
        let next = node.literals.get(text);
        if (!next) node.literals.set(text, (next = emptyNode()));
        node = next;
      } else {
        let next = node.patterns.get(segment.source);
        if (!next) node.patterns.set(segment.source, (next = { regex: segment.regex, node: emptyNode() }));
        node = next.node;
      }
    }
    node.routes.push(route);
  }
}

function leniencies(match: RouteMatch): number {
  return Number(match.trailingSlashDiffers) + Number(match.route.prefixOmitted);
}

function joinPath(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}
