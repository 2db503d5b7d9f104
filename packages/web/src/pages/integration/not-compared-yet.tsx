import { BrokerProblemError, type MatrixRow } from '@signet/client';
import { hrefs } from '../../router/hrefs.js';
import { Link } from '../../router/link.js';

/** The broker's answer for a pair it has not compared: a state to explain, not an error. */
export const notComparedYet = (error: unknown) =>
  error instanceof BrokerProblemError && error.status === 404 && error.code === 'comparison.not-found';

/** Neutral: no verdict yet, how one comes, and two ways to ask for it. */
export function NotComparedYet({ row, onCheckAgain }: { row: MatrixRow; onCheckAgain: () => void }) {
  return (
    <div className="pending-state" role="status" data-testid="not-compared-yet">
      <p>
        <span className="badge badge-unknown">not compared yet</span> {row.consumer.name}{' '}
        <code>{row.consumer.version}</code>&apos;s contract has not been compared with this spec of{' '}
        {row.provider.name} yet. That is not a failure: the broker compares when a contract or spec is
        published, and when the deploy guard needs the pair.
      </p>
      <p>
        <button type="button" onClick={onCheckAgain}>
          Check again
        </button>{' '}
        or{' '}
        <Link href={hrefs.deployGuard({ service: row.consumer.name, version: row.consumer.version })}>
          ask the deploy guard about {row.consumer.name} {row.consumer.version}
        </Link>{' '}
        (it compares the pairs it needs now).
      </p>
    </div>
  );
}
