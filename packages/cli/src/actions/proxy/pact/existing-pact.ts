import { readFile } from 'node:fs/promises';
import { PactFileError } from './pact-file-error.js';
import type { WritablePactVersion } from './pact-input.js';

/** A pact already in `--out`, as JSON, checked to be one `--merge` can add to. */
export interface ExistingPact {
  document: Record<string, unknown>;
  interactions: unknown[];
}

/** Who the recording is for: the existing pact must name the same pair and be the same Pact version. */
export interface MergeTarget {
  consumer: string;
  provider: string;
  version: WritablePactVersion;
}

/** Reads the pact at `file` for merging; `undefined` when there is none. */
export async function readExistingPact(file: string, target: MergeTarget): Promise<ExistingPact | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new PactFileError(
      'not-mergeable',
      `cannot read ${file} to merge into: ${(error as Error).message}`,
    );
  }
  return checkExistingPact(file, parse(file, text), target);
}

function parse(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new PactFileError(
      'not-mergeable',
      `${file} is not JSON, so it cannot be merged into: ${(error as Error).message}`,
    );
  }
}

function checkExistingPact(file: string, json: unknown, target: MergeTarget): ExistingPact {
  const document = isRecord(json) ? json : undefined;
  if (document === undefined || !Array.isArray(document['interactions'])) {
    throw new PactFileError('not-mergeable', `${file} is not a Pact file with an interactions list`);
  }
  const consumer = nameOf(document['consumer']);
  const provider = nameOf(document['provider']);
  if (consumer !== target.consumer || provider !== target.provider) {
    throw new PactFileError(
      'not-mergeable',
      `${file} is the pact of ${String(consumer)} → ${String(provider)}, not ${target.consumer} → ${target.provider}`,
    );
  }
  const version = majorVersion(document['metadata']);
  if (version !== target.version) {
    throw new PactFileError(
      'not-mergeable',
      `${file} is a Pact v${version ?? '?'} file; merging needs the same version (--pact-version ${version ?? '3|4'})`,
    );
  }
  return { document, interactions: document['interactions'] as unknown[] };
}

/** The major Pact specification version in `metadata` (v3/v4 `pactSpecification`, v2 `pact-specification`). */
function majorVersion(metadata: unknown): number | undefined {
  if (!isRecord(metadata)) return undefined;
  const spec = metadata['pactSpecification'] ?? metadata['pact-specification'];
  const version = isRecord(spec) ? spec['version'] : undefined;
  return typeof version === 'string' ? Number.parseInt(version, 10) : undefined;
}

function nameOf(party: unknown): unknown {
  return isRecord(party) ? party['name'] : undefined;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
