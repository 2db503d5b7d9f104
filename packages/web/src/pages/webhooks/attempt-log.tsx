import type { WebhookAttempt } from '@signet/client';
import { When } from '../../components/when.js';

/** Each attempt of a delivery: when, outcome, response code, latency, error. */
export function AttemptLog({ log }: { log: WebhookAttempt[] }) {
  if (log.length === 0) return <p className="muted">No attempt yet.</p>;
  return (
    <table className="attempts">
      <thead>
        <tr>
          <th scope="col">Attempt</th>
          <th scope="col">Started</th>
          <th scope="col">Outcome</th>
          <th scope="col">Response</th>
          <th scope="col">Latency</th>
        </tr>
      </thead>
      <tbody>
        {log.map((attempt) => (
          <tr key={attempt.attempt}>
            <td>{attempt.attempt}</td>
            <td>
              <When at={attempt.startedAt} />
            </td>
            <td>{attempt.succeeded ? 'succeeded' : `failed${attempt.error ? `: ${attempt.error}` : ''}`}</td>
            <td>{attempt.responseStatus ?? <span className="muted">none</span>}</td>
            <td>{attempt.latencyMs} ms</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
