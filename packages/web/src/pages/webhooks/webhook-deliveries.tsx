import { useState } from 'react';
import { usePages } from '../../api/use-pages.js';
import { Empty } from '../../components/empty.js';
import { LoadMore } from '../../components/load-more.js';
import { QueryView } from '../../components/query-view.js';
import { Table } from '../../components/table.js';
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
            <Table
              testId="deliveries"
              items={deliveries}
              rowKey={(delivery) => delivery.id}
              columns={[
                { title: 'Event' },
                { title: 'Kind' },
                { title: 'State' },
                { title: 'Attempts' },
                { title: 'Created' },
                { title: 'Actions', hideTitle: true },
              ]}
              row={(delivery) => (
                <DeliveryRow
                  webhookId={id}
                  delivery={delivery}
                  onRedelivered={() => setReload((n) => n + 1)}
                />
              )}
            />
          )
        }
      </QueryView>
      {pages.nextCursor !== null && <LoadMore onMore={pages.more} busy={pages.busy} />}
    </section>
  );
}
