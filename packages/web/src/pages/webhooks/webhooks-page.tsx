import { usePages } from '../../api/use-pages.js';
import { Empty } from '../../components/empty.js';
import { LoadMore } from '../../components/load-more.js';
import { PageTitle } from '../../components/page-title.js';
import { QueryView } from '../../components/query-view.js';
import { Table } from '../../components/table.js';
import { Link } from '../../router/link.js';
import { useBroker } from '../../api/use-broker.js';
import { NeedsAdmin } from '../../components/access-notes.js';
import { LastDelivery } from './last-delivery.js';

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
      <NeedsAdmin what="Managing webhooks" />
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
            <Table
              testId="webhooks"
              items={hooks}
              rowKey={(hook) => hook.id}
              columns={[
                {
                  title: 'Webhook',
                  cell: (hook) => (
                    <Link href={`/webhooks/${hook.id}`}>{hook.description ?? `Webhook ${hook.id}`}</Link>
                  ),
                },
                { title: 'Events', cell: (hook) => hook.events.join(', ') },
                {
                  title: 'Only for',
                  cell: (hook) =>
                    [
                      hook.service && `service ${hook.service}`,
                      hook.consumer && `consumer ${hook.consumer}`,
                      hook.provider && `provider ${hook.provider}`,
                    ]
                      .filter(Boolean)
                      .join(', ') || <span className="muted">all</span>,
                },
                {
                  title: 'Request',
                  cell: (hook) => (
                    <code className="break">
                      {hook.method} {hook.url}
                    </code>
                  ),
                },
                { title: 'Enabled', cell: (hook) => (hook.enabled ? 'yes' : 'no') },
                { title: 'Last delivery', cell: (hook) => <LastDelivery webhookId={hook.id} /> },
              ]}
            />
          )
        }
      </QueryView>
      {pages.nextCursor !== null && <LoadMore onMore={pages.more} busy={pages.busy} />}
    </>
  );
}
