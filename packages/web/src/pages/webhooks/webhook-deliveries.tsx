import { useState } from 'react';
import { usePages } from '../../api/use-pages.js';
import { Empty } from '../../components/empty.js';
import { LoadMore } from '../../components/load-more.js';
import { QueryView } from '../../components/query-view.js';
import { DeliveryRow } from './delivery-row.js';
import { useBroker } from '../../api/use-broker.js';

/** The subscription's delivery log, newest first; each delivery expands to its attempts and can be redelivered. */
export function WebhookDeliveries({ id, refresh }: { id: number; refresh: number }) {
  const api = useBroker().client.webhooks;
  const [reload, setReload] = useState(0);
  const pages = usePages(
    `deliveries:${id}:${refresh}:${reload}`,
    (cursor) => api.deliveries(id, { cursor, limit: 50 }),
    (delivery) => delivery.id,
  );
  return (
    <section aria-labelledby="deliveries-heading">
      <h2 id="deliveries-heading">Deliveries</h2>
      <button type="button" onClick={() => setReload((n) => n + 1)}>
        Refresh
      </button>
      <QueryView query={pages.query} what="deliveries">
        {(deliveries) =>
          deliveries.length === 0 ? (
            <Empty>Nothing delivered yet. Send a test ping, or wait for an event.</Empty>
          ) : (
            <table data-testid="deliveries">
              <thead>
                <tr>
                  <th scope="col">Event</th>
                  <th scope="col">Kind</th>
                  <th scope="col">State</th>
                  <th scope="col">Attempts</th>
                  <th scope="col">Created</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {deliveries.map((delivery) => (
                  <DeliveryRow
                    key={delivery.id}
                    webhookId={id}
                    delivery={delivery}
                    onRedelivered={() => setReload((n) => n + 1)}
                  />
                ))}
              </tbody>
            </table>
          )
        }
      </QueryView>
      {pages.nextCursor !== null && <LoadMore onMore={pages.more} busy={pages.busy} />}
    </section>
  );
}
