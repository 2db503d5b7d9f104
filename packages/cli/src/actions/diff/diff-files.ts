import path from 'node:path';
import { diffSpecs, loadSpec, SpecError, type ChangeSeverity, type SpecDiff } from '@signet/core';
import { severityRank } from '@signet/core';
import { CliError } from '../../exit-codes.js';

/** Largest spec `signet diff` reads: GitHub's REST spec is about 13 MB. */
const MAX_SPEC_BYTES = 64 * 1024 * 1024;

export interface DiffFilesResult extends SpecDiff {
  failOn: ChangeSeverity;
  /** Whether some change is at or above `failOn`. */
  failed: boolean;
}

/** `--fail-on` as given: breaking (the default) or potentially-breaking; anything else is a usage error. */
export function parseFailOn(value: string | undefined): ChangeSeverity {
  if (value === undefined || value === 'breaking') return 'breaking';
  if (value === 'potentially-breaking') return value;
  throw new CliError(`--fail-on must be breaking or potentially-breaking, got '${value}'`);
}

/** Loads both specs and diffs them; an unreadable or invalid file becomes a CliError (exit 2). */
export async function diffFiles(input: {
  base: string;
  head: string;
  failOn: ChangeSeverity;
  cwd: string;
}): Promise<DiffFilesResult> {
  const [base, head] = await Promise.all([
    load('base', input.base, input.cwd),
    load('head', input.head, input.cwd),
  ]);
  const diff = diffSpecs(base, head);
  const failed = diff.changes.some((c) => severityRank[c.severity] >= severityRank[input.failOn]);
  return { ...diff, failOn: input.failOn, failed };
}

async function load(side: string, file: string, cwd: string) {
  return loadSpec({ path: path.resolve(cwd, file) }, { maxBytes: MAX_SPEC_BYTES }).catch((error: unknown) => {
    if (error instanceof SpecError) {
      const where = error.location && error.location !== '/' ? ` at ${error.location}` : '';
      throw new CliError(`invalid ${side} spec ${file}${where}: ${error.message} [${error.code}]`);
    }
    throw error;
  });
}
