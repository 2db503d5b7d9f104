import { useBroker } from '../../api/use-broker.js';
import { useQuery } from '../../api/use-query.js';
import { StatusBadge } from '../../components/status-badge.js';
import { When } from '../../components/when.js';

/** A webhook's newest delivery: its state and when, or "never". */
export function LastDelivery({ webhookId }: { webhookId: number }) {
  const api = useBroker().client.webhooks;
  const query = useQuery(`last-delivery:${webhookId}`, () => api.deliveries(webhookId, { limit: 1 }));
  if (query.status === 'loading') return <span className="muted">…</span>;
  if (query.status === 'error') return <span className="muted">unknown</span>;
  const last = query.data.items[0];
  if (last === undefined) return <span className="muted">never</span>;
  return (
    <span data-testid="last-delivery">
      <StatusBadge status={last.state === 'delivered' ? 'succeeded' : last.state} />{' '}
      <code>{last.eventType}</code> <When at={last.createdAt} />
    </span>
  );
}
