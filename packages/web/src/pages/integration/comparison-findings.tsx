import type { MatrixRow } from '@signet/client';
import { useBroker } from '../../api/use-broker.js';
import { useQuery } from '../../api/use-query.js';
import { Empty } from '../../components/empty.js';
import { QueryView } from '../../components/query-view.js';
import { ShortSha } from '../../components/short-sha.js';
import { StatusBadge } from '../../components/status-badge.js';
import { comparedSpecs, specOfFinding } from './compared-specs.js';
import { FindingItem } from './finding-item.js';
import { NotComparedYet, notComparedYet } from './not-compared-yet.js';
import { groupFindings } from './group-findings.js';
import { namedSchemaResolver } from './schema-node.js';
import './integration.css';

/** The selected comparison: its verdict, and every finding grouped by operation. */
export function ComparisonFindings({
  row,
  missing,
}: {
  row: MatrixRow | undefined;
  /** The pair the link asked for, when the matrix shown does not hold it. */
  missing?: { consumerVersion: string; providerVersion: string | null } | undefined;
}) {
  return (
    <section aria-labelledby="comparison-heading">
      <h2 id="comparison-heading">Comparison</h2>
      {missing !== undefined ? (
        <Empty>
          The selected pair (<code>{missing.consumerVersion}</code> with{' '}
          {missing.providerVersion === null ? 'the latest spec' : <code>{missing.providerVersion}</code>}) is
          not in the matrix shown: change the filters, load more, or pick a cell.
        </Empty>
      ) : row === undefined || row.specSha === null ? (
        <Empty>No comparison to show: the provider has no spec for these versions yet.</Empty>
      ) : (
        <Findings contractSha={row.contractSha} specSha={row.specSha} row={row} />
      )}
    </section>
  );
}

function Findings({ contractSha, specSha, row }: { contractSha: string; specSha: string; row: MatrixRow }) {
  const { client } = useBroker();
  const version = row.provider.version;
  const query = useQuery(`comparison:${contractSha}:${specSha}:${version ?? ''}`, async () => {
    // The compared specs' operations too (both halves of a version's spec set): a finding without a spec value
    // shows the schema its location names, in the spec of the finding's kind.
    const [comparison, compared] = await Promise.all([
      client.comparisons.get(contractSha, specSha),
      comparedSpecs(client, row),
    ]);
    return { comparison, ...compared };
  });
  if (query.status === 'error' && notComparedYet(query.error))
    return <NotComparedYet row={row} onCompared={query.retry} />;
  return (
    <QueryView query={query} what="the comparison">
      {({ comparison, specs, leftOut }) => {
        const groups = groupFindings(comparison.findings);
        const resolvers = new Map(specs.map((spec) => [spec, namedSchemaResolver(spec.schemas)]));
        return (
          <>
            <p data-testid="comparison-summary">
              {row.consumer.name} <code>{row.consumer.version}</code> (contract <ShortSha sha={contractSha} />
              ) against {row.provider.name}{' '}
              {row.provider.version === null ? 'latest spec' : <code>{row.provider.version}</code>} (spec{' '}
              <ShortSha sha={specSha} />
              ): <StatusBadge status={comparison.status} /> {comparison.summary.errorCount} errors,{' '}
              {comparison.summary.warningCount} warnings
            </p>
            {leftOut.includes('asyncapi') && (
              <p role="note" data-testid="unverified-half">
                Compared with the OpenAPI spec of {row.provider.name} <code>{version}</code> alone: its
                AsyncAPI spec is not verified, so no message was checked against it. Verify the build against
                its AsyncAPI spec to have its messages judged.
              </p>
            )}
            {comparison.error !== null && (
              <p className="error" role="alert">
                The comparison failed: {comparison.error}
              </p>
            )}
            {groups.length === 0 ? (
              <Empty>No findings: every interaction matches the spec.</Empty>
            ) : (
              groups.map((group) => (
                <section key={group.operation} className="finding-group" aria-label={group.operation}>
                  <h3>
                    <code>{group.operation}</code>
                  </h3>
                  <ul className="plain">
                    {group.findings.map((finding, i) => {
                      const spec = specOfFinding(finding, specs);
                      const resolve = spec === undefined ? undefined : resolvers.get(spec);
                      return <FindingItem key={i} finding={finding} spec={spec} resolve={resolve} />;
                    })}
                  </ul>
                </section>
              ))
            )}
          </>
        );
      }}
    </QueryView>
  );
}
