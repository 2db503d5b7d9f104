import { BrokerProblemError } from '@signet/client';
import { useState, type FormEvent } from 'react';
import { useBroker } from '../../api/use-broker.js';
import { ErrorMessage } from '../../components/error-message.js';
import { PageTitle } from '../../components/page-title.js';
import { useRouter } from '../../router/use-router.js';

/** Sign in with an API token: checked against the broker, then kept in sessionStorage for this tab. */
export function SignInPage() {
  const { signIn } = useBroker();
  const { location, navigate } = useRouter();
  const [value, setValue] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const next = location.search.get('next');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    const token = value.trim();
    signIn(token)
      .then(
        () => {
          navigate(next !== null && next.startsWith('/') && !next.startsWith('//') ? next : '/');
        },
        (problem: unknown) =>
          setError(
            problem instanceof BrokerProblemError && problem.status === 401
              ? new Error('The broker does not accept this token (unknown or revoked).')
              : problem,
          ),
      )
      .finally(() => setBusy(false));
  };
  return (
    <>
      <PageTitle title="Sign in" />
      <p>
        {next === null ? 'This broker needs an API token.' : 'To see that page, this broker needs a token.'} It
        is kept for this browser tab only (sessionStorage).
      </p>
      <form className="inline-form" onSubmit={submit} aria-label="Sign in">
        <label>
          API token{' '}
          <input
            type="password"
            autoComplete="off"
            required
            value={value}
            onChange={(e) => setValue(e.target.value)}
          />
        </label>
        <button type="submit" disabled={busy}>
          Sign in
        </button>
      </form>
      {error !== undefined && <ErrorMessage error={error} />}
    </>
  );
}
