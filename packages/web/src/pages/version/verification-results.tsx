import { JsonValue } from '../../components/json-value.js';
import { readVerificationResults, type ResultLine } from './read-verification-results.js';

/** Shown per verification; a long report stays readable (the broker keeps up to 10,000 entries). */
const maxLines = 200;

/** A verification's results: each operation or interaction, and each failed request with its curl line. */
export function VerificationResults({ results }: { results: readonly unknown[] }) {
  if (results.length === 0) return <p className="muted">No per-check results were published.</p>;
  const lines = readVerificationResults(results.slice(0, maxLines));
  return (
    <>
      <ul className="plain verification-results" data-testid="verification-results">
        {lines.map((line, i) => (
          <li key={i}>
            <Line line={line} />
          </li>
        ))}
      </ul>
      {results.length > maxLines && (
        <p className="muted">
          {results.length - maxLines} more results not shown (of {results.length}).
        </p>
      )}
    </>
  );
}

function Line({ line }: { line: ResultLine }) {
  switch (line.kind) {
    case 'operation': {
      const failed = line.failed ?? line.failures.length;
      return (
        <>
          <code>{line.operation}</code>{' '}
          <span className={`badge badge-${failed > 0 ? 'failed' : 'succeeded'}`}>
            {failed > 0 ? `${failed} failed` : 'passed'}
          </span>{' '}
          {line.requests !== undefined && <span className="muted">{line.requests} requests</span>}
          {line.skipped && <span className="muted"> · {line.skipped}</span>}
          {line.failures.map((failure, i) => (
            <div key={i} className="failed-request" data-testid="failed-request">
              <p>
                {failure.status === undefined ? 'No answer' : `Answered ${failure.status}`}
                {failure.problems.length > 0 && ': '}
                {failure.problems.join('; ')}
              </p>
              {failure.curl !== undefined && (
                <pre className="curl" aria-label="curl command that replays the request">
                  <code>{failure.curl}</code>
                </pre>
              )}
            </div>
          ))}
        </>
      );
    }
    case 'interaction':
      return (
        <>
          {line.name}{' '}
          <span
            className={`badge badge-${line.success === false ? 'failed' : line.success ? 'succeeded' : 'unknown'}`}
          >
            {line.success === false ? 'failed' : line.success ? 'passed' : 'not said'}
          </span>
          {line.problems.length > 0 && (
            <ul className="mismatches">
              {line.problems.map((problem, i) => (
                <li key={i}>{problem}</li>
              ))}
            </ul>
          )}
        </>
      );
    case 'other':
      return <JsonValue value={line.value} max={1500} />;
  }
}
