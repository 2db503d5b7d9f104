import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { displayPath } from './display-path.js';
import { SourceLines } from './source-lines.js';
import type { VerificationSources } from './verification-report.js';

/** The local spec file `signet test --spec` verified against, for pointing failures at its operations. */
export async function verificationSources(
  specFile: string | undefined,
  cwd: string,
): Promise<VerificationSources> {
  if (specFile === undefined) return {};
  // The verifier has read it already; should it be gone now, the report names the file without lines.
  const text = await readFile(path.resolve(specFile), 'utf8').catch(() => undefined);
  return {
    specFile: displayPath(path.resolve(specFile), cwd),
    ...(text === undefined ? {} : { specLines: new SourceLines(text) }),
  };
}
