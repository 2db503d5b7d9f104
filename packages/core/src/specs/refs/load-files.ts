import { dirname } from 'node:path';
import { cloneTree } from '../input/clone-tree.js';
import { parseText } from '../input/parse-text.js';
import { readSpecFile } from '../input/read-file.js';
import { SpecError } from '../spec-error.js';
import type { ResolvedLimits } from '../load-options.js';
import { FileStore } from './file-store.js';
import { parseRef } from './parse-ref.js';

const maxFiles = 1000;

/**
 * Reads every file reachable through relative `$ref`s, each once. Problems are recorded per file and
 * raised only if the loader actually resolves into that file (a ref in an example never breaks a load).
 */
export async function loadReferencedFiles(
  store: FileStore,
  refs: string[],
  limits: ResolvedLimits,
): Promise<void> {
  if (store.baseDir === undefined) return;
  const queue: Array<{ ref: string; fromDir: string }> = refs.map((ref) => ({
    ref,
    fromDir: store.baseDir!,
  }));
  let count = 0;
  for (let item = queue.shift(); item !== undefined; item = queue.shift()) {
    const parsed = parseRef(item.ref);
    if (parsed.kind !== 'file') continue;
    const path = FileStore.resolvePath(item.fromDir, parsed.file);
    if (path === store.mainFile || store.has(path)) continue;
    if (++count > maxFiles)
      throw new SpecError('spec.too-large', `more than ${maxFiles} referenced files`, item.ref);
    try {
      const text = await readSpecFile(path, limits.maxBytes, 'spec.ref.file', store.keyOf(path));
      const cloned = cloneTree(parseText(text, limits, store.keyOf(path)), limits, store.keyOf(path));
      store.add(path, { tree: cloned.tree });
      for (const ref of cloned.externalRefs) queue.push({ ref, fromDir: dirname(path) });
    } catch (error) {
      if (!(error instanceof SpecError)) throw error;
      store.add(path, { error });
    }
  }
}
