import type { MatrixRow } from '@signet/client';
import { useBroker } from '../../api/use-broker.js';
import { useQuery } from '../../api/use-query.js';
import { Empty } from '../../components/empty.js';
import { QueryView } from '../../components/query-view.js';
import { readInteractions } from './read-interactions.js';

/** The interactions of the consumer's contract (the selected matrix row's version, else the newest). */
export function ContractInteractions({
  consumer,
  provider,
  row,
}: {
  consumer: string;
  provider: string;
  row: MatrixRow | undefined;
}) {
  const { client } = useBroker();
  const version = row?.consumer.version;
  const query = useQuery(`contract:${consumer}:${provider}:${version ?? ''}`, async () => {
    const page = await client.contracts.list({ consumer, provider, consumerVersion: version, limit: 1 });
    const contract = page.items[0];
    return contract === undefined ? undefined : client.contracts.get(contract.id);
  });
  return (
    <section aria-labelledby="interactions-heading">
      <h2 id="interactions-heading">Contract interactions</h2>
      <QueryView query={query} what="the contract">
        {(contract) => {
          if (contract === undefined)
            return (
              <Empty>
                {consumer} has not published a contract with {provider}.
              </Empty>
            );
          const interactions = readInteractions(contract.content);
          return (
            <>
              <p className="muted">
                {consumer} <code>{contract.consumerVersion}</code>, {interactions.length} interactions
              </p>
              <table data-testid="interactions">
                <thead>
                  <tr>
                    <th scope="col">Description</th>
                    <th scope="col">Provider state</th>
                    <th scope="col">Request</th>
                    <th scope="col">Response</th>
                  </tr>
                </thead>
                <tbody>
                  {interactions.map((interaction, i) => (
                    <tr key={i}>
                      <td>{interaction.description}</td>
                      <td>{interaction.states.join('; ') || <span className="muted">—</span>}</td>
                      <td>
                        {interaction.kind === 'message' ? (
                          <span className="muted">message</span>
                        ) : (
                          <code>
                            {interaction.method} {interaction.path}
                            {interaction.query ? `?${interaction.query}` : ''}
                          </code>
                        )}
                      </td>
                      <td>{interaction.status ?? <span className="muted">—</span>}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          );
        }}
      </QueryView>
    </section>
  );
}
