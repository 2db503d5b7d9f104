import { isStorableText } from '../../http/storable-text.js';

/**
 * Why a pact was handed to a verifier, carried in the `self` href of each pact for verification (as Pact
 * Broker does), so the verification published through it can be attributed: which consumer versions, and
 * whether it was pending or work in progress.
 */
export interface SelectionMetadata {
  consumerVersions: string[];
  pending: boolean;
  wip: boolean;
}

export function encodeMetadata(metadata: SelectionMetadata): string {
  const compact = { v: metadata.consumerVersions, p: metadata.pending ? 1 : 0, w: metadata.wip ? 1 : 0 };
  return Buffer.from(JSON.stringify(compact)).toString('base64url');
}

/** Undefined for metadata this server did not write (a hand-made URL): then nothing is attributed. */
export function decodeMetadata(encoded: string | undefined): SelectionMetadata | undefined {
  if (encoded === undefined) return undefined;
  try {
    const value = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')) as {
      v?: unknown;
      p?: unknown;
      w?: unknown;
    };
    // Stored with the verification: a version the database could not hold makes the metadata not ours.
    const versions = value.v;
    if (
      !Array.isArray(versions) ||
      !versions.every((item) => typeof item === 'string' && isStorableText(item))
    )
      return undefined;
    return { consumerVersions: versions as string[], pending: value.p === 1, wip: value.w === 1 };
  } catch {
    return undefined;
  }
}
