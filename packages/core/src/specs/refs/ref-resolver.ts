import { SpecError } from '../spec-error.js';
import { childPointer, escapeToken, pointerToFragment, pointerTokens, valueAt } from '../pointer.js';
import { FileStore, filesKey } from './file-store.js';
import { parseRef } from './parse-ref.js';

export interface Resolved {
  node: unknown;
  pointer: string;
}

const maxChain = 64;

/**
 * Resolves `$ref`s against the bundled root. Every resolved `$ref` is rewritten in place to a canonical
 * `#/…` fragment into the root (file refs become `#/x-signet-files/<file>/…`), so a validator given the
 * root resolves the same thing.
 */
export class RefResolver {
  // Holders whose `$ref` was rewritten where re-reading it would mislead (inside bundled files), and links.
  private readonly targets = new WeakMap<object, string>();
  // Big specs repeat the same few thousand ref strings: each main-document string is located once.
  private readonly mainTargets = new Map<string, { pointer: string; fragment: string }>();
  // Many refs name the same few schemas; look each pointer up once.
  private readonly values = new Map<string, unknown>();
  // Without bundled files every position is in the main document: no pointer needs reading to tell.
  private readonly hasFiles: boolean;

  constructor(
    private readonly root: Record<string, unknown>,
    private readonly files: FileStore,
  ) {
    this.hasFiles = Object.prototype.hasOwnProperty.call(root, filesKey);
  }

  /** Pointer that the `$ref` of `holder` (found at `holderPointer`) names; throws when it names nothing. */
  target(holder: Record<string, unknown>, holderPointer: string): string {
    const cached = this.targets.get(holder);
    if (cached !== undefined) return cached;
    const ref = holder.$ref;
    const inMain = !this.hasFiles || fileKeyOf(holderPointer) === undefined;
    const known = inMain && typeof ref === 'string' ? this.mainTargets.get(ref) : undefined;
    if (known !== undefined) {
      holder.$ref = known.fragment;
      return known.pointer;
    }
    const location = childPointer(holderPointer, '$ref');
    if (typeof ref !== 'string') throw new SpecError('spec.invalid', '$ref must be a string', location);
    const pointer = this.locate(ref, holderPointer, location);
    if (this.valueAt(pointer) === undefined) {
      throw new SpecError('spec.ref.unresolved', `$ref "${ref}" does not resolve`, location);
    }
    const fragment = pointerToFragment(pointer);
    holder.$ref = fragment;
    if (!inMain) this.targets.set(holder, pointer);
    else {
      this.mainTargets.set(ref, { pointer, fragment });
      // Read again (the holder is reached twice), the rewritten ref must name the same pointer. It does when no
      // token needs `~` escapes: percent-decoding the fragment gives the pointer back.
      if (pointer.includes('~')) this.targets.set(holder, pointer);
      else if (!this.mainTargets.has(fragment)) this.mainTargets.set(fragment, { pointer, fragment });
    }
    return pointer;
  }

  /** A new `{ $ref }` object naming `pointer` of the root, already resolved (no file prefix is applied). */
  link(pointer: string): Record<string, unknown> {
    const holder = { $ref: pointerToFragment(pointer) };
    this.targets.set(holder, pointer);
    return holder;
  }

  /** Follows `$ref`s from `node` until a non-ref object (parameters, responses, path items…). */
  deref(node: unknown, pointer: string): Resolved {
    let current: Resolved = { node, pointer };
    for (let step = 0; isRefHolder(current.node); step++) {
      if (step === maxChain)
        throw new SpecError('spec.ref.unresolved', '$ref chain is circular or too long', pointer);
      const target = this.target(current.node, current.pointer);
      current = { node: this.valueAt(target), pointer: target };
    }
    return current;
  }

  /** Resolves a ref string written inside the document at `fromPointer` (e.g. a discriminator mapping). */
  resolveString(ref: string, fromPointer: string): string | undefined {
    try {
      const pointer = this.locate(ref, fromPointer, fromPointer);
      return this.valueAt(pointer) === undefined ? undefined : pointer;
    } catch {
      return undefined;
    }
  }

  /** The value at `pointer` in the root, cached: call it only for positions that are not moved later. */
  valueAt(pointer: string): unknown {
    if (this.values.has(pointer)) return this.values.get(pointer);
    const value = valueAt(this.root, pointer);
    this.values.set(pointer, value);
    return value;
  }

  private locate(ref: string, fromPointer: string, location: string): string {
    const parsed = parseRef(ref);
    switch (parsed.kind) {
      case 'malformed':
        throw new SpecError('spec.ref.unresolved', `$ref "${ref}": ${parsed.reason}`, location);
      case 'remote':
        throw new SpecError(
          'spec.ref.remote',
          `$ref "${ref}" is remote; only local references are allowed`,
          location,
        );
      case 'internal':
        return this.hasFiles ? this.filePrefix(fileKeyOf(fromPointer)) + parsed.pointer : parsed.pointer;
      case 'file':
        return this.filePointer(parsed.file, parsed.pointer, fromPointer, location);
    }
  }

  private filePointer(file: string, pointer: string, fromPointer: string, location: string): string {
    const fromDir = this.files.dirOf(fileKeyOf(fromPointer));
    if (fromDir === undefined) {
      throw new SpecError(
        'spec.ref.file',
        `file $ref "${file}" needs a file input or the baseDir option`,
        location,
      );
    }
    const path = FileStore.resolvePath(fromDir, file);
    if (path === this.files.mainFile) return pointer;
    const loaded = this.files.get(path);
    if (loaded === undefined) throw new SpecError('spec.ref.file', `cannot read ${file}`, location);
    if ('error' in loaded) {
      const inner = loaded.error;
      const where = inner.location === '' ? '' : ` (at ${inner.location})`;
      throw new SpecError(inner.code, `${file}: ${inner.message}${where}`, location, { cause: inner });
    }
    return this.filePrefix(this.files.keyOf(path)) + pointer;
  }

  private filePrefix(key: string | undefined): string {
    return key === undefined ? '' : `/${filesKey}/${escapeToken(key)}`;
  }
}

export function isRefHolder(node: unknown): node is Record<string, unknown> & { $ref: unknown } {
  return node !== null && typeof node === 'object' && !Array.isArray(node) && '$ref' in node;
}

/** The bundled file a pointer lies in, or `undefined` for the main document. */
function fileKeyOf(pointer: string): string | undefined {
  if (!pointer.startsWith(`/${filesKey}/`)) return undefined;
  return pointerTokens(pointer)[1];
}
