import { BrokerProblemError, type MatrixRow } from '@signet/client';
import { useBroker } from '../../api/use-broker.js';
import { useQuery } from '../../api/use-query.js';
import { Empty } from '../../components/empty.js';
import { QueryView } from '../../components/query-view.js';
import { Table } from '../../components/table.js';
import { OperationDetails } from './operation-details.js';
import { namedSchemaResolver } from './schema-node.js';
import { SchemaTree } from './schema-tree.js';
import './integration.css';

/**
 * The spec of the selected cell's provider version (its operations, and its named schemas, expandable); the
 * provider's latest spec when the cell's spec has no version or nothing is selected.
 */
export function SpecOperationsView({ provider, row }: { provider: string; row: MatrixRow | undefined }) {
  const { client } = useBroker();
  const version = row?.provider.version ?? null;
  const query = useQuery(`spec-operations:${provider}:${version ?? ''}`, () =>
    (version === null
      ? client.specs.latestOperations(provider)
      : client.specs.operationsOfVersion(provider, version)
    ).catch((error: unknown) => {
      if (error instanceof BrokerProblemError && error.code === 'spec.not-found') return undefined;
      throw error;
    }),
  );
  // An unversioned cell's spec may since have been replaced as the latest: say so rather than imply it is the one.
  const notTheCompared = (contentSha: string) =>
    row?.specSha !== undefined && row.specSha !== null && row.specSha !== contentSha;
  return (
    <section aria-labelledby="operations-heading">
      <h2 id="operations-heading">Spec operations</h2>
      <QueryView query={query} what="the spec">
        {(spec) =>
          spec === undefined ? (
            <Empty>
              {version === null
                ? `${provider} has not published a spec.`
                : `${provider} ${version} has no spec.`}
            </Empty>
          ) : (
            <>
              <p className="muted" data-testid="spec-operations-source">
                {version === null ? 'Latest spec: ' : `The spec of ${provider} ${version}: `}
                {spec.title ?? provider} ({spec.format})
                {spec.version === null ? '' : `, version ${spec.version}`}
              </p>
              {notTheCompared(spec.contentSha) && (
                <p role="note">
                  This is not the spec the selected cell was compared with (that spec has since been
                  replaced).
                </p>
              )}
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
              <h3>Operations in full</h3>
              {spec.operations.map((operation) => (
                <OperationDetails
                  key={`${operation.method} ${operation.path}`}
                  operation={operation}
                  resolve={namedSchemaResolver(spec.schemas)}
                />
              ))}
              <h3>Schemas</h3>
              {Object.keys(spec.schemas).length === 0 ? (
                <Empty>No named schemas (inline schemas only).</Empty>
              ) : (
                Object.entries(spec.schemas).map(([name, schema]) => (
                  <details key={name} data-testid="named-schema">
                    <summary>{name}</summary>
                    <SchemaTree schema={schema} resolve={namedSchemaResolver(spec.schemas)} />
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
