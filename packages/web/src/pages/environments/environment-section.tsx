import type { Environment } from '@signet/client';
import { useBroker } from '../../api/use-broker.js';
import { useQuery } from '../../api/use-query.js';
import { Empty } from '../../components/empty.js';
import { QueryView } from '../../components/query-view.js';
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
            <table>
              <thead>
                <tr>
                  <th scope="col">Service</th>
                  <th scope="col">Version</th>
                  <th scope="col">Kind</th>
                  <th scope="col">Since</th>
                </tr>
              </thead>
              <tbody>
                {page.items.map((row) => (
                  <tr key={row.id}>
                    <td>
                      <Link href={hrefs.service(row.service)}>{row.service}</Link>
                    </td>
                    <td>
                      <code>{row.version}</code>
                      {row.applicationInstance === null ? '' : ` (${row.applicationInstance})`}
                    </td>
                    <td>{row.kind}</td>
                    <td>
                      <When at={row.createdAt} />
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
