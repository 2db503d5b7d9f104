import type { Contract, MatrixRow } from '@signet/client';
import { useMemo, useState } from 'react';
import { useBroker } from '../../api/use-broker.js';
import { useQuery } from '../../api/use-query.js';
import { Empty } from '../../components/empty.js';
import { QueryView } from '../../components/query-view.js';
import { Table } from '../../components/table.js';
import { InteractionDetails } from './interaction-details.js';
import { readInteractionDetails } from './read-interaction-details.js';
import { readInteractions } from './read-interactions.js';
import './integration.css';

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
  const versionContract = async (number: string) =>
    (await client.contracts.list({ consumer, provider, consumerVersion: number, limit: 1 })).items[0];
  // The list is oldest first: without a selected version, walk to its end (bounded) for the newest.
  const newestContract = async () => {
    let cursor: string | undefined;
    let last: Contract | undefined;
    for (let page = 0; page < 10; page++) {
      const found = await client.contracts.list({ consumer, provider, limit: 100, cursor });
      last = found.items[found.items.length - 1] ?? last;
      if (found.nextCursor === null) break;
      cursor = found.nextCursor;
    }
    return last;
  };
  const query = useQuery(`contract:${consumer}:${provider}:${version ?? ''}`, async () => {
    const contract = version === undefined ? await newestContract() : await versionContract(version);
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
              <Table
                testId="interactions"
                items={interactions}
                rowKey={(_interaction, index) => index}
                columns={[
                  { title: 'Description', cell: (interaction) => interaction.description },
                  {
                    title: 'Provider state',
                    cell: (interaction) => interaction.states.join('; ') || <span className="muted">—</span>,
                  },
                  {
                    title: 'Request',
                    cell: (interaction) =>
                      interaction.kind === 'message' ? (
                        <span className="muted">message</span>
                      ) : (
                        <code>
                          {interaction.method} {interaction.path}
                          {interaction.query ? `?${interaction.query}` : ''}
                        </code>
                      ),
                  },
                  {
                    title: 'Response',
                    cell: (interaction) => interaction.status ?? <span className="muted">—</span>,
                  },
                ]}
              />
              <FullInteractions content={contract.content} />
            </>
          );
        }}
      </QueryView>
    </section>
  );
}

/** Every interaction in full, with one toggle for the matching rules and generators of all of them. */
function FullInteractions({ content }: { content: string }) {
  const [showRules, setShowRules] = useState(false);
  const details = useMemo(() => readInteractionDetails(content), [content]);
  return (
    <>
      <h3>Interactions in full</h3>
      <label>
        <input type="checkbox" checked={showRules} onChange={(e) => setShowRules(e.target.checked)} /> Show
        matching rules and generators
      </label>
      {details.map((interaction, i) => (
        <InteractionDetails key={i} interaction={interaction} showRules={showRules} />
      ))}
    </>
  );
}
