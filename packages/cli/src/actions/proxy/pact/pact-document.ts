import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pactV3 } from './pact-v3.js';
import { pactV4 } from './pact-v4.js';
import type { PactDocumentInput, WritablePactVersion } from './pact-input.js';

export type { PactDocumentInput, WritablePactVersion } from './pact-input.js';

/**
 * The Pact document for a recording, in the requested specification version.
 *
 * @example pactDocument({ consumer: 'web', provider: 'pets', interactions }, 4).metadata // { pactSpecification: { version: '4.0' }, … }
 */
export function pactDocument(
  input: PactDocumentInput,
  version: WritablePactVersion,
): Record<string, unknown> {
  return version === 3 ? pactV3(input) : pactV4(input);
}

/** The file name Pact tools use: `<consumer>-<provider>.json`, with path separators made safe. */
export function pactFileName(consumer: string, provider: string): string {
  const safe = (name: string): string => name.replace(/[/\\:*?"<>|\s]+/g, '_');
  return `${safe(consumer)}-${safe(provider)}.json`;
}

/**
 * Writes the Pact file into `outDir` (created if needed) through a temporary file and a rename, so a reader
 * never sees half a file. Resolves to the file's path.
 */
export async function writePactFile(
  outDir: string,
  input: PactDocumentInput,
  version: WritablePactVersion,
): Promise<string> {
  await mkdir(outDir, { recursive: true });
  const file = path.join(outDir, pactFileName(input.consumer, input.provider));
  await writeJsonFile(file, pactDocument(input, version));
  return file;
}

/** Writes `document` as JSON through a temporary file and a rename, so a reader never sees half a file. */
export async function writeJsonFile(file: string, document: unknown): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify(document, null, 2) + '\n');
  await rename(temporary, file);
}
