import type * as Yaml from 'yaml';
import { lazyRequire } from '../../shared/lazy-require.js';
import { utf8Length } from '../../shared/document-limits.js';
import { scanJsonStructure } from '../../shared/json-structure.js';
import { SpecError } from '../spec-error.js';
import type { ResolvedLimits } from '../load-options.js';

// Most specs are JSON: the YAML parser loads with the first text that is not.
const yaml = lazyRequire<typeof Yaml>('yaml');

/**
 * Parses JSON or YAML text within the size, depth and alias limits. `source` names the text in errors
 * (a file path, or `''` for the main input).
 *
 * @example parseText('openapi: 3.0.3', limits, '') // { openapi: '3.0.3' }
 */
export function parseText(text: string, limits: ResolvedLimits, source: string): unknown {
  return parseTextSource(text, limits, source).value;
}

/**
 * {@link parseText}, also telling whether the text was JSON (so the tree has no shared nodes or cycles) and how
 * many objects and arrays the tree holds then.
 */
export function parseTextSource(
  text: string,
  limits: ResolvedLimits,
  source: string,
):
  | { value: unknown; json: false }
  | { value: unknown; json: true; containers: number; dollarStrings: number[] } {
  // A UTF-16 code unit takes at most 3 bytes of UTF-8: most texts need no counting.
  if (
    text.length > limits.maxBytes ||
    (text.length * 3 > limits.maxBytes && utf8Length(text) > limits.maxBytes)
  ) {
    throw new SpecError('spec.too-large', `document is larger than ${limits.maxBytes} bytes`, source);
  }
  // Counting brackets is exact for JSON and a cheap guard for YAML flow collections, whose parser
  // recurses per level and takes seconds on a megabyte of `[`.
  const first = text.trimStart()[0];
  const maybeJson = first === '{' || first === '[';
  const dollarStrings: number[] = [];
  const structure = scanJsonStructure(text, limits.maxDepth, maybeJson ? dollarStrings : undefined);
  if (structure.depth > limits.maxDepth) {
    throw new SpecError('spec.too-deep', `document nests deeper than ${limits.maxDepth} levels`, source);
  }
  if (maybeJson) {
    try {
      const value = JSON.parse(text) as unknown;
      return { value, json: true, containers: structure.containers, dollarStrings };
    } catch {
      // Not valid JSON: YAML is a superset and reports the error with a line and column.
    }
  }
  return { value: parseYaml(text, limits, source), json: false };
}

function parseYaml(text: string, limits: ResolvedLimits, source: string): unknown {
  try {
    const doc = yaml().parseDocument(text, { uniqueKeys: false, merge: true, prettyErrors: true });
    const error = doc.errors[0];
    if (error) throw error;
    return doc.toJS({ maxAliasCount: limits.maxAliases }) as unknown;
  } catch (error) {
    throw yamlFailure(error, limits, source);
  }
}

function yamlFailure(error: unknown, limits: ResolvedLimits, source: string): SpecError {
  if (error instanceof SpecError) return error;
  const prefix = source === '' ? '' : `${source}:`;
  if (error instanceof RangeError || (error instanceof Error && /call stack/i.test(error.message))) {
    return new SpecError('spec.too-deep', 'document nests too deeply to parse', source, { cause: error });
  }
  if (error instanceof yaml().YAMLParseError) {
    const at = error.linePos?.[0];
    const where = at ? `${at.line}:${at.col}` : '1:1';
    const message = (error.message.split(' at line ')[0] ?? '').trim() || 'invalid YAML';
    return new SpecError('spec.parse', message, prefix + where, { cause: error });
  }
  if (error instanceof ReferenceError && /alias/i.test(error.message)) {
    return new SpecError('spec.yaml-aliases', `YAML aliases expand beyond ${limits.maxAliases}`, source, {
      cause: error,
    });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new SpecError('spec.parse', message, source, { cause: error });
}
