import type { NewApiToken } from '@signet/client';
import { useState } from 'react';
import { useBroker } from '../../api/use-broker.js';
import { usePages } from '../../api/use-pages.js';
import { Empty } from '../../components/empty.js';
import { ErrorMessage } from '../../components/error-message.js';
import { LoadMore } from '../../components/load-more.js';
import { PageTitle } from '../../components/page-title.js';
import { QueryView } from '../../components/query-view.js';
import { Table } from '../../components/table.js';
import { mayAdminister, useAccess } from '../../components/access-context.js';
import { NeedsAdmin } from '../../components/access-notes.js';
import { CreateTokenForm } from './create-token-form.js';
import { TokenRow } from './token-row.js';

/** API tokens (admins): create one (shown once), list, revoke. */
export function TokensPage() {
  const { client } = useBroker();
  const admin = mayAdminister(useAccess());
  const [reload, setReload] = useState(0);
  const [created, setCreated] = useState<NewApiToken>();
  const [error, setError] = useState<unknown>();
  const pages = usePages(
    `tokens:${reload}`,
    (cursor) => client.tokens.list({ cursor, limit: 100 }),
    (t) => t.id,
  );
  const revoke = (id: number) => {
    setError(undefined);
    client.tokens.revoke(id).then(() => setReload((n) => n + 1), setError);
  };
  return (
    <>
      <PageTitle title="API tokens" />
      <NeedsAdmin what="Creating and revoking tokens" />
      <CreateTokenForm
        disabled={!admin}
        onCreated={(token) => {
          setCreated(token);
          setReload((n) => n + 1);
        }}
      />
      {created !== undefined && (
        <div className="notice" role="status">
          Token <strong>{created.name}</strong> ({created.role}) created. Copy it now, it is not shown again:{' '}
          <code data-testid="new-token">{created.token}</code>
        </div>
      )}
      {error !== undefined && <ErrorMessage error={error} what="revoking" />}
      <QueryView query={pages.query} what="tokens">
        {(tokens) =>
          tokens.length === 0 ? (
            <Empty>No tokens yet.</Empty>
          ) : (
            <Table
              testId="tokens"
              items={tokens}
              rowKey={(token) => token.id}
              columns={[
                { title: 'Name' },
                { title: 'Role' },
                { title: 'Created' },
                { title: 'Revoked' },
                { title: 'Actions', hideTitle: true },
              ]}
              row={(token) => <TokenRow token={token} onRevoke={revoke} disabled={!admin} />}
            />
          )
        }
      </QueryView>
      {pages.nextCursor !== null && <LoadMore onMore={pages.more} busy={pages.busy} />}
    </>
  );
}
