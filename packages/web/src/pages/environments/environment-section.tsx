import type { Environment } from '@signet/client';
import { useState } from 'react';
import { useBroker } from '../../api/use-broker.js';
import { useQuery } from '../../api/use-query.js';
import { Empty } from '../../components/empty.js';
import { NoMatch } from '../../components/no-match.js';
import { QueryView } from '../../components/query-view.js';
import { Table } from '../../components/table.js';
import { When } from '../../components/when.js';
import { hrefs } from '../../router/hrefs.js';
import { Link } from '../../router/link.js';
import { DeployedVersionLink } from './deployed-version-link.js';
import { EnvironmentHistory } from './environment-history.js';

const PAGE = 50;

/** One environment: the versions deployed or released there now (filtered, 50 at a time), and its history. */
export function EnvironmentSection({
  environment,
  filter,
  clearHref,
}: {
  environment: Environment;
  filter: string;
  /** The page without the service filter. */
  clearHref: string;
}) {
  const { client } = useBroker();
  const [shown, setShown] = useState(PAGE);
  const query = useQuery(`deployed-in:${environment.name}`, () =>
    client.deployments.list(environment.name, { current: true }),
  );
  const needle = filter.trim().toLowerCase();
  return (
    <section aria-labelledby={`env-${environment.name}`} data-testid={`environment-${environment.name}`}>
      <h2 id={`env-${environment.name}`}>
        {environment.displayName || environment.name}{' '}
        {environment.production && <span className="badge badge-production">production</span>}
      </h2>
      <QueryView query={query} what={`what runs in ${environment.name}`}>
        {(page) => {
          const rows = page.items.filter((row) => row.service.toLowerCase().includes(needle));
          if (page.items.length === 0) return <Empty>Nothing is recorded as deployed here.</Empty>;
          if (rows.length === 0)
            return (
              <NoMatch clearHref={clearHref}>
                None of the {page.items.length} services running here has “{filter.trim()}” in its name.
              </NoMatch>
            );
          return (
            <>
              <Table
                items={rows.slice(0, shown)}
                rowKey={(row) => row.id}
                columns={[
                  {
                    title: 'Service',
                    cell: (row) => <Link href={hrefs.service(row.service)}>{row.service}</Link>,
                  },
                  { title: 'Version', cell: (row) => <DeployedVersionLink row={row} /> },
                  { title: 'Kind', cell: (row) => row.kind },
                  { title: 'Since', cell: (row) => <When at={row.createdAt} /> },
                ]}
              />
              <p className="muted" data-testid="shown-count">
                {Math.min(shown, rows.length)} of {rows.length}
                {needle === '' ? '' : ` matching (of ${page.items.length})`} shown{' '}
                {shown < rows.length && (
                  <button type="button" onClick={() => setShown(shown + PAGE)}>
                    Show {Math.min(PAGE, rows.length - shown)} more
                  </button>
                )}
              </p>
            </>
          );
        }}
      </QueryView>
      <EnvironmentHistory environment={environment.name} />
    </section>
  );
}
