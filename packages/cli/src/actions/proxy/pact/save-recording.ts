import { access, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { readExistingPact } from './existing-pact.js';
import { mergeInteractions } from './merge-interactions.js';
import { pactDocument, pactFileName, writeJsonFile } from './pact-document.js';
import { PactFileError } from './pact-file-error.js';
import type { PactDocumentInput, WritablePactVersion } from './pact-input.js';

/** What saving a recording did to `<out>/<consumer>-<provider>.json`. */
export interface SaveOutcome {
  file: string;
  /** `written`: a new or replaced file; `merged`: added to the existing one; `unchanged`: nothing to merge. */
  action: 'written' | 'merged' | 'unchanged';
  /** With `merged`: how many recorded interactions replaced existing ones, and how many were added. */
  replaced: number;
  added: number;
}

/**
 * Saves a recording into `outDir`. Without `merge` the file is replaced, except that an empty recording
 * never replaces an existing pact (a run whose traffic never came would wipe it): {@link PactFileError}
 * `empty`. With `merge` the recorded interactions go into the existing pact (see `mergeInteractions`),
 * which must name the same consumer and provider and be the same Pact version (`not-mergeable`).
 */
export async function saveRecording(
  outDir: string,
  input: PactDocumentInput,
  version: WritablePactVersion,
  merge: boolean,
): Promise<SaveOutcome> {
  const file = path.join(outDir, pactFileName(input.consumer, input.provider));
  const outcome = { file, replaced: 0, added: 0 };
  const document = pactDocument(input, version);
  const existing = merge ? await readExistingPact(file, { ...input, version }) : undefined;
  if (existing !== undefined) {
    if (input.interactions.length === 0) return { ...outcome, action: 'unchanged' };
    const merged = mergeInteractions(existing.interactions, document['interactions'] as unknown[]);
    await writeJsonFile(file, { ...existing.document, interactions: merged.interactions });
    return { ...outcome, action: 'merged', replaced: merged.replaced, added: merged.added };
  }
  if (input.interactions.length === 0 && (await exists(file))) {
    throw new PactFileError(
      'empty',
      `no requests were recorded, so ${file} was left as it was (an empty pact would replace it); ` +
        'send traffic through the proxy, or delete the file to write an empty one',
    );
  }
  await mkdir(outDir, { recursive: true });
  await writeJsonFile(file, document);
  return { ...outcome, action: 'written' };
}

/**
 * Fails early, before any traffic is recorded, when `--merge` could not use the pact already in `outDir`.
 */
export async function checkMergeable(
  outDir: string,
  input: Omit<PactDocumentInput, 'interactions'>,
  version: WritablePactVersion,
): Promise<void> {
  await readExistingPact(path.join(outDir, pactFileName(input.consumer, input.provider)), {
    ...input,
    version,
  });
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}
