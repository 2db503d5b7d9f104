import { useBroker } from '../../api/use-broker.js';
import { usePages } from '../../api/use-pages.js';
import { Empty } from '../../components/empty.js';
import { LoadMore } from '../../components/load-more.js';
import { QueryView } from '../../components/query-view.js';
import { ShortSha } from '../../components/short-sha.js';
import { Table } from '../../components/table.js';
import { When } from '../../components/when.js';
import { hrefs } from '../../router/hrefs.js';
import { Link } from '../../router/link.js';

/** Contracts the service published as a consumer, and contracts its consumers published against it. */
export function ServiceContracts({ name }: { name: string }) {
  return (
    <section aria-labelledby="contracts-heading">
      <h2 id="contracts-heading">Contracts</h2>
      <ContractList name={name} role="consumer" />
      <ContractList name={name} role="provider" />
    </section>
  );
}

function ContractList({ name, role }: { name: string; role: 'consumer' | 'provider' }) {
  const { client } = useBroker();
  const pages = usePages(
    `contracts:${role}:${name}`,
    (cursor) => client.contracts.list({ [role]: name, cursor, limit: 20 }),
    (contract) => contract.id,
  );
  const title = role === 'consumer' ? `Published by ${name}` : `Published by consumers of ${name}`;
  return (
    <>
      <h3>{title}</h3>
      <QueryView query={pages.query} what="contracts">
        {(items) =>
          items.length === 0 ? (
            <Empty>None.</Empty>
          ) : (
            <Table
              testId={`contracts-as-${role}`}
              items={items}
              rowKey={(contract) => contract.id}
              columns={[
                {
                  title: 'Consumer version',
                  cell: (contract) => (
                    <>
                      {contract.consumer} <code>{contract.consumerVersion}</code>
                    </>
                  ),
                },
                {
                  title: 'Integration',
                  cell: (contract) => (
                    <Link
                      href={hrefs.integration(contract.consumer, contract.provider, {
                        consumerVersion: contract.consumerVersion,
                      })}
                    >
                      {contract.consumer} → {contract.provider}
                    </Link>
                  ),
                },
                { title: 'Content', cell: (contract) => <ShortSha sha={contract.contentSha} /> },
                { title: 'Published', cell: (contract) => <When at={contract.createdAt} /> },
              ]}
            />
          )
        }
      </QueryView>
      {pages.nextCursor !== null && <LoadMore onMore={pages.more} busy={pages.busy} />}
    </>
  );
}
