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
  /** In a webhook's pact URL: the consumer version's branch and tags (Pact Broker's webhook metadata has tags). */
  consumerBranch?: string;
  consumerTags?: string[];
}

export function encodeMetadata(metadata: SelectionMetadata): string {
  const compact = {
    v: metadata.consumerVersions,
    p: metadata.pending ? 1 : 0,
    w: metadata.wip ? 1 : 0,
    ...(metadata.consumerBranch !== undefined && { b: metadata.consumerBranch }),
    ...(metadata.consumerTags !== undefined && { t: metadata.consumerTags }),
  };
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
      b?: unknown;
      t?: unknown;
    };
    // Stored with the verification: a version the database could not hold makes the metadata not ours.
    const versions = value.v;
    const texts = (items: unknown): items is string[] =>
      Array.isArray(items) && items.every((item) => typeof item === 'string' && isStorableText(item));
    if (!texts(versions)) return undefined;
    return {
      consumerVersions: versions,
      pending: value.p === 1,
      wip: value.w === 1,
      ...(typeof value.b === 'string' && isStorableText(value.b) && { consumerBranch: value.b }),
      ...(texts(value.t) && { consumerTags: value.t }),
    };
  } catch {
    return undefined;
  }
}
