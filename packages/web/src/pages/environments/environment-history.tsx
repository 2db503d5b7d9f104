import type { DeployedVersion } from '@signet/client';
import { useState } from 'react';
import { useBroker } from '../../api/use-broker.js';
import { usePages } from '../../api/use-pages.js';
import { Empty } from '../../components/empty.js';
import { LoadMore } from '../../components/load-more.js';
import { QueryView } from '../../components/query-view.js';
import { Table } from '../../components/table.js';
import { When } from '../../components/when.js';
import { hrefs } from '../../router/hrefs.js';
import { Link } from '../../router/link.js';
import { DeployedVersionLink } from './deployed-version-link.js';

/** Every deployment and release recorded in an environment, newest first; loaded when opened. */
export function EnvironmentHistory({ environment }: { environment: string }) {
  const [open, setOpen] = useState(false);
  return (
    <details onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Deployment history</summary>
      {open && <HistoryTable environment={environment} />}
    </details>
  );
}

function HistoryTable({ environment }: { environment: string }) {
  const { client } = useBroker();
  const pages = usePages(
    `history:${environment}`,
    (cursor) => client.deployments.list(environment, { cursor, limit: 50 }),
    (row) => row.id,
  );
  return (
    <>
      <QueryView query={pages.query} what={`the history of ${environment}`}>
        {(rows: DeployedVersion[]) =>
          rows.length === 0 ? (
            <Empty>Nothing was ever recorded here.</Empty>
          ) : (
            <Table
              testId={`history-${environment}`}
              items={rows}
              rowKey={(row) => row.id}
              columns={[
                {
                  title: 'Service',
                  cell: (row) => <Link href={hrefs.service(row.service)}>{row.service}</Link>,
                },
                { title: 'Version', cell: (row) => <DeployedVersionLink row={row} /> },
                { title: 'Kind', cell: (row) => row.kind },
                { title: 'From', cell: (row) => <When at={row.createdAt} /> },
                {
                  title: 'Until',
                  cell: (row) =>
                    row.current ? <span className="muted">now</span> : <When at={row.endedAt} />,
                },
              ]}
            />
          )
        }
      </QueryView>
      {pages.nextCursor !== null && <LoadMore onMore={pages.more} busy={pages.busy} />}
    </>
  );
}
