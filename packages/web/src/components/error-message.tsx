import { BrokerProblemError, BrokerUnreachableError } from '@signet/client';
import { useEffect } from 'react';
import { Link } from '../router/link.js';
import { hrefs } from '../router/hrefs.js';
import { useRouter } from '../router/use-router.js';

/**
 * An error the user can act on: a 401 takes them to sign in (and back here after), a 403 says the role is
 * missing, anything else shows the broker's own words; with `onRetry`, a Retry button asks again.
 */
export function ErrorMessage({
  error,
  what,
  onRetry,
}: {
  error: unknown;
  what?: string;
  onRetry?: (() => void) | undefined;
}) {
  const { location, navigate } = useRouter();
  const prefix = what === undefined ? '' : `${what}: `;
  const needsToken = error instanceof BrokerProblemError && error.status === 401;
  const next = location.path + (location.search.size > 0 ? `?${location.search.toString()}` : '');
  useEffect(() => {
    if (needsToken && location.path !== hrefs.signIn()) navigate(hrefs.signIn(next), { replace: true });
  }, [needsToken]);
  const retry = onRetry && (
    <>
      {' '}
      <button type="button" className="retry" onClick={onRetry}>
        Retry
      </button>
    </>
  );
  if (needsToken)
    return (
      <div className="error" role="alert">
        This broker needs a token. <Link href={hrefs.signIn(next)}>Sign in</Link>
      </div>
    );
  if (error instanceof BrokerProblemError && error.status === 403)
    return (
      <div className="error" role="alert">
        {prefix}your token&apos;s role does not allow this ({error.detail}).{' '}
        <Link href={hrefs.signIn(next)}>Sign in with another token</Link>
      </div>
    );
  if (error instanceof BrokerProblemError) {
    return (
      <div className="error" role="alert">
        {prefix}
        <strong>{error.title}</strong>: {error.detail}{' '}
        <span className="muted">
          ({error.code}
          {error.requestId === null ? '' : `, request ${error.requestId}`})
        </span>
        {error.status >= 500 || error.status === 429 ? retry : null}
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
      {retry}
    </div>
  );
}
