import type { WebhookDeliveryDetail } from '@signet/client';
import { AttemptLog } from './attempt-log.js';

/** A test ping's outcome: green only when the receiver answered 2xx, otherwise a failure with the reason. */
export function PingResult({ ping }: { ping: WebhookDeliveryDetail }) {
  const delivered = ping.state === 'delivered';
  const last = ping.log.at(-1);
  return (
    <div
      className={delivered ? 'notice' : 'error'}
      role={delivered ? 'status' : 'alert'}
      data-testid="ping-result"
      data-state={ping.state}
    >
      <strong>{delivered ? 'Test ping delivered' : 'Test ping failed'}</strong>
      {!delivered && last !== undefined && (
        <>
          :{' '}
          {last.responseStatus === null
            ? (last.error ?? 'no answer')
            : `the receiver answered ${last.responseStatus}${last.error ? ` (${last.error})` : ''}`}
        </>
      )}
      <AttemptLog log={ping.log} />
    </div>
  );
}
