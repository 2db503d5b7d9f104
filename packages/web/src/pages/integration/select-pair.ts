import type { MatrixRow } from '@signet/client';

/**
 * The query keys naming the selected matrix cell: a consumer version × a provider version. A provider column
 * without a version (a spec published without one) is named by the consumer key alone.
 */
export const pairKeys = { consumer: 'pairConsumerVersion', provider: 'pairProviderVersion' } as const;

/** The query that selects `row`'s cell (older links named a content-hash pair: those keys are dropped). */
export function pairQuery(row: MatrixRow): Record<string, string | undefined> {
  return {
    [pairKeys.consumer]: row.consumer.version,
    [pairKeys.provider]: row.provider.version ?? undefined,
    contractSha: undefined,
    specSha: undefined,
  };
}

export const samePair = (a: MatrixRow, b: MatrixRow | undefined) =>
  b !== undefined && a.consumer.version === b.consumer.version && a.provider.version === b.provider.version;

/** What the query string selects among the loaded rows. */
export type PairChoice =
  | { kind: 'chosen'; row: MatrixRow }
  /** Nothing chosen: the newest row that has a spec (if any). */
  | { kind: 'default'; row: MatrixRow | undefined }
  /** A pair was asked for but is not among the rows shown (filtered out, or not loaded yet). */
  | { kind: 'missing'; consumerVersion: string; providerVersion: string | null };

/**
 * Picks the selected cell: by consumer version × provider version; older shared links by content-hash pair
 * (`?contractSha=&specSha=`, narrowed by `?consumerVersion=` when given, as the deploy guard's links do).
 */
export function selectPair(rows: MatrixRow[], search: URLSearchParams): PairChoice {
  const consumerVersion = search.get(pairKeys.consumer);
  if (consumerVersion !== null) {
    const providerVersion = search.get(pairKeys.provider) || null;
    const row = rows.find(
      (r) => r.consumer.version === consumerVersion && r.provider.version === providerVersion,
    );
    return row === undefined
      ? { kind: 'missing', consumerVersion, providerVersion }
      : { kind: 'chosen', row };
  }
  const contractSha = search.get('contractSha');
  const specSha = search.get('specSha');
  if (contractSha !== null && specSha !== null) {
    const filteredConsumer = search.get('consumerVersion');
    const row = rows.find(
      (r) =>
        r.contractSha === contractSha &&
        r.specSha === specSha &&
        (filteredConsumer === null || r.consumer.version === filteredConsumer),
    );
    if (row !== undefined) return { kind: 'chosen', row };
  }
  return { kind: 'default', row: rows.find((row) => row.specSha !== null) };
}
