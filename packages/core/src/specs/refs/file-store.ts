import { dirname, relative, resolve, sep } from 'node:path';
import type { SpecError } from '../spec-error.js';

/** Key under which referenced files are bundled into `schemaRoot`: `/x-signet-files/<relative path>/…`. */
export const filesKey = 'x-signet-files';

/** A referenced file, parsed and copied, or the error to raise when something resolves into it. */
export type LoadedFile = { tree: unknown } | { error: SpecError };

/**
 * The external files of one load, by absolute path. Each file's key is its path relative to the
 * main document's directory (posix separators), which is also its segment under {@link filesKey}.
 */
export class FileStore {
  private readonly byPath = new Map<string, LoadedFile>();
  private readonly keyToPath = new Map<string, string>();

  /** `mainFile` is the main document's path (when loaded from disk); `baseDir` where relative refs start. */
  constructor(
    readonly baseDir: string | undefined,
    readonly mainFile: string | undefined,
  ) {}

  has(path: string): boolean {
    return this.byPath.has(path);
  }

  add(path: string, file: LoadedFile): void {
    this.byPath.set(path, file);
    this.keyToPath.set(this.keyOf(path), path);
  }

  get(path: string): LoadedFile | undefined {
    return this.byPath.get(path);
  }

  /** Files that loaded, with their keys, for bundling into the root. */
  *loaded(): Generator<[string, unknown]> {
    for (const [path, file] of this.byPath) if ('tree' in file) yield [this.keyOf(path), file.tree];
  }

  keyOf(path: string): string {
    return relative(this.baseDir ?? '/', path)
      .split(sep)
      .join('/');
  }

  /** Directory that refs inside the file with this key (or the main document, for `undefined`) resolve from. */
  dirOf(key: string | undefined): string | undefined {
    if (key === undefined) return this.baseDir;
    const path = this.keyToPath.get(key);
    return path === undefined ? undefined : dirname(path);
  }

  /** Absolute path of `file` referenced from the directory `fromDir`. */
  static resolvePath(fromDir: string, file: string): string {
    return resolve(fromDir, file);
  }
}
