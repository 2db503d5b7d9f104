import type { MatrixRow } from '@signet/client';
import { useBroker } from '../../api/use-broker.js';
import { useQuery } from '../../api/use-query.js';
import { Empty } from '../../components/empty.js';
import { QueryView } from '../../components/query-view.js';
import { StatusBadge } from '../../components/status-badge.js';
import { Table } from '../../components/table.js';
import { hrefs } from '../../router/hrefs.js';
import { Link } from '../../router/link.js';
import { pairQuery } from '../integration/select-pair.js';
import { VerificationMark } from './verification-mark.js';

/** Rows shown per direction; the integration's own matrix has the rest. */
const limit = 100;

/**
 * The version's matrix rows in both directions: as a provider, each consumer version's contract against it; as
 * a consumer, its contracts against each provider version with verification evidence.
 */
export function VersionCompatibility({ name, version }: { name: string; version: string }) {
  const { client } = useBroker();
  const query = useQuery(`version-matrix:${name}:${version}`, async () => {
    const [asProvider, asConsumer] = await Promise.all([
      client.matrix.list({ provider: name, providerVersion: version, limit }),
      client.matrix.list({ consumer: name, consumerVersion: version, limit }),
    ]);
    return { asProvider, asConsumer };
  });
  return (
    <section aria-labelledby="compatibility-heading">
      <h2 id="compatibility-heading">Compatibility per integration</h2>
      <QueryView query={query} what="the matrix">
        {({ asProvider, asConsumer }) => (
          <>
            <h3>As provider: consumers’ contracts against {version}</h3>
            <Rows rows={asProvider.items} side="consumer" more={asProvider.nextCursor !== null} />
            <h3>As consumer: {version}’s contracts against provider versions</h3>
            <Rows rows={asConsumer.items} side="provider" more={asConsumer.nextCursor !== null} />
          </>
        )}
      </QueryView>
    </section>
  );
}

function Rows({ rows, side, more }: { rows: MatrixRow[]; side: 'consumer' | 'provider'; more: boolean }) {
  if (rows.length === 0)
    return (
      <Empty>
        {side === 'consumer'
          ? 'No consumer contract is paired with this version (it has no verification evidence, or no consumers).'
          : 'This version published no contracts, or no provider version has verification evidence yet.'}
      </Empty>
    );
  return (
    <>
      <div className="scroll-x">
        <Table
          testId={`compatibility-as-${side === 'consumer' ? 'provider' : 'consumer'}`}
          items={rows}
          rowKey={(row) => `${row.consumer.version}:${row.provider.name}:${row.provider.version ?? ''}`}
          columns={[
            {
              title: 'Integration',
              cell: (row) => (
                <Link href={hrefs.integration(row.consumer.name, row.provider.name)}>
                  {row.consumer.name} → {row.provider.name}
                </Link>
              ),
            },
            {
              title: side === 'consumer' ? 'Consumer version' : 'Provider version',
              cell: (row) => {
                const other = side === 'consumer' ? row.consumer : row.provider;
                return other.version === null ? (
                  <span className="muted">no verified version</span>
                ) : (
                  <Link href={hrefs.version(other.name, other.version)}>
                    <code>{other.version}</code>
                  </Link>
                );
              },
            },
            {
              title: 'Status',
              cell: (row) =>
                row.specSha === null ? (
                  <StatusBadge status={row.status} />
                ) : (
                  <Link
                    href={hrefs.integration(row.consumer.name, row.provider.name, pairQuery(row))}
                    aria-label={`${row.consumer.name} ${row.consumer.version} with ${row.provider.name} ${row.provider.version ?? 'latest spec'}: ${row.status}`}
                  >
                    <StatusBadge status={row.status} />
                  </Link>
                ),
            },
            {
              title: 'Provider verification',
              cell: (row) => (
                <>
                  <VerificationMark what="spec" mark={mark(row.verification.spec)} />{' '}
                  {row.verification.pact !== null && (
                    <VerificationMark what="pact" mark={mark(row.verification.pact)} />
                  )}
                </>
              ),
            },
          ]}
        />
      </div>
      {more && <p className="muted">More rows than shown: the integrations’ matrices have them all.</p>}
    </>
  );
}

const mark = (v: { success: boolean; verifiedAt: string } | null) =>
  v === null ? null : { success: v.success, at: v.verifiedAt };
