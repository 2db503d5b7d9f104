/** RFC 6901 JSON pointers, and the `#/…` refs that point into the same document. */

export function parsePointer(pointer: string): string[] {
  if (pointer === '' || pointer === '/') return pointer === '/' ? [''] : [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function formatPointer(segments: readonly string[]): string {
  return segments.map((s) => '/' + s.replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

export function getAtPointer(root: unknown, segments: readonly string[]): unknown {
  let node = root;
  for (const segment of segments) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

/** The pointer of a local `$ref` (`#/components/schemas/Pet`), or undefined for remote or malformed refs. */
export function refToPointer(ref: string): string | undefined {
  // A spec holds a few thousand distinct refs, met again for every value validated against them.
  let pointer = refPointers.get(ref);
  if (pointer === undefined && !refPointers.has(ref)) {
    if (refPointers.size >= MAX_CACHED_REFS) refPointers.clear();
    refPointers.set(ref, (pointer = decodeRef(ref)));
  }
  return pointer;
}

const refPointers = new Map<string, string | undefined>();
/** Bounds the cache for a long-running broker that compares many specs (it is only a cache). */
const MAX_CACHED_REFS = 50_000;

function decodeRef(ref: string): string | undefined {
  if (!ref.startsWith('#')) return undefined;
  const fragment = ref.slice(1);
  if (fragment !== '' && !fragment.startsWith('/')) return undefined;
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/** A pointer as a URI fragment Ajv can resolve: each segment percent-encoded (`{`, `%`, spaces…). */
export function pointerToFragment(pointer: string): string {
  return pointer
    .split('/')
    .map((s) => encodeURIComponent(s))
    .join('/');
}
