import { useBroker } from '../../api/use-broker.js';
import { useQuery } from '../../api/use-query.js';
import { DeployedVersionText } from '../../components/deployed-version-text.js';
import { Empty } from '../../components/empty.js';
import { QueryView } from '../../components/query-view.js';
import { Table } from '../../components/table.js';
import { When } from '../../components/when.js';
import { hrefs } from '../../router/hrefs.js';
import { Link } from '../../router/link.js';

/** Which versions of the service are deployed or released in each environment now. */
export function ServiceDeployments({ name }: { name: string }) {
  const { client } = useBroker();
  // One request for every environment (asking each environment in turn cost one request per environment).
  const query = useQuery(`deployed:${name}`, async () => (await client.deployments.ofService(name)).items);
  return (
    <section aria-labelledby="deployed-heading">
      <h2 id="deployed-heading">Deployed and released</h2>
      <QueryView query={query} what="deployments">
        {(rows) =>
          rows.length === 0 ? (
            <Empty>{name} is not recorded as deployed or released anywhere.</Empty>
          ) : (
            <Table
              testId="service-deployments"
              items={rows}
              rowKey={(row) => row.id}
              columns={[
                { title: 'Environment', cell: (row) => row.environment },
                { title: 'Version', cell: (row) => <DeployedVersionText row={row} /> },
                { title: 'Kind', cell: (row) => row.kind },
                { title: 'Since', cell: (row) => <When at={row.createdAt} /> },
                {
                  title: 'Check',
                  hideTitle: true,
                  cell: (row) => <Link href={hrefs.environments()}>{row.environment}</Link>,
                },
              ]}
            />
          )
        }
      </QueryView>
    </section>
  );
}
