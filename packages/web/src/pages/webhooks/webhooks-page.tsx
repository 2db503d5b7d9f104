import { usePages } from '../../api/use-pages.js';
import { Empty } from '../../components/empty.js';
import { LoadMore } from '../../components/load-more.js';
import { PageTitle } from '../../components/page-title.js';
import { QueryView } from '../../components/query-view.js';
import { Link } from '../../router/link.js';
import { useBroker } from '../../api/use-broker.js';

/** Webhook subscriptions (admins): the list, and the way to a new one. */
export function WebhooksPage() {
  const api = useBroker().client.webhooks;
  const pages = usePages(
    'webhooks',
    (cursor) => api.list({ cursor, limit: 50 }),
    (hook) => hook.id,
  );
  return (
    <>
      <PageTitle title="Webhooks" />
      <p>
        <Link href="/webhooks/new" className="button-link">
          New webhook
        </Link>
      </p>
      <QueryView query={pages.query} what="webhooks">
        {(hooks) =>
          hooks.length === 0 ? (
            <Empty>No webhooks yet.</Empty>
          ) : (
            <table data-testid="webhooks">
              <thead>
                <tr>
                  <th scope="col">Webhook</th>
                  <th scope="col">Events</th>
                  <th scope="col">Only for</th>
                  <th scope="col">Request</th>
                  <th scope="col">Enabled</th>
                </tr>
              </thead>
              <tbody>
                {hooks.map((hook) => (
                  <tr key={hook.id}>
                    <td>
                      <Link href={`/webhooks/${hook.id}`}>{hook.description ?? `Webhook ${hook.id}`}</Link>
                    </td>
                    <td>{hook.events.join(', ')}</td>
                    <td>
                      {[
                        hook.service && `service ${hook.service}`,
                        hook.consumer && `consumer ${hook.consumer}`,
                        hook.provider && `provider ${hook.provider}`,
                      ]
                        .filter(Boolean)
                        .join(', ') || <span className="muted">all</span>}
                    </td>
                    <td>
                      <code>
                        {hook.method} {hook.url}
                      </code>
                    </td>
                    <td>{hook.enabled ? 'yes' : 'no'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </QueryView>
      {pages.nextCursor !== null && <LoadMore onMore={pages.more} busy={pages.busy} />}
    </>
  );
}
