import { dirname, resolve } from 'node:path';
import { SpecError } from '../spec-error.js';
import type { LoadSpecOptions, ResolvedLimits } from '../load-options.js';
import { parseTextSource } from './parse-text.js';
import type { ParsedJson } from './parsed-json.js';
import { readSpecFile } from './read-file.js';

/** What {@link loadSpec} accepts: document text, a file to read, or an already-parsed document. */
export type SpecInput = string | { path: string } | Record<string, unknown>;

export interface SourceDocument {
  document: unknown;
  /** Directory relative file refs resolve from, if any. */
  baseDir: string | undefined;
  /** Absolute path of the main document when read from disk. */
  mainFile: string | undefined;
  /**
   * The JSON text `document` was just parsed from, when it was: the loader then owns the tree and may
   * translate it in place, re-parsing the text if the untranslated document is asked for.
   */
  json?: ParsedJson;
}

/** Reads or parses the input. An object counts as `{ path }` when it has a string `path` and no version field. */
export async function readInput(
  input: SpecInput,
  options: LoadSpecOptions,
  limits: ResolvedLimits,
): Promise<SourceDocument> {
  const baseDir = options.baseDir === undefined ? undefined : resolve(options.baseDir);
  if (typeof input === 'string') return fromText(input, limits, '', baseDir, undefined);
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new SpecError(
      'spec.invalid',
      'input must be document text, { path } or a parsed document object',
      '',
    );
  }
  if (isPathInput(input)) {
    const mainFile = resolve(input.path);
    const text = await readSpecFile(mainFile, limits.maxBytes, 'spec.file', input.path);
    return fromText(text, limits, input.path, dirname(mainFile), mainFile);
  }
  return { document: input, baseDir, mainFile: undefined };
}

function fromText(
  text: string,
  limits: ResolvedLimits,
  source: string,
  baseDir: string | undefined,
  mainFile: string | undefined,
): SourceDocument {
  const parsed = parseTextSource(text, limits, source);
  if (!parsed.json) return { document: parsed.value, baseDir, mainFile };
  const { containers, dollarStrings } = parsed;
  return { document: parsed.value, baseDir, mainFile, json: { text, containers, dollarStrings } };
}

function isPathInput(input: Record<string, unknown>): input is { path: string } {
  return typeof input.path === 'string' && !('openapi' in input) && !('swagger' in input);
}
