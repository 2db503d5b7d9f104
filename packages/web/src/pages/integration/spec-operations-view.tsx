import { BrokerProblemError } from '@signet/client';
import { useBroker } from '../../api/use-broker.js';
import { useQuery } from '../../api/use-query.js';
import { Empty } from '../../components/empty.js';
import { JsonValue } from '../../components/json-value.js';
import { QueryView } from '../../components/query-view.js';

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
              <table data-testid="operations">
                <thead>
                  <tr>
                    <th scope="col">Operation</th>
                    <th scope="col">Summary</th>
                    <th scope="col">Parameters</th>
                    <th scope="col">Responses</th>
                  </tr>
                </thead>
                <tbody>
                  {spec.operations.map((operation) => (
                    <tr key={`${operation.method} ${operation.path}`}>
                      <td>
                        <code>
                          {operation.method.toUpperCase()} {operation.path}
                        </code>
                      </td>
                      <td>
                        {operation.summary ?? operation.operationId ?? <span className="muted">—</span>}
                      </td>
                      <td>
                        {operation.parameters
                          .map((p) => `${p.name} (${p.in}${p.required ? ', required' : ''})`)
                          .join(', ') || <span className="muted">none</span>}
                      </td>
                      <td>{operation.responses.map((r) => r.status).join(', ')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
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
