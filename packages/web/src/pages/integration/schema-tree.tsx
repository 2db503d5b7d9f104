import { useMemo } from 'react';
import { JsonValue } from '../../components/json-value.js';
import { schemaNode, type ResolveRef, type SchemaNode } from './schema-node.js';

const noRefs: ResolveRef = () => undefined;

/** A JSON Schema rendered as a readable tree (types, required members, constraints), its raw JSON behind a toggle. */
export function SchemaTree({ schema, resolve = noRefs }: { schema: unknown; resolve?: ResolveRef }) {
  const root = useMemo(() => schemaNode(schema, resolve), [schema, resolve]);
  return (
    <div className="schema-tree" data-testid="schema-tree">
      <NodeText node={root} />
      {root.children.length > 0 && <Children node={root} />}
      <details className="schema-raw">
        <summary>JSON</summary>
        <JsonValue value={schema} />
      </details>
    </div>
  );
}

function NodeText({ node }: { node: SchemaNode }) {
  return (
    <>
      <span className="schema-type">{node.label}</span>
      {node.notes.length > 0 && <span className="schema-notes"> · {node.notes.join(' · ')}</span>}
    </>
  );
}

function Children({ node }: { node: SchemaNode }) {
  return (
    <ul className="schema-children">
      {node.children.map((child, i) => (
        <li key={`${child.name}:${i}`}>
          <code className="schema-name">{child.name}</code>
          {child.required && <span className="schema-required"> required</span>}:{' '}
          <NodeText node={child.node} />
          {child.node.children.length > 0 && <Children node={child.node} />}
        </li>
      ))}
    </ul>
  );
}
