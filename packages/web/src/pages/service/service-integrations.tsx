import { useBroker } from '../../api/use-broker.js';
import { useQuery } from '../../api/use-query.js';
import { Empty } from '../../components/empty.js';
import { QueryView } from '../../components/query-view.js';
import { StatusBadge } from '../../components/status-badge.js';
import { hrefs } from '../../router/hrefs.js';
import { Link } from '../../router/link.js';

/** Whom the service calls, and who calls it, with the latest status of each integration. */
export function ServiceIntegrations({ name }: { name: string }) {
  const { client } = useBroker();
  const graph = useQuery('graph', () => client.graph.get());
  return (
    <section aria-labelledby="integrations-heading">
      <h2 id="integrations-heading">Integrations</h2>
      <QueryView query={graph} what="integrations">
        {(data) => {
          const mine = data.integrations.filter((i) => i.consumer === name || i.provider === name);
          if (mine.length === 0) return <Empty>{name} has no integrations yet.</Empty>;
          return (
            <ul className="plain">
              {mine.map((i) => (
                <li key={`${i.consumer}\u0000${i.provider}`}>
                  <Link href={hrefs.integration(i.consumer, i.provider)}>
                    {i.consumer === name ? `calls ${i.provider}` : `called by ${i.consumer}`}
                  </Link>{' '}
                  <StatusBadge status={i.status} />
                </li>
              ))}
            </ul>
          );
        }}
      </QueryView>
    </section>
  );
}
