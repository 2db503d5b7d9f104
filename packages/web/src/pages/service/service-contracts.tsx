import { useBroker } from '../../api/use-broker.js';
import { usePages } from '../../api/use-pages.js';
import { Empty } from '../../components/empty.js';
import { LoadMore } from '../../components/load-more.js';
import { QueryView } from '../../components/query-view.js';
import { ShortSha } from '../../components/short-sha.js';
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
            <table data-testid={`contracts-as-${role}`}>
              <thead>
                <tr>
                  <th scope="col">Consumer version</th>
                  <th scope="col">Integration</th>
                  <th scope="col">Content</th>
                  <th scope="col">Published</th>
                </tr>
              </thead>
              <tbody>
                {items.map((contract) => (
                  <tr key={contract.id}>
                    <td>
                      {contract.consumer} <code>{contract.consumerVersion}</code>
                    </td>
                    <td>
                      <Link
                        href={hrefs.integration(contract.consumer, contract.provider, {
                          consumerVersion: contract.consumerVersion,
                        })}
                      >
                        {contract.consumer} → {contract.provider}
                      </Link>
                    </td>
                    <td>
                      <ShortSha sha={contract.contentSha} />
                    </td>
                    <td>
                      <When at={contract.createdAt} />
                    </td>
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
