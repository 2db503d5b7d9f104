import type { Operation, ProviderSpec } from '../../specs/model.js';
import { compareScores, matchSegments } from './match-segments.js';
import type { CapturingRegex } from '../../shared/linear-regex.js';
import { parseTemplate, safeDecode, segmentScore, splitPath, type TemplateSegment } from './path-template.js';

export interface Route {
  operation: Operation;
  segments: TemplateSegment[];
  /** Specificity per segment, compared left to right. */
  score: number[];
}

/** A request path matched against a route: the raw (decoded) values of its template parameters. */
export interface RouteMatch {
  route: Route;
  values: Record<string, string>;
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

  constructor(spec: ProviderSpec) {
    for (const operation of spec.operations) {
      // Without the prefix too: consumers often put the server path in their base URL instead.
      // `basePaths` includes PactFlow's `info.x-opc-config-base-path` (added by the loader).
      const bases = new Set(['', ...operation.basePaths.filter((b) => typeof b === 'string')]);
      for (const base of bases) {
        if (typeof operation.path === 'string')
          this.add(operation, parseTemplate(joinPath(base, operation.path)));
      }
    }
  }

  /** Routes whose template matches `path`, most specific first. */
  match(path: string): RouteMatch[] {
    const segments = splitPath(path).map(safeDecode);
    const candidates: Route[] = [];
    const visit = (node: TrieNode, i: number): void => {
      if (i === segments.length) {
        candidates.push(...node.routes);
        return;
      }
      candidates.push(...node.wildcards);
      const segment = segments[i] as string;
      const literal = node.literals.get(segment);
      if (literal) visit(literal, i + 1);
      for (const { regex, node: child } of node.patterns.values())
        if (regex.test(segment)) visit(child, i + 1);
    };
    visit(this.root, 0);
    const matches: RouteMatch[] = [];
    for (const route of candidates) {
      const values = matchSegments(route.segments, segments);
      if (values) matches.push({ route, values });
    }
    return matches.sort((a, b) => compareScores(b.route.score, a.route.score));
  }

  private add(operation: Operation, segments: TemplateSegment[]): void {
    const route: Route = { operation, segments, score: segments.map(segmentScore) };
    let node = this.root;
    for (const segment of segments) {
      if (segment.kind === 'wildcard') {
        node.wildcards.push(route);
        return;
      }
      if (segment.kind === 'literal') {
        let next = node.literals.get(segment.text);
        if (!next) node.literals.set(segment.text, (next = emptyNode()));
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

function joinPath(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}
