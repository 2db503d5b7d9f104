import type { WebhookDeliveryDetail } from '@signet/client';
import { useState } from 'react';
import { useQuery } from '../../api/use-query.js';
import { ErrorMessage } from '../../components/error-message.js';
import { PageTitle } from '../../components/page-title.js';
import { QueryView } from '../../components/query-view.js';
import { Link } from '../../router/link.js';
import { useRouter } from '../../router/use-router.js';
import { takeCreated } from './just-created.js';
import { PingResult } from './ping-result.js';
import { useBroker } from '../../api/use-broker.js';
import { WebhookDeliveries } from './webhook-deliveries.js';
import { formOf, inputOf } from './webhook-form-state.js';
import { WebhookForm } from './webhook-form.js';

/** One subscription: edit it, send a test ping, delete it, and its delivery log with redelivery. */
export function WebhookPage({ id }: { id: number }) {
  const api = useBroker().client.webhooks;
  const { navigate } = useRouter();
  const [version, setVersion] = useState(0);
  const [ping, setPing] = useState<WebhookDeliveryDetail>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  // "Saved" after an edit here, or after the create that led here.
  const [saved, setSaved] = useState(() => takeCreated(id));
  const hook = useQuery(`webhook:${id}:${version}`, () => api.get(id), { live: false });
  const act = (work: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    work()
      .catch(setError)
      .finally(() => setBusy(false));
  };
  return (
    <>
      <PageTitle title={hook.data?.description ?? `Webhook ${id}`} />
      <p>
        <Link href="/webhooks">All webhooks</Link>
      </p>
      <QueryView query={hook} what="the webhook">
        {(found) => (
          <>
            <div className="actions">
              <button
                type="button"
                disabled={busy}
                onClick={() =>
                  act(async () => {
                    setSaved(false);
                    setPing(await api.test(id));
                    setVersion((v) => v + 1);
                  })
                }
              >
                Send test ping
              </button>
              <button
                type="button"
                className="danger"
                disabled={busy}
                onClick={() => {
                  if (window.confirm('Delete this webhook? Its delivery log goes with it.'))
                    act(async () => {
                      await api.delete(id);
                      navigate('/webhooks');
                    });
                }}
              >
                Delete webhook
              </button>
            </div>
            {error !== undefined && <ErrorMessage error={error} />}
            {ping !== undefined && <PingResult ping={ping} />}
            {saved && (
              <p className="notice" role="status" data-testid="saved">
                Changes saved.
              </p>
            )}
            <h2>Settings</h2>
            <WebhookForm
              key={found.updatedAt}
              initial={formOf(found)}
              hasSecret={found.hasSecret}
              submitLabel="Save changes"
              onSubmit={async (form) => {
                setSaved(false);
                await api.update(id, inputOf(form, formOf(found)));
                setSaved(true);
                setVersion((v) => v + 1);
              }}
            />
            <WebhookDeliveries id={id} refresh={version} />
          </>
        )}
      </QueryView>
    </>
  );
}
