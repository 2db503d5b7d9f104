import { allItems, type DeployedVersion } from '@signet/client';
import { useBroker } from '../../api/use-broker.js';
import { useQuery } from '../../api/use-query.js';
import { Empty } from '../../components/empty.js';
import { QueryView } from '../../components/query-view.js';
import { When } from '../../components/when.js';
import { hrefs } from '../../router/hrefs.js';
import { Link } from '../../router/link.js';

/** Which versions of the service are deployed or released in each environment now. */
export function ServiceDeployments({ name }: { name: string }) {
  const { client } = useBroker();
  const query = useQuery(`deployed:${name}`, async () => {
    const rows: DeployedVersion[] = [];
    for await (const environment of allItems((cursor) => client.environments.list({ cursor, limit: 100 }))) {
      const current = await client.deployments.list(environment.name, { current: true });
      rows.push(...current.items.filter((row) => row.service === name));
    }
    return rows;
  });
  return (
    <section aria-labelledby="deployed-heading">
      <h2 id="deployed-heading">Deployed and released</h2>
      <QueryView query={query} what="deployments">
        {(rows) =>
          rows.length === 0 ? (
            <Empty>{name} is not recorded as deployed or released anywhere.</Empty>
          ) : (
            <table data-testid="service-deployments">
              <thead>
                <tr>
                  <th scope="col">Environment</th>
                  <th scope="col">Version</th>
                  <th scope="col">Kind</th>
                  <th scope="col">Since</th>
                  <th scope="col">
                    <span className="visually-hidden">Check</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.id}>
                    <td>{row.environment}</td>
                    <td>
                      <code>{row.version}</code>
                      {row.applicationInstance === null ? '' : ` (${row.applicationInstance})`}
                    </td>
                    <td>{row.kind}</td>
                    <td>
                      <When at={row.createdAt} />
                    </td>
                    <td>
                      <Link href={hrefs.environments()}>{row.environment}</Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </QueryView>
    </section>
  );
}
