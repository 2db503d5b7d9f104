import { SpecError } from '../spec-error.js';
import type { ResolvedLimits } from '../load-options.js';
import { identifierKeys, type ClonedTree } from './clone-tree.js';
import { mayNeedTreeWalk } from './json-key-scan.js';
import type { ParsedJson } from './parsed-json.js';

/**
 * Does for a tree the loader has just parsed from JSON text what {@link cloneTree} does, in place and
 * without allocating: copying GitHub's 13 MB spec costs more than parsing it. Only valid for a tree
 * nobody else holds and that JSON.parse produced: it shares no nodes and has no cycles, and holds only
 * JSON values, so nothing needs copying, dropping or converting beyond the identifier keys.
 */
export function prepareParsedJson(
  tree: unknown,
  json: ParsedJson,
  fileRefsMatter: boolean,
  limits: ResolvedLimits,
  source: string,
): ClonedTree {
  // Every container is a node, so the text's count is the walk's count (the walk reports the same error).
  if (json.containers > limits.maxNodes) throw tooLarge(limits, source);
  // Most specs have no identifier keys and, read as text, no file refs: then there is nothing to do.
  if (!mayNeedTreeWalk(json, fileRefsMatter)) return { tree, externalRefs: [] };
  const externalRefs: string[] = [];
  let nodes = 0;

  const visit = (current: unknown, depth: number): void => {
    if (current === null || typeof current !== 'object') return;
    // parseText already bounds the nesting of JSON text; kept so both paths fail alike on their own.
    if (depth >= limits.maxDepth) {
      throw new SpecError('spec.too-deep', `document nests deeper than ${limits.maxDepth} levels`, source);
    }
    if (++nodes > limits.maxNodes) throw tooLarge(limits, source);
    if (Array.isArray(current)) {
      for (const item of current) visit(item, depth + 1);
      return;
    }
    const object = current as Record<string, unknown>;
    for (const key of Object.keys(object)) {
      const child = object[key];
      if (typeof child === 'string') {
        if (identifierKeys.has(key)) delete object[key];
        else if (key === '$ref' && !child.startsWith('#')) externalRefs.push(child);
      } else visit(child, depth + 1);
    }
  };

  visit(tree, 0);
  return { tree, externalRefs };
}

function tooLarge(limits: ResolvedLimits, source: string): SpecError {
  return new SpecError('spec.too-large', `document expands to more than ${limits.maxNodes} nodes`, source);
}
