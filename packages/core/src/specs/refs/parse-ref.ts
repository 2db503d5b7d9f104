/** What a `$ref` string points at. Fragment pointers are percent-decoded but still JSON-pointer escaped. */
export type ParsedRef =
  | { kind: 'internal'; pointer: string }
  | { kind: 'file'; file: string; pointer: string }
  | { kind: 'remote'; url: string }
  | { kind: 'malformed'; reason: string };

const scheme = /^([a-z][a-z0-9+.-]*):/i;

/**
 * Classifies a `$ref`. Anything with a URL scheme other than `file:` counts as remote: Signet never fetches.
 *
 * @example parseRef('./pet.yaml#/Pet') // { kind: 'file', file: './pet.yaml', pointer: '/Pet' }
 */
export function parseRef(ref: string): ParsedRef {
  const hash = ref.indexOf('#');
  const address = hash === -1 ? ref : ref.slice(0, hash);
  const fragment = hash === -1 ? '' : ref.slice(hash + 1);
  const pointer = decodeFragment(fragment);
  if (pointer === undefined) return { kind: 'malformed', reason: `"${fragment}" is not a JSON pointer` };
  if (address === '') return { kind: 'internal', pointer };
  const match = scheme.exec(address);
  const protocol = match?.[1]?.toLowerCase();
  if (address.startsWith('//') || (protocol !== undefined && protocol !== 'file' && protocol.length > 1)) {
    return { kind: 'remote', url: ref };
  }
  const file = decodePath(protocol === 'file' ? fileUrlPath(address) : address);
  if (file === undefined) return { kind: 'malformed', reason: `"${address}" is not a valid file reference` };
  return { kind: 'file', file, pointer };
}

function decodeFragment(fragment: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(fragment);
  } catch {
    return undefined;
  }
  return decoded === '' || decoded.startsWith('/') ? decoded : undefined;
}

function decodePath(path: string): string | undefined {
  try {
    return decodeURIComponent(path.split('?')[0] ?? '');
  } catch {
    return undefined;
  }
}

// `file:///a/b` → `/a/b`; `file:a/b` → `a/b`.
function fileUrlPath(address: string): string {
  return address.replace(/^file:(\/\/[^/]*)?/i, '');
}
