import type { Environment } from '@signet/client';
import { useBroker } from '../../api/use-broker.js';
import { useQuery } from '../../api/use-query.js';
import { DeployedVersionText } from '../../components/deployed-version-text.js';
import { Empty } from '../../components/empty.js';
import { QueryView } from '../../components/query-view.js';
import { Table } from '../../components/table.js';
import { When } from '../../components/when.js';
import { hrefs } from '../../router/hrefs.js';
import { Link } from '../../router/link.js';

/** One environment: the versions deployed or released there now. */
export function EnvironmentSection({ environment }: { environment: Environment }) {
  const { client } = useBroker();
  const query = useQuery(`deployed-in:${environment.name}`, () =>
    client.deployments.list(environment.name, { current: true }),
  );
  return (
    <section aria-labelledby={`env-${environment.name}`} data-testid={`environment-${environment.name}`}>
      <h2 id={`env-${environment.name}`}>
        {environment.displayName || environment.name}{' '}
        {environment.production && <span className="badge badge-production">production</span>}
      </h2>
      <QueryView query={query} what={`what runs in ${environment.name}`}>
        {(page) =>
          page.items.length === 0 ? (
            <Empty>Nothing is recorded as deployed here.</Empty>
          ) : (
            <Table
              items={page.items}
              rowKey={(row) => row.id}
              columns={[
                {
                  title: 'Service',
                  cell: (row) => <Link href={hrefs.service(row.service)}>{row.service}</Link>,
                },
                { title: 'Version', cell: (row) => <DeployedVersionText row={row} /> },
                { title: 'Kind', cell: (row) => row.kind },
                { title: 'Since', cell: (row) => <When at={row.createdAt} /> },
              ]}
            />
          )
        }
      </QueryView>
    </section>
  );
}
