import type { Finding } from '@signet/client';
import { JsonValue } from '../../components/json-value.js';

/** One finding: code and message, then the interaction's side and the spec's side next to each other. */
export function FindingItem({ finding }: { finding: Finding }) {
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
              <JsonValue value={finding.specDetails.value} />
            </>
          )}
        </div>
      </div>
    </li>
  );
}
