import type { SpecOperation } from '@signet/client';
import { Table } from '../../components/table.js';
import type { ResolveRef } from './schema-node.js';
import { SchemaTree } from './schema-tree.js';

/** One operation in full: parameters with their schemas, request body and responses by media type. */
export function OperationDetails({ operation, resolve }: { operation: SpecOperation; resolve: ResolveRef }) {
  const name = `${operation.method.toUpperCase()} ${operation.path}`;
  return (
    <details className="operation-details" data-testid="operation-details" data-operation={name}>
      <summary>
        <code>{name}</code>
        {operation.summary !== null && <span className="muted"> {operation.summary}</span>}
      </summary>
      <h4>Parameters</h4>
      {operation.parameters.length === 0 ? (
        <p className="muted">none</p>
      ) : (
        <div className="scroll-x">
          <Table
            testId="operation-parameters"
            items={operation.parameters}
            rowKey={(p) => `${p.in}:${p.name}`}
            columns={[
              { title: 'Name', cell: (p) => <code>{p.name}</code> },
              { title: 'In', cell: (p) => p.in },
              { title: 'Required', cell: (p) => (p.required ? 'required' : 'optional') },
              {
                title: 'Schema',
                cell: (p) =>
                  p.schema === null ? (
                    <span className="muted">none</span>
                  ) : (
                    <SchemaTree schema={p.schema} resolve={resolve} />
                  ),
              },
            ]}
          />
        </div>
      )}
      <h4>Request body</h4>
      {operation.requestBody === null ? (
        <p className="muted">none</p>
      ) : (
        <>
          <p>{operation.requestBody.required ? 'Required' : 'Optional'}</p>
          <MediaTypes content={operation.requestBody.content} resolve={resolve} />
        </>
      )}
      <h4>Responses</h4>
      <ul className="plain">
        {operation.responses.map((response) => (
          <li key={response.status} data-testid="operation-response" data-status={response.status}>
            <strong>{response.status}</strong>
            {response.content.length === 0 ? (
              <span className="muted"> no body</span>
            ) : (
              <MediaTypes content={response.content} resolve={resolve} />
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}

function MediaTypes({
  content,
  resolve,
}: {
  content: Array<{ contentType: string; schema: unknown }>;
  resolve: ResolveRef;
}) {
  return (
    <ul className="plain media-types">
      {content.map((media) => (
        <li key={media.contentType}>
          <code>{media.contentType}</code>
          {media.schema === null ? (
            <span className="muted"> no schema</span>
          ) : (
            <SchemaTree schema={media.schema} resolve={resolve} />
          )}
        </li>
      ))}
    </ul>
  );
}
