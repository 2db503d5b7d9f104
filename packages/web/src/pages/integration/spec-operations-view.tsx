import { BrokerProblemError, type MatrixRow, type SignetClient, type SpecOperations } from '@signet/client';
import { useBroker } from '../../api/use-broker.js';
import { useQuery } from '../../api/use-query.js';
import { Empty } from '../../components/empty.js';
import { QueryView } from '../../components/query-view.js';
import { Table } from '../../components/table.js';
import { latestSpecsOperations } from './latest-specs.js';
import { OperationDetails } from './operation-details.js';
import { namedSchemaResolver } from './schema-node.js';
import { SchemaTree } from './schema-tree.js';
import './integration.css';

/** A spec's operations, and the key its version's comparisons carry (its own sha, or its spec set's). */
interface ShownSpec {
  operations: SpecOperations;
  setSha: string;
}

/**
 * The spec of the selected cell's provider version (its operations, and its named schemas, expandable); the
 * provider's latest spec when the cell's spec has no version or nothing is selected. A version with an OpenAPI
 * and an AsyncAPI spec shows both, each under its kind.
 */
export function SpecOperationsView({ provider, row }: { provider: string; row: MatrixRow | undefined }) {
  const { client } = useBroker();
  const version = row?.provider.version ?? null;
  const query = useQuery(`spec-operations:${provider}:${version ?? ''}`, () =>
    specsToShow(client, provider, version),
  );
  // An unversioned cell's spec may since have been replaced as the latest: say so rather than imply it is the one.
  const notTheCompared = (spec: ShownSpec) =>
    row?.specSha !== undefined &&
    row.specSha !== null &&
    row.specSha !== spec.setSha &&
    row.specSha !== spec.operations.contentSha;
  return (
    <section aria-labelledby="operations-heading">
      <h2 id="operations-heading">Spec operations</h2>
      <QueryView query={query} what="the spec">
        {(specs) =>
          specs.length === 0 ? (
            <Empty>
              {version === null
                ? `${provider} has not published a spec.`
                : `${provider} ${version} has no spec.`}
            </Empty>
          ) : (
            specs.map((shown) => (
              <section key={shown.operations.kind} aria-label={kindLabel[shown.operations.kind]}>
                {specs.length > 1 && <h3 data-testid="spec-kind">{kindLabel[shown.operations.kind]}</h3>}
                <p className="muted" data-testid="spec-operations-source">
                  {version === null ? 'Latest spec: ' : `The spec of ${provider} ${version}: `}
                  {shown.operations.title ?? provider} ({shown.operations.format})
                  {shown.operations.version === null ? '' : `, version ${shown.operations.version}`}
                </p>
                {notTheCompared(shown) && (
                  <p role="note">
                    This is not the spec the selected cell was compared with (that spec has since been
                    replaced).
                  </p>
                )}
                <OperationsOf spec={shown.operations} />
              </section>
            ))
          )
        }
      </QueryView>
    </section>
  );
}

const kindLabel: Record<SpecOperations['kind'], string> = {
  openapi: 'OpenAPI spec (HTTP)',
  asyncapi: 'AsyncAPI spec (messages)',
};

function notFound(error: unknown): undefined {
  if (error instanceof BrokerProblemError && error.code === 'spec.not-found') return undefined;
  throw error;
}

/** The latest spec, or each spec the version published (an OpenAPI and an AsyncAPI one at most). */
async function specsToShow(
  client: SignetClient,
  provider: string,
  version: string | null,
): Promise<ShownSpec[]> {
  if (version === null) {
    const latest = await latestSpecsOperations(client, provider);
    return latest.map((operations) => ({ operations, setSha: operations.contentSha }));
  }
  const { items } = await client.specs.list(provider, { version }).catch(() => ({ items: [] }));
  const shown = await Promise.all(
    items.map(async (spec) => {
      const operations = await client.specs.operationsOfVersion(provider, version, spec.kind).catch(notFound);
      return operations === undefined ? [] : [{ operations, setSha: spec.setSha }];
    }),
  );
  return shown.flat();
}

function OperationsOf({ spec }: { spec: SpecOperations }) {
  return (
    <>
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
  );
}
