import type { Comparison } from '@signet/client';
import type { PublishedContractFile } from '../actions/publish/publish-contracts.js';
import type { PublishedSpecFile } from '../actions/publish/publish-spec.js';
import { paint, type Io } from './io.js';

/** What a spec publication did and how each consumer's contract (named) compares with it. */
export function renderPublishedSpec(io: Io, published: PublishedSpecFile): string {
  const { spec } = published;
  const head = `published spec of ${spec.service}@${spec.version ?? '(no version)'}: ${published.outcome}`;
  const lines = published.comparisons.flatMap((comparison) => {
    const consumers = published.contractConsumers[comparison.contractSha] ?? [];
    const whose = consumers.length === 0 ? 'consumer contract' : `contract of ${consumers.join(', ')}`;
    return comparisonLines(io, [comparison], whose);
  });
  if (published.comparisons.length === 0)
    lines.push(`  ${spec.service} has no consumer contracts to compare with yet`);
  return [head, ...lines].join('\n') + '\n';
}

/** Each contract published, with its comparisons against the provider's specs. */
export function renderPublishedContracts(io: Io, published: PublishedContractFile[]): string {
  const lines = published.flatMap(({ file, outcome, contract, comparisons, specVersions }) => [
    `published ${file}: ${contract.consumer}@${contract.consumerVersion} → ${contract.provider}: ${outcome}`,
    ...(comparisons.length === 0
      ? [`  ${contract.provider} has no spec to compare with yet`]
      : comparisons.flatMap((comparison) => {
          const versions = specVersions[comparison.specSha] ?? [];
          const whose = versions.length === 0 ? '' : `@${versions.join(', ')}`;
          return comparisonLines(io, [comparison], `spec of ${contract.provider}${whose}`);
        })),
  ]);
  return lines.join('\n') + '\n';
}

function comparisonLines(io: Io, comparisons: Comparison[], counterpart: string): string[] {
  return comparisons.flatMap((comparison) => {
    const colour = comparison.status === 'compatible' ? 32 : comparison.status === 'incompatible' ? 31 : 33;
    const shas = `contract ${comparison.contractSha.slice(0, 8)} × spec ${comparison.specSha.slice(0, 8)}`;
    const head = `  ${counterpart} (${shas}): ${paint(io, colour, comparison.status)}`;
    const errors = comparison.summary.errors.map(
      (error) => `      ${error.code}: ${error.operation ?? error.interaction}: ${error.message}`,
    );
    return [head, ...(comparison.error === null ? [] : [`      ${comparison.error}`]), ...errors];
  });
}
