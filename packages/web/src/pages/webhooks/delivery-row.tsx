import type { WebhookDelivery, WebhookDeliveryDetail } from '@signet/client';
import { Fragment, useState } from 'react';
import { ErrorMessage } from '../../components/error-message.js';
import { StatusBadge } from '../../components/status-badge.js';
import { When } from '../../components/when.js';
import { AttemptLog } from './attempt-log.js';
import { useBroker } from '../../api/use-broker.js';

/** One delivery; "Attempts" shows its log, "Redeliver" queues its event again. */
export function DeliveryRow({
  webhookId,
  delivery,
  onRedelivered,
}: {
  webhookId: number;
  delivery: WebhookDelivery;
  onRedelivered: () => void;
}) {
  const api = useBroker().client.webhooks;
  const [detail, setDetail] = useState<WebhookDeliveryDetail>();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<unknown>();
  const toggle = () => {
    setOpen(!open);
    if (!open) api.delivery(webhookId, delivery.id).then(setDetail, setError);
  };
  const redeliver = () => {
    setError(undefined);
    api.redeliver(webhookId, delivery.id).then(onRedelivered, setError);
  };
  return (
    <Fragment>
      <tr data-state={delivery.state}>
        <td>
          <code>{delivery.eventType}</code>
        </td>
        <td>{delivery.kind}</td>
        <td>
          <StatusBadge status={delivery.state === 'delivered' ? 'succeeded' : delivery.state} />
        </td>
        <td>
          {delivery.attempts} / {delivery.maxAttempts}
        </td>
        <td>
          <When at={delivery.createdAt} />
        </td>
        <td>
          <button type="button" aria-expanded={open} onClick={toggle}>
            Attempts
          </button>{' '}
          <button type="button" onClick={redeliver}>
            Redeliver
          </button>
        </td>
      </tr>
      {(open || error !== undefined) && (
        <tr>
          <td colSpan={6}>
            {error !== undefined && <ErrorMessage error={error} />}
            {open &&
              (detail === undefined ? <p className="muted">Loading…</p> : <AttemptLog log={detail.log} />)}
          </td>
        </tr>
      )}
    </Fragment>
  );
}
