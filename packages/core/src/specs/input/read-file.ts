import { readFile, stat } from 'node:fs/promises';
import { SpecError } from '../spec-error.js';

/**
 * Reads a spec file as UTF-8, refusing files over `maxBytes` before reading them.
 * Failures become `SpecError(code)` located at `location`.
 */
export async function readSpecFile(
  path: string,
  maxBytes: number,
  code: string,
  location: string,
): Promise<string> {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new Error('not a regular file');
    if (info.size > maxBytes) {
      throw new SpecError('spec.too-large', `${location} is larger than ${maxBytes} bytes`, location);
    }
    return await readFile(path, 'utf8');
  } catch (error) {
    if (error instanceof SpecError) throw error;
    // The system code (ENOENT, EACCES…) says enough and keeps absolute paths out of messages.
    const system = (error as { code?: unknown }).code;
    const reason =
      typeof system === 'string' ? system : error instanceof Error ? error.message : 'unreadable';
    throw new SpecError(code, `cannot read ${location}: ${reason}`, location, { cause: error });
  }
}
