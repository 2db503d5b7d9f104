import { BrokerProblemError } from '@signet/client';
import { useBroker } from '../../api/use-broker.js';
import { useQuery } from '../../api/use-query.js';
import { Empty } from '../../components/empty.js';
import { JsonValue } from '../../components/json-value.js';
import { QueryView } from '../../components/query-view.js';
import { Table } from '../../components/table.js';

/** The provider's latest spec: its operations, and its named schemas (expandable). */
export function SpecOperationsView({ provider }: { provider: string }) {
  const { client } = useBroker();
  const query = useQuery(`spec-operations:${provider}`, () =>
    client.specs.latestOperations(provider).catch((error: unknown) => {
      if (error instanceof BrokerProblemError && error.code === 'spec.not-found') return undefined;
      throw error;
    }),
  );
  return (
    <section aria-labelledby="operations-heading">
      <h2 id="operations-heading">Spec operations</h2>
      <QueryView query={query} what="the spec">
        {(spec) =>
          spec === undefined ? (
            <Empty>{provider} has not published a spec.</Empty>
          ) : (
            <>
              <p className="muted">
                {spec.title ?? provider} ({spec.format})
                {spec.version === null ? '' : `, version ${spec.version}`}
              </p>
              <Table
                testId="operations"
                items={spec.operations}
                rowKey={(operation) => `${operation.method} ${operation.path}`}
                columns={[
                  {
                    title: 'Operation',
                    cell: (operation) => (
                      <code>
                        {operation.method.toUpperCase()} {operation.path}
                      </code>
                    ),
                  },
                  {
                    title: 'Summary',
                    cell: (operation) =>
                      operation.summary ?? operation.operationId ?? <span className="muted">—</span>,
                  },
                  {
                    title: 'Parameters',
                    cell: (operation) =>
                      operation.parameters
                        .map((p) => `${p.name} (${p.in}${p.required ? ', required' : ''})`)
                        .join(', ') || <span className="muted">none</span>,
                  },
                  {
                    title: 'Responses',
                    cell: (operation) => operation.responses.map((r) => r.status).join(', '),
                  },
                ]}
              />
              <h3>Schemas</h3>
              {Object.keys(spec.schemas).length === 0 ? (
                <Empty>No named schemas (inline schemas only).</Empty>
              ) : (
                Object.entries(spec.schemas).map(([name, schema]) => (
                  <details key={name}>
                    <summary>{name}</summary>
                    <JsonValue value={schema} />
                  </details>
                ))
              )}
            </>
          )
        }
      </QueryView>
    </section>
  );
}
