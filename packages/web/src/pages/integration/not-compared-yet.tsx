import { BrokerProblemError, type MatrixRow } from '@signet/client';
import { useState } from 'react';
import { useBroker } from '../../api/use-broker.js';
import { useAccess } from '../../components/access-context.js';
import { ErrorMessage } from '../../components/error-message.js';
import { hrefs } from '../../router/hrefs.js';
import { Link } from '../../router/link.js';

/** The broker's answer for a pair it has not compared: a state to explain, not an error. */
export const notComparedYet = (error: unknown) =>
  error instanceof BrokerProblemError && error.status === 404 && error.code === 'comparison.not-found';

/**
 * Neutral: no verdict yet, how one comes, and a button that asks the broker to compare the pair now
 * (`POST /comparisons`, write role); once it answers, `onCompared` reads the comparison and shows it.
 */
export function NotComparedYet({ row, onCompared }: { row: MatrixRow; onCompared: () => void }) {
  const { client } = useBroker();
  const access = useAccess();
  const [asking, setAsking] = useState<{ busy: boolean; error?: unknown }>({ busy: false });
  const readOnly = access.kind === 'token' && access.role === 'read';
  const compare = async () => {
    setAsking({ busy: true });
    try {
      await client.comparisons.request({ contractSha: row.contractSha, specSha: row.specSha! });
      setAsking({ busy: false });
      onCompared();
    } catch (error) {
      setAsking({ busy: false, error });
    }
  };
  return (
    <div className="pending-state" role="status" data-testid="not-compared-yet">
      <p>
        <span className="badge badge-unknown">not compared yet</span> {row.consumer.name}{' '}
        <code>{row.consumer.version}</code>&apos;s contract has not been compared with this spec of{' '}
        {row.provider.name} yet. That is not a failure: the broker compares when a contract or spec is
        published, and when the deploy guard needs the pair.
      </p>
      <p>
        <button type="button" onClick={() => void compare()} disabled={asking.busy || readOnly}>
          {asking.busy ? 'Comparing…' : 'Compare now'}
        </button>{' '}
        {readOnly ? '(needs a write token) ' : ''}or{' '}
        <Link href={hrefs.deployGuard({ service: row.consumer.name, version: row.consumer.version })}>
          ask the deploy guard about {row.consumer.name} {row.consumer.version}
        </Link>
        .
      </p>
      {asking.error !== undefined && <ErrorMessage error={asking.error} what="comparing the pair" />}
    </div>
  );
}
