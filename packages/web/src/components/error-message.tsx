import { BrokerProblemError, BrokerUnreachableError } from '@signet/client';
import { Link } from '../router/link.js';
import { hrefs } from '../router/hrefs.js';
import { useRouter } from '../router/use-router.js';

/** An error the user can act on: sign in (401), ask an admin (403), or the broker's own words. */
export function ErrorMessage({ error, what }: { error: unknown; what?: string }) {
  const { location } = useRouter();
  const prefix = what === undefined ? '' : `${what}: `;
  if (error instanceof BrokerProblemError && error.status === 401) {
    const next = location.path + (location.search.size > 0 ? `?${location.search.toString()}` : '');
    return (
      <div className="error" role="alert">
        {prefix}this broker needs a token. <Link href={hrefs.signIn(next)}>Sign in</Link>
      </div>
    );
  }
  if (error instanceof BrokerProblemError) {
    return (
      <div className="error" role="alert">
        {prefix}
        <strong>{error.title}</strong>: {error.detail}{' '}
        <span className="muted">
          ({error.code}
          {error.requestId === null ? '' : `, request ${error.requestId}`})
        </span>
      </div>
    );
  }
  const text =
    error instanceof BrokerUnreachableError
      ? `cannot reach the broker (${error.reason})`
      : error instanceof Error
        ? error.message
        : String(error);
  return (
    <div className="error" role="alert">
      {prefix}
      {text}
    </div>
  );
}
