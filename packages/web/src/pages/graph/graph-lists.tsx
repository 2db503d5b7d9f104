import type { ServiceGraph } from '@signet/client';
import { Empty } from '../../components/empty.js';
import { StatusBadge } from '../../components/status-badge.js';
import { Table } from '../../components/table.js';
import { hrefs } from '../../router/hrefs.js';
import { Link } from '../../router/link.js';

/** Integrations listed below the graph (the rest: filter by name). */
const LISTED = 200;

/** The graph as lists: the keyboard and screen-reader way in, and a quick scan of every status. */
export function GraphLists({ graph }: { graph: ServiceGraph }) {
  return (
    <div className="columns">
      <section aria-labelledby="services-heading">
        <h2 id="services-heading">Services ({graph.services.length})</h2>
        {graph.services.length === 0 ? (
          <Empty>No service matches.</Empty>
        ) : (
          <ul className="plain service-list">
            {graph.services.map((service) => (
              <li key={service.name}>
                <Link href={hrefs.service(service.name)}>{service.name}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="integrations-heading">
        <h2 id="integrations-heading">Integrations ({graph.integrations.length})</h2>
        {graph.integrations.length === 0 ? (
          <Empty>No integrations yet: they appear when a consumer publishes a contract.</Empty>
        ) : (
          <Table
            className="integrations"
            items={graph.integrations.slice(0, LISTED)}
            rowKey={(i) => `${i.consumer}\u0000${i.provider}`}
            rowData={() => ({ 'data-testid': 'integration-row' })}
            columns={[
              { title: 'Consumer', cell: (i) => i.consumer },
              { title: 'Provider', cell: (i) => i.provider },
              {
                title: 'Status',
                cell: (i) => (
                  <Link href={hrefs.integration(i.consumer, i.provider)}>
                    <StatusBadge status={i.status} />
                    <span className="visually-hidden">
                      {' '}
                      {i.consumer} → {i.provider}
                    </span>
                  </Link>
                ),
              },
            ]}
          />
        )}
        {graph.integrations.length > LISTED && (
          <p className="muted">The first {LISTED} integrations are listed; filter by name to narrow.</p>
        )}
      </section>
    </div>
  );
}
