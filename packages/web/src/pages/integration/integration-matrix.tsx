import type { MatrixRow } from '@signet/client';
import { useEffect } from 'react';
import { useBroker } from '../../api/use-broker.js';
import { usePages } from '../../api/use-pages.js';
import { Empty } from '../../components/empty.js';
import { LoadMore } from '../../components/load-more.js';
import { NoMatch } from '../../components/no-match.js';
import { QueryView } from '../../components/query-view.js';
import { hrefs } from '../../router/hrefs.js';
import { useRouter } from '../../router/use-router.js';
import { filterKeys, MatrixFilters } from './matrix-filters.js';
import { MatrixTable } from './matrix-table.js';

/** The integration's matrix: filters, then the consumer × provider version grid. */
export function IntegrationMatrix({
  consumer,
  provider,
  selected,
  onRows,
}: {
  consumer: string;
  provider: string;
  selected: MatrixRow | undefined;
  onRows: (rows: MatrixRow[]) => void;
}) {
  const { client } = useBroker();
  const { location } = useRouter();
  const filters = Object.fromEntries(filterKeys.map((key) => [key, location.search.get(key) || undefined]));
  const pages = usePages(
    `matrix:${consumer}:${provider}:${JSON.stringify(filters)}`,
    (cursor) => client.matrix.list({ consumer, provider, ...filters, cursor, limit: 100 }),
    (row) => `${row.contractSha}:${row.specSha}:${row.consumer.version}:${row.provider.version}`,
  );
  const rows = pages.query.status === 'ready' ? pages.query.data : undefined;
  useEffect(() => {
    if (rows !== undefined) onRows(rows);
  }, [rows, onRows]);
  return (
    <section aria-labelledby="matrix-heading">
      <h2 id="matrix-heading">Matrix</h2>
      <MatrixFilters />
      <QueryView query={pages.query} what="the matrix">
        {(items) =>
          items.length === 0 ? (
            Object.values(filters).some((value) => value !== undefined) ? (
              <NoMatch clearHref={hrefs.integration(consumer, provider)}>
                No consumer version × provider version pair matches these filters.
              </NoMatch>
            ) : (
              <Empty>
                No contract of {consumer} with {provider} has been published yet.
              </Empty>
            )
          ) : (
            <MatrixTable rows={items} consumer={consumer} provider={provider} selected={selected} />
          )
        }
      </QueryView>
      {pages.nextCursor !== null && <LoadMore onMore={pages.more} busy={pages.busy} />}
    </section>
  );
}
