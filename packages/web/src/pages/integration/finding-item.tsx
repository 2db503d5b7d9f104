import type { Finding, SpecOperations } from '@signet/client';
import { JsonValue } from '../../components/json-value.js';
import type { ResolveRef } from './schema-node.js';
import { SchemaTree } from './schema-tree.js';
import { specExcerpt } from './spec-excerpt.js';

/**
 * One finding: code and message, then the interaction's side and the spec's side next to each other; the spec's
 * side shows the schema excerpt at the finding's location as a tree (refs resolved through `resolve`).
 */
export function FindingItem({
  finding,
  spec,
  resolve,
}: {
  finding: Finding;
  /** The compared spec's operations, to find the schema at the finding's location when the finding has none. */
  spec?: SpecOperations | undefined;
  resolve?: ResolveRef;
}) {
  const excerpt = specExcerpt(finding, spec);
  return (
    <li className={`finding finding-${finding.type}`} data-testid="finding">
      <p>
        <span className={`badge badge-${finding.type}`}>{finding.type}</span> <code>{finding.code}</code>{' '}
        {finding.message}
      </p>
      <div className="side-by-side">
        <div>
          <h4>Interaction</h4>
          <p>
            {finding.mockDetails.interactionDescription}
            {finding.mockDetails.interactionState && (
              <span className="muted"> (given {finding.mockDetails.interactionState})</span>
            )}
          </p>
          <p>
            <code>{finding.mockDetails.location}</code>
          </p>
          <JsonValue value={finding.mockDetails.value} />
        </div>
        <div>
          <h4>Spec</h4>
          {finding.specDetails === undefined ? (
            <p className="muted">no spec location</p>
          ) : (
            <>
              <p>
                <code>{finding.specDetails.location}</code>
              </p>
              {excerpt !== undefined ? (
                <>
                  {excerpt.from !== 'value' && <p className="muted">{excerpt.from}:</p>}
                  <SchemaTree schema={excerpt.schema} resolve={resolve} />
                </>
              ) : (
                <JsonValue value={finding.specDetails.value} />
              )}
            </>
          )}
        </div>
      </div>
    </li>
  );
}
