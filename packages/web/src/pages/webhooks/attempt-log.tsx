import type { WebhookAttempt } from '@signet/client';
import { SentRequest } from './sent-request.js';
import { Table } from '../../components/table.js';
import { When } from '../../components/when.js';

/** Each attempt of a delivery: when, outcome, response code, latency, error, the request sent and the response body received. */
export function AttemptLog({ log }: { log: WebhookAttempt[] }) {
  if (log.length === 0) return <p className="muted">No attempt yet.</p>;
  return (
    <Table
      className="attempts"
      items={log}
      rowKey={(attempt) => attempt.attempt}
      columns={[
        { title: 'Attempt', cell: (attempt) => attempt.attempt },
        { title: 'Started', cell: (attempt) => <When at={attempt.startedAt} /> },
        {
          title: 'Outcome',
          cell: (attempt) =>
            attempt.succeeded ? 'succeeded' : `failed${attempt.error ? `: ${attempt.error}` : ''}`,
        },
        {
          title: 'Response',
          cell: (attempt) => attempt.responseStatus ?? <span className="muted">none</span>,
        },
        { title: 'Latency', cell: (attempt) => `${attempt.latencyMs} ms` },
        {
          title: 'Request sent',
          cell: (attempt) =>
            attempt.request === null ? (
              <span className="muted">none</span>
            ) : (
              <SentRequest sent={attempt.request} />
            ),
        },
        {
          title: 'Response body',
          cell: (attempt) =>
            attempt.responseBody === null || attempt.responseBody === '' ? (
              <span className="muted">none</span>
            ) : (
              <details className="attempt-bodies" data-testid="attempt-response">
                <summary>{attempt.responseBody.length} characters</summary>
                <pre className="json">{attempt.responseBody}</pre>
              </details>
            ),
        },
      ]}
    />
  );
}
