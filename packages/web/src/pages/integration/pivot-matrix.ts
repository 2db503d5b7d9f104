import type { MatrixRow } from '@signet/client';

/** A provider column: a provider version, or null for a spec published without a version. */
export interface MatrixGrid {
  consumerVersions: Array<{ version: string; branch: string | null }>;
  /** `specVerification`: the provider version's newest spec verification (the same on every row of a column). */
  providerVersions: Array<{
    version: string | null;
    branch: string | null;
    specVerification: MatrixRow['verification']['spec'];
  }>;
  cell(consumerVersion: string, providerVersion: string | null): MatrixRow | undefined;
}

const keyOf = (consumer: string, provider: string | null) => `${consumer}\u0000${provider ?? ''}`;

/** Turns matrix rows into a grid: consumer versions down (newest first), provider versions across. */
export function pivotMatrix(rows: MatrixRow[]): MatrixGrid {
  const consumers = new Map<string, { version: string; branch: string | null }>();
  const providers = new Map<string | null, MatrixGrid['providerVersions'][number]>();
  const cells = new Map<string, MatrixRow>();
  for (const row of rows) {
    if (!consumers.has(row.consumer.version))
      consumers.set(row.consumer.version, { version: row.consumer.version, branch: row.consumer.branch });
    if (!providers.has(row.provider.version))
      providers.set(row.provider.version, {
        version: row.provider.version,
        branch: row.provider.branch,
        specVerification: row.verification.spec,
      });
    const key = keyOf(row.consumer.version, row.provider.version);
    if (!cells.has(key)) cells.set(key, row);
  }
  return {
    consumerVersions: [...consumers.values()],
    providerVersions: [...providers.values()],
    cell: (consumer, provider) => cells.get(keyOf(consumer, provider)),
  };
}
