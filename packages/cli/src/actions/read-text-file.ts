import { readFile } from 'node:fs/promises';
import { CliError } from '../exit-codes.js';

/** A file's UTF-8 text; a missing or unreadable file is a usage error naming it. */
export async function readTextFile(file: string, what: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : String(error);
    throw new CliError(`cannot read ${what} ${file}: ${why}`);
  }
}
